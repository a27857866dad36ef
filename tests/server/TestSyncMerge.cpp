// Two desks that edited the same article between passes, against the real PostgreSQL of the
// test command. What the reporters would notice: edits in different places are merged into one
// text on every desk (nothing lost, nothing duplicated), edits in the same place wait as a
// conflict on every desk until someone chooses, the choice reaches every desk, and every
// revision anyone saved is on the office server.

#include "TempDatabase.h"
#include "TestOfficeServer.h"
#include "server/ServerAdmin.h"
#include "store/ArticleRepository.h"
#include "store/CategoryRepository.h"
#include "store/Database.h"
#include "sync/ConflictService.h"
#include "sync/SyncEngine.h"
#include "workflow/WorkflowService.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace PressDesk;

namespace {

const QString kBase = QStringLiteral("<p>Đoạn một.</p><p>Đoạn hai.</p><p>Đoạn ba.</p>");

} // namespace

class TestSyncMerge : public QObject
{
    Q_OBJECT

    TestOfficeServer m_office;
    QTemporaryDir m_dir;
    QString m_an, m_cuong, m_binh;

    std::unique_ptr<TestDesk> join(const QString &login)
    {
        return m_office.join(m_dir.path(), login, {});
    }

    QVariant admin(const QString &sql, const QVariantList &values = {})
    {
        return m_office.admin(sql, values);
    }

    // The article's text as the office has it (its head).
    QString officeBody(const QString &id)
    {
        return admin(QStringLiteral("SELECT body_html FROM pd.article WHERE id = ?::uuid"), {id})
            .toString();
    }

    // An article both desks have, as the office has it.
    QString shared(TestDesk &a, TestDesk &b, const QString &title)
    {
        Article x;
        x.title = title;
        x.lead = QStringLiteral("Sáng 19/02, UBND xã tổ chức hội nghị triển khai kế hoạch.");
        x.bodyHtml = kBase;
        x.tags = {QStringLiteral("CCHC")};
        x.author = a.db->actingUser();
        const QString id = ArticleRepository(*a.db).create(x).value().id;
        if (!a.sync() || !b.sync())
            return {};
        return id;
    }

    static bool save(TestDesk &desk, const QString &id,
                     const std::function<void(Article &)> &change)
    {
        Article a = desk.article(id);
        change(a);
        return bool(ArticleRepository(*desk.db).save(a, SaveKind::Manual));
    }

    static QString text(TestDesk &desk, const QString &id) { return desk.article(id).bodyHtml; }

