#include "GuiTestSupport.h"
#include "TempDatabase.h"
#include "settings/CategoriesDialog.h"
#include "store/ArticleRepository.h"
#include "store/AuditLog.h"
#include "store/CategoryRepository.h"
#include "store/UserRepository.h"
#include "workflow/WorkflowService.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

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

    static bool select(QListWidget *list, const QString &name)
    {
        const auto found = list->findItems(name, Qt::MatchExactly);
        if (found.size() != 1)
            return false;
        list->setCurrentItem(found.first());
        return true;
    }

    // Answers the next modal dialog, which must be the move-to pick: chooses target (shown
    // among the choices), or cancels when target is empty. Records what the dialog offered.
    static void answerMovePick(const QString &target, QStringList *offered, QString *label)
    {
        QTimer::singleShot(0, [target, offered, label] {
            auto *pick = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!pick || pick->objectName() != QLatin1String("moveCategoryInputDialog"))
                qFatal("the move-to dialog did not open");
            *offered = pick->comboBoxItems();
            *label = pick->labelText();
            if (target.isEmpty()) {
                pick->reject();
                return;
            }
            pick->setTextValue(target);
            pick->accept();
        });
    }

    // A category with a draft and an approved article (lan wrote them, hung approved one).
    struct Used
    {
        Category category;
        Article draft;
        Article approved;
    };
    static Used usedCategory(Database &db)
    {
        Used u;
        if (!UserRepository(db).ensureCurrentUser() ||
            !UserRepository(db).add(QStringLiteral("lan"), Role::Staff) ||
            !UserRepository(db).add(QStringLiteral("hung"), Role::Supervisor) ||
            !UserRepository(db).setCurrentUser(QStringLiteral("lan")))
            qFatal("users");
        u.category = CategoryRepository(db).create(QStringLiteral("Thể thao")).value();
        Article a;
        a.title = QStringLiteral("Giải chạy");
        a.categoryId = u.category.id;
        u.draft = ArticleRepository(db).create(a).value();
        a.title = QStringLiteral("Giải bơi");
        const Article b = ArticleRepository(db).create(a).value();
        WorkflowService wf(db);
        if (!wf.apply(b.id, WorkflowAction::Submit) ||
            !UserRepository(db).setCurrentUser(QStringLiteral("hung")))
            qFatal("submit");
        u.approved = wf.apply(b.id, WorkflowAction::Approve).value();
        if (!UserRepository(db).setCurrentUser(QStringLiteral("lan")))
            qFatal("user");
        return u;
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

        const QString sportId =
            CategoryRepository(t.db()).find(QStringLiteral("the duc the thao"))->id;
        Article a;
        a.title = QStringLiteral("Giải chạy");
        a.categoryId = sportId;
        auto created = ArticleRepository(t.db()).create(a);
        QVERIFY(created);
        // Used by an article: refused visibly unless its articles have somewhere to go.
        QVERIFY(!dialog.removeCurrent());
        QVERIFY(error->isVisibleTo(&dialog));
        QCOMPARE(list->count(), seeded + 1);
        const QString newsId = CategoryRepository(t.db()).find(QStringLiteral("Tin hoạt động"))->id;
        QVERIFY(dialog.removeCurrent(newsId));
        QVERIFY(!error->isVisibleTo(&dialog));
        QCOMPARE(list->count(), seeded);
        QCOMPARE(changed.count(), 3);
        // The article is kept, in the category it moved to.
        auto kept = ArticleRepository(t.db()).get(created->id);
        QVERIFY(kept);
        QCOMPARE(kept->categoryId, newsId);
    }

    void removingUsedCategoryMovesArticlesToThePick()
    {
        TempDatabase t;
        const Used used = usedCategory(t.db());
        CategoriesDialog dialog(t.db());
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("categoriesListWidget"));
        auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeCategoryPushButton"));
        QVERIFY(list && remove);
        const int before = list->count();
        QVERIFY(select(list, QStringLiteral("Thể thao")));
        QSignalSpy changed(&dialog, &CategoriesDialog::categoriesChanged);

        QStringList offered;
        QString label;
        answerMovePick(QStringLiteral("Kinh tế"), &offered, &label);
        remove->click();

        // The pick offered the other categories and said how many articles move, warning
        // that an approval is voided.
        QCOMPARE(offered.size(), before - 1);
        QVERIFY(offered.contains(QStringLiteral("Kinh tế")));
        QVERIFY(!offered.contains(QStringLiteral("Thể thao")));
        QVERIFY2(label.contains(QStringLiteral("2 article")), qPrintable(label));
        QVERIFY2(label.contains(QStringLiteral("approval")), qPrintable(label));

        QCOMPARE(changed.count(), 1);
        QCOMPARE(list->count(), before - 1);
        QVERIFY(!names(list).contains(QStringLiteral("Thể thao")));
        const QString economyId = CategoryRepository(t.db()).find(QStringLiteral("Kinh tế"))->id;
        const Article draft = ArticleRepository(t.db()).get(used.draft.id).value();
        const Article approved = ArticleRepository(t.db()).get(used.approved.id).value();
        QCOMPARE(draft.categoryId, economyId);
        QCOMPARE(approved.categoryId, economyId);
        QCOMPARE(approved.status, ArticleStatus::Draft);
        QVERIFY(approved.approvedHash.isEmpty());
        QCOMPARE(AuditLog(t.db()).list(used.approved.id)->last().action, QStringLiteral("edit"));
    }

    void cancellingTheMoveChangesNothing()
    {
        TempDatabase t;
        const Used used = usedCategory(t.db());
        CategoriesDialog dialog(t.db());
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("categoriesListWidget"));
        auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeCategoryPushButton"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("categoryErrorLabel"));
        QVERIFY(list && remove && error);
        const QStringList before = names(list);
        const int revisions = int(ArticleRepository(t.db()).revisions(used.approved.id)->size());
        const int audit = int(AuditLog(t.db()).list()->size());
        QVERIFY(select(list, QStringLiteral("Thể thao")));
        QSignalSpy changed(&dialog, &CategoriesDialog::categoriesChanged);

        QStringList offered;
        QString label;
        answerMovePick({}, &offered, &label);
        remove->click();

        QVERIFY(!offered.isEmpty()); // the pick was shown, then cancelled
        QCOMPARE(changed.count(), 0);
        QCOMPARE(names(list), before);
        QVERIFY(!error->isVisibleTo(&dialog));
        const Article approved = ArticleRepository(t.db()).get(used.approved.id).value();
        QCOMPARE(approved.categoryId, used.category.id);
        QCOMPARE(approved.status, ArticleStatus::Approved);
        QCOMPARE(approved.approvedHash, used.approved.approvedHash);
        QCOMPARE(ArticleRepository(t.db()).get(used.draft.id)->categoryId, used.category.id);
        QCOMPARE(ArticleRepository(t.db()).revisions(used.approved.id)->size(), revisions);
        QCOMPARE(AuditLog(t.db()).list()->size(), audit);
    }
};

QTEST_MAIN(TestCategoriesDialog)
#include "TestCategoriesDialog.moc"
