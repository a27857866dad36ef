// Every icon the app asks the theme for is there where no system icon theme exists (Windows,
// a bare X server): the bundled "pressdesk" theme (resources/icons/theme) answers for it.
#include "AppIcons.h"
#include "MainWindow.h"
#include "TempDatabase.h"
#include "editor/ArticleEditor.h"
#include "editor/EditorIcons.h"
#include "store/ArticleRepository.h"
#include "store/DemoContent.h"
#include "store/UserRepository.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
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

    // The formatting toolbar's icons are drawn at the size they are shown at, in the palette's
    // text colour, and greyed when their action is disabled.
    void editorIconsAreDrawnForTheirSizeAndState()
    {
        QPalette palette;
        palette.setColor(QPalette::Active, QPalette::ButtonText, QColor(10, 20, 200));
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(160, 160, 160));
        const QIcon icon = editorIcon(EditorIcon::BulletList, palette);
        const auto colours = [](const QPixmap &pixmap) {
            QSet<QRgb> out;
            const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (qAlpha(image.pixel(x, y)) == 255)
                        out.insert(image.pixel(x, y) & 0xffffff);
                }
            }
            return out;
        };
        for (int size : {16, 18, 24, 36}) {
            const QPixmap normal = icon.pixmap(QSize(size, size));
            QCOMPARE(normal.deviceIndependentSize().toSize(), QSize(size, size));
            QVERIFY2(colours(normal).contains(0x0a14c8), qPrintable(QString::number(size)));
            const QPixmap disabled = icon.pixmap(QSize(size, size), QIcon::Disabled);
            QVERIFY(colours(disabled).contains(0xa0a0a0));
            QVERIFY(!colours(disabled).contains(0x0a14c8));
        }
        // Crisp on a 2x screen: drawn with twice the pixels, not scaled up.
        const QPixmap hidpi = icon.pixmap(QSize(18, 18), 2.0);
        QCOMPARE(hidpi.size(), QSize(36, 36));
        QCOMPARE(hidpi.devicePixelRatio(), 2.0);
    }
};

QTEST_MAIN(TestAppIcons)
#include "TestAppIcons.moc"
