#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>

#include <atomic>

// The real PostgreSQL that scripts/run-tests.sh starts (scripts/postgres-test-env.sh) and
// announces in the environment, for the office server's tests: one cluster for the whole run,
// shared by every test program (on Linux and, under Wine, on Windows), two at a time. So a test
// works in a database of its own (createDatabase(), or TestPostgresDatabase), and names the
// login roles it creates, which are cluster-wide, with a prefix of its own (uniqueRolePrefix()),
// then drops them (dropRoles()).

namespace TestPostgresDetail {

// A number that differs on every call in this program.
inline int nextSerial()
{
    static std::atomic<int> serial{0};
    return ++serial;
}

// A name no other test program has, not even one running at the same time on the other side
// (Linux, Wine) whose process id may be the same: prefix, pid, serial, 32 random bits. After a
// lower-case prefix, lower-case letters, digits and '_' only: SQL needs no quotes for it.
inline QString uniqueName(const QString &prefix)
{
    return prefix + QStringLiteral("%1_%2_%3")
                        .arg(QCoreApplication::applicationPid())
                        .arg(nextSerial())
                        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

// An SQL identifier in double quotes.
inline QString quoteIdentifier(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// A value in a libpq connection string (QSqlDatabase::setConnectOptions() passes its options
// to libpq as they are, ';' turned into ' '): quoted, its '\' and '\'' escaped.
inline QString conninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

} // namespace TestPostgresDetail

// The login roles a test creates are named with this prefix and a suffix of the test's choice
// ("pd_r_<pid>_<serial>_<random>_editor"): unique across the programs that share the cluster.
// At most 26 characters, so a suffix of up to 37 keeps the name within PostgreSQL's 63.
inline QString uniqueRolePrefix()
{
    return TestPostgresDetail::uniqueName(QStringLiteral("pd_r_")) + u'_';
}

struct TestPostgresServer
{
    QString host;
    int port = 0;
    QString adminUser;
    QString adminPassword;
    QString caFile; // the CA's certificate, which signed the server's (for sslmode=verify-full)

    static TestPostgresServer fromEnvironment()
    {
        return {qEnvironmentVariable("PRESSDESK_TEST_PG_HOST"),
                qEnvironmentVariableIntValue("PRESSDESK_TEST_PG_PORT"),
                qEnvironmentVariable("PRESSDESK_TEST_PG_ADMIN_USER"),
                qEnvironmentVariable("PRESSDESK_TEST_PG_ADMIN_PASSWORD"),
                qEnvironmentVariable("PRESSDESK_TEST_PG_CA")};
    }
    bool isAvailable() const { return !host.isEmpty(); }

    // The CA's file as libpq in this program opens it. The environment comes from the Linux
    // side (scripts/run-tests.sh), also for the Windows build under Wine, where a Unix path is
    // a path on drive Z: ("Z:\work\…").
    QString nativeCaPath() const
    {
#ifdef Q_OS_WIN
        if (caFile.startsWith(u'/'))
            return QStringLiteral("Z:") + QDir::toNativeSeparators(caFile);
#endif
        return caFile;
    }

    // QSqlDatabase::setConnectOptions() for TLS with the server's certificate checked against
    // the CA, the host name (or IP address) included: what the office server's clients do.
    QString verifiedTlsOptions() const
    {
        return QStringLiteral("sslmode=verify-full;sslrootcert=") +
               TestPostgresDetail::conninfoValue(nativeCaPath());
    }
    // … and without TLS (the server allows both).
    static QString plainOptions()
    {
        return QStringLiteral("sslmode=disable");
    }

    // Runs the statements one by one as the admin, in the database "postgres" (outside a
    // transaction: CREATE and DROP DATABASE need that). Stops at the first error.
    bool adminExec(const QStringList &statements, QString *error = nullptr) const;

    // A new, empty database (UTF-8) with a unique name, which it returns; an empty name, and
    // *error, when it cannot.
    QString createDatabase(QString *error = nullptr) const
    {
        const QString name = TestPostgresDetail::uniqueName(QStringLiteral("pd_test_"));
        if (!adminExec({QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'")
                            .arg(TestPostgresDetail::quoteIdentifier(name))},
                       error))
            return {};
        return name;
    }
    // Drops the database, ending the sessions still connected to it.
    bool dropDatabase(const QString &name, QString *error = nullptr) const
    {
        return adminExec({QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                              .arg(TestPostgresDetail::quoteIdentifier(name))},
                         error);
    }
    // Drops the login roles a test created (those that exist), with the privileges they were
    // given on databases. What they own in a database goes with that database: drop the
    // test's databases first.
    bool dropRoles(const QStringList &roles, QString *error = nullptr) const
    {
        QStringList statements;
        for (const QString &role : roles) {
            const QString quoted = TestPostgresDetail::quoteIdentifier(role);
            const QString literal =
                u'\'' + QString(role).replace(u'\'', QStringLiteral("''")) + u'\'';
            // DROP OWNED BY fails for a role that does not exist: only for those that do.
            statements << QStringLiteral("DO $$BEGIN IF EXISTS (SELECT FROM pg_roles WHERE "
                                         "rolname = %1) THEN EXECUTE 'DROP OWNED BY ' || "
                                         "quote_ident(%1); END IF; END$$")
                              .arg(literal)
                       << QStringLiteral("DROP ROLE IF EXISTS %1").arg(quoted);
        }
        return adminExec(statements, error);
    }
};

// A connection through Qt's PostgreSQL driver (QPSQL) under a name of its own, removed with
// the object. Declare it before the QSqlQuery objects that use it.
class TestPostgresConnection
{
public:
    TestPostgresConnection(const TestPostgresServer &server, const QString &database,
                           const QString &user, const QString &password, const QString &options,
                           const QString &host = {})
        : m_name(TestPostgresDetail::uniqueName(QStringLiteral("TestPostgres_")))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        m_db.setHostName(host.isEmpty() ? server.host : host);
        m_db.setPort(server.port);
        m_db.setDatabaseName(database);
        m_db.setUserName(user);
        m_db.setPassword(password);
        m_db.setConnectOptions(options);
        m_db.open();
    }
    // As the admin, over TLS with the server's certificate verified.
    TestPostgresConnection(const TestPostgresServer &server, const QString &database)
        : TestPostgresConnection(server, database, server.adminUser, server.adminPassword,
                                 server.verifiedTlsOptions())
    {}
    ~TestPostgresConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(TestPostgresConnection)

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }
    QString errorText() const { return m_db.lastError().text(); }

private:
    QString m_name;
    QSqlDatabase m_db;
};

