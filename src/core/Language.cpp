#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace PressDesk {

void installTranslation(QCoreApplication *app, const QString &language)
{
    const QString lang = language.isEmpty() ? QStringLiteral("vi") : language;
    QLocale::setDefault(
        QLocale(lang == QLatin1String("en") ? QLocale::English : QLocale::Vietnamese));
    // English is the source language; its catalogue only holds the plural forms.
    auto *ours = new QTranslator(app);
    if (ours->load(QStringLiteral(":/i18n/pressdesk_%1.qm").arg(lang)))
        app->installTranslator(ours);
    if (lang == QLatin1String("en"))
        return;
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
}

} // namespace PressDesk
