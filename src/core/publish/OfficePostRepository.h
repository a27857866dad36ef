#pragma once

#include "Result.h"
#include "publish/PostLinkRepository.h"

#include <QList>
#include <QString>

#include <optional>

namespace PressDesk {

class Database;
struct PortalAccount;

// Which post an article became on a portal site, as the office holds it.
struct OfficePost
{
    QString articleId;
    QString site; // PortalAccount::siteKey()
    qint64 remoteId = 0;
    QString link;
    QString slug;
    QString remoteStatus;
    QString modifiedGmt;
    QString pushedHash;

    // The same post as a link of this desk's account on that site.
    PostLink asLink(const QString &portalId) const
    {
        return PostLink{articleId, portalId,     remoteId,    link,
                        slug,      remoteStatus, modifiedGmt, pushedHash};
    }
    static OfficePost fromLink(const PostLink &link, const QString &site)
    {
        return OfficePost{link.articleId,   site,           link.remoteId,
                          link.link,        link.slug,      link.remoteStatus,
                          link.modifiedGmt, link.pushedHash};
    }
};

// The office's record of posts on this desk (table office_posts), kept in step with the
// desk's own links (article_posts, one per portal account) by the sync: a link made here goes
// up, a post another desk made comes down and becomes this desk's link on every account of
// that site. Rows of articles that stay on this desk (the demo article) are never sent.
class OfficePostRepository
{
    Q_DISABLE_COPY_MOVE(OfficePostRepository)

public:
    explicit OfficePostRepository(Database &db) : m_db(db) {}

    Result<std::optional<OfficePost>> find(const QString &articleId, const QString &site) const;

    // Takes this desk's links into the record: a link the record lacks, or holds otherwise,
    // waits to be sent. Returns how many wait.
    Result<int> takeLinks();
    // What waits to be sent (after takeLinks()).
    Result<QList<OfficePost>> unsent() const;
    // What takeLinks() would make wait, without writing.
    Result<int> unsentCount() const;
    // The server took it: no longer waiting, unless it changed here since.
    Status markSent(const OfficePost &post);

    // The office's record written here: from a pull (unless this desk has something of its own
    // waiting, which goes up first), or as the server's answer (always). The article's links on
    // the accounts of that site follow it. Returns false when a waiting record was kept.
    Result<bool> apply(const OfficePost &post, bool overWaiting);
    // A post made or updated on this desk that the server already recorded.
    Status recorded(const OfficePost &post);
    // A portal account added (or moved to another site) here: the office's posts on its site
    // become its links.
    Status linkAccount(const PortalAccount &account);

private:
    Status linkAccounts(const OfficePost &post);
    Status link(const OfficePost &post, const QString &portalId);

    Database &m_db;
};

} // namespace PressDesk
