#pragma once

class QTextBlock;
class QTextDocument;

namespace PressDesk::DocumentStyle {

// Display-only spacing (paragraph gaps, heading space, line height) for the editor. RichText
// serializes structure, not margins, so none of this reaches the stored HTML. Applied when
// an article loads and by every action that creates or restyles blocks.
void polish(const QTextBlock &block);
void polish(QTextDocument *doc, int from = 0, int to = -1);

} // namespace PressDesk::DocumentStyle
