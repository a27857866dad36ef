#include "Language.h"
#include "MainWindow.h"
#include "Settings.h"
#include "store/Database.h"
#include "store/DemoContent.h"
#include "store/UserRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

using namespace PressDesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PressDesk"));
    QApplication::setApplicationName(QStringLiteral("pressdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("PressDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PRESSDESK_VERSION));
    QIcon::setFallbackThemeName(QStringLiteral("Adwaita"));
    // Drawn by the SVG plugin (Debian's libqt6svg6); the desktop file names the same icon.
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("pressdesk"), QIcon(QStringLiteral(":/pressdesk/icons/pressdesk.svg"))));
    QGuiApplication::setDesktopFileName(QStringLiteral("pressdesk"));

    // Before any widget exists, so every tr() sees the user's language.
    installTranslation(&app, Settings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop CMS for the press office of a district."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "Open the profile database FILE instead of the default."),
        QApplication::translate("main", "FILE"));
    parser.addOption(dbOption);
    parser.process(app);

    auto db = Database::open(Database::resolvePath(parser.value(dbOption)));
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "PressDesk"),
                              db.error().message);
        return 1;
    }
    Database &database = *db.value();
    if (database.isNew()) {
        if (auto seeded = DemoContent::seed(database); !seeded)
            QMessageBox::warning(nullptr, QApplication::translate("main", "PressDesk"),
                                 seeded.error().message);
    }

    // Who is working: revisions and workflow decisions carry this name.
    if (auto user = UserRepository(database).ensureCurrentUser(); !user)
        QMessageBox::warning(nullptr, QApplication::translate("main", "PressDesk"),
                             user.error().message);

    MainWindow window(database);
    window.show();
    window.openInitialArticle();
    return app.exec();
}
