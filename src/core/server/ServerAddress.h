#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace PressDesk {

// Where the office server is: a PostgreSQL connection URL as libpq and psql take it,
//   postgresql://[USER@]HOST[:PORT]/DATABASE[?sslmode=…&sslrootcert=FILE]
//   postgresql:///DATABASE?host=/var/run/postgresql        (a Unix socket folder)
// ("postgres://" is accepted too). A password in the URL is refused: it would end up in shell
// histories and settings; it comes from the keychain, $PRESSDESK_SERVER_PASSWORD or standard
// input instead.
struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::ServerAddress)

public:
    QString host; // a name, an address, or a folder holding the server's Unix socket
    int port = 5432;
    QString database;
    QString user;    // may be empty: then the command's --user or the profile's user
    QString sslMode; // empty (libpq's default "prefer"), disable, require, verify-ca, verify-full
    QString sslRootCert; // the CA certificate file for verify-ca / verify-full

    // Errors (code "bad-server-url"), translated: not a postgresql:// URL, no database,
    // a password in it, an unknown sslmode, a bad port.
    static Result<ServerAddress> parse(const QString &url);

    // The URL again, without a password (for messages, settings and `sync status`).
    QString toString() const;
    // Qt's QPSQL connect options (QSqlDatabase::setConnectOptions): sslmode, sslrootcert,
    // connect_timeout, TCP keepalives and user timeout (a dead network ends a pass within
    // about half a minute), and application_name.
    QString connectOptions() const;
    // The key under which the person's password is kept in the keychain.
    QString credentialKey(const QString &userName) const;
};

} // namespace PressDesk
