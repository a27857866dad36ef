// Desks syncing with the office server: the real PostgreSQL of the test command, each desk a
// profile of its own (SQLite) signed in as one person. What a press office would notice: work
// reaches the other desks, decisions are the server's to accept, two desks editing the same
// article keep both versions, and a pass cut off at any point is simply run again.

#include "PublishFixtures.h"
#include "TempDatabase.h"
#include "TestOfficeServer.h"
#include "server/ServerAddress.h"
#include "server/ServerAdmin.h"
#include "server/ServerConnection.h"
#include "server/ServerSchema.h"
#include "store/ArticleRepository.h"
#include "store/CategoryRepository.h"
#include "store/CommentRepository.h"
#include "store/Database.h"
#include "store/DemoContent.h"
#include "store/ImageStore.h"
#include "store/ProfileBackup.h"
#include "store/Search.h"
#include "store/UserRepository.h"
#include "sync/SyncEngine.h"
#include "sync/SyncRepository.h"
#include "workflow/ContentHash.h"
#include "workflow/WorkflowService.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace PressDesk;

namespace {

const QString kPassword = TestOfficeServer::password();

using Desk = TestDesk;

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

    TestOfficeServer m_office;
    QTemporaryDir m_dir;
    QString m_staff1, m_staff2, m_sup;

    QString url(const QString &login) const { return m_office.url(login); }

    // A new desk (a new, empty profile) that has joined the office as `login`.
    std::unique_ptr<Desk> join(const QString &login, bool demo = false)
    {
        return m_office.join(m_dir.path(), login, [demo](Database &db) {
            if (demo && !DemoContent::seed(db))
                qFatal("demo content");
        });
    }

    QVariant admin(const QString &sql, const QVariantList &values = {})
    {
        return m_office.admin(sql, values);
    }

    static QString newArticle(Desk &desk, const QString &title)
    {
        Article a;
        a.title = title;
        a.lead = QStringLiteral("Sáng 19/02, UBND huyện Hoài Đức tổ chức hội nghị.");
        a.bodyHtml = QStringLiteral("<p>Đoạn một.</p><p>Đoạn hai.</p><p>Đoạn ba.</p>");
        a.tags = {QStringLiteral("CCHC")};
        a.author = desk.db->actingUser();
        return ArticleRepository(*desk.db).create(a).value().id;
    }

