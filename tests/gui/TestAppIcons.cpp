// Every icon the app asks the theme for is there where no system icon theme exists (Windows,
// a bare X server): the bundled "pressdesk" theme (resources/icons/theme) answers for it.
#include "AppIcons.h"
#include "MainWindow.h"
#include "TempDatabase.h"
#include "editor/ArticleEditor.h"
#include "store/ArticleRepository.h"
#include "store/DemoContent.h"
#include "store/UserRepository.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace PressDesk;

class TestAppIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // As on Windows: no system theme and nowhere to look for one.
        QIcon::setThemeSearchPaths({});
        QIcon::setThemeName(QString());
        installAppIcons();
    }

    void theWindowHasTheAppIcon()
    {
        const QIcon icon = QApplication::windowIcon();
        QVERIFY(!icon.isNull());
        QVERIFY(!icon.pixmap(48, 48).isNull());
    }

    void everyThemeIconTheWindowUsesIsBundled()
    {
        TempDatabase temp;
        QVERIFY(DemoContent::seed(temp.db()));
        QVERIFY(UserRepository(temp.db()).ensureCurrentUser());
        MainWindow window(temp.db());
        window.show();
        QVERIFY(window.editor()->openArticle(ArticleRepository(temp.db()).list(1)->first().id));

        QStringList missing;
        int named = 0;
        const auto check = [&](const QIcon &icon, const QString &where) {
            if (icon.name().isEmpty())
                return; // not a theme icon (drawn or from a file)
            ++named;
            if (icon.isNull() || icon.availableSizes().isEmpty())
                missing << icon.name() + QStringLiteral(" (") + where + u')';
        };
        for (QAction *action : window.findChildren<QAction *>())
            check(action->icon(), action->text());
        for (QPushButton *button : window.findChildren<QPushButton *>())
            check(button->icon(), button->text());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        // New article, Save, Cut, Copy, Paste, Find, Settings, Quit at least.
        QVERIFY2(named >= 8, qPrintable(QString::number(named)));
    }
};

QTEST_MAIN(TestAppIcons)
#include "TestAppIcons.moc"
