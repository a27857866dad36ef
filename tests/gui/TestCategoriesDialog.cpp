#include "GuiTestSupport.h"
#include "TempDatabase.h"
#include "settings/CategoriesDialog.h"
#include "store/ArticleRepository.h"
#include "store/CategoryRepository.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace PressDesk;

class TestCategoriesDialog : public QObject
{
    Q_OBJECT

private:
    static QStringList names(QListWidget *list)
    {
        QStringList out;
        for (int i = 0; i < list->count(); ++i)
            out << list->item(i)->text();
        return out;
    }

private Q_SLOTS:
    void listsAddsRenamesAndRemoves()
    {
        TempDatabase t;
        CategoriesDialog dialog(t.db());
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("categoriesListWidget"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("categoryErrorLabel"));
        QVERIFY(list && error);
        auto *remove =
            TestSupport::child<QPushButton>(&dialog, QStringLiteral("removeCategoryPushButton"));
        auto *rename =
            TestSupport::child<QPushButton>(&dialog, QStringLiteral("renameCategoryPushButton"));
        QVERIFY(!remove->isEnabled() && !rename->isEnabled()); // nothing chosen yet
        QVERIFY(names(list).contains(QStringLiteral("Tin cải cách hành chính")));
        const int seeded = list->count();
        QSignalSpy changed(&dialog, &CategoriesDialog::categoriesChanged);

        QVERIFY(dialog.addCategory(QStringLiteral("Thể thao")));
        QCOMPARE(list->count(), seeded + 1);
        QCOMPARE(list->currentItem()->text(), QStringLiteral("Thể thao"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(remove->isEnabled() && rename->isEnabled()); // the new one is chosen

        // A name that already exists (ignoring case and diacritics) is refused visibly.
        QVERIFY(!dialog.addCategory(QStringLiteral("THE THAO")));
        QVERIFY(error->isVisibleTo(&dialog));
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(list->count(), seeded + 1);

        QVERIFY(dialog.renameCurrent(QStringLiteral("Thể dục thể thao")));
        QVERIFY(!error->isVisibleTo(&dialog));
        QVERIFY(names(list).contains(QStringLiteral("Thể dục thể thao")));
        QVERIFY(!names(list).contains(QStringLiteral("Thể thao")));

        Article a;
        a.title = QStringLiteral("Giải chạy");
        a.categoryId = CategoryRepository(t.db()).find(QStringLiteral("the duc the thao"))->id;
        auto created = ArticleRepository(t.db()).create(a);
        QVERIFY(created);
        QVERIFY(dialog.removeCurrent());
        QCOMPARE(list->count(), seeded);
        QCOMPARE(changed.count(), 3);
        // The article is kept, without its category.
        auto kept = ArticleRepository(t.db()).get(created->id);
        QVERIFY(kept);
        QVERIFY(kept->categoryId.isEmpty());
    }
};

QTEST_MAIN(TestCategoriesDialog)
#include "TestCategoriesDialog.moc"
