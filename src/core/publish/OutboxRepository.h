#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace PressDesk {

class Database;

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
    QString errorCode;      // why it stopped: "conflict", "timeout", "auth"…
    bool overwrite = false; // the user chose to overwrite a post changed on the portal
};

// An article waiting on a portal for its publication time.
struct ScheduledPublication
{
    QString articleId;
    QString title;
    QDateTime at; // UTC
};

// The outbox (table outbox): every request to a portal — publish, withdraw, trash — as an
// entry that waits until it is sent, with its attempts and why it last stopped. Holds no
// rules: Publisher decides what to queue and what an answer means.
class OutboxRepository
{
    Q_DISABLE_COPY_MOVE(OutboxRepository)

public:
    explicit OutboxRepository(Database &db) : m_db(db) {}

    // A new entry queued by the acting user, due now; publishAt invalid: publish when sent.
    // overwrite: replace the portal's version even if it changed there. Returns its id.
    Result<qint64> add(const QString &articleId, const QString &portalId, const QString &action,
                       const QDateTime &publishAt = {}, bool overwrite = false);

    // The queued and failed entries (all entries when includeDone), oldest first.
    Result<QList<OutboxEntry>> list(bool includeDone) const;

    // Attempt `attempts` is on record (before anything is sent).
    Status setAttempts(qint64 id, int attempts);
    Status markDone(qint64 id, int attempts, const QDateTime &at);
    // The attempt failed with error: queued again at nextAttemptAt when again, else failed.
    Status markFailed(qint64 id, int attempts, const Error &error, bool again,
                      const QDateTime &nextAttemptAt);

    // Queued and failed entries are due at `at`.
    Status retryAll(const QDateTime &at);
    Status cancel(qint64 id); // unless done
    // An entry stopped by a conflict is queued again at `at`, overwriting. Returns false
    // when the entry is not waiting for that decision.
    Result<bool> queueOverwrite(qint64 id, const QDateTime &at);

    // Articles still Scheduled whose publish entry carries a time, soonest first.
    Result<QList<ScheduledPublication>> scheduledPublications() const;

private:
    Database &m_db;
};

} // namespace PressDesk
