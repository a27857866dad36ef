#include "AppIcons.h"

#include <QApplication>
#include <QIcon>

namespace PressDesk {

void installAppIcons()
{
    const QString bundled = QStringLiteral("pressdesk");
    QIcon::setThemeSearchPaths(QIcon::themeSearchPaths()
                               << QStringLiteral(":/pressdesk/icons/theme"));
    // Names the system theme lacks are looked up in the bundled one.
    QIcon::setFallbackThemeName(bundled);
    // Windows (and a bare X server) have no system theme at all.
    if (QIcon::themeName().isEmpty())
        QIcon::setThemeName(bundled);
    QApplication::setWindowIcon(QIcon::fromTheme(bundled));
}

} // namespace PressDesk
