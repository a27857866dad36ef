// The PostgreSQL the office server's tests use (scripts/postgres-test-env.sh, started by
// scripts/run-tests.sh) and the helpers of TestPostgres.h, through Qt's PostgreSQL driver: a
// database of its own, TLS with the server's certificate verified against the private CA,
// Vietnamese text kept as it is, a wrong password refused, test roles dropped. Without the
// server the tests skip, unless the run requires the services (PRESSDESK_REQUIRE_SERVICES=1),
// where they fail.
#include "TestPostgres.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestPostgresEnv : public QObject
{
    Q_OBJECT

private:
    TestPostgresServer m_pg;

private Q_SLOTS:
    void initTestCase()
    {
        m_pg = TestPostgresServer::fromEnvironment();
        PRESSDESK_REQUIRE_POSTGRES(m_pg);
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
                 "Qt's PostgreSQL driver (QPSQL) is missing");
        QVERIFY(m_pg.port > 0);
        QVERIFY(!m_pg.caFile.isEmpty());
    }

    void verifiedTlsToAFreshDatabase()
    {
        TestPostgresDatabase database(m_pg);
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        QVERIFY(database.name().startsWith(QStringLiteral("pd_test_")));

        TestPostgresConnection connection(m_pg, database.name());
        QVERIFY2(connection.isOpen(), qPrintable(connection.errorText()));
        QSqlQuery query(connection.db());
        QVERIFY2(query.exec(QStringLiteral("SELECT current_database(), current_user")),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), database.name());
        QCOMPARE(query.value(1).toString(), m_pg.adminUser);

        QVERIFY(query.exec(QStringLiteral("SHOW ssl")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("on"));
        QVERIFY2(query.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = "
                                           "pg_backend_pid()")),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toBool());
    }

    // The certificate names localhost as well as 127.0.0.1.
    void verifiedTlsByHostName()
    {
        TestPostgresConnection connection(m_pg, QStringLiteral("postgres"), m_pg.adminUser,
                                          m_pg.adminPassword, m_pg.verifiedTlsOptions(),
                                          QStringLiteral("localhost"));
        QVERIFY2(connection.isOpen(), qPrintable(connection.errorText()));
        QSqlQuery query(connection.db());
        QVERIFY(query.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = "
                                          "pg_backend_pid()")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toBool());
    }

    // verify-full does check: a host name the certificate does not give is refused (libpq
    // connects to hostaddr and checks the certificate against host).
    void certificateOfAnotherNameIsRefused()
    {
        TestPostgresConnection connection(
            m_pg, QStringLiteral("postgres"), m_pg.adminUser, m_pg.adminPassword,
            m_pg.verifiedTlsOptions() + QStringLiteral(";hostaddr=") + m_pg.host,
            QStringLiteral("office-server.invalid"));
        QVERIFY(!connection.isOpen());
        QVERIFY2(connection.errorText().contains(QStringLiteral("does not match host name")),
                 qPrintable(connection.errorText()));
    }

    // A client may also choose no TLS.
    void plainTcp()
    {
        TestPostgresConnection connection(m_pg, QStringLiteral("postgres"), m_pg.adminUser,
                                          m_pg.adminPassword, TestPostgresServer::plainOptions());
        QVERIFY2(connection.isOpen(), qPrintable(connection.errorText()));
        QSqlQuery query(connection.db());
        QVERIFY(query.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = "
                                          "pg_backend_pid()")));
        QVERIFY(query.next());
        QVERIFY(!query.value(0).toBool());
    }

    void vietnameseTextRoundTrips()
    {
        TestPostgresDatabase database(m_pg);
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        TestPostgresConnection connection(m_pg, database.name());
        QVERIFY2(connection.isOpen(), qPrintable(connection.errorText()));
        QSqlQuery query(connection.db());
        QVERIFY2(query.exec(QStringLiteral("CREATE TABLE plan (id serial PRIMARY KEY, "
                                           "title text NOT NULL)")),
                 qPrintable(query.lastError().text()));
        const QString title = QStringLiteral("Hoài Đức – Kế hoạch 65/KH-UBND");
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO plan (title) VALUES (?)")));
        query.addBindValue(title);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        // Searched for on the server, not only read back.
        QVERIFY(query.prepare(QStringLiteral("SELECT title, length(title) FROM plan WHERE title "
                                             "LIKE ?")));
        query.addBindValue(QStringLiteral("%Đức – Kế%"));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), title);
        QCOMPARE(query.value(1).toInt(), title.size()); // characters, not bytes
    }

    void wrongPasswordIsRefused()
    {
        TestPostgresConnection connection(m_pg, QStringLiteral("postgres"), m_pg.adminUser,
                                          m_pg.adminPassword + QStringLiteral("-wrong"),
                                          m_pg.verifiedTlsOptions());
        QVERIFY(!connection.isOpen());
        QVERIFY2(connection.errorText().contains(QStringLiteral("authentication")),
                 qPrintable(connection.errorText()));
    }

    // A role a test creates logs in, and dropRoles() removes it with its privileges.
    void testRolesAreDropped()
    {
        TestPostgresDatabase database(m_pg);
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        const QString role = uniqueRolePrefix() + QStringLiteral("editor");
        QVERIFY(role.size() <= 63);
        // ASCII: on Windows, Qt's driver hands libpq its connection string, password included,
        // in the ANSI code page (QString::toLocal8Bit()), where Vietnamese letters do not fit.
        const QString password = QStringLiteral("Mat-khau-1");
        QString error;
        QVERIFY2(
            m_pg.adminExec(
                {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password),
                 QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(database.name(), role)},
                &error),
            qPrintable(error));
        {
            TestPostgresConnection connection(m_pg, database.name(), role, password,
                                              m_pg.verifiedTlsOptions());
            QVERIFY2(connection.isOpen(), qPrintable(connection.errorText()));
        }
        QVERIFY2(m_pg.dropRoles({role, role + QStringLiteral("_never_created")}, &error),
                 qPrintable(error));
        TestPostgresConnection admin(m_pg, QStringLiteral("postgres"));
        QVERIFY2(admin.isOpen(), qPrintable(admin.errorText()));
        QSqlQuery query(admin.db());
        QVERIFY(query.prepare(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?")));
        query.addBindValue(role);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void databasesAreUniqueAndDropped()
    {
        QString error;
        const QString first = m_pg.createDatabase(&error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        const QString second = m_pg.createDatabase(&error);
        QVERIFY2(!second.isEmpty(), qPrintable(error));
        QVERIFY(first != second);
        {
            // Dropped even with a session still in it (WITH (FORCE)).
            TestPostgresConnection stillOpen(m_pg, first);
            QVERIFY2(stillOpen.isOpen(), qPrintable(stillOpen.errorText()));
            QVERIFY2(m_pg.dropDatabase(first, &error), qPrintable(error));
        }
        QVERIFY2(m_pg.dropDatabase(second, &error), qPrintable(error));
        TestPostgresConnection gone(m_pg, first);
        QVERIFY(!gone.isOpen());
        QVERIFY2(gone.errorText().contains(QStringLiteral("does not exist")),
                 qPrintable(gone.errorText()));
    }
};

QTEST_GUILESS_MAIN(TestPostgresEnv)
#include "TestPostgresEnv.moc"
