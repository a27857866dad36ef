#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace PressDesk {

class Database;
class Portal;
struct PortalAccount;

struct OutboxEntry
{
    qint64 id = 0;
    QString articleId;
    QString articleTitle;
    QString portalId;
    QString portalName;
    QString action;      // "publish", "withdraw", "trash"
    QDateTime publishAt; // invalid: now
    QString state;       // "queued", "done", "failed", "cancelled"
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
};

// Sends approved articles to portals through the outbox. Enqueueing checks the approval;
// run() sends what is due, one entry at a time, resolving a create whose answer was lost
// against the portal before trying again, so a post is never created twice.
class Publisher
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::Publisher)

public:
    explicit Publisher(Database &db) : m_db(db) {}

    // Only approved (or scheduled) content whose hash still equals the approved hash, and
    // only by a supervisor or an administrator. at invalid or past: publish now.
    Result<qint64> enqueuePublish(const QString &articleId, const QString &portalName,
                                  const QDateTime &at = {});
    Result<qint64> enqueueWithdraw(const QString &articleId, const QString &portalName, bool trash);

    // Sends the due entries of that portal (oldest first). Returns how many were done.
    Result<int> run(const PortalAccount &account, Portal &portal,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());

    Result<QList<OutboxEntry>> queue(bool includeDone = false) const;
    Status retryFailed(); // failed and waiting entries go again now
    Status cancel(qint64 entryId);

    // Delay before attempt n (1-based): 5 s doubling, at most an hour.
    static int backoffSeconds(int attempt);

private:
    Status publishOne(const OutboxEntry &entry, const PortalAccount &account, Portal &portal);
    Status withdrawOne(const OutboxEntry &entry, const PortalAccount &account, Portal &portal);

    Database &m_db;
};

} // namespace PressDesk
