#include "publish/OutboxRepository.h"

#include "model/Article.h"
#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlUtil.h"

namespace PressDesk {

namespace {

QDateTime timeOrInvalid(const QVariant &v)
{
    const QString text = v.toString();
    return text.isEmpty() ? QDateTime() : Sql::fromIso(text);
}

OutboxEntry entryFromQuery(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.articleId = q.value(1).toString();
    e.articleTitle = q.value(2).toString();
    e.portalId = q.value(3).toString();
    e.portalName = q.value(4).toString();
    e.action = q.value(5).toString();
    e.publishAt = timeOrInvalid(q.value(6));
    e.state = q.value(7).toString();
    e.attempts = q.value(8).toInt();
    e.nextAttemptAt = timeOrInvalid(q.value(9));
    e.lastError = q.value(10).toString();
    e.errorCode = q.value(11).toString();
    e.overwrite = q.value(12).toInt() != 0;
    return e;
}

} // namespace

Result<qint64> OutboxRepository::add(const QString &articleId, const QString &portalId,
                                     const QString &action, const QDateTime &publishAt,
                                     bool overwrite)
{
    const QString now = Sql::iso(QDateTime::currentDateTimeUtc());
    auto q = Sql::exec(m_db,
                       QStringLiteral("INSERT INTO outbox (article_id, portal_id, action, "
                                      "publish_at, next_attempt_at, created_by, created_at, "
                                      "overwrite) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {articleId, portalId, action,
                        Sql::text(publishAt.isValid() ? Sql::iso(publishAt) : QString()), now,
                        Sql::text(m_db.actingUser()), now, overwrite ? 1 : 0});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<QList<OutboxEntry>> OutboxRepository::list(bool includeDone) const
{
    static const QString all = QStringLiteral(
        "SELECT o.id, o.article_id, a.title, o.portal_id, p.name, o.action, o.publish_at, "
        "o.state, o.attempts, o.next_attempt_at, o.last_error, o.error_code, o.overwrite "
        "FROM outbox o JOIN articles a ON a.id = o.article_id "
        "JOIN portals p ON p.id = o.portal_id");
    auto q = Sql::exec(
        m_db,
        all + (includeDone ? QString() : QStringLiteral(" WHERE o.state IN ('queued', 'failed')")) +
            QStringLiteral(" ORDER BY o.id"));
    if (!q)
        return q.error();
    QList<OutboxEntry> out;
    while (q.value().next())
        out << entryFromQuery(q.value());
    return out;
}

Status OutboxRepository::setAttempts(qint64 id, int attempts)
{
    return Sql::run(m_db, QStringLiteral("UPDATE outbox SET attempts = ? WHERE id = ?"),
                    {attempts, id});
}

Status OutboxRepository::markDone(qint64 id, int attempts, const QDateTime &at)
{
    return Sql::run(m_db,
                    QStringLiteral("UPDATE outbox SET state = 'done', attempts = ?, "
                                   "last_error = '', error_code = '', done_at = ? WHERE id = ?"),
                    {attempts, Sql::iso(at), id});
}

Status OutboxRepository::markFailed(qint64 id, int attempts, const Error &error, bool again,
                                    const QDateTime &nextAttemptAt)
{
    return Sql::run(m_db,
                    QStringLiteral("UPDATE outbox SET state = ?, attempts = ?, last_error = ?, "
                                   "error_code = ?, next_attempt_at = ? WHERE id = ?"),
                    {again ? QStringLiteral("queued") : QStringLiteral("failed"), attempts,
                     Sql::text(error.message), Sql::text(error.code), Sql::iso(nextAttemptAt), id});
}

Status OutboxRepository::retryAll(const QDateTime &at)
{
    return Sql::run(m_db,
                    QStringLiteral("UPDATE outbox SET state = 'queued', next_attempt_at = ? "
                                   "WHERE state IN ('queued', 'failed')"),
                    {Sql::iso(at)});
}

Status OutboxRepository::cancel(qint64 id)
{
    return Sql::run(
        m_db,
        QStringLiteral("UPDATE outbox SET state = 'cancelled' WHERE id = ? AND state <> 'done'"),
        {id});
}

Result<bool> OutboxRepository::queueOverwrite(qint64 id, const QDateTime &at)
{
    auto changed = Sql::affected(
        m_db,
        QStringLiteral("UPDATE outbox SET state = 'queued', overwrite = 1, error_code = '', "
                       "next_attempt_at = ? WHERE id = ? AND state = 'failed' "
                       "AND error_code = 'conflict'"),
        {Sql::iso(at), id});
    if (!changed)
        return changed.error();
    return changed.value() == 1;
}

Result<QList<ScheduledPublication>> OutboxRepository::scheduledPublications() const
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT o.article_id, a.title, o.publish_at FROM outbox o "
                                      "JOIN articles a ON a.id = o.article_id "
                                      "WHERE o.action = 'publish' AND o.publish_at <> '' "
                                      "AND o.state IN ('queued', 'done') AND a.status = ? "
                                      "ORDER BY o.publish_at"),
                       {statusKey(ArticleStatus::Scheduled)});
    if (!q)
        return q.error();
    QList<ScheduledPublication> out;
    while (q.value().next())
        out << ScheduledPublication{q->value(0).toString(), q->value(1).toString(),
                                    Sql::fromIso(q->value(2).toString())};
    return out;
}

} // namespace PressDesk
