#include "Cli.h"
#include "Language.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // Writing a PDF lays text out with fonts, which needs a GUI application; no window is
    // shown. On Linux the offscreen platform does (a server has no display) and finds the
    // fonts through fontconfig; on Windows the offscreen platform finds no fonts at all (the
    // report's text would be empty boxes), the Windows one finds the system's.
    // So does the radio's rundown as a PDF (radio export … --format pdf).
    bool needsGui = false;
    bool pdf = false;
    bool radioExport = false;
    for (int i = 1; i < argc; ++i) {
        pdf = pdf || qstricmp(argv[i], "pdf") == 0 || qstricmp(argv[i], "--format=pdf") == 0;
        if (i + 1 >= argc)
            continue;
        needsGui =
            needsGui || (qstrcmp(argv[i], "plan") == 0 && qstrcmp(argv[i + 1], "report") == 0);
        radioExport =
            radioExport || (qstrcmp(argv[i], "radio") == 0 && qstrcmp(argv[i + 1], "export") == 0);
    }
    needsGui = needsGui || (radioExport && pdf);
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
#ifdef Q_OS_WIN
        qputenv("QT_QPA_PLATFORM", "windows:fontengine=directwrite");
#else
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    }
    const std::unique_ptr<QCoreApplication> application =
        needsGui ? std::make_unique<QGuiApplication>(argc, argv)
                 : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("PressDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("pressdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRESSDESK_VERSION));

    QStringList args = QCoreApplication::arguments();
    // --lang vi|en (or PRESSDESK_LANG) overrides the language chosen in the app's settings.
    // Anything else is refused (exit 2), in the language the settings choose.
    const QStringList languages{QStringLiteral("vi"), QStringLiteral("en")};
    QString lang = qEnvironmentVariable("PRESSDESK_LANG");
    QString refused;
    bool missing = false;
    if (!lang.isEmpty() && !languages.contains(lang)) {
        refused = lang;
        lang.clear();
    }
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") ||
            args.at(i).startsWith(QLatin1String("--lang="))) {
            const bool joined = args.at(i).size() > 6;
            if (!joined && i + 1 >= args.size()) {
                missing = true;
                args.remove(i);
                break;
            }
            lang = joined ? args.at(i).mid(7) : args.at(i + 1);
            args.remove(i, joined ? 1 : 2);
            refused = languages.contains(lang) ? QString() : lang;
            if (!refused.isEmpty())
                lang.clear();
            break;
        }
    }
    if (lang.isEmpty())
        lang = PressDesk::Settings::language();
    PressDesk::installTranslation(&app, lang);

    PressDesk::Cli cli;
    if (missing)
        return cli.usage(QCoreApplication::translate(
            "PressDesk::Cli", "--lang needs a language: vi (Tiếng Việt) or en (English)."));
    if (!refused.isEmpty())
        return cli.usage(
            QCoreApplication::translate(
                "PressDesk::Cli",
                "Unknown language “%1”: the languages are vi (Tiếng Việt) and en (English).")
                .arg(refused));
    return cli.run(args.mid(1));
}
