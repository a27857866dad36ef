// A sync pass cut off at any point is simply run again: the desk killed in the middle of a
// pass (SIGKILL, TerminateProcess on Windows), the connection dropped before the server
// commits, the server ending the desk's session (as a restart does). Against the real
// PostgreSQL of the test command and the real pressdesk-cli.

#include "CliRunner.h"
#include "FaultProxy.h"
#include "TestPostgres.h"
#include "server/ServerAddress.h"
#include "server/ServerAdmin.h"
#include "server/ServerConnection.h"
#include "server/ServerSchema.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "sync/SyncEngine.h"
#include "workflow/WorkflowService.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <chrono>
#include <thread>

using namespace PressDesk;

class TestSyncFaults : public CliTest
{
    Q_OBJECT

    TestPostgresServer m_pg = TestPostgresServer::fromEnvironment();
    std::unique_ptr<TestPostgresDatabase> m_database;
    std::unique_ptr<TestPostgresConnection> m_admin;
    QString m_staff;
    QString m_staff2;
    const QString m_password = QStringLiteral("Mat-khau-65-KH");

    QString url(const QString &login, const QString &host, int port) const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable")
            .arg(login, host)
            .arg(port)
            .arg(m_database->name());
    }
    QString url(const QString &login) const { return url(login, m_pg.host, m_pg.port); }
    // Through a fault proxy.
    QString url(const QString &login, const TestSupport::FaultProxy &proxy) const
    {
        return url(login, QStringLiteral("127.0.0.1"), proxy.port());
    }

    std::unique_ptr<ServerConnection> connectTo(const QString &url, const QString &login)
    {
        auto c = ServerConnection::open(ServerAddress::parse(url).value(), login, m_password);
        if (!c)
            return {};
        return std::move(c).value();
    }

    std::unique_ptr<ServerConnection> connect(const QString &login)
    {
        auto c = connectTo(url(login), login);
        if (!c)
            qFatal("connect: %s", qPrintable(login));
        return c;
    }

    std::unique_ptr<Database> joined(const QString &file, const QString &login)
    {
        auto db = std::move(Database::open(m_dir.filePath(file))).value();
        auto server = connect(login);
        auto j = SyncEngine(*db, *server).join(url(login), false);
        if (!j)
            qFatal("join: %s", qPrintable(j.error().message));
        return db;
    }

    QVariant admin(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_admin->db());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return {};
        }
        return q.value(0);
    }

    static QString write(Database &db, int n)
    {
        Article a;
        a.title = QStringLiteral("Tin số %1 về cải cách hành chính").arg(n);
        a.lead = QStringLiteral("Phường tổ chức hội nghị lần %1.").arg(n);
        a.bodyHtml = QStringLiteral("<p>Nội dung bản một của tin %1.</p>").arg(n);
        a.author = db.actingUser();
        const QString id = ArticleRepository(db).create(a).value().id;
        a = ArticleRepository(db).get(id).value();
        a.bodyHtml = QStringLiteral("<p>Nội dung bản hai của tin %1.</p>").arg(n);
        if (!ArticleRepository(db).save(a, SaveKind::Manual))
            qFatal("save");
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PRESSDESK_REQUIRE_POSTGRES(m_pg);
        m_database = std::make_unique<TestPostgresDatabase>(m_pg);
        QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
        m_admin = std::make_unique<TestPostgresConnection>(m_pg, m_database->name());
        QVERIFY(m_admin->isOpen());
        QVERIFY(ServerSchema::apply(m_admin->db(), QStringLiteral("Xã Hoài Đức")));
        const QString prefix = uniqueRolePrefix();
        m_staff = prefix + QStringLiteral("an");
        m_staff2 = prefix + QStringLiteral("cuong");
        QVERIFY(ServerAdmin::addUser(m_admin->db(), m_staff, Role::Staff, m_password));
        QVERIFY(ServerAdmin::addUser(m_admin->db(), m_staff2, Role::Staff, m_password));
    }

    void cleanupTestCase()
    {
        if (!m_database)
            return;
        m_admin.reset();
        const QString name = m_database->name();
        m_database.reset();
        QStringList roles{m_staff, m_staff2};
        for (const char *role : {"staff", "supervisor", "admin", "owner"})
            roles << ServerSchema::roleName(name, QLatin1String(role));
        QString error;
        QVERIFY2(m_pg.dropRoles(roles, &error), qPrintable(error));
    }

    // The desk's pressdesk-cli is killed at random moments of its passes, while more work is
    // written between the rounds. In the end one pass completes: the server has every
    // revision and every decision exactly once, and the profile is intact.
    void killedDeskLosesNothingAndRepeatsNothing()
    {
        QStringList ids;
        int submitted = 0;
        {
            auto db = joined(QStringLiteral("killed.sqlite"), m_staff);
            for (int i = 0; i < 40; ++i)
                ids << write(*db, i);
            for (int i = 0; i < 40; i += 2, ++submitted)
                QVERIFY(WorkflowService(*db).apply(ids.at(i), WorkflowAction::Submit));
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PRESSDESK_SERVER_PASSWORD"), m_password);
        env.insert(QStringLiteral("PRESSDESK_NO_KEYCHAIN"), QStringLiteral("1"));
        QRandomGenerator rng(65);
        const QString path = m_dir.filePath(QStringLiteral("killed.sqlite"));
        int killed = 0;
        for (int round = 0; round < 8; ++round) {
            QProcess desk;
            desk.setProcessEnvironment(env);
            desk.start(QStringLiteral(PRESSDESK_CLI),
                       {QStringLiteral("--db"), path, QStringLiteral("sync")});
            QVERIFY(desk.waitForStarted(60000));
            // Early rounds cut the pass short, wherever it is. The last one waits until the
            // server has taken something of it (the desk has not recorded it yet, or only
            // part of it) and kills it then: whatever the machine's speed (a program starts
            // slowly under Wine), one pass is cut after the server committed.
            if (round < 7) {
                QTest::qWait(int(rng.bounded(30, 150)) + round * 120);
            } else {
                const int seen =
                    admin(QStringLiteral("SELECT count(*) FROM pd.article_revision")).toInt();
                QDeadlineTimer deadline(60000);
                while (desk.state() == QProcess::Running && !deadline.hasExpired() &&
                       admin(QStringLiteral("SELECT count(*) FROM pd.article_revision")).toInt() ==
                           seen)
                    QTest::qWait(5);
            }
            if (desk.state() == QProcess::Running) {
                desk.kill();
                ++killed;
            }
            if (desk.state() != QProcess::NotRunning)
                QVERIFY(desk.waitForFinished(60000));
            // The server ends what the dead desk left open (its transaction, its locks), as
            // idle_in_transaction_session_timeout does within a minute; under Wine the killed
            // program's connection is not closed at once as it is on Linux.
            admin(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                 "WHERE usename = ? AND state LIKE 'idle in transaction%'"),
                  {m_staff});
            // Intact, and more work written before the next round.
            auto db = Database::open(path);
            QVERIFY(db);
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            q.finish();
            db.value()->setActingUser(m_staff);
            ids << write(*db.value(), 100 + round);
        }
        const int before =
            admin(QStringLiteral("SELECT count(*) FROM pd.article_revision")).toInt();
        qInfo("the desk was killed in %d of 8 passes; the server had %d revisions by then", killed,
              before);
        QVERIFY(killed >= 1);
        QVERIFY2(before > 0, "no pass got anything through before it was killed");
        const CliRun last = runCli({QStringLiteral("--db"), path, QStringLiteral("sync")}, env);
        QVERIFY2(last.exitCode == 0, qPrintable(last.err));

        auto db = std::move(Database::open(path)).value();
        QCOMPARE(SyncEngine::status(*db).value().pending, 0);
        QCOMPARE(SyncEngine::status(*db).value().conflicts, 0);
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.article")).toInt(), int(ids.size()));
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.article_revision")).toInt(),
                 2 * int(ids.size()));
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.audit_entry WHERE action = "
                                      "'submit'"))
                     .toInt(),
                 submitted);
        QSet<QString> local;
        for (const QString &id : std::as_const(ids)) {
            const QList<Revision> revisions = ArticleRepository(*db).revisions(id).value();
            for (const Revision &r : revisions)
                local.insert(r.id);
        }
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.article_revision WHERE id::text "
                                      "= ANY(string_to_array(?, ','))"),
                       {QStringList(local.values()).join(u',')})
                     .toInt(),
                 int(local.size()));
        auto findings = ServerAdmin::check(m_admin->db());
        QVERIFY(findings);
        for (const ServerAdmin::Finding &f : findings.value())
            QVERIFY2(f.ok, qPrintable(f.message));
    }

    // The connection is lost before the server commits: nothing of the pass is on the server
    // and the desk still has it all waiting; the next pass sends it once.
    void connectionLostBeforeTheCommit()
    {
        auto db = joined(QStringLiteral("cut.sqlite"), m_staff2);
        db->setActingUser(m_staff2);
        const QString id = write(*db, 500);
        const int before = admin(QStringLiteral("SELECT count(*) FROM pd.article")).toInt();
        {
            auto server = connect(m_staff2);
            SyncEngine engine(*db, *server);
            engine.setStopAt(QStringLiteral("before-commit"));
            QVERIFY(!engine.runPass());
        } // the connection is closed with its transaction open: the server rolls it back
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.article")).toInt(), before);
        QCOMPARE(SyncEngine::status(*db).value().pending, 1);
        auto server = connect(m_staff2);
        QVERIFY(SyncEngine(*db, *server).runPass());
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.article_revision WHERE "
                                      "article_id = ?::uuid"),
                       {id})
                     .toInt(),
                 2);
        QCOMPARE(SyncEngine::status(*db).value().pending, 0);
    }

    // Through a proxy that breaks the wire as an office network does: the server commits and
    // the answer never comes back; the connection is cut in the middle of a pull; it is reset;
    // it stalls and comes back; it is slow. Each time the pass fails cleanly or completes, and
    // once the wire is healed the desk and the server hold everything exactly once.
    void faultsOnTheWire()
    {
        TestSupport::FaultProxy proxy(m_pg.host, quint16(m_pg.port));
        QVERIFY(proxy.port() != 0);
        const auto connectVia = [&] {
            return connectTo(url(m_staff2, proxy), m_staff2);
        };
        auto db = joined(QStringLiteral("wire.sqlite"), m_staff2);
        db->setActingUser(m_staff2);
        const auto pass = [&]() {
            auto server = connectVia();
            if (!server)
                return false;
            return bool(SyncEngine(*db, *server).runPass());
        };

        // The server commits; the desk never hears it. Sent again, recognised, not repeated.
        const QString id = write(*db, 700);
        auto server = connectVia();
        QVERIFY(server);
        proxy.setFault(TestSupport::FaultProxy::Fault::CutAfterCommit);
        QVERIFY(!SyncEngine(*db, *server).runPass());
        QCOMPARE(proxy.cuts(), 1);
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.article_revision WHERE "
                                      "article_id = ?::uuid"),
                       {id})
                     .toInt(),
                 2);                                          // committed
        QCOMPARE(SyncEngine::status(*db).value().pending, 1); // not known here
        proxy.setFault(TestSupport::FaultProxy::Fault::None);
        QVERIFY(pass());
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.article_revision WHERE "
                                      "article_id = ?::uuid"),
                       {id})
                     .toInt(),
                 2);
        QCOMPARE(SyncEngine::status(*db).value().pending, 0);

        // Cut in the middle of a pull of another desk's twenty articles.
        {
            auto other = joined(QStringLiteral("wire-other.sqlite"), m_staff);
            other->setActingUser(m_staff);
            for (int n = 0; n < 20; ++n)
                write(*other, 710 + n);
            auto otherServer = connect(m_staff);
            QVERIFY(SyncEngine(*other, *otherServer).runPass());
        }
        proxy.setFault(TestSupport::FaultProxy::Fault::CutAfterBytes, 3000);
        QVERIFY(!pass());
        proxy.setFault(TestSupport::FaultProxy::Fault::Reset);
        QVERIFY(!pass());
        QCOMPARE(proxy.cuts(), 3);
        // A stall the network recovers from, then a slow line: the pass waits and completes.
        proxy.setFault(TestSupport::FaultProxy::Fault::Stall);
        std::thread heal([&proxy] {
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            proxy.setFault(TestSupport::FaultProxy::Fault::Delay, 5);
        });
        const bool completed = pass();
        heal.join();
        QVERIFY(completed);
        proxy.setFault(TestSupport::FaultProxy::Fault::None);
        QVERIFY(pass());
        QCOMPARE(ArticleRepository(*db).count().value(),
                 admin(QStringLiteral("SELECT count(*) FROM pd.article")).toInt());
        QCOMPARE(SyncEngine::status(*db).value().pending, 0);
    }

    // A new desk joins an office larger than one of the pull's local transactions (500 rows),
    // and the connection is cut in the middle of the articles' stream: the pass says the
    // connection was lost, what was committed stays, and the next pass brings the rest, each
    // article and revision once, searchable. Then another desk's own write fails in the middle
    // of the stream: the pass says why, and the same connection serves the next pass.
    void joinInterruptedInTheMiddleOfTheStream()
    {
        // 1 200 articles of about 3.4 KB, written on the server by another desk's login (its
        // triggers write their revisions).
        {
            auto other = connect(m_staff);
            QSqlQuery q(other->db());
            QVERIFY2(q.exec(QStringLiteral(
                         "INSERT INTO pd.article (id, office_id, title, lead, body_html, tags) "
                         "SELECT gen_random_uuid(), pd.my_office(), 'Tin dài số ' || n, "
                         "'Phường tổ chức hội nghị lần ' || n || '.', "
                         "repeat('<p>Nội dung đầy đủ của bản tin về cải cách hành chính, số ' "
                         "|| n || '.</p>', 40), ARRAY['tin dài', 'số ' || n] "
                         "FROM generate_series(1, 1200) n")),
                     qPrintable(q.lastError().text()));
        }
        const int articles = admin(QStringLiteral("SELECT count(*) FROM pd.article")).toInt();
        const int revisions =
            admin(QStringLiteral("SELECT count(*) FROM pd.article_revision")).toInt();
        QVERIFY(articles >= 1200);

        TestSupport::FaultProxy proxy(m_pg.host, quint16(m_pg.port));
        QVERIFY(proxy.port() != 0);
        const auto connectVia = [&] {
            return connectTo(url(m_staff2, proxy), m_staff2);
        };
        // A name outside Windows' 8-bit code page: the bulk writes open it too.
        auto db =
            std::move(Database::open(m_dir.filePath(QStringLiteral("bàn-Nguyễn-Thị-Hằng.sqlite"))))
                .value();
        // About 2.6 MB in: past the first 500 articles (3.4 KB each), before the thousandth.
        proxy.setFault(TestSupport::FaultProxy::Fault::CutAfterBytes, 2'600'000);
        {
            auto server = connectVia();
            QVERIFY(server);
            auto cut = SyncEngine(*db, *server).join(url(m_staff2, proxy), false);
            QVERIFY(!cut);
            QCOMPARE(cut.error().code, QStringLiteral("server-unreachable"));
        }
        QCOMPARE(proxy.cuts(), 1);
        ArticleRepository local(*db);
        const int saved = local.count().value();
        QVERIFY2(saved >= 500 && saved < articles, qPrintable(QString::number(saved)));

        proxy.setFault(TestSupport::FaultProxy::Fault::None);
        {
            auto server = connectVia();
            QVERIFY(server);
            QVERIFY(SyncEngine(*db, *server).runPass());
        }
        QCOMPARE(local.count().value(), articles);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT id) FROM revisions")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), revisions);
        QCOMPARE(q.value(1).toInt(), revisions);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM article_tags WHERE tag = 'tin dài'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1200);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM search_pending")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        const QString id = admin(QStringLiteral("SELECT id::text FROM pd.article WHERE title = "
                                                "'Tin dài số 777'"))
                               .toString();
        const Article a = local.get(id).value();
        QCOMPARE(a.title, QStringLiteral("Tin dài số 777"));
        QVERIFY(a.bodyHtml.contains(QStringLiteral("cải cách hành chính, số 777.")));
        QCOMPARE(a.tags, (QStringList{QStringLiteral("tin dài"), QStringLiteral("số 777")}));
        QVERIFY(q.exec(QStringLiteral("SELECT word_count FROM articles WHERE id = '%1'").arg(id)));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() > 400);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM article_fts")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), articles);
        QCOMPARE(SyncEngine::status(*db).value().pending, 0);

        // A trigger refuses one article, as a full disk would refuse a page.
        auto second =
            std::move(Database::open(m_dir.filePath(QStringLiteral("refusing.sqlite")))).value();
        QSqlQuery refuse(second->connection());
        QVERIFY(refuse.exec(QStringLiteral(
            "CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.title = 'Tin dài số 700' "
            "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")));
        auto server = connect(m_staff2);
        auto failed = SyncEngine(*second, *server).join(url(m_staff2), false);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, QStringLiteral("database"));
        QVERIFY2(failed.error().message.contains(QStringLiteral("refused for the test")),
                 qPrintable(failed.error().message));
        QVERIFY(ArticleRepository(*second).count().value() < articles);
        QVERIFY(refuse.exec(QStringLiteral("DROP TRIGGER refuse")));
        QVERIFY(SyncEngine(*second, *server).runPass());
        QCOMPARE(ArticleRepository(*second).count().value(), articles);
    }

    // The server ends the desk's session (a restart, an administrator): the pass says the
    // server cannot be reached, the status shows the desk offline, and the next connection
    // carries on where it stopped.
    void serverEndsTheSession()
    {
        auto db = joined(QStringLiteral("restart.sqlite"), m_staff2);
        db->setActingUser(m_staff2);
        auto server = connect(m_staff2);
        write(*db, 600);
        QVERIFY(admin(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM "
                                     "pg_stat_activity WHERE usename = ?"),
                      {m_staff2})
                    .toInt() >= 1);
        auto failed = SyncEngine(*db, *server).runPass();
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, QStringLiteral("server-unreachable"));
        QVERIFY(SyncEngine::recordFailure(*db, failed.error()));
        QVERIFY(!SyncEngine::status(*db).value().online);
        QCOMPARE(SyncEngine::status(*db).value().pending, 1);

        server = connect(m_staff2);
        QVERIFY(SyncEngine(*db, *server).runPass());
        QVERIFY(SyncEngine::status(*db).value().online);
        QCOMPARE(SyncEngine::status(*db).value().pending, 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "TestSyncFaults.moc"
