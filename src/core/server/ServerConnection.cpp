#include "server/ServerConnection.h"

#include <QAtomicInteger>
#include <QDir>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace PressDesk {

namespace {

QString driverName()
{
    return QStringLiteral("QPSQL");
}

// The server's own sentence out of what Qt's driver gives: PQerrorMessage() is
// "ERROR:  Only a supervisor may approve.\nCONTEXT:  PL/pgSQL function …\n(PD002)".
QString primaryMessage(const QString &databaseText)
{
    QString text = databaseText.trimmed();
    static const QRegularExpression trailingCode(QStringLiteral("\\s*\\([0-9A-Z]{5}\\)$"));
    text.remove(trailingCode);
    text = text.section(u'\n', 0, 0).trimmed();
    // The severity, in the server's language: "ERROR:  ", "FATAL:  ", "FEHLER:  ".
    static const QRegularExpression severity(QStringLiteral("^\\p{Lu}+:\\s+"));
    text.remove(severity);
    return text;
}

// Where the server is, for messages: "db.office.lan:5432", "this computer".
QString location(const ServerAddress &address)
{
    if (address.host.isEmpty())
        return ServerConnection::tr("this computer");
    if (address.host.startsWith(u'/'))
        return ServerConnection::tr("this computer (socket folder %1)")
            .arg(QDir::toNativeSeparators(address.host));
    return address.host + u':' + QString::number(address.port);
}

// Which server, for messages: "“pressdesk” on db.office.lan:5432".
QString describe(const ServerAddress &address)
{
    return ServerConnection::tr("“%1” on %2").arg(address.database, location(address));
}

bool has(const QString &text, const char *words)
{
    return text.contains(QLatin1String(words), Qt::CaseInsensitive);
}

// libpq's connection messages (no SQLSTATE reaches Qt for them) in our words.
Error connectionError(const QString &technical, const ServerAddress &address, const QString &user)
{
    const QString server = describe(address);
    const QString who = user.isEmpty() ? ServerConnection::tr("your system user name") : user;
    const auto error = [&technical](const char *code, const QString &message) {
        return Error{QString::fromLatin1(code), message, technical};
    };

    if (has(technical, "no password supplied"))
        return error("server-password-needed",
                     ServerConnection::tr("The office server %1 needs the password of %2.")
                         .arg(server, who));
    if (has(technical, "password authentication failed") ||
        (has(technical, "role \"") && has(technical, "does not exist")) ||
        has(technical, "authentication failed"))
        return error("server-login-failed",
                     ServerConnection::tr("The office server %1 did not accept the user name %2 "
                                          "with this password. Check both; an administrator can "
                                          "set a new password.")
                         .arg(server, who));
    if (has(technical, "no pg_hba.conf entry") && has(technical, "no encryption"))
        return error("server-login-failed",
                     ServerConnection::tr("The office server %1 accepts %2 only over an "
                                          "encrypted connection. Add sslmode=verify-full (or "
                                          "sslmode=require) to the address.")
                         .arg(server, who));
    if (has(technical, "no pg_hba.conf entry"))
        return error("server-login-failed",
                     ServerConnection::tr("The office server %1 does not accept %2 from this "
                                          "computer. The administrator adds this computer's "
                                          "network for this user to the server's pg_hba.conf.")
                         .arg(server, who));
    if (has(technical, "server does not support SSL"))
        return error("server-tls",
                     ServerConnection::tr("The office server %1 does not offer encrypted "
                                          "connections, but the address asks for one (sslmode). "
                                          "The administrator turns on SSL on the server.")
                         .arg(server));
    if (has(technical, "root certificate file") ||
        has(technical, "could not read root certificate")) {
        const QString file = address.sslRootCert.isEmpty()
                                 ? ServerConnection::tr("~/.postgresql/root.crt")
                                 : QDir::toNativeSeparators(address.sslRootCert);
        return error("server-tls",
                     ServerConnection::tr("The CA certificate file %1 for the office server %2 "
                                          "cannot be read. Check the sslrootcert part of the "
                                          "address and that the file is there.")
                         .arg(file, server));
    }
    if (has(technical, "does not match host name"))
        return error("server-tls",
                     ServerConnection::tr("The certificate of the office server %1 is made out "
                                          "for another name. Use the name written in the "
                                          "certificate in the address, or ask the administrator "
                                          "for a certificate with this name.")
                         .arg(server));
    if (has(technical, "database \"") && has(technical, "does not exist"))
        return error("server-error",
                     ServerConnection::tr("The office server on %1 has no database “%2”. Check "
                                          "the name at the end of the address; the "
                                          "administrator creates the database first.")
                         .arg(location(address), address.database));
    if (has(technical, "certificate") || has(technical, "SSL"))
        return error("server-tls",
                     ServerConnection::tr("The encrypted connection to the office server %1 "
                                          "failed: its certificate is not trusted or the "
                                          "connection was interrupted. Check the sslrootcert "
                                          "file of the address and ask the administrator.")
                         .arg(server));
    if (has(technical, "could not translate host name") ||
        has(technical, "Name or service not known") || has(technical, "nodename nor servname"))
        return error("server-unreachable",
                     ServerConnection::tr("The office server name “%1” is not known on this "
                                          "network. Check the address and that this computer "
                                          "is connected to the office network.")
                         .arg(address.host));
    if (has(technical, "timeout expired") || has(technical, "timed out"))
        return error("server-unreachable",
                     ServerConnection::tr("The office server %1 did not answer in time. Check "
                                          "that this computer is on the office network (or its "
                                          "VPN) and that the server is running.")
                         .arg(server));
    if (has(technical, "Connection refused") || has(technical, "could not connect") ||
        has(technical, "No such file or directory") || has(technical, "unreachable") ||
        has(technical, "No route to host") || has(technical, "server closed the connection") ||
        has(technical, "no connection") || has(technical, "starting up") ||
        has(technical, "shutting down"))
        return error("server-unreachable",
                     ServerConnection::tr("The office server %1 cannot be reached. Check the "
                                          "address, that this computer is on the office "
                                          "network and that the server is running.")
                         .arg(server));
    return error("server-error",
                 ServerConnection::tr("The office server %1 refused the connection: %2")
                     .arg(server, primaryMessage(technical)));
}

} // namespace

