// The office server's address (parse, toString, connectOptions, credentialKey), and what a
// connection makes of errors: a server that is not there, and the server's own SQLSTATEs.
// Needs no running server.
#include "server/ServerAddress.h"
#include "server/ServerConnection.h"

#include <QHostAddress>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTcpServer>
#include <QTest>

using namespace PressDesk;

class TestServerAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesGoodUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<QString>("sslRootCert");

        QTest::newRow("host and database") << QStringLiteral("postgresql://db.office.lan/pressdesk")
                                           << QString() << QStringLiteral("db.office.lan") << 5432
                                           << QStringLiteral("pressdesk") << QString() << QString();
        QTest::newRow("postgres scheme, user, port")
            << QStringLiteral("postgres://an@10.0.0.5:5433/pressdesk") << QStringLiteral("an")
            << QStringLiteral("10.0.0.5") << 5433 << QStringLiteral("pressdesk") << QString()
            << QString();
        QTest::newRow("verify-full with a CA file")
            << QStringLiteral("postgresql://an@db.office.lan/pressdesk?sslmode=verify-full&"
                              "sslrootcert=/etc/pressdesk/ca.crt")
            << QStringLiteral("an") << QStringLiteral("db.office.lan") << 5432
            << QStringLiteral("pressdesk") << QStringLiteral("verify-full")
            << QStringLiteral("/etc/pressdesk/ca.crt");
        QTest::newRow("Windows CA file with a space")
            << QStringLiteral("postgresql://db/pressdesk?sslmode=verify-ca&"
                              "sslrootcert=C:\\My%20certs\\ca.crt")
            << QString() << QStringLiteral("db") << 5432 << QStringLiteral("pressdesk")
            << QStringLiteral("verify-ca") << QStringLiteral("C:\\My certs\\ca.crt");
        QTest::newRow("IPv6 with port")
            << QStringLiteral("postgresql://an@[fd00::5]:6432/pressdesk") << QStringLiteral("an")
            << QStringLiteral("fd00::5") << 6432 << QStringLiteral("pressdesk") << QString()
            << QString();
        QTest::newRow("IPv6 without port")
            << QStringLiteral("postgresql://[::1]/pressdesk") << QString() << QStringLiteral("::1")
            << 5432 << QStringLiteral("pressdesk") << QString() << QString();
        QTest::newRow("socket folder")
            << QStringLiteral("postgresql:///pressdesk?host=/var/run/postgresql") << QString()
            << QStringLiteral("/var/run/postgresql") << 5432 << QStringLiteral("pressdesk")
            << QString() << QString();
        QTest::newRow("socket folder overrides the host, port parameter")
            << QStringLiteral("postgresql://admin@localhost/pressdesk?host=%2Ftmp&port=5440")
            << QStringLiteral("admin") << QStringLiteral("/tmp") << 5440
            << QStringLiteral("pressdesk") << QString() << QString();
        QTest::newRow("default socket")
            << QStringLiteral("postgresql:///pressdesk") << QString() << QString() << 5432
            << QStringLiteral("pressdesk") << QString() << QString();
        QTest::newRow("Vietnamese database name, percent-encoded")
            << QStringLiteral("postgresql://db.office.lan/v%C4%83n_ph%C3%B2ng") << QString()
            << QStringLiteral("db.office.lan") << 5432 << QStringLiteral("văn_phòng") << QString()
            << QString();
        QTest::newRow("percent-encoded user")
            << QStringLiteral("postgresql://nguyen%2Ean@db/pressdesk?sslmode=require")
            << QStringLiteral("nguyen.an") << QStringLiteral("db") << 5432
            << QStringLiteral("pressdesk") << QStringLiteral("require") << QString();
    }

    void parsesGoodUrls()
    {
        QFETCH(QString, url);
        auto a = ServerAddress::parse(url);
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));
        QTEST(a->user, "user");
        QTEST(a->host, "host");
        QTEST(a->port, "port");
        QTEST(a->database, "database");
        QTEST(a->sslMode, "sslMode");
        QTEST(a->sslRootCert, "sslRootCert");

        // The canonical URL reads back as the same address.
        auto again = ServerAddress::parse(a->toString());
        QVERIFY2(again.ok(), qPrintable(a->toString()));
        QCOMPARE(again->user, a->user);
        QCOMPARE(again->host, a->host);
        QCOMPARE(again->port, a->port);
        QCOMPARE(again->database, a->database);
        QCOMPARE(again->sslMode, a->sslMode);
        QCOMPARE(again->sslRootCert, a->sslRootCert);
        QCOMPARE(again->toString(), a->toString());
    }

    void refusesBadUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("named"); // the message says this

        QTest::newRow("password") << QStringLiteral("postgresql://an:secret@db/pressdesk")
                                  << QStringLiteral("password");
        QTest::newRow("password parameter")
            << QStringLiteral("postgresql://an@db/pressdesk?password=secret")
            << QStringLiteral("password");
        QTest::newRow("no database")
            << QStringLiteral("postgresql://db.office.lan") << QStringLiteral("database");
        QTest::newRow("empty database")
            << QStringLiteral("postgresql://db.office.lan/") << QStringLiteral("database");
        QTest::newRow("http") << QStringLiteral("http://db.office.lan/pressdesk")
                              << QStringLiteral("postgresql://");
        QTest::newRow("no scheme")
            << QStringLiteral("db.office.lan/pressdesk") << QStringLiteral("postgresql://");
        QTest::newRow("port zero")
            << QStringLiteral("postgresql://db:0/pressdesk") << QStringLiteral("port");
        QTest::newRow("port too big")
            << QStringLiteral("postgresql://db:65536/pressdesk") << QStringLiteral("65536");
        QTest::newRow("port not a number")
            << QStringLiteral("postgresql://db:abc/pressdesk") << QStringLiteral("port");
        QTest::newRow("port parameter")
            << QStringLiteral("postgresql://db/pressdesk?port=-1") << QStringLiteral("port");
        QTest::newRow("unknown sslmode")
            << QStringLiteral("postgresql://db/pressdesk?sslmode=maybe") << QStringLiteral("maybe");
        QTest::newRow("unknown parameters")
            << QStringLiteral("postgresql://db/pressdesk?sslmode=require&target_session_attrs="
                              "any&gssencmode=disable")
            << QStringLiteral("target_session_attrs, gssencmode");
        QTest::newRow("parameter without value")
            << QStringLiteral("postgresql://db/pressdesk?sslmode") << QStringLiteral("sslmode");
        QTest::newRow("IPv6 without brackets")
            << QStringLiteral("postgresql://fd00::5/pressdesk") << QStringLiteral("IPv6");
        QTest::newRow("several hosts")
            << QStringLiteral("postgresql://db1,db2/pressdesk") << QStringLiteral("several");
    }

    void refusesBadUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, named);
        auto a = ServerAddress::parse(url);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().code, QStringLiteral("bad-server-url"));
        QVERIFY2(a.error().message.contains(named), qPrintable(a.error().message));
    }

    void passwordIsNotRepeated()
    {
        auto a = ServerAddress::parse(QStringLiteral("postgresql://an:s3cret-word@db/pressdesk"));
        QVERIFY(!a.ok());
        QVERIFY(!a.error().message.contains(QStringLiteral("s3cret-word")));
        QVERIFY(a.error().message.contains(QStringLiteral("PRESSDESK_SERVER_PASSWORD")));
        // Nor when something else is wrong first.
        auto http = ServerAddress::parse(QStringLiteral("http://an:s3cret-word@db/pressdesk"));
        QVERIFY(!http.ok());
        QVERIFY2(!http.error().message.contains(QStringLiteral("s3cret-word")),
                 qPrintable(http.error().message));
    }

    void canonicalUrl()
    {
        auto a = ServerAddress::parse(
            QStringLiteral("POSTGRES://an@db.office.lan:5432/v%c4%83n_ph%c3%b2ng?sslmode=require"));
        QVERIFY(a.ok());
        QCOMPARE(
            a->toString(),
            QStringLiteral("postgresql://an@db.office.lan/v%C4%83n_ph%C3%B2ng?sslmode=require"));
        auto s =
            ServerAddress::parse(QStringLiteral("postgresql:///pressdesk?host=/tmp&port=5440"));
        QVERIFY(s.ok());
        QCOMPARE(s->toString(), QStringLiteral("postgresql:///pressdesk?host=/tmp&port=5440"));
        auto v6 = ServerAddress::parse(QStringLiteral("postgresql://[fd00::5]:6432/pressdesk"));
        QVERIFY(v6.ok());
        QCOMPARE(v6->toString(), QStringLiteral("postgresql://[fd00::5]:6432/pressdesk"));
    }

    // Every connection gives up on a dead network within about half a minute (libpq accepts
    // these options: every test that connects to the real PostgreSQL uses them).
