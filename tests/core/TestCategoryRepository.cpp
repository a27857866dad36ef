#include "TempDatabase.h"
#include "store/ArticleRepository.h"
#include "store/CategoryRepository.h"

#include <QTest>

using namespace PressDesk;

class TestCategoryRepository : public QObject
{
    Q_OBJECT

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
        QVERIFY(repo.remove(c->id));
        QVERIFY(!repo.find(c->id));
        auto kept = ArticleRepository(t.db()).get(created->id);
        QVERIFY(kept);
        QCOMPARE(kept->title, QStringLiteral("Giải bóng đá"));
        QVERIFY(kept->categoryId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCategoryRepository)
#include "TestCategoryRepository.moc"
