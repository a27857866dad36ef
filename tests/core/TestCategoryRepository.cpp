#include "TempDatabase.h"
#include "store/ArticleRepository.h"
#include "store/AuditLog.h"
#include "store/CategoryRepository.h"
#include "store/UserRepository.h"
#include "workflow/ContentHash.h"
#include "workflow/WorkflowService.h"

#include <QSqlQuery>
#include <QTest>

using namespace PressDesk;

class TestCategoryRepository : public QObject
{
    Q_OBJECT

private:
    // Two profile users (lan writes, hung approves) on top of the admin.
    static void addUsers(Database &db)
    {
        QVERIFY(UserRepository(db).ensureCurrentUser());
        QVERIFY(UserRepository(db).add(QStringLiteral("lan"), Role::Staff));
        QVERIFY(UserRepository(db).add(QStringLiteral("hung"), Role::Supervisor));
    }

    static Article article(Database &db, const QString &title, const QString &categoryId)
    {
        Article a;
        a.title = title;
        a.bodyHtml = QStringLiteral("<p>Nội dung bài viết.</p>");
        a.categoryId = categoryId;
        auto created = ArticleRepository(db).create(a);
        if (!created)
            qFatal("create failed: %s", qPrintable(created.error().message));
        return created.value();
    }

    // An article in the category, submitted by lan and approved by hung; lan acts afterwards.
    static Article approvedArticle(Database &db, const QString &title, const QString &categoryId)
    {
        if (!UserRepository(db).setCurrentUser(QStringLiteral("lan")))
            qFatal("no user lan");
        const Article a = article(db, title, categoryId);
        WorkflowService wf(db);
        if (!wf.apply(a.id, WorkflowAction::Submit))
            qFatal("submit failed");
        if (!UserRepository(db).setCurrentUser(QStringLiteral("hung")))
            qFatal("no user hung");
        auto approved = wf.apply(a.id, WorkflowAction::Approve);
        if (!approved)
            qFatal("approve failed: %s", qPrintable(approved.error().message));
        if (!UserRepository(db).setCurrentUser(QStringLiteral("lan")))
            qFatal("no user lan");
        return approved.value();
    }

    // What a reader or an auditor of the article would see, to compare before and after.
    static QString snapshot(Database &db, const QString &articleId)
    {
        const Article a = ArticleRepository(db).get(articleId).value();
        return QStringList{a.categoryId,
                           statusKey(a.status),
                           a.approvedHash,
                           a.approvedBy,
                           QString::number(ArticleRepository(db).revisions(articleId)->size()),
                           QString::number(AuditLog(db).list(articleId)->size())}
            .join(u'|');
    }

private Q_SLOTS:
    void seededWithDistrictCategories()
    {
        TempDatabase t;
        auto list = CategoryRepository(t.db()).list();
        QVERIFY(list);
        QStringList names;
        for (const Category &c : list.value())
            names << c.name;
        for (const char16_t *expected :
             {u"Tin cải cách hành chính", u"Tin hoạt động", u"Kinh tế", u"Văn hóa – Xã hội",
              u"Quốc phòng – An ninh", u"Thông báo"})
            QVERIFY2(names.contains(QString::fromUtf16(expected)), qPrintable(names.join(u',')));
        QCOMPARE(names.first(), QStringLiteral("Tin cải cách hành chính"));
    }

    void findIgnoresCaseAndDiacritics()
    {
        TempDatabase t;
        CategoryRepository repo(t.db());
        QCOMPARE(repo.find(QStringLiteral("kinh te"))->name, QStringLiteral("Kinh tế"));
        QCOMPARE(repo.find(QStringLiteral("THÔNG BÁO"))->name, QStringLiteral("Thông báo"));
        QCOMPARE(repo.find(QStringLiteral("quoc phong"))->name,
                 QStringLiteral("Quốc phòng – An ninh"));
        QVERIFY(!repo.find(QStringLiteral("không có")));
        QVERIFY(!repo.find(QStringLiteral("tin"))); // ambiguous prefix
    }