    // Open conflicts of the article on the desk (a desk that joins has the office's others).
    static qsizetype conflictsOf(TestDesk &desk, const QString &id)
    {
        return ConflictService(*desk.db).open(id).value().size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        PRESSDESK_REQUIRE_POSTGRES(m_office.pg());
        const QString error = m_office.setUp(QStringLiteral("UBND phường Hà Đông"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_an =
            m_office.addPerson(QStringLiteral("an"), Role::Staff, QStringLiteral("Nguyễn Văn An"));
        m_cuong = m_office.addPerson(QStringLiteral("cuong"), Role::Staff);
        m_binh = m_office.addPerson(QStringLiteral("binh"), Role::Supervisor);
        QVERIFY(!m_an.isEmpty() && !m_cuong.isEmpty() && !m_binh.isEmpty());
    }

    void cleanupTestCase()
    {
        const QString error = m_office.tearDown();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // An fixes the first paragraph and the title, Cường adds to the third and a tag: both
    // desks end with all of it, the office has a merge naming both, and Cường's own revision.
    void editsInDifferentPlacesMerge()
    {
        auto an = join(m_an);
        auto cuong = join(m_cuong);
        const QString id = shared(*an, *cuong, QStringLiteral("Hội nghị triển khai"));
        QVERIFY(!id.isEmpty());

        QVERIFY(save(*an, id, [](Article &a) {
            a.title = QStringLiteral("Hội nghị triển khai Kế hoạch 65");
            a.bodyHtml = QStringLiteral("<p>Đoạn một đã sửa.</p><p>Đoạn hai.</p><p>Đoạn ba.</p>");
        }));
        QVERIFY(save(*cuong, id, [](Article &a) {
            a.bodyHtml =
                QStringLiteral("<p>Đoạn một.</p><p>Đoạn hai.</p><p>Đoạn ba, thêm ý mới.</p>");
            a.tags << QStringLiteral("Kế hoạch 65");
        }));
        QVERIFY_PASS(an->sync());
        auto pass = cuong->sync();
        QVERIFY_PASS(pass);
        QCOMPARE(pass->merged, 1);
        QCOMPARE(pass->conflicts, 0);

        const QString merged = QStringLiteral(
            "<p>Đoạn một đã sửa.</p>\n<p>Đoạn hai.</p>\n<p>Đoạn ba, thêm ý mới.</p>");
        QCOMPARE(text(*cuong, id), merged);
        QCOMPARE(cuong->article(id).title, QStringLiteral("Hội nghị triển khai Kế hoạch 65"));
        QCOMPARE(cuong->article(id).tags,
                 QStringList({QStringLiteral("CCHC"), QStringLiteral("Kế hoạch 65")}));
        QCOMPARE(cuong->status().pending, 0);
        QCOMPARE(conflictsOf(*cuong, id), 0);

        // The office: the merge is the head, made by Cường's desk from An's revision and his.
        QCOMPARE(officeBody(id), merged);
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.article_revision r WHERE "
                                      "article_id = ?::uuid AND kind = 'merge' AND saved_by = ? "
                                      "AND cardinality(merged_from) = 2 AND (SELECT "
                                      "array_agg(saved_by::text ORDER BY number) FROM "
                                      "pd.article_revision m WHERE m.id = ANY(r.merged_from)) "
                                      "= ARRAY[?, ?]"),
                       {id, m_cuong, m_an, m_cuong})
                     .toInt(),
                 1);
        // Cường's own text as he saved it is kept beside it.
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.article_revision WHERE "
                                      "article_id = ?::uuid AND kind = 'side' AND body_html "
                                      "LIKE '%thêm ý mới%' AND body_html NOT LIKE '%đã sửa%'"),
                       {id})
                     .toInt(),
                 1);

        // An's desk takes the merge; its history says whose edits it merged.
        QVERIFY_PASS(an->sync());
        QCOMPARE(text(*an, id), merged);
        QCOMPARE(an->article(id).tags, cuong->article(id).tags);
        const QList<Revision> history = an->revisions(id);
        QVERIFY(std::any_of(history.begin(), history.end(), [&](const Revision &r) {
            return r.note.contains(m_an) && r.note.contains(m_cuong);
        }));

        // Quiet afterwards: nothing sent or written again.
        const int revisions =
            admin(QStringLiteral("SELECT count(*) FROM pd.article_revision WHERE article_id = "
                                 "?::uuid"),
                  {id})
                .toInt();
        QVERIFY_PASS(cuong->sync());
        QVERIFY_PASS(an->sync());
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.article_revision WHERE "
                                      "article_id = ?::uuid"),
                       {id})
                     .toInt(),
                 revisions);
        QCOMPARE(an->status().pending, 0);
        QCOMPARE(cuong->status().pending, 0);
    }

    // A merge voids the approval the article had: the supervisor approves again what both
    // desks wrote, never silently a text he did not read.
    void aMergeVoidsTheApproval()
    {
        auto an = join(m_an);
        auto cuong = join(m_cuong);
        auto binh = join(m_binh);
        const QString id = shared(*an, *cuong, QStringLiteral("Bài đã duyệt"));
        QVERIFY(WorkflowService(*an->db).apply(id, WorkflowAction::Submit));
        QVERIFY_PASS(an->sync());
        QVERIFY_PASS(binh->sync());
        QVERIFY(WorkflowService(*binh->db).apply(id, WorkflowAction::Approve));
        QVERIFY_PASS(binh->sync());
        QVERIFY_PASS(an->sync());
        QVERIFY_PASS(cuong->sync());
        QCOMPARE(cuong->article(id).status, ArticleStatus::Approved);

        QVERIFY(save(*an, id, [](Article &a) {
            a.bodyHtml = QStringLiteral("<p>Đoạn một, An.</p><p>Đoạn hai.</p><p>Đoạn ba.</p>");
        }));
        QVERIFY(save(*cuong, id, [](Article &a) {
            a.bodyHtml = QStringLiteral("<p>Đoạn một.</p><p>Đoạn hai.</p><p>Đoạn ba, Cường.</p>");
        }));
        QVERIFY_PASS(an->sync());
        auto pass = cuong->sync();
        QVERIFY_PASS(pass);
        QCOMPARE(pass->merged, 1);
        QVERIFY_PASS(binh->sync());
        const Article seen = binh->article(id);
        QVERIFY(seen.bodyHtml.contains(QStringLiteral("An.")) &&
                seen.bodyHtml.contains(QStringLiteral("Cường.")));
        QCOMPARE(seen.status, ArticleStatus::Draft);
        QVERIFY(seen.approvedHash.isEmpty());
        QCOMPARE(admin(QStringLiteral("SELECT status FROM pd.article WHERE id = ?::uuid"), {id})
                     .toString(),
                 QStringLiteral("draft"));
        // The approval stays on record for the version Bình read; Cường's own revision, kept
        // beside the merge with that version number, is not what was approved, and `server
        // check` does not take it for the approved content (found by TestSyncProperty).
        QVERIFY(admin(QStringLiteral("SELECT count(*) FROM pd.article_revision r JOIN "
                                     "pd.approval a USING (article_id) WHERE r.article_id = "
                                     "?::uuid AND r.kind = 'side' AND r.version = a.version"),
                      {id})
                    .toInt() > 0);
        QCOMPARE(m_office.failedChecks(), QStringList());
    }

    // Cường's pass merged on the server but was cut off before his desk heard it, and he typed on:
    // his next pass merges again from the right base, so An's edit is not undone.
    void aDeskThatTypedOnAfterAMergeKeepsTheOthersEdit()
    {
        auto an = join(m_an);
        auto cuong = join(m_cuong);
        const QString id = shared(*an, *cuong, QStringLiteral("Gõ tiếp sau khi gộp"));
        QVERIFY(save(*an, id, [](Article &a) {
            a.bodyHtml = QStringLiteral("<p>Đoạn một của An.</p><p>Đoạn hai.</p><p>Đoạn ba.</p>");
        }));
        QVERIFY_PASS(an->sync());
        QVERIFY(save(*cuong, id, [](Article &a) {
            a.bodyHtml =
                QStringLiteral("<p>Đoạn một.</p><p>Đoạn hai.</p><p>Đoạn ba của Cường.</p>");
        }));
        QVERIFY(!cuong->sync(QStringLiteral("before-ack")));
        // His desk still shows what he wrote (the merge has not come down); he adds a line.
        QVERIFY(!text(*cuong, id).contains(QStringLiteral("của An")));
        QVERIFY(save(*cuong, id, [](Article &a) {
            a.bodyHtml.replace(QStringLiteral("<p>Đoạn hai.</p>"),
                               QStringLiteral("<p>Đoạn hai, Cường viết thêm.</p>"));
        }));
        QVERIFY_PASS(cuong->sync());
        QVERIFY_PASS(an->sync());
        for (TestDesk *desk : {an.get(), cuong.get()}) {
            const QString body = text(*desk, id);
            QVERIFY2(body.contains(QStringLiteral("Đoạn một của An.")) &&
                         body.contains(QStringLiteral("Đoạn hai, Cường viết thêm.")) &&
                         body.contains(QStringLiteral("Đoạn ba của Cường.")),
                     qPrintable(body));
        }
        QCOMPARE(conflictsOf(*cuong, id), 0);
        QCOMPARE(cuong->status().pending, 0);
    }

    // The same sentence changed on both desks: a conflict on both, the passages side by side;
    // Cường keeps both, and after the passes every desk has his choice and no conflict.
    void editsInTheSamePlaceWaitForAChoice()
    {
        auto an = join(m_an);
        auto cuong = join(m_cuong);
        const QString id = shared(*an, *cuong, QStringLiteral("Cùng sửa một câu"));
        QVERIFY(save(*an, id, [](Article &a) {
            a.bodyHtml = QStringLiteral("<p>Đoạn một.</p><p>Đoạn hai của An.</p><p>Đoạn ba.</p>");
        }));
        QVERIFY(save(*cuong, id, [](Article &a) {
            a.bodyHtml =
                QStringLiteral("<p>Đoạn một.</p><p>Đoạn hai của Cường.</p><p>Đoạn ba.</p>");
        }));
        QVERIFY_PASS(an->sync());
        auto pass = cuong->sync();
        QVERIFY_PASS(pass);
        QCOMPARE(pass->conflicts, 1);
        QVERIFY_PASS(an->sync());
        QCOMPARE(conflictsOf(*an, id), 1);

        // Each desk sees its own text as "mine" and the other's as "theirs".
        auto open = ConflictService(*cuong->db).open(id);
        QVERIFY(open);
        QCOMPARE(open->size(), 1);
        const QString conflictId = open->first().id;
        auto sides = ConflictService(*cuong->db).sides(conflictId);
        QVERIFY2(sides, qPrintable(sides ? QString() : sides.error().message));
        QCOMPARE(sides->merge.conflicts.size(), 1);
        QCOMPARE(sides->merge.conflicts.first().field, ArticleField::Body);
        QVERIFY(sides->merge.conflicts.first().passage.mine.contains(QStringLiteral("của Cường")));
        QVERIFY(sides->merge.conflicts.first().passage.theirs.contains(QStringLiteral("của An")));
        QCOMPARE(sides->theirsBy, m_an);
        auto anSides = ConflictService(*an->db).sides(conflictId);
        QVERIFY(anSides);
        QVERIFY(anSides->merge.conflicts.first().passage.mine.contains(QStringLiteral("của An")));

        // Offline, Cường keeps both.
        auto resolved =
            ConflictService(*cuong->db).resolve(conflictId, ConflictService::Take::Both);
        QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error().message));
        const QString both = QStringLiteral(
            "<p>Đoạn một.</p>\n<p>Đoạn hai của Cường.</p>\n<p>Đoạn hai của An.</p>\n<p>Đoạn "
            "ba.</p>");
        QCOMPARE(text(*cuong, id), both);
        QCOMPARE(conflictsOf(*cuong, id), 0);
        QVERIFY(cuong->status().pending > 0);

        QVERIFY_PASS(cuong->sync());
        QCOMPARE(officeBody(id), both);
        QCOMPARE(admin(QStringLiteral("SELECT resolved_by::text FROM pd.conflict WHERE id = "
                                      "?::uuid AND resolution IS NOT NULL"),
                       {conflictId})
                     .toString(),
                 m_cuong);
        // An's desk: the conflict is closed and the text is the choice.
        QVERIFY_PASS(an->sync());
        QCOMPARE(conflictsOf(*an, id), 0);
        QCOMPARE(text(*an, id), both);
        QVERIFY_PASS(cuong->sync());
        QCOMPARE(cuong->status().pending, 0);
        QCOMPARE(an->status().pending, 0);
    }

    // While the article waits in conflict Cường adds a paragraph; An then resolves on her desk
    // by taking her version. Cường's later paragraph is not lost: it merges with the choice.
    void whatWasWrittenDuringAConflictIsKept()
    {
        auto an = join(m_an);
        auto cuong = join(m_cuong);
        const QString id = shared(*an, *cuong, QStringLiteral("Viết tiếp khi đang xung đột"));
        QVERIFY(save(*an, id, [](Article &a) { a.title = QStringLiteral("Tiêu đề của An"); }));
        QVERIFY(
            save(*cuong, id, [](Article &a) { a.title = QStringLiteral("Tiêu đề của Cường"); }));
        QVERIFY_PASS(an->sync());
        QCOMPARE(cuong->sync()->conflicts, 1);
        QVERIFY_PASS(an->sync());
        QCOMPARE(conflictsOf(*an, id), 1);

        QVERIFY(save(*cuong, id, [](Article &a) {
            a.bodyHtml += QStringLiteral("<p>Đoạn bốn, viết khi chờ.</p>");
        }));
        QVERIFY_PASS(cuong->sync()); // held back while in conflict
        QVERIFY(!officeBody(id).contains(QStringLiteral("Đoạn bốn")));

        auto open = ConflictService(*an->db).open(id);
        QVERIFY(open && open->size() == 1);
        auto sides = ConflictService(*an->db).sides(open->first().id);
        QVERIFY(sides);
        QCOMPARE(sides->merge.conflicts.size(), 1);
        QCOMPARE(sides->merge.conflicts.first().field, ArticleField::Title);
        QVERIFY(ConflictService(*an->db).resolve(open->first().id, ConflictService::Take::Mine));
        QVERIFY_PASS(an->sync());

        // Cường: the conflict is closed, his waiting paragraph merges with An's choice.
        QVERIFY_PASS(cuong->sync());
        QCOMPARE(conflictsOf(*cuong, id), 0);
        QVERIFY_PASS(cuong->sync());
        QVERIFY_PASS(an->sync());
        for (TestDesk *desk : {an.get(), cuong.get()}) {
            QCOMPARE(desk->article(id).title, QStringLiteral("Tiêu đề của An"));
            QVERIFY2(text(*desk, id).contains(QStringLiteral("Đoạn bốn, viết khi chờ.")),
                     qPrintable(text(*desk, id)));
            QCOMPARE(desk->status().pending, 0);
        }
        // Every revision anyone saved is on the office server.
        for (TestDesk *desk : {an.get(), cuong.get()}) {
            for (const Revision &r : desk->revisions(id))
                QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.article_revision WHERE "
                                              "id = ?::uuid"),
                               {r.id})
                             .toInt(),
                         1);
        }
    }

    // Two desks create the same category offline (one in capitals, one without): the office
    // keeps one, and both desks file their articles under it.
    void aCategoryCreatedOnTwoDesksBecomesOne()
    {
        auto an = join(m_an);
        auto cuong = join(m_cuong);
        const Category mine =
            CategoryRepository(*an->db).create(QStringLiteral("Chuyển đổi số")).value();
        const Category his =
            CategoryRepository(*cuong->db).create(QStringLiteral("chuyển đổi  số")).value();
        const auto filed = [](TestDesk &desk, const QString &title, const QString &category) {
            Article a;
            a.title = title;
            a.bodyHtml = kBase;
            a.categoryId = category;
            return ArticleRepository(*desk.db).create(a).value().id;
        };
        const QString first = filed(*an, QStringLiteral("Xã triển khai chữ ký số"), mine.id);
        const QString second = filed(*cuong, QStringLiteral("Phường số hoá hồ sơ"), his.id);
        QVERIFY_PASS(an->sync());
        QVERIFY_PASS(cuong->sync());
        QVERIFY_PASS(an->sync());
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.category WHERE NOT deleted AND "
                                      "lower(name) LIKE '%chuyển đổi%'"))
                     .toInt(),
                 1);
        QCOMPARE(admin(QStringLiteral("SELECT category_id::text FROM pd.article WHERE id = "
                                      "?::uuid"),
                       {second})
                     .toString(),
                 mine.id);
        for (TestDesk *desk : {an.get(), cuong.get()}) {
            QCOMPARE(desk->article(first).categoryId, mine.id);
            QCOMPARE(desk->article(second).categoryId, mine.id);
            int named = 0;
            const QList<Category> categories = CategoryRepository(*desk->db).list().value();
            for (const Category &c : categories)
                named += c.name.contains(QStringLiteral("huyển đổi")) ? 1 : 0;
            QCOMPARE(named, 1);
            QCOMPARE(desk->status().pending, 0);
        }
    }

    // Cường's pass kept his text as a conflict but the answer was lost: the next pass records
    // the conflict once, with the right sides.
    void aConflictWhoseAnswerWasLostIsRecordedOnce()
    {
        auto an = join(m_an);
        auto cuong = join(m_cuong);
        const QString id = shared(*an, *cuong, QStringLiteral("Mất câu trả lời"));
        QVERIFY(save(*an, id, [](Article &a) { a.lead = QStringLiteral("Sapo của An."); }));
        QVERIFY(save(*cuong, id, [](Article &a) { a.lead = QStringLiteral("Sapo của Cường."); }));
        QVERIFY_PASS(an->sync());
        QVERIFY(!cuong->sync(QStringLiteral("before-ack")));
        QCOMPARE(conflictsOf(*cuong, id), 0);
        QVERIFY_PASS(cuong->sync());
        QVERIFY_PASS(cuong->sync());
        QCOMPARE(conflictsOf(*cuong, id), 1);
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.conflict WHERE article_id = "
                                      "?::uuid"),
                       {id})
                     .toInt(),
                 1);
        auto open = ConflictService(*cuong->db).open(id);
        QVERIFY(open && open->size() == 1);
        auto sides = ConflictService(*cuong->db).sides(open->first().id);
        QVERIFY(sides);
        QVERIFY(sides->mine.lead.contains(QStringLiteral("Cường")));
        QVERIFY(sides->theirs.lead.contains(QStringLiteral("An")));
    }

    // Cường and Bình each changed the sentence An changed: two conflicts on one article. An
    // resolves the first; her choice waits with the article's edits until she has resolved
    // the second too (the office would refuse a resolution whose revision is not there, and the
    // conflict would stay open for the office while closed on her desk). Then both close for
    // everyone, with her text. Found by TestSyncProperty.
    void twoConflictsOfOneArticleCloseTogether()
    {
        auto an = join(m_an);
        auto cuong = join(m_cuong);
        auto binh = join(m_binh);
        const QString id = shared(*an, *cuong, QStringLiteral("Hai xung đột một bài"));
        QVERIFY_PASS(binh->sync());
        const auto second = [](const QString &who) {
            return [who](Article &a) {
                a.bodyHtml = QStringLiteral("<p>Đoạn một.</p><p>Đoạn hai của %1.</p><p>Đoạn "
                                            "ba.</p>")
                                 .arg(who);
            };
        };
        QVERIFY(save(*an, id, second(QStringLiteral("An"))));
        QVERIFY(save(*cuong, id, second(QStringLiteral("Cường"))));
        QVERIFY(save(*binh, id, second(QStringLiteral("Bình"))));
        QVERIFY_PASS(an->sync());
        QCOMPARE(cuong->sync()->conflicts, 1);
        QCOMPARE(binh->sync()->conflicts, 1);
        QVERIFY_PASS(an->sync());
        auto open = ConflictService(*an->db).open(id);
        QVERIFY(open);
        QCOMPARE(open->size(), 2);

        QVERIFY(ConflictService(*an->db).resolve(open->at(0).id, ConflictService::Take::Mine));
        QCOMPARE(conflictsOf(*an, id), 1);
        QVERIFY_PASS(an->sync()); // nothing refused: the choice waits
        const QString openOnTheOffice = QStringLiteral(
            "SELECT count(*) FROM pd.conflict WHERE article_id = ?::uuid AND resolved_at IS NULL");
        QCOMPARE(admin(openOnTheOffice, {id}).toInt(), 2);

        QVERIFY(ConflictService(*an->db).resolve(open->at(1).id, ConflictService::Take::Both));
        QVERIFY_PASS(an->sync());
        QCOMPARE(admin(openOnTheOffice, {id}).toInt(), 0);
        const QString result = text(*an, id);
        QVERIFY(result.contains(QStringLiteral("của An")));
        QCOMPARE(officeBody(id), result);
        for (TestDesk *desk : {cuong.get(), binh.get()}) {
            QVERIFY_PASS(desk->sync());
            QCOMPARE(conflictsOf(*desk, id), 0);
            QCOMPARE(text(*desk, id), result);
            QCOMPARE(desk->status().pending, 0);
        }
        QCOMPARE(an->status().pending, 0);
    }

    // While Cường's text waits in conflict with An's, Bình's edit of another paragraph is
    // merged into the office's head; Cường's desk receives it but keeps his text (it is in
    // conflict). He then takes An's version: the office's head already holds it, so his pass
    // makes no new head — and his desk must still show that head, with Bình's paragraph.
    // Found by TestSyncProperty.
    void aResolutionTheHeadAlreadyHoldsShowsTheHead()
    {
        auto an = join(m_an);
        auto cuong = join(m_cuong);
        auto binh = join(m_binh);
        const QString id = shared(*an, *cuong, QStringLiteral("Chọn bản của An"));
        QVERIFY_PASS(binh->sync());
        QVERIFY(save(*an, id, [](Article &a) {
            a.bodyHtml = QStringLiteral("<p>Đoạn một.</p><p>Đoạn hai của An.</p><p>Đoạn ba.</p>");
        }));
        QVERIFY(save(*cuong, id, [](Article &a) {
            a.bodyHtml =
                QStringLiteral("<p>Đoạn một.</p><p>Đoạn hai của Cường.</p><p>Đoạn ba.</p>");
        }));
        QVERIFY_PASS(an->sync());
        QCOMPARE(cuong->sync()->conflicts, 1);
        QVERIFY(save(*binh, id, [](Article &a) {
            a.bodyHtml = a.bodyHtml.replace(QStringLiteral("Đoạn ba."),
                                            QStringLiteral("Đoạn ba, Bình bổ sung."));
        }));
        QCOMPARE(binh->sync()->merged, 1);
        QVERIFY_PASS(cuong->sync());
        QVERIFY(text(*cuong, id).contains(QStringLiteral("của Cường")));

        auto open = ConflictService(*cuong->db).open(id);
        QVERIFY(open && open->size() == 1);
        QVERIFY(
            ConflictService(*cuong->db).resolve(open->first().id, ConflictService::Take::Theirs));
        QVERIFY_PASS(cuong->sync());
        const QString head = officeBody(id);
        QVERIFY(head.contains(QStringLiteral("Bình bổ sung")));
        QVERIFY(head.contains(QStringLiteral("của An")));
        QCOMPARE(text(*cuong, id), head);
        QCOMPARE(cuong->status().pending, 0);
        for (TestDesk *desk : {an.get(), binh.get()}) {
            QVERIFY_PASS(desk->sync());
            QCOMPARE(text(*desk, id), head);
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncMerge)
#include "TestSyncMerge.moc"
