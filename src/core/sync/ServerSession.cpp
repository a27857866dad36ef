#include "sync/ServerSession.h"

#include "server/ServerConnection.h"

#include <QSqlError>

namespace PressDesk {

ServerSession::~ServerSession() = default;

Result<QSqlQuery> ServerSession::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_c.db());
    bool done = false;
    if (values.isEmpty()) {
        done = q.exec(sql);
    } else if (q.prepare(sql)) {
        for (const QVariant &v : values)
            q.addBindValue(v);
        done = q.exec();
    }
    m_live.append(q);
    if (done)
        return q;
    return ServerConnection::translate(q.lastError());
}

Status ServerSession::run(const QString &sql, const QVariantList &values)
{
    auto q = exec(sql, values);
    if (!q)
        return q.error();
    return {};
}

Status ServerSession::step(const std::function<Status()> &fn)
{
    if (auto st = run(QStringLiteral("SAVEPOINT change")); !st)
        return st;
    Status st = fn();
    if (st) {
        st = run(QStringLiteral("RELEASE SAVEPOINT change"));
        releaseStatements();
        return st;
    }
    if (auto undone = run(QStringLiteral("ROLLBACK TO SAVEPOINT change")); !undone)
        return undone; // the connection is gone: the whole pass stops
    releaseStatements();
    return st;
}

void ServerSession::releaseStatements()
{
    m_live.clear();
}

bool ServerSession::isConnectionError(const Error &e)
{
    return e.code == QLatin1String("server-unreachable") ||
           e.code == QLatin1String("server-login-failed") || e.code == QLatin1String("server-tls");
}

QString ServerSession::isoColumn(const QString &column)
{
    return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
        .arg(column);
}

} // namespace PressDesk
