// The office server's rules, against the real PostgreSQL the test command starts: what a
// person with psql and their own password can and cannot do, the content hash the server
// computes, and what `server check` finds when someone with the superuser's password has been
// at work.

#include "TestPostgres.h"
#include "model/Article.h"
#include "server/ServerAdmin.h"
#include "server/ServerConnection.h"
#include "server/ServerSchema.h"
#include "store/ArticleRepository.h"
#include "store/CorpusGenerator.h"
#include "workflow/ContentHash.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace PressDesk;

namespace {

// ASCII: Qt's PostgreSQL driver sends it in the system's 8-bit code page (see
// ServerCommands: `server user add` refuses other passwords).
const QString kPassword = QStringLiteral("Mat-khau-du-dai-65");

struct SqlOutcome
{
    bool ok = false;
    QString sqlState; // nativeErrorCode: PD002, 42501 …
    QString text;
};

SqlOutcome run(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    bool done = false;
    if (values.isEmpty()) {
        done = q.exec(sql); // TRUNCATE, ALTER … cannot be prepared
    } else {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        done = q.exec();
    }
    if (done)
        return {true, {}, {}};
    return {false, q.lastError().nativeErrorCode(), q.lastError().databaseText()};
}

QVariant value(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0);
}

} // namespace

class TestServerSchema : public QObject
{
    Q_OBJECT

    TestPostgresServer m_pg = TestPostgresServer::fromEnvironment();
    std::unique_ptr<TestPostgresDatabase> m_database;
    std::unique_ptr<TestPostgresConnection> m_admin;
    QString m_prefix;
    QString m_staff;
    QString m_staff2;
    QString m_supervisor;

    std::unique_ptr<TestPostgresConnection> login(const QString &name)
    {
        return std::make_unique<TestPostgresConnection>(m_pg, m_database->name(), name, kPassword,
                                                        TestPostgresServer::plainOptions());
    }

    QList<ServerAdmin::Finding> findings()
    {
        auto checked = ServerAdmin::check(m_admin->db());
        if (!checked) {
            qWarning("%s", qPrintable(checked.error().message));
            return {};
        }
        return checked.value();
    }
    std::optional<ServerAdmin::Finding> finding(const QString &key)
    {
        for (const ServerAdmin::Finding &f : findings()) {
            if (f.key == key)
                return f;
        }
        return std::nullopt;
    }

