#pragma once

class QWidget;

namespace PressDesk {

// Makes every line edit in `form` at least as wide as its placeholder text (the example of
// what to type), in the font it is shown in: the hint is read whole whatever the system's
// font (Windows' differs from Linux'), and the form (a window) at least as wide as its layout
// then needs. Call after the form is set up and its texts translated.
void fitPlaceholders(QWidget *form);

} // namespace PressDesk
