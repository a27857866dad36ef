#pragma once

#include "text/WordDiff.h"

#include <QString>

// How a word-by-word comparison is shown (the history's revision comparison, the conflict
// resolver): the style sheet of removed and added words, and the side-by-side table.
namespace PressDesk::DiffHtml {

// For the QTextDocument that shows the comparison (setDefaultStyleSheet).
QString styleSheet();

// The segments as a two-column table, the old text left and the new text right, under
// the two headings (plain text).
QString sideBySide(const QList<Text::DiffSegment> &segments, const QString &leftHeading,
                   const QString &rightHeading);

} // namespace PressDesk::DiffHtml