    // A new draft by the login, submitted when asked; its id.
    QString newArticle(QSqlDatabase &db, bool submitted)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const SqlOutcome made =
            run(db,
                QStringLiteral("INSERT INTO pd.article (id, title, lead, body_html, tags, author) "
                               "VALUES (?::uuid, ?, ?, ?, '{\"Hoài Đức\",\"CCHC\"}', ?)"),
                {id, QStringLiteral("Hoài Đức đẩy mạnh cải cách hành chính"),
                 QStringLiteral("Năm 2019, UBND huyện tiếp tục…"),
                 QStringLiteral("<p>Thực hiện Kế hoạch số 65/KH-UBND…</p>"),
                 QStringLiteral("Nguyễn Văn An")});
        if (!made.ok)
            qWarning("insert: %s", qPrintable(made.text));
        if (submitted)
            run(db, QStringLiteral("UPDATE pd.article SET status = 'submitted' WHERE id = ?::uuid"),
                {id});
        return id;
    }

    QString status(QSqlDatabase &db, const QString &id)
    {
        return value(db, QStringLiteral("SELECT status FROM pd.article WHERE id = ?::uuid"), {id})
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        PRESSDESK_REQUIRE_POSTGRES(m_pg);
        m_database = std::make_unique<TestPostgresDatabase>(m_pg);
        QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
        m_admin = std::make_unique<TestPostgresConnection>(m_pg, m_database->name());
        QVERIFY2(m_admin->isOpen(), qPrintable(m_admin->errorText()));

        auto applied = ServerSchema::apply(m_admin->db(), QStringLiteral("UBND xã Hoài Đức"));
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
        QCOMPARE(applied->from, 0);
        QCOMPARE(applied->to, ServerSchema::latestVersion());

        m_prefix = uniqueRolePrefix();
        m_staff = m_prefix + QStringLiteral("staff1");
        m_staff2 = m_prefix + QStringLiteral("staff2");
        m_supervisor = m_prefix + QStringLiteral("sup1");
        QVERIFY(ServerAdmin::addUser(m_admin->db(), m_staff, Role::Staff, kPassword,
                                     QStringLiteral("Nguyễn Văn An")));
        QVERIFY(ServerAdmin::addUser(m_admin->db(), m_staff2, Role::Staff, kPassword));
        QVERIFY(ServerAdmin::addUser(m_admin->db(), m_supervisor, Role::Supervisor, kPassword,
                                     QStringLiteral("Trần Thị Bình")));
    }

    void cleanupTestCase()
    {
        if (!m_database)
            return;
        m_admin.reset();
        const QString name = m_database->name();
        m_database.reset();
        // Roles belong to the cluster: the people, and the office's roles named after the
        // database.
        QStringList roles{m_staff, m_staff2, m_supervisor};
        for (const char *role : {"staff", "supervisor", "admin", "owner"})
            roles << ServerSchema::roleName(name, QLatin1String(role));
        QString error;
        QVERIFY2(m_pg.dropRoles(roles, &error), qPrintable(error));
    }

    void initAgainChangesNothing()
    {
        auto again = ServerSchema::apply(m_admin->db(), QStringLiteral("Another name"));
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->from, ServerSchema::latestVersion());
        QCOMPARE(again->to, ServerSchema::latestVersion());
        QCOMPARE(value(m_admin->db(), QStringLiteral("SELECT count(*) FROM pd.office")).toInt(), 1);
        QCOMPARE(value(m_admin->db(), QStringLiteral("SELECT name FROM pd.office")).toString(),
                 QStringLiteral("UBND xã Hoài Đức"));
        // Adding a person again changes their role, not their number.
        QVERIFY(ServerAdmin::addUser(m_admin->db(), m_staff2, Role::Staff, kPassword));
        QCOMPARE(value(m_admin->db(), QStringLiteral("SELECT count(*) FROM pd.person")).toInt(), 3);
        for (const ServerAdmin::Finding &f : findings())
            QVERIFY2(f.ok, qPrintable(f.key + QStringLiteral(": ") + f.message));
    }

    void badLoginNamesAreRefused()
    {
        const Status st = ServerAdmin::addUser(m_admin->db(), QStringLiteral("Nguyễn Văn An"),
                                               Role::Staff, kPassword);
        QVERIFY(!st);
        QCOMPARE(st.error().code, QStringLiteral("bad-user-name"));
        QVERIFY(st.error().message.contains(QStringLiteral("nguyen.van.an")));
    }

    // The server's hash of the content is the desks' contentHash(), on the generated corpus
    // and on the awkward cases: spaces of every kind in the lead, images, no category, tags.
    void contentHashIsTheDesks()
    {
        QRandomGenerator rng(65);
        QList<Category> categories{{QStringLiteral("6ac50dee-efcb-5e8a-a095-6c58d2d8495b"),
                                    QStringLiteral("Tin cải cách hành chính")}};
        QList<Article> articles;
        for (int i = 0; i < 1000; ++i)
            articles << ArticleRepository::normalized(
                CorpusGenerator::makeArticle(rng, categories));
        Article awkward;
        awkward.title = QStringLiteral("Ảnh: “Hoài Đức” – 100%");
        awkward.lead = QStringLiteral("\u00a0 Dòng\u2003một\n\tdòng\u202fhai\u3000 ");
        awkward.bodyHtml =
            QStringLiteral(
                "<p>Ảnh <img src=\"pdimg:%1\" alt=\"a\"> và <img src=\"pdimg:%2\" alt=\"b\"></p>")
                .arg(QString(64, u'a'), QString(64, u'b'));
        awkward.tags = {QStringLiteral("CCHC"), QStringLiteral("Kế hoạch 65, 2019"),
                        QStringLiteral("\"trích\"")};
        awkward.source = QStringLiteral("Phòng Văn hóa và Thông tin");
        articles << ArticleRepository::normalized(awkward) << Article{};

        QSqlQuery q(m_admin->db());
        q.prepare(QStringLiteral(
            "SELECT pd.content_hash(coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), "
            "nullif(?, '')::uuid, string_to_array(coalesce(?, ''), chr(31)), coalesce(?, ''))"));
        int compared = 0;
        for (const Article &a : std::as_const(articles)) {
            q.addBindValue(a.title);
            q.addBindValue(a.lead);
            q.addBindValue(a.bodyHtml);
            q.addBindValue(a.categoryId);
            q.addBindValue(a.tags.join(QChar(0x1f)));
            q.addBindValue(a.source);
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            QCOMPARE(q.value(0).toString(), contentHash(a));
            ++compared;
        }
        QCOMPARE(compared, 1002);
    }

    // Someone with psql and a staff password: writes drafts and submits them, and nothing of
    // what belongs to a supervisor or to history.
    void staffCannotDecideOrRewriteHistory()
    {
        auto staff = login(m_staff);
        QVERIFY2(staff->isOpen(), qPrintable(staff->errorText()));
        const QString id = newArticle(staff->db(), true);
        QCOMPARE(status(staff->db(), id), QStringLiteral("submitted"));

        const QString hash = value(staff->db(),
                                   QStringLiteral("SELECT pd.article_hash(a) FROM pd.article a "
                                                  "WHERE id = ?::uuid"),
                                   {id})
                                 .toString();
        SqlOutcome o = run(staff->db(),
                           QStringLiteral("UPDATE pd.article SET status = 'approved', "
                                          "approved_hash = ? WHERE id = ?::uuid"),
                           {hash, id});
        QVERIFY(!o.ok);
        QCOMPARE(o.sqlState, QStringLiteral("PD002"));
        QVERIFY2(o.text.contains(QStringLiteral("needs a supervisor")), qPrintable(o.text));
        o = run(staff->db(),
                QStringLiteral("UPDATE pd.article SET status = 'returned', status_note = 'x' "
                               "WHERE id = ?::uuid"),
                {id});
        QCOMPARE(o.sqlState, QStringLiteral("PD002"));
        // Forging an approval without a decision.
        o = run(staff->db(),
                QStringLiteral("UPDATE pd.article SET approved_hash = ?, approved_by = ? "
                               "WHERE id = ?::uuid"),
                {hash, m_supervisor, id});
        QCOMPARE(o.sqlState, QStringLiteral("PD002"));
        // Archiving is a supervisor's.
        const QString draft = newArticle(staff->db(), false);
        o = run(staff->db(),
                QStringLiteral("UPDATE pd.article SET status = 'archived' WHERE id = ?::uuid"),
                {draft});
        QCOMPARE(o.sqlState, QStringLiteral("PD002"));
        QCOMPARE(status(staff->db(), draft), QStringLiteral("draft"));
        // Inserting an approved article.
        o = run(staff->db(),
                QStringLiteral("INSERT INTO pd.article (id, status) VALUES (?::uuid, 'approved')"),
                {QUuid::createUuid().toString(QUuid::WithoutBraces)});
        QCOMPARE(o.sqlState, QStringLiteral("PD002"));

        // History: no removing, no rewriting (insufficient privilege, or the trigger).
        for (const QString &sql :
             {QStringLiteral("UPDATE pd.audit_entry SET comment = 'sửa'"),
              QStringLiteral("DELETE FROM pd.audit_entry"),
              QStringLiteral("DELETE FROM pd.article_revision"),
              QStringLiteral("UPDATE pd.article_revision SET title = 'khác'"),
              QStringLiteral("INSERT INTO pd.approval (office_id, article_id, version, hash) "
                             "SELECT office_id, id, version, 'x' FROM pd.article"),
              QStringLiteral("DELETE FROM pd.article"), QStringLiteral("TRUNCATE pd.comment"),
              QStringLiteral("UPDATE pd.audit_head SET seq = 0")}) {
            o = run(staff->db(), sql);
            QVERIFY2(!o.ok, qPrintable(sql));
            QVERIFY2(o.sqlState == QLatin1String("42501") || o.sqlState == QLatin1String("PD002"),
                     qPrintable(sql + QStringLiteral(": ") + o.sqlState));
        }
        QCOMPARE(ServerConnection::translate(QSqlError(QStringLiteral("x"), QStringLiteral("y"),
                                                       QSqlError::StatementError,
                                                       QStringLiteral("PD002")))
                     .code,
                 QStringLiteral("not-allowed"));
        for (const ServerAdmin::Finding &f : findings())
            QVERIFY2(f.ok, qPrintable(f.key + QStringLiteral(": ") + f.message));
    }

    // A supervisor approves exactly what the server has: a stale hash is refused; an edit
    // afterwards voids the approval, as it does on a desk; the audit log records each step.
    void approvalIsBoundToTheServersContent()
    {
        auto staff = login(m_staff);
        auto sup = login(m_supervisor);
        QVERIFY(staff->isOpen() && sup->isOpen());
        const QString id = newArticle(staff->db(), true);
        const QString hashRead = value(sup->db(),
                                       QStringLiteral("SELECT pd.article_hash(a) FROM pd.article a "
                                                      "WHERE id = ?::uuid"),
                                       {id})
                                     .toString();
        // The author adds a sentence while the supervisor reads.
        QVERIFY(run(staff->db(),
                    QStringLiteral("UPDATE pd.article SET body_html = body_html || "
                                   "'<p>Thêm một câu.</p>' WHERE id = ?::uuid"),
                    {id})
                    .ok);
        SqlOutcome o = run(sup->db(),
                           QStringLiteral("UPDATE pd.article SET status = 'approved', "
                                          "approved_hash = ? WHERE id = ?::uuid"),
                           {hashRead, id});
        QVERIFY(!o.ok);
        QCOMPARE(o.sqlState, QStringLiteral("PD003"));
        QCOMPARE(status(sup->db(), id), QStringLiteral("submitted"));

        // Returning needs a comment.
        o = run(sup->db(),
                QStringLiteral("UPDATE pd.article SET status = 'returned' WHERE id = ?::uuid"),
                {id});
        QCOMPARE(o.sqlState, QStringLiteral("PD002"));
        QVERIFY2(o.text.contains(QStringLiteral("comment")), qPrintable(o.text));

        // With the hash of what is there now, the approval is the supervisor's.
        o = run(sup->db(),
                QStringLiteral("UPDATE pd.article SET status = 'approved', approved_hash = "
                               "pd.article_hash(article) WHERE id = ?::uuid"),
                {id});
        QVERIFY2(o.ok, qPrintable(o.text));
        QCOMPARE(value(sup->db(),
                       QStringLiteral("SELECT approved_by FROM pd.article WHERE id = ?::uuid"),
                       {id})
                     .toString(),
                 m_supervisor);
        QCOMPARE(value(sup->db(),
                       QStringLiteral("SELECT count(*) FROM pd.approval WHERE article_id = "
                                      "?::uuid AND approved_by = ?"),
                       {id, m_supervisor})
                     .toInt(),
                 1);

        // An edit afterwards, by anyone, voids it.
        QVERIFY(run(staff->db(),
                    QStringLiteral("UPDATE pd.article SET title = title || ' (sửa)' "
                                   "WHERE id = ?::uuid"),
                    {id})
                    .ok);
        QCOMPARE(status(staff->db(), id), QStringLiteral("draft"));
        QCOMPARE(value(staff->db(),
                       QStringLiteral("SELECT approved_hash || approved_by FROM pd.article "
                                      "WHERE id = ?::uuid"),
                       {id})
                     .toString(),
                 QString());
        QCOMPARE(value(staff->db(),
                       QStringLiteral("SELECT string_agg(action || ':' || login, ' ' ORDER BY "
                                      "seq) FROM pd.audit_entry WHERE article_id = ?::uuid"),
                       {id})
                     .toString(),
                 QStringLiteral("submit:%1 approve:%2 edit:%1").arg(m_staff, m_supervisor));
        // Every content it had is a revision, numbered by the server, in order.
        QCOMPARE(value(staff->db(),
                       QStringLiteral("SELECT string_agg(number::text || '/' || saved_by, ' ' "
                                      "ORDER BY number) FROM pd.article_revision "
                                      "WHERE article_id = ?::uuid"),
                       {id})
                     .toString(),
                 QStringLiteral("1/%1 2/%1 3/%1").arg(m_staff));
        // A draft cannot be published.
        o = run(sup->db(),
                QStringLiteral("UPDATE pd.article SET status = 'published' WHERE id = ?::uuid"),
                {id});
        QCOMPARE(o.sqlState, QStringLiteral("PD002"));
    }

    void commentsAreWrittenInOnesOwnName()
    {
        auto staff = login(m_staff);
        auto sup = login(m_supervisor);
        const QString id = newArticle(staff->db(), true);
        SqlOutcome o = run(staff->db(),
                           QStringLiteral("INSERT INTO pd.comment (id, article_id, author, body) "
                                          "VALUES (gen_random_uuid(), ?::uuid, ?, 'Sửa đoạn 2')"),
                           {id, m_supervisor});
        QCOMPARE(o.sqlState, QStringLiteral("PD002"));
        o = run(sup->db(),
                QStringLiteral("INSERT INTO pd.comment (id, article_id, author, body) "
                               "VALUES (gen_random_uuid(), ?::uuid, ?, 'Sửa đoạn 2')"),
                {id, m_supervisor});
        QVERIFY2(o.ok, qPrintable(o.text));
        o = run(staff->db(), QStringLiteral("UPDATE pd.comment SET body = 'Không cần sửa'"));
        QCOMPARE(o.sqlState, QStringLiteral("PD002"));
        o = run(staff->db(), QStringLiteral("UPDATE pd.comment SET resolved = true"));
        QVERIFY2(o.ok, qPrintable(o.text));
    }

    // Rows of another office are not there for this one's people.
    void anotherOfficeIsInvisible()
    {
        auto staff = login(m_staff);
        const QString id = newArticle(staff->db(), false);
        const QString other = m_prefix + QStringLiteral("other");
        QVERIFY(run(m_admin->db(),
                    QStringLiteral("INSERT INTO pd.office (name) VALUES ('Phường Khác')"))
                    .ok);
        QVERIFY(ServerAdmin::addUser(m_admin->db(), other, Role::Supervisor, kPassword));
        QVERIFY(run(m_admin->db(),
                    QStringLiteral("UPDATE pd.person SET office_id = (SELECT id FROM pd.office "
                                   "WHERE name = 'Phường Khác') WHERE login = ?"),
                    {other})
                    .ok);
        auto stranger = login(other);
        QVERIFY2(stranger->isOpen(), qPrintable(stranger->errorText()));
        QCOMPARE(value(stranger->db(),
                       QStringLiteral("SELECT count(*) FROM pd.article WHERE id = ?::uuid"), {id})
                     .toInt(),
                 0);
        QCOMPARE(
            value(stranger->db(), QStringLiteral("SELECT count(*) FROM pd.audit_entry")).toInt(),
            0);
        SqlOutcome o =
            run(stranger->db(),
                QStringLiteral("UPDATE pd.article SET title = 'x' WHERE id = ?::uuid"), {id});
        QVERIFY(o.ok); // … and changes nothing: the row is not there for them
        QVERIFY(value(staff->db(),
                      QStringLiteral("SELECT title FROM pd.article WHERE id = ?::uuid"), {id})
                    .toString() != QLatin1String("x"));
        stranger.reset();
        QString error;
        QVERIFY(run(m_admin->db(), QStringLiteral("DELETE FROM pd.person WHERE login = ?"), {other})
                    .ok);
        QVERIFY2(m_pg.dropRoles({other}, &error), qPrintable(error));
    }

    // What someone with the superuser's password could break, `server check` finds. Runs
    // last: it leaves the database broken.
    void checkFindsWhatWasBroken()
    {
        QSqlDatabase &db = m_admin->db();
        QVERIFY(
            run(db, QStringLiteral("ALTER TABLE pd.audit_entry DISABLE TRIGGER append_only")).ok);
        QVERIFY(run(db, QStringLiteral("UPDATE pd.audit_entry SET comment = 'đã sửa' "
                                       "WHERE seq = 2"))
                    .ok);
        auto f = finding(QStringLiteral("audit-chain"));
        QVERIFY(f && !f->ok);
        QVERIFY2(f->message.contains(QStringLiteral("entry 2")), qPrintable(f->message));

        QVERIFY(run(db, QStringLiteral("ALTER TABLE pd.comment NO FORCE ROW LEVEL SECURITY")).ok);
        f = finding(QStringLiteral("forced-rls"));
        QVERIFY(f && !f->ok);
        QVERIFY2(f->message.contains(QStringLiteral("comment")), qPrintable(f->message));

        QVERIFY(run(db, QStringLiteral("ALTER ROLE %1 BYPASSRLS").arg(m_staff2)).ok);
        f = finding(QStringLiteral("no-bypass"));
        QVERIFY(f && !f->ok);
        QVERIFY2(f->message.contains(m_staff2), qPrintable(f->message));

        QVERIFY(run(db, QStringLiteral("ALTER TABLE pd.approval DISABLE TRIGGER append_only")).ok);
        QVERIFY(run(db, QStringLiteral("UPDATE pd.approval SET hash = repeat('0', 64)")).ok);
        f = finding(QStringLiteral("approvals"));
        QVERIFY(f && !f->ok);
    }
};

QTEST_GUILESS_MAIN(TestServerSchema)
#include "TestServerSchema.moc"