    static void edit(Desk &desk, const QString &id, const QString &body)
    {
        Article a = desk.article(id);
        a.bodyHtml = body;
        QVERIFY(ArticleRepository(*desk.db).save(a, SaveKind::Manual));
    }

private Q_SLOTS:
    void initTestCase()
    {
        PRESSDESK_REQUIRE_POSTGRES(m_office.pg());
        const QString error = m_office.setUp(QStringLiteral("UBND xã Hoài Đức"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_staff1 =
            m_office.addPerson(QStringLiteral("an"), Role::Staff, QStringLiteral("Nguyễn Văn An"));
        m_staff2 = m_office.addPerson(QStringLiteral("cuong"), Role::Staff);
        m_sup = m_office.addPerson(QStringLiteral("binh"), Role::Supervisor,
                                   QStringLiteral("Trần Thị Bình"));
        QVERIFY(!m_staff1.isEmpty() && !m_staff2.isEmpty() && !m_sup.isEmpty());
    }

    void cleanupTestCase()
    {
        const QString error = m_office.tearDown();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // A reporter writes and submits; the supervisor, at another desk, approves; the reporter's
    // desk learns it. The server holds the decisions, each by whom it says.
    void workReachesTheOtherDesks()
    {
        auto reporter = join(m_staff1);
        auto supervisor = join(m_sup);
        QCOMPARE(reporter->db->actingUser(), m_staff1);
        QCOMPARE(reporter->status().pending, 0);

        const QString id = newArticle(*reporter, QStringLiteral("Hoài Đức đẩy mạnh CCHC"));
        QVERIFY(WorkflowService(*reporter->db).apply(id, WorkflowAction::Submit));
        QCOMPARE(reporter->status().pending, 2); // the article and the decision
        auto pass = reporter->sync();
        QVERIFY2(pass, qPrintable(pass ? QString() : pass.error().message));
        QVERIFY2(pass->rejected.isEmpty(), qPrintable(pass->rejected.join(u'\n')));
        QCOMPARE(reporter->status().pending, 0);
        QVERIFY(reporter->status().lastSync.isValid());
        QCOMPARE(admin(QStringLiteral("SELECT status FROM pd.article WHERE id = ?::uuid"), {id})
                     .toString(),
                 QStringLiteral("submitted"));

        QVERIFY(supervisor->sync());
        const Article arrived = supervisor->article(id);
        QCOMPARE(arrived.title, QStringLiteral("Hoài Đức đẩy mạnh CCHC"));
        QCOMPARE(arrived.status, ArticleStatus::Submitted);
        QCOMPARE(contentHash(arrived), contentHash(reporter->article(id)));
        QCOMPARE(supervisor->revisions(id).size(), 1);
        QVERIFY(WorkflowService(*supervisor->db).apply(id, WorkflowAction::Approve));
        pass = supervisor->sync();
        QVERIFY2(pass && pass->rejected.isEmpty(),
                 qPrintable(pass ? pass->rejected.join(u'\n') : pass.error().message));
        QCOMPARE(
            admin(QStringLiteral("SELECT approved_by FROM pd.article WHERE id = ?::uuid"), {id})
                .toString(),
            m_sup);

        QVERIFY(reporter->sync());
        const Article approved = reporter->article(id);
        QCOMPARE(approved.status, ArticleStatus::Approved);
        QCOMPARE(approved.approvedBy, m_sup);
        QCOMPARE(approved.approvedHash, contentHash(approved));
        // The supervisor's comment reaches the reporter too.
        QVERIFY(CommentRepository(*supervisor->db).add(id, QStringLiteral("Tốt, đăng sáng mai.")));
        QVERIFY(supervisor->sync());
        QVERIFY(reporter->sync());
        const auto comments = CommentRepository(*reporter->db).list(id).value();
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.first().author, m_sup);

        QCOMPARE(m_office.failedChecks(), QStringList());
    }

    // Two desks edit the same words of an article between passes: both versions are on the
    // server and on both desks, the article is marked as in conflict on both, and nothing was
    // overwritten.
    void twoDesksEditingTheSameArticleKeepBoth()
    {
        auto an = join(m_staff1);
        auto cuong = join(m_staff2);
        const QString id = newArticle(*an, QStringLiteral("Bài hai người cùng sửa"));
        QVERIFY(an->sync());
        QVERIFY(cuong->sync());
        QCOMPARE(cuong->article(id).title, QStringLiteral("Bài hai người cùng sửa"));

        // The same words changed differently: not merged (TestSyncMerge has the edits that are).
        edit(*an, id, QStringLiteral("<p>Đoạn một.</p><p>Đoạn hai của An.</p><p>Đoạn ba.</p>"));
        edit(*cuong, id,
             QStringLiteral("<p>Đoạn một.</p><p>Đoạn hai của Cường.</p><p>Đoạn ba.</p>"));
        QVERIFY(an->sync());
        auto pass = cuong->sync();
        QVERIFY2(pass, qPrintable(pass ? QString() : pass.error().message));
        QCOMPARE(pass->conflicts, 1);
        QCOMPARE(cuong->status().conflicts, 1);
        // Cường's own text is still his head; An's is a revision beside it.
        QVERIFY(cuong->article(id).bodyHtml.contains(QStringLiteral("của Cường")));
        QStringList bodies;
        for (const Revision &r : cuong->revisions(id))
            bodies << r.bodyHtml;
        QVERIFY2(bodies.join(u'|').contains(QStringLiteral("của An")),
                 qPrintable(bodies.join(u'|')));

        // On the server: An's text is the head, Cường's is kept as a conflict revision.
        QVERIFY(admin(QStringLiteral("SELECT body_html FROM pd.article WHERE id = ?::uuid"), {id})
                    .toString()
                    .contains(QStringLiteral("của An")));
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.article_revision WHERE "
                                      "article_id = ?::uuid AND kind = 'conflict' AND body_html "
                                      "LIKE '%của Cường%'"),
                       {id})
                     .toInt(),
                 1);
        // An's desk learns of the conflict too, and has Cường's version.
        QVERIFY(an->sync());
        QCOMPARE(an->status().conflicts, 1);
        bodies.clear();
        for (const Revision &r : an->revisions(id))
            bodies << r.bodyHtml;
        QVERIFY2(bodies.join(u'|').contains(QStringLiteral("của Cường")),
                 qPrintable(bodies.join(u'|')));
        // Passes after that add nothing twice.
        QVERIFY(cuong->sync());
        QVERIFY(an->sync());
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.conflict WHERE article_id = "
                                      "?::uuid"),
                       {id})
                     .toInt(),
                 1);
        QCOMPARE(cuong->status().conflicts, 1);
    }

    // A supervisor approves offline what the author changed meanwhile: the server refuses the
    // approval (it was for other content), the desk says why and shows the server's state.
    void staleApprovalIsRefusedAndExplained()
    {
        auto an = join(m_staff1);
        auto binh = join(m_sup);
        const QString id = newArticle(*an, QStringLiteral("Duyệt bản cũ"));
        QVERIFY(WorkflowService(*an->db).apply(id, WorkflowAction::Submit));
        QVERIFY(an->sync());
        QVERIFY(binh->sync());
        QCOMPARE(binh->article(id).status, ArticleStatus::Submitted);

        edit(*an, id, QStringLiteral("<p>Đoạn một, sửa sau khi gửi.</p>"));
        QVERIFY(an->sync());
        QVERIFY(WorkflowService(*binh->db).apply(id, WorkflowAction::Approve));
        auto pass = binh->sync();
        QVERIFY2(pass, qPrintable(pass ? QString() : pass.error().message));
        QCOMPARE(pass->rejected.size(), 1);
        QVERIFY2(pass->rejected.first().contains(QStringLiteral("changed after it was reviewed")),
                 qPrintable(pass->rejected.first()));
        const Article now = binh->article(id);
        QCOMPARE(now.status, ArticleStatus::Submitted);
        QVERIFY(now.bodyHtml.contains(QStringLiteral("sửa sau khi gửi")));
        QCOMPARE(admin(QStringLiteral("SELECT status FROM pd.article WHERE id = ?::uuid"), {id})
                     .toString(),
                 QStringLiteral("submitted"));
    }

    // Cut off after the server committed and before the desk heard it, or after the first
    // page of the pull: run again, nothing is applied twice and nothing is lost.
    void aPassCutOffIsSimplyRunAgain()
    {
        auto an = join(m_staff1);
        auto binh = join(m_sup);
        const QString id = newArticle(*an, QStringLiteral("Mất kết nối giữa chừng"));
        edit(*an, id, QStringLiteral("<p>Bản hai.</p>"));
        QVERIFY(WorkflowService(*an->db).apply(id, WorkflowAction::Submit));
        auto cut = an->sync(QStringLiteral("before-ack"));
        QVERIFY(!cut);
        QCOMPARE(an->status().pending, 2); // the desk does not know the server has them
        QVERIFY(an->sync());
        QCOMPARE(an->status().pending, 0);
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.article_revision WHERE "
                                      "article_id = ?::uuid"),
                       {id})
                     .toInt(),
                 2);
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.audit_entry WHERE article_id = "
                                      "?::uuid AND action = 'submit'"),
                       {id})
                     .toInt(),
                 1);

        QVERIFY(!binh->sync(QStringLiteral("mid-pull")));
        QVERIFY(binh->sync());
        QCOMPARE(binh->article(id).status, ArticleStatus::Submitted);
        QCOMPARE(binh->revisions(id).size(), 2);
    }

    // A change committed later by a transaction that started earlier is still pulled.
    void pullNeverSkipsALateCommit()
    {
        auto an = join(m_staff1);
        auto binh = join(m_sup);
        const QString early = newArticle(*an, QStringLiteral("Giao dịch bắt đầu trước"));
        const QString late = newArticle(*an, QStringLiteral("Giao dịch kết thúc trước"));
        QVERIFY(an->sync());
        QVERIFY(binh->sync());

        TestPostgresConnection first(m_office.pg(), m_office.databaseName(), m_staff2, kPassword,
                                     TestPostgresServer::plainOptions());
        TestPostgresConnection second(m_office.pg(), m_office.databaseName(), m_staff2, kPassword,
                                      TestPostgresServer::plainOptions());
        QVERIFY(first.isOpen() && second.isOpen());
        QSqlQuery q1(first.db());
        QSqlQuery q2(second.db());
        QVERIFY(q1.exec(QStringLiteral("BEGIN")));
        QVERIFY(q1.exec(QStringLiteral("UPDATE pd.article SET title = 'Sửa trong giao dịch dài' "
                                       "WHERE id = '%1'")
                            .arg(early)));
        QVERIFY(q2.exec(QStringLiteral("UPDATE pd.article SET title = 'Sửa trong giao dịch ngắn' "
                                       "WHERE id = '%1'")
                            .arg(late)));
        QVERIFY(binh->sync());
        QCOMPARE(binh->article(early).title, QStringLiteral("Giao dịch bắt đầu trước"));
        QVERIFY(q1.exec(QStringLiteral("COMMIT")));
        QVERIFY(binh->sync());
        QCOMPARE(binh->article(early).title, QStringLiteral("Sửa trong giao dịch dài"));
        QCOMPARE(binh->article(late).title, QStringLiteral("Sửa trong giao dịch ngắn"));
    }

    // A photo in an article reaches the other desk with it, and is sent once.
    void imagesTravelWithTheirArticles()
    {
        auto an = join(m_staff1);
        auto binh = join(m_sup);
        const QString hash = storeTestImage(*an->db, QSize(640, 480), QColor(200, 40, 40));
        const QString id = newArticle(*an, QStringLiteral("Ảnh hội nghị"));
        edit(*an, id,
             QStringLiteral("<p>Toàn cảnh hội nghị.</p><figure><img src=\"pdimg:%1\" "
                            "alt=\"Hội nghị\"></figure>")
                 .arg(hash));
        QVERIFY(an->sync());
        QCOMPARE(
            admin(QStringLiteral("SELECT count(*) FROM pd.blob WHERE hash = ?"), {hash}).toInt(),
            1);
        QVERIFY(binh->sync());
        auto received = ImageStore(*binh->db).data(hash);
        QVERIFY2(received, qPrintable(received ? QString() : received.error().message));
        QCOMPARE(ImageStore::hashOf(received.value()), hash);
        QVERIFY(binh->article(id).bodyHtml.contains(hash));
        // Nothing to send again on either desk.
        QCOMPARE(ImageStore(*an->db).unsent().value().size(), 0);
        QCOMPARE(ImageStore(*binh->db).unsent().value().size(), 0);
        // An image whose bytes are not its name is refused by the server.
        TestPostgresConnection asAn(m_office.pg(), m_office.databaseName(), m_staff1, kPassword,
                                    TestPostgresServer::plainOptions());
        QSqlQuery q(asAn.db());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO pd.blob (office_id, hash, mime, data) "
                                       "VALUES (pd.my_office(), repeat('a', 64), 'image/png', "
                                       "'\\x00')")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("PD002"));
    }

    // A category removed at one desk is removed at the others (a tombstone, not a hole).
    void aRemovedCategoryIsRemovedEverywhere()
    {
        auto an = join(m_staff1);
        auto binh = join(m_sup);
        const QString id =
            CategoryRepository(*an->db).find(QStringLiteral("Gương người tốt việc tốt"))->id;
        QVERIFY(CategoryRepository(*an->db).remove(id));
        QCOMPARE(an->status().pending, 1);
        QVERIFY(an->sync());
        QCOMPARE(an->status().pending, 0);
        QVERIFY(admin(QStringLiteral("SELECT deleted FROM pd.category WHERE id = ?::uuid"), {id})
                    .toBool());
        QVERIFY(binh->sync());
        QVERIFY(!CategoryRepository(*binh->db).find(QStringLiteral("Gương người tốt việc tốt")));
    }

    // The demo article of a profile that joins later stays on that desk.
    void theDemoArticleStaysOnTheDesk()
    {
        const int before = admin(QStringLiteral("SELECT count(*) FROM pd.article")).toInt();
        auto desk = join(m_staff2, true);
        QCOMPARE(ArticleRepository(*desk->db).count().value() >= 1, true);
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.article")).toInt(), before);
        QCOMPARE(desk->status().pending, 0);
    }

    // A supervisor uploads a profile's own work once: its articles keep their state, the
    // approval becomes the supervisor's for the content the server has, and the audit log
    // says it was an import. Another desk then has them as they were.
    void aSupervisorUploadsAProfilesWork()
    {
        // The office renamed a category every profile starts with.
        TestPostgresConnection asBinh(m_office.pg(), m_office.databaseName(), m_sup, kPassword,
                                      TestPostgresServer::plainOptions());
        QSqlQuery rename(asBinh.db());
        QVERIFY2(rename.exec(QStringLiteral(
                     "INSERT INTO pd.category (id, office_id, name, position) VALUES "
                     "('8d57a84e-8193-56ef-9df0-dfcdf2eb1b05', pd.my_office(), "
                     "'Hoạt động của phường', 1) "
                     "ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name")),
                 qPrintable(rename.lastError().text()));

        auto desk = std::make_unique<Desk>();
        desk->db =
            std::move(Database::open(m_dir.filePath(QStringLiteral("upload.sqlite")))).value();
        const QString owner = UserRepository(*desk->db).ensureCurrentUser()->name;
        desk->db->setActingUser(owner);
        const QString approved = newArticle(*desk, QStringLiteral("Bài đã duyệt trước đó"));
        QVERIFY(WorkflowService(*desk->db).apply(approved, WorkflowAction::Submit));
        QVERIFY(WorkflowService(*desk->db).apply(approved, WorkflowAction::Approve));
        const QString draft = newArticle(*desk, QStringLiteral("Bản nháp trước đó"));
        edit(*desk, draft, QStringLiteral("<p>Bản nháp, sửa lần hai.</p>"));

        desk->url = url(m_sup);
        desk->server = std::move(ServerConnection::open(ServerAddress::parse(desk->url).value(),
                                                        m_sup, kPassword))
                           .value();
        auto joined = SyncEngine(*desk->db, *desk->server).join(desk->url, true);
        QVERIFY2(joined, qPrintable(joined ? QString() : joined.error().message));
        QVERIFY2(joined->rejected.isEmpty(), qPrintable(joined->rejected.join(u'\n')));
        QCOMPARE(desk->status().pending, 0);

        QCOMPARE(admin(QStringLiteral("SELECT status || ' ' || approved_by FROM pd.article "
                                      "WHERE id = ?::uuid"),
                       {approved})
                     .toString(),
                 QStringLiteral("approved ") + m_sup);
        QCOMPARE(admin(QStringLiteral("SELECT string_agg(action, ' ') FROM pd.audit_entry "
                                      "WHERE article_id = ?::uuid"),
                       {approved})
                     .toString(),
                 QStringLiteral("import"));
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.article_revision WHERE "
                                      "article_id = ?::uuid"),
                       {draft})
                     .toInt(),
                 2);
        // Uploading did not rename the office's category back.
        QCOMPARE(admin(QStringLiteral("SELECT name FROM pd.category WHERE id = "
                                      "'8d57a84e-8193-56ef-9df0-dfcdf2eb1b05'"))
                     .toString(),
                 QStringLiteral("Hoạt động của phường"));
        QCOMPARE(m_office.failedChecks(), QStringList());

        auto other = join(m_staff2);
        QCOMPARE(other->article(approved).status, ArticleStatus::Approved);
        QCOMPARE(other->article(approved).approvedHash, contentHash(other->article(approved)));
        QCOMPARE(other->revisions(draft).size(), 2);
        auto renamed = CategoryRepository(*other->db).find(QStringLiteral("Hoạt động của phường"));
        QVERIFY(renamed);
        QCOMPARE(renamed->id, QStringLiteral("8d57a84e-8193-56ef-9df0-dfcdf2eb1b05"));
    }

    void aStaffLoginCannotUpload()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("upload-staff.sqlite")));
        QVERIFY(opened);
        Database &db = *opened.value();
        Article a;
        a.title = QStringLiteral("Bài của cán bộ");
        QVERIFY(ArticleRepository(db).create(a));
        auto connection = ServerConnection::open(ServerAddress::parse(url(m_staff1)).value(),
                                                 m_staff1, kPassword);
        QVERIFY(connection);
        auto refused = SyncEngine(db, *connection.value()).join(url(m_staff1), true);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("not-allowed"));
    }

    void aProfileWithWorkJoinsOnlyByUpload()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("own-work.sqlite")));
        QVERIFY(opened);
        Database &db = *opened.value();
        Article a;
        a.title = QStringLiteral("Bài viết trước khi vào văn phòng");
        QVERIFY(ArticleRepository(db).create(a));
        auto connection = ServerConnection::open(ServerAddress::parse(url(m_staff1)).value(),
                                                 m_staff1, kPassword);
        QVERIFY(connection);
        auto joined = SyncEngine(db, *connection.value()).join(url(m_staff1), false);
        QVERIFY(!joined);
        QCOMPARE(joined.error().code, QStringLiteral("has-local-work"));
        joined = SyncEngine(db, *connection.value()).join(url(m_staff1), true);
        QVERIFY(!joined);
        QCOMPARE(joined.error().code, QStringLiteral("not-allowed"));
        QVERIFY(!SyncEngine::status(db).value().joined);
    }

    // A joining desk saves the office's articles first and indexes them for search right
    // after; cut off in between (the app closed), its next pass indexes them. Searching finds
    // every article with and without diacritics, and word counts are the author's.
    // A desk put back to a backup of itself holds less than the office knows of it: its next
    // pass refuses, in words, until the person confirms; then what the office has comes back
    // and nothing is lost.
    void aRestoredDeskAsksBeforeSyncing()
    {
        auto an = join(m_staff1);
        const QString id = newArticle(*an, QStringLiteral("Lịch tiếp công dân tháng 3"));
        QVERIFY_PASS(an->sync());
        const QString path = an->db->path();
        const QString backup = m_dir.filePath(QStringLiteral("an-backup.sqlite"));
        QVERIFY(ProfileBackup::backup(path, backup));
        // After the backup: edited here and sent; the office has it.
        edit(*an, id, QStringLiteral("<p>Đoạn một, sửa sau khi sao lưu.</p>"));
        QVERIFY_PASS(an->sync());

        an->db.reset();
        auto restored = ProfileBackup::restore(backup, path);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        auto reopened = Database::open(path);
        QVERIFY(reopened);
        an->db = std::move(reopened).value();
        an->db->setActingUser(m_staff1);
        const SyncStatus status = SyncEngine::status(*an->db).value();
        QVERIFY2(status.restoredFrom.startsWith(QStringLiteral("an-backup.sqlite")),
                 qPrintable(status.restoredFrom));
        auto refused = an->sync();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("restored-profile"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("an-backup.sqlite")),
                 qPrintable(refused.error().message));
        // Still the backup's text: nothing came down.
        QVERIFY(!an->article(id).bodyHtml.contains(QStringLiteral("sau khi sao lưu")));

        QVERIFY(SyncRepository(*an->db).confirmRestore());
        QVERIFY_PASS(an->sync());
        QVERIFY2(an->article(id).bodyHtml.contains(QStringLiteral("sau khi sao lưu")),
                 qPrintable(an->article(id).bodyHtml));
        QVERIFY(SyncEngine::status(*an->db)->restoredFrom.isEmpty());
        QCOMPARE(an->pending(), 0);
    }

    void aJoinedDeskFindsEverything()
    {
        auto reporter = join(m_staff1);
        QStringList ids;
        for (const char *title : {"Tuyên truyền chuyển đổi số ở xã Vân Côn",
                                  "Chuyển đổi số trong trường học", "Hội nghị nông thôn mới"}) {
            ids << newArticle(*reporter, QString::fromUtf8(title));
            edit(*reporter, ids.last(),
                 QStringLiteral("<p>Chuyển đổi số giúp người dân làm thủ tục nhanh hơn ở "
                                "%1.</p>")
                     .arg(ids.size()));
        }
        QVERIFY_PASS(reporter->sync());

        auto desk = std::make_unique<Desk>();
        desk->db = Database::open(m_dir.filePath(QStringLiteral("desk-index.sqlite"))).value();
        desk->url = url(m_staff2);
        desk->server =
            ServerConnection::open(ServerAddress::parse(desk->url).value(), m_staff2, kPassword)
                .value();
        SyncEngine joining(*desk->db, *desk->server);
        joining.setStopAt(QStringLiteral("before-index"));
        QVERIFY(!joining.join(desk->url, false));
        for (const QString &id : std::as_const(ids))
            QCOMPARE(desk->article(id).title, reporter->article(id).title); // saved
        QCOMPARE(Search(*desk->db).find(QStringLiteral("chuyển đổi số"))->total, 0);

        // Away from the office the next pass cannot reach the server (as the window and the
        // command line record it): the desk still finds what it saved.
        auto away = ServerConnection::open(
            ServerAddress::parse(QStringLiteral("postgresql://%1@127.0.0.1:1/pressdesk"
                                                "?sslmode=disable")
                                     .arg(m_staff2))
                .value(),
            m_staff2, kPassword);
        QVERIFY(!away);
        const Status recorded = SyncEngine::recordFailure(*desk->db, away.error());
        QVERIFY2(recorded, qPrintable(recorded ? QString() : recorded.error().message));
        QVERIFY(!SyncEngine::status(*desk->db)->online);
        QCOMPARE(Search(*desk->db).find(QStringLiteral("chuyển đổi số"))->total, ids.size());

        QVERIFY_PASS(desk->sync());
        for (const QString &query :
             {QStringLiteral("chuyển đổi số"), QStringLiteral("chuyen doi so"),
              QStringLiteral("chuyển đổ")}) {
            const auto found = Search(*desk->db).find(query);
            QVERIFY2(found, qPrintable(query));
            QCOMPARE(found->total, ids.size());
        }
        QCOMPARE(Search(*desk->db).find(QStringLiteral("Vân Côn"))->total, 1);
        const auto words = [&](Desk &d, const QString &id) {
            QSqlQuery q(d.db->connection());
            q.prepare(QStringLiteral("SELECT word_count FROM articles WHERE id = ?"));
            q.addBindValue(id);
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        for (const QString &id : std::as_const(ids)) {
            QVERIFY(words(*desk, id) > 10);
            QCOMPARE(words(*desk, id), words(*reporter, id));
        }
        QCOMPARE(ArticleRepository(*desk->db).pendingIndexCount().value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "TestSync.moc"
