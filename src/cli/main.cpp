#include "Cli.h"
#include "Language.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // Writing a PDF lays text out with fonts, which needs a GUI application; no window is
    // shown, so the offscreen platform does (a server has no display).
    bool needsGui = false;
    for (int i = 1; i + 1 < argc; ++i)
        needsGui =
            needsGui || (qstrcmp(argv[i], "plan") == 0 && qstrcmp(argv[i + 1], "report") == 0);
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        needsGui ? std::make_unique<QGuiApplication>(argc, argv)
                 : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("PressDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("pressdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRESSDESK_VERSION));

    QStringList args = QCoreApplication::arguments();
    // --lang vi|en (or PRESSDESK_LANG) overrides the language chosen in the app's settings.
    QString lang = qEnvironmentVariable("PRESSDESK_LANG");
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang")) {
            lang = args.at(i + 1);
            args.remove(i, 2);
            break;
        }
    }
    if (lang.isEmpty())
        lang = PressDesk::Settings::language();
    PressDesk::installTranslation(&app, lang);

    PressDesk::Cli cli;
    return cli.run(args.mid(1));
}
