#pragma once

#include "text/LegacyVietnamese.h"
#include "text/ToneMarks.h"

#include <QString>

class QTextCursor;
class QTextDocument;
class QTextTable;
class QTextTableCell;

// Conversion between PressDesk's clean body HTML (see HtmlSanitizer.h) and the
// QTextDocument that the editor edits. Not QTextDocument::toHtml(): no inline styles.
namespace PressDesk::RichText {

// Custom properties used on QTextDocument blocks/chars.
enum Property {
    BlockKindProperty = 0x100000 + 1,  // int BlockKind on a QTextBlockFormat
    ImageAltProperty = 0x100000 + 2,   // QString alt text on a QTextImageFormat
    HeaderCellProperty = 0x100000 + 3, // bool on a QTextTableCellFormat: a th
};

// Quote: a paragraph of a <blockquote> (consecutive Quote blocks form one quote).
// TableCaption: the paragraph right before a table is its <caption>.
enum class BlockKind { Paragraph = 0, Figure = 1, FigCaption = 2, Quote = 3, TableCaption = 4 };

// Replaces the content of doc with html (sanitized first, so any HTML is safe to pass).
// Sets the heading level, list and blockquote formats the editor uses.
void setHtml(QTextDocument *doc, const QString &html);

// Serializes doc as clean canonical body HTML.
// Round trip: toHtml(setHtml(Html::sanitize(x))) == Html::sanitize(x), byte for byte.
QString toHtml(const QTextDocument *doc);

// Plain text of doc, the same as Html::toPlainText(toHtml(doc)) (search, word count).
QString plainText(const QTextDocument *doc);

// Tables. A table in the document is a QTextTable; its header cells (th) carry
// HeaderCellProperty, a shaded background and bold text (the bold is not written out: a th is
// bold anyway). insertTable() inserts rows x columns empty cells at the cursor, the first row
// a header row when asked, and leaves the cursor in the first cell.
QTextTable *insertTable(QTextCursor &cursor, int rows, int columns, bool headerRow);
bool isHeaderCell(const QTextTableCell &cell);
// Makes a cell a header cell or an ordinary one (format and the bold of its text).
void setHeaderCell(QTextTableCell &cell, bool header);

// Converts the text of doc typed in a legacy encoding to Unicode (Text::fromLegacy), run by
// run, keeping each run's format; a run that already is Unicode (Text::canBeLegacy false) is
// left as it is. Returns how many runs changed.
int fromLegacy(QTextDocument *doc, Text::LegacyEncoding encoding, bool upperCaseFont = false);

// Respells every oa/oe/uy syllable of doc with its tone mark in `style` (Text::withToneStyle),
// letter by letter, so each letter keeps its format. Returns how many syllables changed. The
// caller makes it one undo step (QTextCursor::beginEditBlock) if it wants one.
int applyToneStyle(QTextDocument *doc, Text::ToneStyle style);

} // namespace PressDesk::RichText
