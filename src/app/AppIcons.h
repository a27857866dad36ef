#pragma once

namespace PressDesk {

// Makes the icons PressDesk uses available everywhere: the system's freedesktop theme where
// there is one (Linux desktops), else the bundled "pressdesk" theme (resources/icons/theme,
// compiled into the app), which is all there is on Windows. Also sets the window icon.
// Call once, after the QApplication exists and before any widget is created.
void installAppIcons();

} // namespace PressDesk