ServerConnection::ServerConnection(QSqlDatabase db, ServerAddress address, QString user)
    : m_db(std::move(db)), m_address(std::move(address)), m_user(std::move(user))
{}

ServerConnection::~ServerConnection()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase(); // no copy may be left when the connection is removed
    if (!name.isEmpty())
        QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<ServerConnection>>
ServerConnection::open(const ServerAddress &address, const QString &user, const QString &password)
{
    const QString login = user.isEmpty() ? address.user : user;
    const Error driverMissing{
        QStringLiteral("server-driver-missing"),
        tr("PressDesk cannot talk to the office server: the PostgreSQL driver of Qt is not "
           "installed. On Debian or Ubuntu, install the package libqt6sql6-psql; elsewhere, "
           "install PressDesk again."),
        driverName()};
    if (!QSqlDatabase::isDriverAvailable(driverName()))
        return driverMissing;
#ifdef Q_OS_WIN
    // Qt's driver hands the password to libpq in the 8-bit code page, where letters with
    // diacritics do not survive: said plainly instead of "wrong password".
    for (const QChar c : password) {
        if (c.unicode() > 0x7e)
            return Error{QStringLiteral("server-password-not-ascii"),
                         tr("A password with Vietnamese diacritics or other special letters "
                            "cannot be sent to the office server from Windows. Ask the "
                            "administrator for a password with only a–z, A–Z, digits and "
                            "signs.")};
    }
#endif

    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("pressdesk-server-%1").arg(++counter);
    // Owned from here on: every way out closes and removes the connection.
    std::unique_ptr<ServerConnection> connection(
        new ServerConnection(QSqlDatabase::addDatabase(driverName(), name), address, login));
    QSqlDatabase &db = connection->m_db;
    if (!db.isValid())
        return driverMissing; // the plugin is there but does not load (libpq missing)

    // An empty host is the default Unix socket, an empty user the system's user name, an
    // empty password libpq's own PGPASSWORD, ~/.pgpass or peer authentication, as for psql.
    if (!address.host.isEmpty())
        db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    if (!login.isEmpty())
        db.setUserName(login);
    if (!password.isEmpty())
        db.setPassword(password);
    db.setConnectOptions(address.connectOptions());
    if (!db.open())
        return connectionError(db.lastError().databaseText(), address, login);

    // The driver's isOpen() does not tell whether the server answers: ask it something.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT current_user")) || !probe.next()) {
        const QSqlError error = probe.lastError();
        probe = QSqlQuery();
        if (error.nativeErrorCode().isEmpty())
            return connectionError(error.databaseText(), address, login);
        return translate(error);
    }
    connection->m_user = probe.value(0).toString();
    return connection;
}

Error ServerConnection::translate(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    const QString technical = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString said = primaryMessage(technical);
    const auto make = [&technical](const char *ourCode, const QString &message) {
        return Error{QString::fromLatin1(ourCode), message, technical};
    };

    // The server's own rules: the message is written for people (in English).
    if (code == QLatin1String("PD001"))
        return make("conflict",
                    tr("The office server refused this because of a conflict: %1").arg(said));
    if (code == QLatin1String("PD002"))
        return make("not-allowed", tr("The office server does not allow this: %1").arg(said));
    if (code == QLatin1String("PD003"))
        return make(
            "changed-since-review",
            tr("This was changed on the office server since it was reviewed: %1").arg(said));
    if (code == QLatin1String("42501"))
        return make("not-allowed", tr("Your role on the office server does not allow this. Ask an "
                                      "administrator if you need it."));
    if (code == QLatin1String("28P01") || code == QLatin1String("28000"))
        return make("server-login-failed",
                    tr("The office server did not accept the user name and password. Check "
                       "both; an administrator can set a new password."));
    // 08xxx connection exceptions; 57P01–57P03 the server shutting down or restarting.
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")) ||
        (code.isEmpty() && error.type() == QSqlError::ConnectionError) ||
        has(technical, "server closed the connection") ||
        has(technical, "no connection to the server"))
        return make("server-unreachable",
                    tr("The connection to the office server was lost. Check that this computer "
                       "is on the office network and try again."));
    return make("server-error", tr("The office server reported an error: %1")
                                    .arg(said.isEmpty() ? tr("no details were given") : said));
}

} // namespace PressDesk
