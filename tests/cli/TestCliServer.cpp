// pressdesk-cli server init | user add | check, as an administrator runs them against the
// office's PostgreSQL (the real one the test command starts), over TLS with the server's
// certificate checked.

#include "CliRunner.h"
#include "TestPostgres.h"
#include "server/ServerSchema.h"

#include <QUrl>

class TestCliServer : public CliTest
{
    Q_OBJECT

    TestPostgresServer m_pg = TestPostgresServer::fromEnvironment();
    std::unique_ptr<TestPostgresDatabase> m_database;
    QString m_prefix;
    QStringList m_logins;

    // The administrator's address of the test database, TLS verified against the test CA.
    QString adminUrl() const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=verify-full&sslrootcert=%5")
            .arg(m_pg.adminUser, m_pg.host)
            .arg(m_pg.port)
            .arg(m_database->name(),
                 QString::fromLatin1(QUrl::toPercentEncoding(m_pg.nativeCaPath())));
    }

    // The administrator's password reaches libpq as it does for psql; the new person's comes
    // from $PRESSDESK_SERVER_PASSWORD or standard input.
    QProcessEnvironment adminEnv(const QString &newPassword = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), m_pg.adminPassword);
        env.remove(QStringLiteral("PRESSDESK_SERVER_PASSWORD"));
        if (!newPassword.isEmpty())
            env.insert(QStringLiteral("PRESSDESK_SERVER_PASSWORD"), newPassword);
        return env;
    }

    CliRun server(const QStringList &args, const QProcessEnvironment &env,
                  const QString &lang = QStringLiteral("en"))
    {
        return runCli(QStringList{QStringLiteral("--lang"), lang} + args, env);
    }

