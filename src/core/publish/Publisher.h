#pragma once

#include "Result.h"
#include "publish/OutboxRepository.h"
#include "publish/PostLinkRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <functional>

namespace PressDesk {

class Database;
struct Article;
class Portal;
class PostRegistry;
struct PortalAccount;
struct PostFields;
struct RemotePost;

// A WordPress post status in the user's words ("publish" → "published"); an unknown status
// is shown as is.
QString remoteStatusDisplayName(const QString &status);

// Sends approved articles to portals through the outbox. Enqueueing checks the approval;
// run() sends what is due, one entry at a time, resolving a create whose answer was lost
// against the portal before trying again, so a post is never created twice.
class Publisher
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::Publisher)

public:
    explicit Publisher(Database &db) : m_db(db) {}

    // The office's register of posts, for a profile that joined an office: asked before a
    // post is made, told after (see PostRegistry). Without one, or when the office cannot be
    // asked, the Publisher goes by what the last sync brought and looks on the portal first.
    void setRegistry(PostRegistry *registry) { m_registry = registry; }

    // Only approved (or scheduled) content whose hash still equals the approved hash, and
    // only by a supervisor or an administrator. at invalid or past: publish now.
    // overwrite: replace the post even if it was changed on the portal since PressDesk last
    // sent it (the user was asked).
    Result<qint64> enqueuePublish(const QString &articleId, const QString &portalName,
                                  const QDateTime &at = {}, bool overwrite = false);
    Result<qint64> enqueueWithdraw(const QString &articleId, const QString &portalName, bool trash);

    // Called before each entry is sent (entries handled so far, due in all) and once more
    // after the last; return false to stop before the next entry (the app's Stop button).
    using Progress = std::function<bool(int done, int total, const OutboxEntry &next)>;

    // Sends the due entries of that portal (oldest first). Returns how many were done.
    Result<int> run(const PortalAccount &account, Portal &portal,
                    const QDateTime &now = QDateTime::currentDateTimeUtc(),
                    const Progress &progress = {});
    // How many entries of that portal are due at now.
    Result<int> dueCount(const QString &portalId,
                         const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // Whether run() has anything to do for that portal at now: entries due, or scheduled
    // posts whose time has come (the articles follow the portal to Published).
    Result<bool> needsRun(const QString &portalId,
                          const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // Scheduled articles whose post the portal has since published (its own clock) become
    // Published here too. Returns how many moved. Called at the start of run().
    Result<int> followScheduled(const PortalAccount &account, Portal &portal);

    Result<QList<OutboxEntry>> queue(bool includeDone = false) const;
    Result<QList<ArticlePost>> postsOf(const QString &articleId) const;

    // Articles waiting on a portal for their publication time, soonest first.
    using ScheduledPublication = PressDesk::ScheduledPublication;
    Result<QList<ScheduledPublication>> scheduledPublications() const;
    Status retryFailed(); // failed and waiting entries go again now
    Status cancel(qint64 entryId);
    // An entry stopped by a conflict goes again, overwriting the portal's version.
    Status overwrite(qint64 entryId);

    // Delay before attempt n (1-based): 5 s doubling, at most an hour.
    static int backoffSeconds(int attempt);

private:
    Status publishOne(const OutboxEntry &entry, const PortalAccount &account, Portal &portal);
    Status withdrawOne(const OutboxEntry &entry, const PortalAccount &account, Portal &portal);

    // The post another desk made of the article on that account's site, as this desk's link
    // (asking the office's register first when there is one). look: set when the portal must
    // be searched before a post is made (the office could not be asked, or a desk that
    // claimed it went silent). An error when another desk is making it right now.
    Result<std::optional<PostLink>> officeLink(const Article &a, const PortalAccount &account,
                                               bool &look);
    // The office learns of the post this desk made or updated.
    void tellOffice(const PostLink &link, const PortalAccount &account);

    Database &m_db;
    PostRegistry *m_registry = nullptr;
};

} // namespace PressDesk