#define KEEPALIVE                                                                                  \
    "keepalives=1;keepalives_idle=15;keepalives_interval=5;keepalives_count=3;"                    \
    "tcp_user_timeout=30000;"

    void connectOptions()
    {
        auto plain = ServerAddress::parse(QStringLiteral("postgresql://db/pressdesk"));
        QVERIFY(plain.ok());
        QCOMPARE(plain->connectOptions(),
                 QStringLiteral("connect_timeout=10;" KEEPALIVE "application_name=PressDesk"));

        auto simple = ServerAddress::parse(QStringLiteral(
            "postgresql://db/pressdesk?sslmode=verify-full&sslrootcert=/etc/pressdesk/ca.crt"));
        QVERIFY(simple.ok());
        QCOMPARE(simple->connectOptions(),
                 QStringLiteral("sslmode=verify-full;sslrootcert=/etc/pressdesk/ca.crt;"
                                "connect_timeout=10;" KEEPALIVE "application_name=PressDesk"));

        // libpq's conninfo: in single quotes, with \ and ' escaped by a backslash.
        ServerAddress quoted;
        quoted.database = QStringLiteral("pressdesk");
        quoted.sslMode = QStringLiteral("verify-ca");
        quoted.sslRootCert = QStringLiteral("C:\\My certs\\O'Brien's ca.crt");
        QCOMPARE(quoted.connectOptions(),
                 QStringLiteral("sslmode=verify-ca;sslrootcert='C:\\\\My certs\\\\O\\'Brien\\'s "
                                "ca.crt';connect_timeout=10;" KEEPALIVE
                                "application_name=PressDesk"));

        // A ";" would become a space in Qt's driver: refused when parsing.
        auto semicolon = ServerAddress::parse(
            QStringLiteral("postgresql://db/pressdesk?sslrootcert=/etc/a%3Bb/ca.crt"));
        QVERIFY(!semicolon.ok());
        QCOMPARE(semicolon.error().code, QStringLiteral("bad-server-url"));
    }

    void credentialKey()
    {
        auto a = ServerAddress::parse(QStringLiteral("postgresql://db.office.lan:5433/pressdesk"));
        QVERIFY(a.ok());
        QCOMPARE(a->credentialKey(QStringLiteral("an")),
                 QStringLiteral("server:an@db.office.lan:5433/pressdesk"));
    }

    void openWhereNothingListens()
    {
        // A port that was free a moment ago.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
            probe.close();
        }
        auto address = ServerAddress::parse(
            QStringLiteral("postgresql://an@127.0.0.1:%1/pressdesk?sslmode=disable").arg(port));
        QVERIFY(address.ok());
        const bool driver = QSqlDatabase::drivers().contains(QStringLiteral("QPSQL"));
        auto c = ServerConnection::open(address.value(), QString(), QStringLiteral("pw"));
        QVERIFY(!c.ok());
        if (!driver) {
            QCOMPARE(c.error().code, QStringLiteral("server-driver-missing"));
            QVERIFY(c.error().message.contains(QStringLiteral("libqt6sql6-psql")));
            QSKIP("Qt's PostgreSQL driver (QPSQL) is not installed");
        }
        QCOMPARE(c.error().code, QStringLiteral("server-unreachable"));
        QVERIFY2(c.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(port)),
                 qPrintable(c.error().message));
        QVERIFY(!c.error().detail.isEmpty()); // libpq's own words
        // Nothing is left behind.
        for (const QString &name : QSqlDatabase::connectionNames())
            QVERIFY2(!name.startsWith(QLatin1String("pressdesk-server-")), qPrintable(name));
    }

    void translatesServerErrors_data()
    {
        QTest::addColumn<QString>("sqlState");
        QTest::addColumn<QString>("databaseText");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("carries"); // the message contains this

        // What Qt's driver makes of PQerrorMessage() (the SQLSTATE appended).
        QTest::newRow("PD001") << QStringLiteral("PD001")
                               << QStringLiteral("ERROR:  Someone else saved a newer revision.\n"
                                                 "(PD001)")
                               << QStringLiteral("conflict")
                               << QStringLiteral("Someone else saved a newer revision.");
        QTest::newRow("PD002") << QStringLiteral("PD002")
                               << QStringLiteral("ERROR:  Only a supervisor may approve.\n"
                                                 "CONTEXT:  PL/pgSQL function pd.approve() line "
                                                 "12 at RAISE\n(PD002)")
                               << QStringLiteral("not-allowed")
                               << QStringLiteral("Only a supervisor may approve.");
        QTest::newRow("PD003") << QStringLiteral("PD003")
                               << QStringLiteral("ERROR:  The article changed after review.\n"
                                                 "(PD003)")
                               << QStringLiteral("changed-since-review")
                               << QStringLiteral("The article changed after review.");
        QTest::newRow("insufficient privilege")
            << QStringLiteral("42501")
            << QStringLiteral("ERROR:  permission denied for table article\n(42501)")
            << QStringLiteral("not-allowed") << QStringLiteral("role");
        QTest::newRow("login") << QStringLiteral("28P01")
                               << QStringLiteral("FATAL:  password authentication failed for "
                                                 "user \"an\"\n(28P01)")
                               << QStringLiteral("server-login-failed") << QString();
        QTest::newRow("connection") << QStringLiteral("08006")
                                    << QStringLiteral("server closed the connection "
                                                      "unexpectedly\n(08006)")
                                    << QStringLiteral("server-unreachable") << QString();
        QTest::newRow("other") << QStringLiteral("22012")
                               << QStringLiteral("ERROR:  division by zero\n(22012)")
                               << QStringLiteral("server-error")
                               << QStringLiteral("division by zero");
    }

    void translatesServerErrors()
    {
        QFETCH(QString, sqlState);
        QFETCH(QString, databaseText);
        QFETCH(QString, code);
        QFETCH(QString, carries);
        const QSqlError error(QStringLiteral("QPSQL: Unable to create query"), databaseText,
                              QSqlError::StatementError, sqlState);
        const Error e = ServerConnection::translate(error);
        QCOMPARE(e.code, code);
        QVERIFY2(e.message.contains(carries), qPrintable(e.message));
        QVERIFY2(!e.message.contains(QStringLiteral("CONTEXT")), qPrintable(e.message));
        QVERIFY2(!e.message.contains(u'(' + sqlState + u')'), qPrintable(e.message));
        QCOMPARE(e.detail, databaseText);
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "TestServerAddress.moc"