    void createRenameRemove()
    {
        TempDatabase t;
        CategoryRepository repo(t.db());
        auto c = repo.create(QStringLiteral("  Tin   thể thao "));
        QVERIFY(c);
        QCOMPARE(c->name, QStringLiteral("Tin thể thao"));
        QCOMPARE(repo.list()->last().id, c->id);
        QVERIFY(!repo.create(QStringLiteral("tin the thao"))); // same name, folded
        QVERIFY(!repo.create(QStringLiteral("   ")));
        QVERIFY(repo.rename(c->id, QStringLiteral("Thể thao")));
        QCOMPARE(repo.find(c->id)->name, QStringLiteral("Thể thao"));

        Article a;
        a.title = QStringLiteral("Giải bóng đá");
        a.categoryId = c->id;
        auto created = ArticleRepository(t.db()).create(a);
        QVERIFY(created);
        // Used: refused without a category to move to.
        QVERIFY(!repo.remove(c->id));
        QVERIFY(repo.find(c->id));
        auto other = repo.create(QStringLiteral("Tin bóng đá"));
        QVERIFY(other);
        QVERIFY(repo.remove(c->id, other->id));
        QVERIFY(!repo.find(c->id));
        auto kept = ArticleRepository(t.db()).get(created->id);
        QVERIFY(kept);
        QCOMPARE(kept->title, QStringLiteral("Giải bóng đá"));
        QCOMPARE(kept->categoryId, other->id);

        // An unused category goes without asking.
        auto unused = repo.create(QStringLiteral("Tạm thời"));
        QVERIFY(unused);
        QVERIFY(repo.remove(unused->id));
        QVERIFY(!repo.find(unused->id));
        QVERIFY(!repo.remove(unused->id)); // already gone
    }

    // A removed category stays as a tombstone (deleted, waiting for the office server);
    // creating it again brings it back under the id the office knows, and its old name is free
    // for another category.
    void removalLeavesATombstone()
    {
        TempDatabase t;
        CategoryRepository repo(t.db());
        auto c = repo.create(QStringLiteral("Tin thể thao"));
        QVERIFY(c);
        QVERIFY(repo.remove(c->id));
        QSqlQuery q(t.db().connection());
        q.prepare(QStringLiteral("SELECT deleted, dirty FROM categories WHERE id = ?"));
        q.addBindValue(c->id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 1);
        QVERIFY(!repo.find(c->id));
        QVERIFY(!repo.rename(c->id, QStringLiteral("Thể thao")));

        auto again = repo.create(QStringLiteral("Tin thể thao"));
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->id, c->id);
        QCOMPARE(repo.list()->last().id, c->id);

