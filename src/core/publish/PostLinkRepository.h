#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>

#include <optional>

namespace PressDesk {

class Database;

// Where an article is on a portal (for display).
struct ArticlePost
{
    QString portalId;
    QString portalName;
    qint64 remoteId = 0;
    QString link;
    QString remoteStatus; // "publish", "future", "draft", "trash"
};

// One article's post on one portal, as PressDesk last saw it.
struct PostLink
{
    QString articleId;
    QString portalId;
    qint64 remoteId = 0;
    QString link;
    QString slug;
    QString remoteStatus;
    QString modifiedGmt; // the portal's modification time when PressDesk last sent or read it
    QString pushedHash;  // the content hash that was sent
};

// The links between articles and portal posts (table article_posts): at most one post per
// article and portal, and one article per post. Publishing and importing write them; a
// later publish updates the linked post.
class PostLinkRepository
{
    Q_DISABLE_COPY_MOVE(PostLinkRepository)

public:
    explicit PostLinkRepository(Database &db) : m_db(db) {}

    // The article's posts, by portal name.
    Result<QList<ArticlePost>> postsOf(const QString &articleId) const;
    // The article's post on that portal, or nullopt.
    Result<std::optional<PostLink>> find(const QString &articleId, const QString &portalId) const;
    // The remote ids linked to an article on that portal.
    Result<QSet<qint64>> linkedRemoteIds(const QString &portalId) const;

    // Links a new post; fails when the article or the post is already linked on that portal.
    Status add(const PostLink &link);
    // Links or relinks the article's post on that portal.
    Status save(const PostLink &link);
    // What the portal now says of the post; an empty link keeps the stored one.
    Status updateRemote(const QString &articleId, const QString &portalId,
                        const QString &remoteStatus, const QString &modifiedGmt,
                        const QString &link = {});

    // Posts waiting on that portal for their time ("future") whose article is Scheduled.
    Result<QList<PostLink>> scheduledPosts(const QString &portalId) const;
    // Whether one of those has a publication time (in its done publish entry) at or
    // before now.
    Result<bool> anyScheduledDue(const QString &portalId, const QDateTime &now) const;

private:
    Database &m_db;
};

} // namespace PressDesk