private Q_SLOTS:
    void initTestCase()
    {
        PRESSDESK_REQUIRE_POSTGRES(m_pg);
        m_database = std::make_unique<TestPostgresDatabase>(m_pg);
        QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
        m_prefix = uniqueRolePrefix();
    }

    void cleanupTestCase()
    {
        if (!m_database)
            return;
        const QString name = m_database->name();
        m_database.reset();
        QStringList roles = m_logins;
        for (const char *role : {"staff", "supervisor", "admin", "owner"})
            roles << PressDesk::ServerSchema::roleName(name, QLatin1String(role));
        QString error;
        QVERIFY2(m_pg.dropRoles(roles, &error), qPrintable(error));
    }

    void initAddPeopleAndCheck()
    {
        // A new server: the schema, and the lines for pg_hba.conf.
        CliRun r =
            server({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"),
                    adminUrl(), QStringLiteral("--office"), QStringLiteral("UBND xã Hoài Đức")},
                   adminEnv());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(
            r.out.contains(
                QStringLiteral("version %1 (was 0)").arg(PressDesk::ServerSchema::latestVersion())),
            qPrintable(r.out));
        const QString staffRole =
            PressDesk::ServerSchema::roleName(m_database->name(), QStringLiteral("staff"));
        QVERIFY2(
            r.out.contains(QStringLiteral("hostssl  %1  +%2").arg(m_database->name(), staffRole)),
            qPrintable(r.out));

        // Again: nothing to do, said so.
        r = server({QStringLiteral("--json"), QStringLiteral("server"), QStringLiteral("init"),
                    QStringLiteral("--server"), adminUrl()},
                   adminEnv());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject init = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(init[QLatin1String("version")].toInt(), init[QLatin1String("previous")].toInt());
        QCOMPARE(init[QLatin1String("roles")][QLatin1String("staff")].toString(), staffRole);

        // People: the password from the environment, or from standard input.
        const QString an = m_prefix + QStringLiteral("nguyen.van.an");
        r = server({QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("add"), an,
                    QStringLiteral("--role"), QStringLiteral("staff"), QStringLiteral("--server"),
                    adminUrl(), QStringLiteral("--display-name"), QStringLiteral("Nguyễn Văn An")},
                   adminEnv(QStringLiteral("Mat khau cua An 1")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_logins << an;
        const QString binh = m_prefix + QStringLiteral("tran.thi.binh");
        {
            QProcess p;
            p.setProcessEnvironment(adminEnv());
            p.start(QStringLiteral(PRESSDESK_CLI),
                    {QStringLiteral("--json"), QStringLiteral("server"), QStringLiteral("user"),
                     QStringLiteral("add"), binh, QStringLiteral("--role"),
                     QStringLiteral("supervisor"), QStringLiteral("--server"), adminUrl()});
            QVERIFY(p.waitForStarted(60000));
            p.write("Mat khau cua Binh 2\n");
            p.closeWriteChannel();
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            const QJsonObject added = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
            QCOMPARE(added[QLatin1String("role")].toString(), QStringLiteral("supervisor"));
            m_logins << binh;
        }

        // They can sign in with their passwords, and are what they were made.
        TestPostgresConnection asBinh(m_pg, m_database->name(), binh,
                                      QStringLiteral("Mat khau cua Binh 2"),
                                      m_pg.verifiedTlsOptions());
        QVERIFY2(asBinh.isOpen(), qPrintable(asBinh.errorText()));
        QSqlQuery q(asBinh.db());
        QVERIFY(q.exec(QStringLiteral("SELECT pd.my_role(), (SELECT display_name FROM pd.person "
                                      "WHERE login = session_user)")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("supervisor"));
        TestPostgresConnection wrong(m_pg, m_database->name(), an, QStringLiteral("wrong password"),
                                     TestPostgresServer::plainOptions());
        QVERIFY(!wrong.isOpen());

        // The server holds what it promises.
        r = server({QStringLiteral("--json"), QStringLiteral("server"), QStringLiteral("check"),
                    QStringLiteral("--server"), adminUrl()},
                   adminEnv());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject check = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(check[QLatin1String("ok")].toBool());
        QStringList keys;
        for (const QJsonValue &f : check[QLatin1String("findings")].toArray())
            keys << f[QLatin1String("key")].toString();
        QCOMPARE(keys, (QStringList{QStringLiteral("schema"), QStringLiteral("forced-rls"),
                                    QStringLiteral("no-bypass"), QStringLiteral("approvals"),
                                    QStringLiteral("audit-chain")}));

        // A login that may bypass row-level security is found, in Vietnamese too; exit 1.
        QVERIFY(m_pg.adminExec({QStringLiteral("ALTER ROLE \"%1\" BYPASSRLS").arg(an)}));
        r = server({QStringLiteral("server"), QStringLiteral("check"), QStringLiteral("--server"),
                    adminUrl()},
                   adminEnv(), QStringLiteral("vi"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(an), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("Lỗi")), qPrintable(r.err));
        QVERIFY(m_pg.adminExec({QStringLiteral("ALTER ROLE \"%1\" NOBYPASSRLS").arg(an)}));
    }

    void mistakesAreExplained_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("password"); // $PRESSDESK_SERVER_PASSWORD
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no --server")
            << QStringList{QStringLiteral("server"), QStringLiteral("check")} << QString() << 2
            << QStringLiteral("--server");
        QTest::newRow("not a URL")
            << QStringList{QStringLiteral("server"), QStringLiteral("init"),
                           QStringLiteral("--server"), QStringLiteral("http://may-chu/pressdesk")}
            << QString() << 1 << QStringLiteral("postgresql://");
        QTest::newRow("bad role")
            << QStringList{QStringLiteral("server"),   QStringLiteral("user"),
                           QStringLiteral("add"),      QStringLiteral("x.y"),
                           QStringLiteral("--role"),   QStringLiteral("boss"),
                           QStringLiteral("--server"), QStringLiteral("postgresql://h/d")}
            << QStringLiteral("long enough") << 2 << QStringLiteral("staff, supervisor or admin");
        QTest::newRow("short password")
            << QStringList{QStringLiteral("server"),   QStringLiteral("user"),
                           QStringLiteral("add"),      QStringLiteral("x.y"),
                           QStringLiteral("--role"),   QStringLiteral("staff"),
                           QStringLiteral("--server"), QStringLiteral("postgresql://h/d")}
            << QStringLiteral("short") << 1 << QStringLiteral("too short");
        QTest::newRow("password with diacritics")
            << QStringList{QStringLiteral("server"),   QStringLiteral("user"),
                           QStringLiteral("add"),      QStringLiteral("x.y"),
                           QStringLiteral("--role"),   QStringLiteral("staff"),
                           QStringLiteral("--server"), QStringLiteral("postgresql://h/d")}
            << QStringLiteral("mật khẩu dài") << 1
            << QStringLiteral("without Vietnamese diacritics");
    }

    void mistakesAreExplained()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, password);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun r = server(args, adminEnv(password));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void wrongAdministratorPasswordIsSaid()
    {
        QProcessEnvironment env = adminEnv();
        env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("not the password"));
        const CliRun r = server({QStringLiteral("server"), QStringLiteral("check"),
                                 QStringLiteral("--server"), adminUrl()},
                                env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("password"), Qt::CaseInsensitive),
                 qPrintable(r.err));
    }

    void nothingListeningIsSaid()
    {
        // A port nobody listens on (this one's server was just asked about it).
        const CliRun r =
            server({QStringLiteral("server"), QStringLiteral("check"), QStringLiteral("--server"),
                    QStringLiteral("postgresql://127.0.0.1:1/pressdesk")},
                   adminEnv());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.err.isEmpty() && r.err.contains(QStringLiteral("127.0.0.1")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliServer)
#include "TestCliServer.moc"
