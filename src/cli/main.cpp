#include "Cli.h"
#include "Language.h"
#include "Settings.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
