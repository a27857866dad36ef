// Start-up draws first and fills in after: the window and the list's first page appear
// without waiting for the article opened last time or for the count of every article
// (docs/PERFORMANCE.md, "Start-up on a large profile").
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TempDatabase.h"
#include "editor/ArticleEditor.h"
#include "list/ArticleListPanel.h"
#include "store/ArticleListModel.h"
#include "store/ArticleRepository.h"
#include "store/UserRepository.h"

#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace PressDesk;
using TestSupport::child;

class TestStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The article edited last is a setting: kept where the app keeps it (on Windows the
        // registry, which takes nothing without an organisation), under a test's own name.
        QCoreApplication::setOrganizationName(QStringLiteral("PressDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("pressdesk-tests"));
    }

    void theArticleEditedLastOpensOnceTheWindowIsDrawn()
    {
        TempDatabase temp;
        QVERIFY(UserRepository(temp.db()).ensureCurrentUser());
        QStringList ids;
        for (const QString &title : {QStringLiteral("Hội nghị triển khai Kế hoạch 65"),
                                     QStringLiteral("Ra quân chiến dịch Thanh niên tình nguyện"),
                                     QStringLiteral("Tổng kết công tác cải cách hành chính")}) {
            Article a;
            a.title = title;
            a.bodyHtml = QStringLiteral("<p>Nội dung.</p>");
            auto created = ArticleRepository(temp.db()).create(a);
            QVERIFY(created);
            ids << created->id;
        }
        Settings::setValue(Settings::Key::LastArticleId, ids.at(1)); // not the newest

        MainWindow window(temp.db());
        window.show();
        window.openInitialArticleWhenDrawn(); // as src/app/main.cpp does
        // Nothing is opened before the window is on screen…
        QVERIFY(window.editor()->articleId().isEmpty());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // …and the article edited last follows, named in the title bar.
        QTRY_COMPARE(window.editor()->articleId(), ids.at(1));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Ra quân chiến dịch")));
        const auto *view = child<QTableView>(&window, QStringLiteral("articleTableView"));
        QCOMPARE(view->selectionModel()->currentIndex().row(), 1);
    }

    void theListCountFollowsTheFirstPage()
    {
        TempDatabase temp;
        for (int i = 0; i < 12; ++i) {
            Article a;
            a.title = QStringLiteral("Tin số %1").arg(i + 1);
            QVERIFY(ArticleRepository(temp.db()).create(a));
        }
        ArticleListPanel panel(temp.db());
        const auto *count = child<QLabel>(&panel, QStringLiteral("countLabel"));
        // The first page is there at once; the count waits until it has been drawn.
        QCOMPARE(panel.model()->rowCount(), 12);
        QVERIFY(count->text().isEmpty());
        panel.resize(500, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY(count->text().startsWith(QLatin1String("12 ")));
        // A change after that is counted as it arrives.
        Article a;
        a.title = QStringLiteral("Tin số 13");
        QVERIFY(ArticleRepository(temp.db()).create(a));
        panel.refresh();
        QVERIFY(count->text().startsWith(QLatin1String("13 ")));
    }
};

QTEST_MAIN(TestStartup)
#include "TestStartup.moc"
