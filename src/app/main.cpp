#include "AppStartup.h"
#include "MainWindow.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>

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
    QGuiApplication::setDesktopFileName(QStringLiteral("pressdesk"));
    // Icons, style and the user's language, before any widget exists.
    prepareApplication(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Desktop CMS for the press offices of Vietnamese local government."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "Open the profile database FILE instead of the default."),
        QApplication::translate("main", "FILE"));
    parser.addOption(dbOption);
    parser.process(app);

    const QString path = Database::resolvePath(parser.value(dbOption));
    updateProfileFirst(path, [](QFuture<void> work) {
        QProgressDialog busy(
            QApplication::translate("main", "Updating the profile for this version of PressDesk.\n"
                                            "With many articles this takes a minute or two; "
                                            "nothing is lost if it is interrupted."),
            QString(), 0, 0);
        busy.setObjectName(QStringLiteral("profileUpdateDialog"));
        busy.setWindowTitle(QApplication::translate("main", "PressDesk"));
        busy.setMinimumDuration(0);
        QFutureWatcher<void> watcher;
        QObject::connect(&watcher, &QFutureWatcher<void>::finished, &busy, &QDialog::accept);
        watcher.setFuture(work);
        if (!work.isFinished())
            busy.exec();
    });
    auto profile = openStartupProfile(path, [](const QString &question) {
        return QMessageBox::question(nullptr, QApplication::translate("main", "PressDesk"),
                                     question) == QMessageBox::Yes;
    });
    if (!profile) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "PressDesk"),
                              profile.error().message);
        return 1;
    }
    for (const QString &warning : profile->warnings)
        QMessageBox::warning(nullptr, QApplication::translate("main", "PressDesk"), warning);
    Database &database = *profile->db;

    MainWindow window(database);
    window.show();
    window.openInitialArticleWhenDrawn();
    // The first start: the set-up assistant, once the window is on screen.
    if (database.isNew())
        window.offerFirstRunWizardWhenDrawn();
    return app.exec();
}
