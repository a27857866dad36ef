#pragma once

#include <QIcon>

class QPalette;

namespace PressDesk {

// The formatting toolbar's icons, drawn in the palette's text colour so they look the same on
// Windows and Linux, with or without an icon theme. MoreRight and MoreDown are every
// toolbar's overflow button (AppStyle), horizontal and vertical.
enum class EditorIcon {
    Bold,
    Italic,
    Link,
    BulletList,
    NumberedList,
    Quote,
    Image,
    Table,
    Undo,
    Redo,
    MoreRight,
    MoreDown
};

QIcon editorIcon(EditorIcon kind, const QPalette &palette);

} // namespace PressDesk
