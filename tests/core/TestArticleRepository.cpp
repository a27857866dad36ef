#include "TempDatabase.h"
#include "store/ArticleRepository.h"
#include "store/CategoryRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace PressDesk;

namespace {

Article draft(const QString &title, const QString &body = QStringLiteral("<p>Nội dung</p>"))
{
    Article a;
    a.title = title;
    a.lead = QStringLiteral("Sapo của bài");
    a.bodyHtml = body;
    a.tags = {QStringLiteral("cải cách"), QStringLiteral("Hoài Đức")};
    a.source = QStringLiteral("Theo Hà Nội portal");
    a.author = QStringLiteral("phong-vhtt");
    return a;
}

} // namespace

class TestArticleRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createStoresEveryFieldAndRevisionOne()
    {
        TempDatabase t;
        ArticleRepository repo(t.db());
        auto cat = CategoryRepository(t.db()).find(QStringLiteral("Kinh tế"));
        QVERIFY(cat);
        Article a = draft(QStringLiteral("Tiêu đề"));
        a.categoryId = cat->id;
        auto created = repo.create(a);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created->id.size(), 36);
        QCOMPARE(created->title, a.title);
        QCOMPARE(created->lead, a.lead);
        QCOMPARE(created->bodyHtml, a.bodyHtml);
        QCOMPARE(created->tags, a.tags);
        QCOMPARE(created->source, a.source);
        QCOMPARE(created->categoryId, cat->id);
        QCOMPARE(created->status, ArticleStatus::Draft);
        QVERIFY(created->createdAt.isValid());
        QVERIFY(created->dirty);
        auto revs = repo.revisions(created->id);
        QVERIFY(revs);
        QCOMPARE(revs->size(), 1);
        QCOMPARE(revs->first().number, 1);
        QCOMPARE(revs->first().title, a.title);
    }

    void textIsStoredAsNfcAndBodySanitized()
    {
        TempDatabase t;
        ArticleRepository repo(t.db());
        Article a =
            draft(QStringLiteral("Hoài Đức").normalized(QString::NormalizationForm_D),
                  QStringLiteral("<p onclick=\"x()\">An <script>alert(1)</script>toàn</p>"));
        auto created = repo.create(a);
        QVERIFY(created);
        QCOMPARE(created->title, QStringLiteral("Hoài Đức"));
        QVERIFY(!created->bodyHtml.contains(QStringLiteral("script")));
        QVERIFY(!created->bodyHtml.contains(QStringLiteral("onclick")));
        QVERIFY(created->bodyHtml.contains(QStringLiteral("toàn")));
    }

    void manualSavesMakeRevisions()
    {
        TempDatabase t;
        ArticleRepository repo(t.db());
        auto a = repo.create(draft(QStringLiteral("Một")));
        QVERIFY(a);
        Article edit = a.value();
        edit.title = QStringLiteral("Hai");
        auto s1 = repo.save(edit, SaveKind::Manual);
        QVERIFY(s1);
        QVERIFY(s1->changed);
        QCOMPARE(s1->revisionNumber, 2);
        edit.title = QStringLiteral("Ba");
        auto s2 = repo.save(edit, SaveKind::Manual);
        QVERIFY(s2);
        QCOMPARE(s2->revisionNumber, 3);
        QVERIFY(s2->article.updatedAt > a->updatedAt);
        QCOMPARE(s2->article.localRevision, 3);
        auto revs = repo.revisions(a->id);
        QVERIFY(revs);
        QCOMPARE(revs->size(), 3);
        QCOMPARE(revs->at(0).title, QStringLiteral("Một"));
        QCOMPARE(revs->at(1).title, QStringLiteral("Hai"));
        QCOMPARE(revs->at(2).title, QStringLiteral("Ba"));
    }

    void saveWithoutChangesWritesNothing()
    {
        TempDatabase t;
        ArticleRepository repo(t.db());
        auto a = repo.create(draft(QStringLiteral("Không đổi")));
        QVERIFY(a);
        Article same = a.value();
        // Same content in another Unicode form and with a differently written body.
        same.title = same.title.normalized(QString::NormalizationForm_D);
        same.bodyHtml = QStringLiteral("<P>Nội   dung</P>");
        auto s = repo.save(same, SaveKind::Manual);
        QVERIFY(s);
        QVERIFY(!s->changed);
        QCOMPARE(s->article.updatedAt, a->updatedAt);
        QCOMPARE(repo.revisions(a->id)->size(), 1);
    }

    void autosavesOfOneSessionCoalesce()
    {
        TempDatabase t;
        ArticleRepository repo(t.db());
        auto a = repo.create(draft(QStringLiteral("Bản nháp")));
        QVERIFY(a);
        Article edit = a.value();
        for (int i = 0; i < 5; ++i) {
            edit.bodyHtml = QStringLiteral("<p>Gõ lần %1</p>").arg(i);
            auto s = repo.save(edit, SaveKind::Autosave, QStringLiteral("session-1"));
            QVERIFY(s);
            QCOMPARE(s->revisionNumber, 2);
        }
        auto revs = repo.revisions(a->id);
        QCOMPARE(revs->size(), 2);
        QCOMPARE(revs->last().bodyHtml, QStringLiteral("<p>Gõ lần 4</p>"));
        QVERIFY(revs->last().autosave);

        // A manual save seals the autosave revision; the next autosave starts a new one.
        auto sealed = repo.save(edit, SaveKind::Manual, QStringLiteral("session-1"));
        QVERIFY(sealed);
        QVERIFY(!sealed->changed);
        QVERIFY(!repo.revisions(a->id)->last().autosave);
        edit.bodyHtml = QStringLiteral("<p>Sau khi lưu</p>");
        auto next = repo.save(edit, SaveKind::Autosave, QStringLiteral("session-1"));
        QVERIFY(next);
        QCOMPARE(next->revisionNumber, 3);

        // Another editing session never merges into this one.
        edit.bodyHtml = QStringLiteral("<p>Phiên khác</p>");
        auto other = repo.save(edit, SaveKind::Autosave, QStringLiteral("session-2"));
        QVERIFY(other);
        QCOMPARE(other->revisionNumber, 4);
        QCOMPARE(repo.get(a->id)->bodyHtml, QStringLiteral("<p>Phiên khác</p>"));
    }

    void tagsAreTrimmedAndDeduplicatedIgnoringDiacritics()
    {
        TempDatabase t;
        ArticleRepository repo(t.db());
        Article a = draft(QStringLiteral("Thẻ"));
        a.tags = {QStringLiteral(" CCHC "), QStringLiteral("cchc"), QString(),
                  QStringLiteral("Hoài Đức")};
        auto created = repo.create(a);
        QVERIFY(created);
        QCOMPARE(created->tags, (QStringList{QStringLiteral("CCHC"), QStringLiteral("Hoài Đức")}));
    }

    void resolveIdAcceptsUniquePrefix()
    {
        TempDatabase t;
        ArticleRepository repo(t.db());
        auto a = repo.create(draft(QStringLiteral("A")));
        QVERIFY(a);
        QCOMPARE(repo.resolveId(a->id.left(8)).value(), a->id);
        QCOMPARE(repo.resolveId(a->id.toUpper()).value(), a->id);
        QVERIFY(!repo.resolveId(QStringLiteral("zzzzzzzz")));
        QVERIFY(!repo.resolveId(QStringLiteral("ab")));
    }

    void unknownArticleIsAClearError()
    {
        TempDatabase t;
        ArticleRepository repo(t.db());
        Article ghost = draft(QStringLiteral("Ma"));
        ghost.id = QStringLiteral("00000000-0000-0000-0000-000000000000");
        auto s = repo.save(ghost, SaveKind::Manual);
        QVERIFY(!s);
        QCOMPARE(s.error().code, QStringLiteral("not-found"));
    }

    void failedSaveLeavesStoreUnchanged()
    {
        TempDatabase t;
        ArticleRepository repo(t.db());
        auto a = repo.create(draft(QStringLiteral("Gốc")));
        QVERIFY(a);
        {
            QSqlQuery q(t.db().connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA query_only = ON")));
        }
        Article edit = a.value();
        edit.title = QStringLiteral("Mới");
        QVERIFY(!repo.save(edit, SaveKind::Manual));
        {
            QSqlQuery q(t.db().connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA query_only = OFF")));
        }
        QCOMPARE(repo.get(a->id)->title, QStringLiteral("Gốc"));
        QCOMPARE(repo.revisions(a->id)->size(), 1);
        // Retrying after the problem is gone works.
        QVERIFY(repo.save(edit, SaveKind::Manual));
        QCOMPARE(repo.get(a->id)->title, QStringLiteral("Mới"));
    }

    void fullDiskIsNamedAndLosesNothing()
    {
        // SQLite reports a full disk (SQLITE_FULL) when the file may not grow any more.
        TempDatabase t;
        ArticleRepository repo(t.db());
        auto a = repo.create(draft(QStringLiteral("Bài dài")));
        QVERIFY(a);
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        Article edit = a.value();
        QStringList paragraphs;
        for (int i = 0; i < 3000; ++i)
            paragraphs << QStringLiteral(
                              "<p>Đoạn %1 của một bài rất dài về cải cách hành chính.</p>")
                              .arg(i);
        const QString body = paragraphs.join(u'\n'); // the canonical form: a block a line
        edit.bodyHtml = body;
        auto failed = repo.save(edit, SaveKind::Autosave, QStringLiteral("session"));
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, QStringLiteral("disk-full"));
        QVERIFY(failed.error().message.contains(QStringLiteral("disk is full")));
        QCOMPARE(repo.get(a->id)->bodyHtml, QStringLiteral("<p>Nội dung</p>"));

        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
        QVERIFY(repo.save(edit, SaveKind::Autosave, QStringLiteral("session")));
        QCOMPARE(repo.get(a->id)->bodyHtml, body);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }

    void listIsNewestFirst()
    {
        TempDatabase t;
        ArticleRepository repo(t.db());
        Article old = draft(QStringLiteral("Cũ"));
        old.createdAt = QDateTime(QDate(2020, 1, 1), QTime(8, 0), Qt::UTC);
        QVERIFY(repo.create(old));
        QVERIFY(repo.create(draft(QStringLiteral("Mới"))));
        auto list = repo.list();
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->first().title, QStringLiteral("Mới"));
        QCOMPARE(repo.count().value(), 2);
    }
};

QTEST_GUILESS_MAIN(TestArticleRepository)
#include "TestArticleRepository.moc"
