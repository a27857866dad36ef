#pragma once

#include "Result.h"
#include "server/ServerAddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlError;

namespace PressDesk {

// One open connection to the office server (Qt's QPSQL driver), owned by the thread that
// opened it; closed and removed when destroyed.
class ServerConnection
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::ServerConnection)

public:
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    // Connects as `user` (address.user when empty) with `password`, and checks that the
    // connection answers. Errors in our words: "server-driver-missing", "server-unreachable",
    // "server-login-failed", "server-tls" (certificate not trusted, name mismatch),
    // "server-error" (with the server's text as detail).
    static Result<std::unique_ptr<ServerConnection>>
    open(const ServerAddress &address, const QString &user, const QString &password);

    QSqlDatabase &db() { return m_db; }
    const ServerAddress &address() const { return m_address; }
    QString user() const { return m_user; }

    // A server error in our words. The server's own rules raise SQLSTATE PD001 (conflict),
    // PD002 (not allowed), PD003 (changed since it was reviewed) with a message already
    // written for people (English; translated here by its code and the words it carries).
    static Error translate(const QSqlError &error);

private:
    ServerConnection(QSqlDatabase db, ServerAddress address, QString user);

    QSqlDatabase m_db;
    ServerAddress m_address;
    QString m_user;
};

} // namespace PressDesk