inline bool TestPostgresServer::adminExec(const QStringList &statements, QString *error) const
{
    TestPostgresConnection connection(*this, QStringLiteral("postgres"));
    if (!connection.isOpen()) {
        if (error)
            *error = QStringLiteral("cannot connect to PostgreSQL as %1: %2")
                         .arg(adminUser, connection.errorText());
        return false;
    }
    // No NOTICEs on stderr ("role … does not exist, skipping").
    for (const QString &statement :
         QStringList{QStringLiteral("SET client_min_messages TO warning")} + statements) {
        QSqlQuery query(connection.db());
        if (!query.exec(statement)) {
            if (error)
                *error = statement + QStringLiteral(": ") + query.lastError().text();
            return false;
        }
    }
    return true;
}

// A fresh database for a test, dropped with the object (also when a QVERIFY returns early).
class TestPostgresDatabase
{
public:
    explicit TestPostgresDatabase(const TestPostgresServer &server)
        : m_server(server), m_name(server.createDatabase(&m_error))
    {}
    ~TestPostgresDatabase()
    {
        if (!m_name.isEmpty() && !m_server.dropDatabase(m_name, &m_error))
            qWarning("cannot drop the test database: %s", qPrintable(m_error));
    }
    Q_DISABLE_COPY_MOVE(TestPostgresDatabase)

    bool isValid() const { return !m_name.isEmpty(); }
    const QString &name() const { return m_name; }
    const QString &error() const { return m_error; } // why it could not be created

private:
    TestPostgresServer m_server;
    QString m_error;
    QString m_name;
};

// In a test function: without the test PostgreSQL, skip — or fail when the run requires it
// (PRESSDESK_REQUIRE_SERVICES=1, set by scripts/run-tests.sh), so a broken set-up is never
// a green run.
#define PRESSDESK_REQUIRE_POSTGRES(pg)                                                             \
    do {                                                                                           \
        if (!(pg).isAvailable()) {                                                                 \
            if (qEnvironmentVariableIntValue("PRESSDESK_REQUIRE_SERVICES"))                        \
                QFAIL("PRESSDESK_TEST_PG_HOST is not set: the test PostgreSQL did not start");     \
            QSKIP(                                                                                 \
                "no test PostgreSQL (run scripts/run-tests.sh or scripts/postgres-test-env.sh)");  \
        }                                                                                          \
    } while (false)
