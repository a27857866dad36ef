#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace PressDesk {

// What "Test connection" found: the site, who we are there and whether that account can do
// what the office needs.
struct PortalConnection
{
    QUrl restRoot;
    QString siteName;
    QString userName;                 // the account's display name on the portal
    QStringList roles;                // "administrator", "editor", …
    bool canPublish = false;          // publish_posts
    bool canUpload = false;           // upload_files
    bool canManageCategories = false; // manage_categories
};

struct PortalCategory
{
    qint64 id = 0;
    QString name;
    QString slug;
    qint64 parent = 0;
    int count = 0; // posts in it
};

struct RemoteMedia
{
    qint64 id = 0;
    QString url;
};

// What PressDesk sends for a post.
struct PostFields
{
    QString title;
    QString content; // HTML, images pointing at the portal's copies
    QString excerpt;
    QString slug;
    QString status;    // "publish", "future", "draft"
    QDateTime dateGmt; // for "future"
    QList<qint64> categories;
    QList<qint64> tags;
    qint64 featuredMedia = 0;
};

// A post as the portal holds it (raw fields, context=edit).
struct RemotePost
{
    qint64 id = 0;
    QString link;
    QString status;
    QString slug;
    QString modifiedGmt;
    QString titleRaw;   // as stored: WordPress keeps "&" as "&amp;"
    QString contentRaw; // as stored (block comments, or classic text without <p>)
    QString excerptRaw; // the hand-written excerpt; empty when none
    QDateTime dateGmt;  // publication time (UTC)
    QList<qint64> categories;
    QList<qint64> tags;
    qint64 featuredMedia = 0;
};

// Which published posts to list: published at or after since (invalid: any time), in
// category categoryId (0: any), one page of perPage, oldest first.
struct PostListQuery
{
    QDateTime since;
    qint64 categoryId = 0;
    int page = 1; // 1-based
    int perPage = 100;
};

struct RemotePostPage
{
    QList<RemotePost> posts;
    int totalPages = 0; // 0: nothing matches; a page past the last one comes back empty
};

// A content portal PressDesk publishes to. The first implementation is WordPressPortal;
// publishing, media and import follow in the publisher.
class Portal
{
public:
    virtual ~Portal() = default;

    // Checks the address, the credentials and the capabilities; a failure is explained in
    // plain words (wrong password, application passwords unavailable, not a WordPress site…).
    virtual Result<PortalConnection> testConnection() = 0;
    virtual Result<QList<PortalCategory>> categories() = 0;
    virtual Result<PortalCategory> createCategory(const QString &name) = 0;
    // The id of the tag with that name, created when missing.
    virtual Result<qint64> ensureTag(const QString &name) = 0;
    virtual Result<RemoteMedia> uploadMedia(const QByteArray &data, const QString &mimeType,
                                            const QString &fileName, const QString &altText,
                                            const QString &caption) = 0;
    virtual Result<RemotePost> createPost(const PostFields &post) = 0;
    virtual Result<RemotePost> updatePost(qint64 id, const PostFields &post) = 0;
    virtual Result<RemotePost> getPost(qint64 id) = 0;
    // Any status; nullopt-like empty id when none.
    virtual Result<RemotePost> findPostBySlug(const QString &slug) = 0;
    // Back to draft on the portal, or to the trash.
    virtual Result<RemotePost> withdrawPost(qint64 id, bool trash) = 0;
    // Published posts, raw fields, for importing.
    virtual Result<RemotePostPage> listPosts(const PostListQuery &query) = 0;
};

} // namespace PressDesk
