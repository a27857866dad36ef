#include "AppIcons.h"
#include "Language.h"
#include "MainWindow.h"
#include "Settings.h"
#include "store/Database.h"
#include "store/DemoContent.h"
#include "store/UserRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace PressDesk;

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    // Text through DirectWrite rather than GDI, as Qt does by default from 6.8: the modern
    // engine (it also draws line edits' text under Wine, where GDI's draws none). A platform
    // chosen on the command line or in QT_QPA_PLATFORM still wins.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "windows:fontengine=directwrite");
#endif
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PressDesk"));
    QApplication::setApplicationName(QStringLiteral("pressdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("PressDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PRESSDESK_VERSION));
    installAppIcons();
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
    window.openInitialArticleWhenDrawn();
    return app.exec();
}
