// pressdesk-cli sync join | sync | sync status, as two desks use them against the office's
// PostgreSQL (the real one the test command starts): work goes up and comes down, a decision
// by the supervisor reaches the reporter, two desks editing one article keep both versions.

#include "CliRunner.h"
#include "TestPostgres.h"
#include "server/ServerAdmin.h"
#include "server/ServerSchema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUrl>

class TestCliSync : public CliTest
{
    Q_OBJECT

    TestPostgresServer m_pg = TestPostgresServer::fromEnvironment();
    std::unique_ptr<TestPostgresDatabase> m_database;
    QString m_staff, m_staff2, m_sup;
    const QString m_password = QStringLiteral("Mat-khau-65-KH");

    QString url(const QString &login) const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=verify-full&sslrootcert=%5")
            .arg(login, m_pg.host)
            .arg(m_pg.port)
            .arg(m_database->name(),
                 QString::fromLatin1(QUrl::toPercentEncoding(m_pg.nativeCaPath())));
    }

    QProcessEnvironment env(const QString &password) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("PRESSDESK_NO_KEYCHAIN"), QStringLiteral("1"));
        e.insert(QStringLiteral("PRESSDESK_SERVER_PASSWORD"), password);
        return e;
    }

    CliRun at(const QString &profile, const QStringList &args,
              const QString &lang = QStringLiteral("en"))
    {
        return runCli(QStringList{QStringLiteral("--lang"), lang, QStringLiteral("--db"),
                                  m_dir.filePath(profile)} +
                          args,
                      env(m_password));
    }

    QJsonObject status(const QString &profile)
    {
        const CliRun r = at(
            profile, {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("status")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    QString joinAs(const QString &profile, const QString &login)
    {
        const CliRun r =
            at(profile, {QStringLiteral("sync"), QStringLiteral("join"), QStringLiteral("--server"),
                         url(login), QStringLiteral("--user"), login});
        return r.exitCode == 0 ? QString() : r.err;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PRESSDESK_REQUIRE_POSTGRES(m_pg);
        m_database = std::make_unique<TestPostgresDatabase>(m_pg);
        QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
        TestPostgresConnection admin(m_pg, m_database->name());
        QVERIFY(admin.isOpen());
        QVERIFY(PressDesk::ServerSchema::apply(admin.db(), QStringLiteral("Phường Hoài Đức")));
        const QString prefix = uniqueRolePrefix();
        m_staff = prefix + QStringLiteral("an");
        m_staff2 = prefix + QStringLiteral("cuong");
        m_sup = prefix + QStringLiteral("binh");
        QVERIFY(PressDesk::ServerAdmin::addUser(admin.db(), m_staff, PressDesk::Role::Staff,
                                                m_password, QStringLiteral("Nguyễn Văn An")));
        QVERIFY(PressDesk::ServerAdmin::addUser(admin.db(), m_staff2, PressDesk::Role::Staff,
                                                m_password));
        QVERIFY(PressDesk::ServerAdmin::addUser(admin.db(), m_sup, PressDesk::Role::Supervisor,
                                                m_password));
    }

    void cleanupTestCase()
    {
        if (!m_database)
            return;
        const QString name = m_database->name();
        m_database.reset();
        QStringList roles{m_staff, m_staff2, m_sup};
        for (const char *role : {"staff", "supervisor", "admin", "owner"})
            roles << PressDesk::ServerSchema::roleName(name, QLatin1String(role));
        QString error;
        QVERIFY2(m_pg.dropRoles(roles, &error), qPrintable(error));
    }

    void twoDesksThroughTheOffice()
    {
        // A new profile joins without the demo article; the status says where it stands.
        QCOMPARE(joinAs(QStringLiteral("an.sqlite"), m_staff), QString());
        QJsonObject s = status(QStringLiteral("an.sqlite"));
        for (const char *key : {"pending", "last_sync", "online", "conflicts"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
        QCOMPARE(s[QLatin1String("pending")].toInt(), 0);
        QVERIFY(s[QLatin1String("online")].toBool());
        QVERIFY(!s[QLatin1String("last_sync")].toString().isEmpty());
        CliRun r =
            at(QStringLiteral("an.sqlite"),
               {QStringLiteral("--json"), QStringLiteral("article"), QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);

        // Written offline, waiting; sent by the next pass.
        r = at(QStringLiteral("an.sqlite"),
               {QStringLiteral("article"), QStringLiteral("new"), QStringLiteral("--title"),
                QStringLiteral("Hội nghị triển khai Kế hoạch 65/KH-UBND")});
        QCOMPARE(r.exitCode, 0);
        const QString id = r.out.trimmed();
        QCOMPARE(at(QStringLiteral("an.sqlite"),
                    {QStringLiteral("article"), QStringLiteral("submit"), id})
                     .exitCode,
                 0);
        QCOMPARE(status(QStringLiteral("an.sqlite"))[QLatin1String("pending")].toInt(), 2);
        r = at(QStringLiteral("an.sqlite"), {QStringLiteral("sync")}, QStringLiteral("vi"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(status(QStringLiteral("an.sqlite"))[QLatin1String("pending")].toInt(), 0);

        // The supervisor's desk gets it and approves it; the reporter's desk learns it.
        QCOMPARE(joinAs(QStringLiteral("binh.sqlite"), m_sup), QString());
        r = at(QStringLiteral("binh.sqlite"),
               {QStringLiteral("--json"), QStringLiteral("article"), QStringLiteral("show"), id});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())[QLatin1String("status")].toString(),
                 QStringLiteral("submitted"));
        QCOMPARE(at(QStringLiteral("binh.sqlite"),
                    {QStringLiteral("article"), QStringLiteral("approve"), id})
                     .exitCode,
                 0);
        r = at(QStringLiteral("binh.sqlite"), {QStringLiteral("--json"), QStringLiteral("sync")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(
            QJsonDocument::fromJson(r.out.toUtf8())[QLatin1String("rejected")].toArray().size(), 0);
        QCOMPARE(at(QStringLiteral("an.sqlite"), {QStringLiteral("sync")}).exitCode, 0);
        r = at(QStringLiteral("an.sqlite"),
               {QStringLiteral("--json"), QStringLiteral("article"), QStringLiteral("show"), id});
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown[QLatin1String("status")].toString(), QStringLiteral("approved"));

        // A third desk and the reporter edit it at the same time: both versions are kept and
        // both desks count the conflict.
        QCOMPARE(joinAs(QStringLiteral("cuong.sqlite"), m_staff2), QString());
        QCOMPARE(at(QStringLiteral("an.sqlite"),
                    {QStringLiteral("article"), QStringLiteral("edit"), id,
                     QStringLiteral("--title"), QStringLiteral("Tiêu đề của An")})
                     .exitCode,
                 0);
        QCOMPARE(at(QStringLiteral("cuong.sqlite"),
                    {QStringLiteral("article"), QStringLiteral("edit"), id,
                     QStringLiteral("--title"), QStringLiteral("Tiêu đề của Cường")})
                     .exitCode,
                 0);
        QCOMPARE(at(QStringLiteral("an.sqlite"), {QStringLiteral("sync")}).exitCode, 0);
        r = at(QStringLiteral("cuong.sqlite"), {QStringLiteral("sync")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("both versions are kept")), qPrintable(r.out));
        QCOMPARE(status(QStringLiteral("cuong.sqlite"))[QLatin1String("conflicts")].toInt(), 1);
        QCOMPARE(at(QStringLiteral("an.sqlite"), {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(status(QStringLiteral("an.sqlite"))[QLatin1String("conflicts")].toInt(), 1);
        r = at(QStringLiteral("an.sqlite"), {QStringLiteral("--json"), QStringLiteral("article"),
                                             QStringLiteral("history"), id});
        QVERIFY2(r.out.contains(QStringLiteral("Tiêu đề của Cường")), qPrintable(r.out));

        // Cường lists the conflict and takes An's title; both desks end with it.
        r = at(QStringLiteral("cuong.sqlite"),
               {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("conflicts")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray listed = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(listed.size(), 1);
        const QJsonObject conflict = listed.first().toObject();
        QCOMPARE(conflict[QLatin1String("article_id")].toString(), id);
        const QString conflictId = conflict[QLatin1String("id")].toString();
        const QJsonObject passage =
            conflict[QLatin1String("passages")].toArray().first().toObject();
        QCOMPARE(passage[QLatin1String("field")].toString(), QStringLiteral("title"));
        QCOMPARE(passage[QLatin1String("mine")].toString(), QStringLiteral("Tiêu đề của Cường"));
        QCOMPARE(passage[QLatin1String("theirs")].toString(), QStringLiteral("Tiêu đề của An"));
        // Said wrong: the usage is explained.
        QCOMPARE(at(QStringLiteral("cuong.sqlite"),
                    {QStringLiteral("sync"), QStringLiteral("resolve"), conflictId})
                     .exitCode,
                 2);
        QCOMPARE(at(QStringLiteral("cuong.sqlite"),
                    {QStringLiteral("sync"), QStringLiteral("resolve"), conflictId,
                     QStringLiteral("--take"), QStringLiteral("nobody")})
                     .exitCode,
                 2);
        r = at(QStringLiteral("cuong.sqlite"),
               {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("resolve"),
                conflictId.left(8), QStringLiteral("--take"), QStringLiteral("theirs")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())[QLatin1String("title")].toString(),
                 QStringLiteral("Tiêu đề của An"));
        // Once only.
        r = at(QStringLiteral("cuong.sqlite"),
               {QStringLiteral("sync"), QStringLiteral("resolve"), conflictId,
                QStringLiteral("--take"), QStringLiteral("mine")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(at(QStringLiteral("cuong.sqlite"), {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(at(QStringLiteral("an.sqlite"), {QStringLiteral("sync")}).exitCode, 0);
        for (const QString &profile :
             {QStringLiteral("an.sqlite"), QStringLiteral("cuong.sqlite")}) {
            QCOMPARE(status(profile)[QLatin1String("conflicts")].toInt(), 0);
            r = at(profile, {QStringLiteral("--json"), QStringLiteral("article"),
                             QStringLiteral("show"), id});
            QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())[QLatin1String("title")].toString(),
                     QStringLiteral("Tiêu đề của An"));
        }

        // The same sentence rewritten on both desks: An writes the result herself.
        const auto editBody = [&](const QString &profile, const QString &body) {
            QFile f(m_dir.filePath(profile + QStringLiteral(".html")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(body.toUtf8());
            f.close();
            QCOMPARE(at(profile, {QStringLiteral("article"), QStringLiteral("edit"), id,
                                  QStringLiteral("--body-file"), f.fileName()})
                         .exitCode,
                     0);
        };
        editBody(QStringLiteral("an.sqlite"), QStringLiteral("<p>Hội nghị bắt đầu lúc 8 giờ.</p>"));
        editBody(QStringLiteral("cuong.sqlite"),
                 QStringLiteral("<p>Hội nghị bắt đầu lúc 8 giờ 30.</p>"));
        QCOMPARE(at(QStringLiteral("cuong.sqlite"), {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(at(QStringLiteral("an.sqlite"), {QStringLiteral("sync")}).exitCode, 0);
        r = at(QStringLiteral("an.sqlite"),
               {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("conflicts")});
        const QJsonArray again = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(again.size(), 1);
        QFile result(m_dir.filePath(QStringLiteral("result.html")));
        QVERIFY(result.open(QIODevice::WriteOnly));
        result.write("<p>Hội nghị bắt đầu lúc 8 giờ 15.</p>");
        result.close();
        r = at(QStringLiteral("an.sqlite"),
               {QStringLiteral("sync"), QStringLiteral("resolve"),
                again.first()[QLatin1String("id")].toString(), QStringLiteral("--body-file"),
                result.fileName()},
               QStringLiteral("vi"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Tiêu đề của An")), qPrintable(r.out));
        QCOMPARE(at(QStringLiteral("an.sqlite"), {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(at(QStringLiteral("cuong.sqlite"), {QStringLiteral("sync")}).exitCode, 0);
        r = at(QStringLiteral("cuong.sqlite"),
               {QStringLiteral("--json"), QStringLiteral("article"), QStringLiteral("show"), id});
        QVERIFY2(
            QJsonDocument::fromJson(r.out.toUtf8())[QLatin1String("body_html")].toString().contains(
                QStringLiteral("8 giờ 15")),
            qPrintable(r.out));
        QCOMPARE(status(QStringLiteral("cuong.sqlite"))[QLatin1String("conflicts")].toInt(), 0);
    }

    // db restore on a desk of the office: the next sync says so and waits (before asking for
    // a password); sync --after-restore confirms and runs.
    void aRestoredDeskWaitsForConfirmation()
    {
        const QString desk = QStringLiteral("restored.sqlite");
        QCOMPARE(joinAs(desk, m_staff), QString());
        const QString backup = m_dir.filePath(QStringLiteral("restored-backup.sqlite"));
        CliRun r = at(desk, {QStringLiteral("db"), QStringLiteral("backup"),
                             QStringLiteral("--out"), backup});
        QCOMPARE(r.exitCode, 0);
        r = at(desk, {QStringLiteral("db"), QStringLiteral("restore"), backup});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = at(desk, {QStringLiteral("sync")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("restored from a backup")) &&
                     r.err.contains(QStringLiteral("--after-restore")),
                 qPrintable(r.err));
        r = at(desk, {QStringLiteral("sync")}, QStringLiteral("vi"));
        QVERIFY2(r.err.contains(QStringLiteral("sao lưu")), qPrintable(r.err));
        r = at(desk, {QStringLiteral("sync"), QStringLiteral("--after-restore")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = at(desk, {QStringLiteral("sync")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void mistakesAreExplained()
    {
        // Not joined.
        CliRun r = at(QStringLiteral("alone.sqlite"), {QStringLiteral("sync")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("sync join")), qPrintable(r.err));
        // A wrong password, in Vietnamese.
        QProcessEnvironment wrong = env(QStringLiteral("not-the-password"));
        r = runCli({QStringLiteral("--lang"), QStringLiteral("vi"), QStringLiteral("--db"),
                    m_dir.filePath(QStringLiteral("wrong.sqlite")), QStringLiteral("sync"),
                    QStringLiteral("join"), QStringLiteral("--server"), url(m_staff),
                    QStringLiteral("--user"), m_staff},
                   wrong);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Lỗi")), qPrintable(r.err));
        // Nothing listening.
        r = at(QStringLiteral("nowhere.sqlite"),
               {QStringLiteral("sync"), QStringLiteral("join"), QStringLiteral("--server"),
                QStringLiteral("postgresql://127.0.0.1:1/pressdesk"), QStringLiteral("--user"),
                m_staff});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("127.0.0.1")), qPrintable(r.err));
        // Without --user.
        r = at(QStringLiteral("x.sqlite"), {QStringLiteral("sync"), QStringLiteral("join"),
                                            QStringLiteral("--server"), url(m_staff)});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "TestCliSync.moc"