        auto other = repo.create(QStringLiteral("Tạm thời"));
        QVERIFY(other);
        QVERIFY(repo.remove(c->id));
        QVERIFY(repo.rename(other->id, QStringLiteral("Tin thể thao")));
        QCOMPARE(repo.find(QStringLiteral("Tin thể thao"))->id, other->id);
    }

    void removingUsedCategoryIsRefused()
    {
        TempDatabase t;
        addUsers(t.db());
        CategoryRepository repo(t.db());
        const Category sport = repo.create(QStringLiteral("Thể thao")).value();
        const Article draft = article(t.db(), QStringLiteral("Giải chạy"), sport.id);
        const Article approved = approvedArticle(t.db(), QStringLiteral("Giải bơi"), sport.id);
        const QString draftBefore = snapshot(t.db(), draft.id);
        const QString approvedBefore = snapshot(t.db(), approved.id);
        const int auditBefore = int(AuditLog(t.db()).list()->size());

        auto usage = repo.usage(sport.id);
        QVERIFY(usage);
        QCOMPARE(usage->articles, 2);
        QCOMPARE(usage->reopened, 1);

        auto refused = repo.remove(sport.id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("in-use"));
        QVERIFY2(refused.error().message.contains(u'2'), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("Thể thao")));

        // Moving to the category itself or to one that does not exist is refused too.
        QVERIFY(!repo.remove(sport.id, sport.id));
        QVERIFY(!repo.remove(sport.id, QStringLiteral("no-such-category")));

        QCOMPARE(repo.find(sport.id)->name, QStringLiteral("Thể thao"));
        QCOMPARE(snapshot(t.db(), draft.id), draftBefore);
        QCOMPARE(snapshot(t.db(), approved.id), approvedBefore);
        QCOMPARE(AuditLog(t.db()).list()->size(), auditBefore);
        const Article still = ArticleRepository(t.db()).get(approved.id).value();
        QCOMPARE(still.status, ArticleStatus::Approved);
        QCOMPARE(contentHash(still), still.approvedHash);
    }

    void movingVoidsApprovalsAsAnEdit()
    {
        TempDatabase t;
        addUsers(t.db());
        CategoryRepository repo(t.db());
        const Category sport = repo.create(QStringLiteral("Thể thao")).value();
        const Category culture = repo.find(QStringLiteral("van hoa")).value();
        const Article draft = article(t.db(), QStringLiteral("Giải chạy"), sport.id);
        const Article approved = approvedArticle(t.db(), QStringLiteral("Giải bơi"), sport.id);
        const int approvedRevisions = int(ArticleRepository(t.db()).revisions(approved.id)->size());
        const int draftRevisions = int(ArticleRepository(t.db()).revisions(draft.id)->size());
        const int draftAudit = int(AuditLog(t.db()).list(draft.id)->size());

        QVERIFY(repo.remove(sport.id, culture.id));
        QVERIFY(!repo.find(sport.id));

        // The approved article is in the new category, back to draft, its approval voided.
        const Article moved = ArticleRepository(t.db()).get(approved.id).value();
        QCOMPARE(moved.categoryId, culture.id);
        QCOMPARE(moved.title, approved.title);
        QCOMPARE(moved.status, ArticleStatus::Draft);
        QVERIFY(moved.approvedHash.isEmpty());
        QVERIFY(moved.approvedBy.isEmpty());
        QVERIFY(contentHash(moved) != approved.approvedHash);

        // …as a new manual revision by the acting user, saying why.
        const QList<Revision> revs = ArticleRepository(t.db()).revisions(approved.id).value();
        QCOMPARE(revs.size(), approvedRevisions + 1);
        QCOMPARE(revs.last().categoryId, culture.id);
        QVERIFY(!revs.last().autosave);
        QCOMPARE(revs.last().savedBy, QStringLiteral("lan"));
        QVERIFY2(revs.last().note.contains(QStringLiteral("Thể thao")),
                 qPrintable(revs.last().note));
        QCOMPARE(revs.at(revs.size() - 2).categoryId, sport.id); // history keeps the old one

        // …and audited as an edit that voided the approval.
        const AuditEntry last = AuditLog(t.db()).list(approved.id)->last();
        QCOMPARE(last.action, QStringLiteral("edit"));
        QCOMPARE(last.userName, QStringLiteral("lan"));
        QCOMPARE(last.fromStatus, QStringLiteral("approved"));
        QCOMPARE(last.toStatus, QStringLiteral("draft"));
        QCOMPARE(last.hashBefore, approved.approvedHash);
        QCOMPARE(last.hashAfter, contentHash(moved));
        QVERIFY(!last.comment.isEmpty());

        // A draft moves too, with a revision; it had no approval to void.
        const Article movedDraft = ArticleRepository(t.db()).get(draft.id).value();
        QCOMPARE(movedDraft.categoryId, culture.id);
        QCOMPARE(movedDraft.status, ArticleStatus::Draft);
        QCOMPARE(ArticleRepository(t.db()).revisions(draft.id)->size(), draftRevisions + 1);
        QCOMPARE(AuditLog(t.db()).list(draft.id)->size(), draftAudit);

        auto verified = AuditLog(t.db()).verify();
        QVERIFY(verified);
        QVERIFY2(verified->ok, qPrintable(verified->problem));
        QVERIFY(verified->entries >= 3);
    }

    void failureWhileMovingRollsEverythingBack()
    {
        TempDatabase t;
        addUsers(t.db());
        CategoryRepository repo(t.db());
        const Category sport = repo.create(QStringLiteral("Thể thao")).value();
        const Category culture = repo.find(QStringLiteral("van hoa")).value();
        const Article first = approvedArticle(t.db(), QStringLiteral("Giải bơi"), sport.id);
        const Article second = article(t.db(), QStringLiteral("Giải chạy"), sport.id);
        const Article third = approvedArticle(t.db(), QStringLiteral("Giải cờ"), sport.id);
        QStringList before;
        for (const Article *a : {&first, &second, &third})
            before << snapshot(t.db(), a->id);
        const int auditBefore = int(AuditLog(t.db()).list()->size());

        // The disk refuses the second article's move (after the first one was written).
        QSqlQuery trigger(t.db().connection());
        QVERIFY(trigger.exec(
            QStringLiteral("CREATE TEMP TRIGGER fail_move BEFORE UPDATE OF category_id ON articles "
                           "WHEN NEW.id = '%1' BEGIN SELECT RAISE(ABORT, 'disk says no'); END")
                .arg(second.id)));
        QVERIFY(!repo.remove(sport.id, culture.id));

        QCOMPARE(repo.find(sport.id)->name, QStringLiteral("Thể thao"));
        QStringList after;
        for (const Article *a : {&first, &second, &third})
            after << snapshot(t.db(), a->id);
        QCOMPARE(after, before);
        QCOMPARE(AuditLog(t.db()).list()->size(), auditBefore);
        const Article stillApproved = ArticleRepository(t.db()).get(first.id).value();
        QCOMPARE(stillApproved.status, ArticleStatus::Approved);
        QCOMPARE(contentHash(stillApproved), stillApproved.approvedHash);
        QVERIFY(AuditLog(t.db()).verify()->ok);

        // Once the disk cooperates, the same removal goes through.
        QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER fail_move")));
        QVERIFY(repo.remove(sport.id, culture.id));
        QCOMPARE(ArticleRepository(t.db()).get(third.id)->categoryId, culture.id);
        QVERIFY(AuditLog(t.db()).verify()->ok);
    }
};

QTEST_GUILESS_MAIN(TestCategoryRepository)
#include "TestCategoryRepository.moc"
