#pragma once

#include <QIcon>

class QString;

namespace PressDesk {

// Makes the icons PressDesk uses available everywhere: the system's freedesktop theme where
// there is one (Linux desktops), else the bundled "pressdesk" theme (resources/icons/theme,
// compiled into the app), which is all there is on Windows. Also sets the window icon.
// Call once, after the QApplication exists and before any widget is created.
void installAppIcons();

// The icon called `name` ("document-new"): the system theme's where it has one, else the
// bundled picture. Use this rather than QIcon::fromTheme: a bundled icon is read as PNG
// directly, when first drawn. Qt reading a picture by file name first loads every image-format
// plugin to ask whether it reads "png" (webp, tiff, mng… and their libraries), which cost a
// tenth of start-up while the window's first icons were drawn (docs/PERFORMANCE.md).
QIcon appIcon(const QString &name);

} // namespace PressDesk
