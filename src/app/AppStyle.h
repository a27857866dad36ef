#pragma once

namespace PressDesk {

// The platform's own style (Fusion, Windows…), with the overflow button of toolbars drawn in
// code (EditorIcons) instead of read from Qt's image files. Reading that one picture made Qt
// load and probe every image-format plugin (webp, tiff, mng… and their libraries) while the
// first toolbar was being built, before the window could be drawn: about a tenth of
// start-up (docs/PERFORMANCE.md). Call once, after the QApplication exists and before any
// widget is created; a style chosen with -style is kept.
void installAppStyle();

} // namespace PressDesk
