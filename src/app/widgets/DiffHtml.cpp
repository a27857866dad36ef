#include "widgets/DiffHtml.h"

namespace PressDesk::DiffHtml {

QString styleSheet()
{
    return QStringLiteral(
        "body { font-size: 11pt; }"
        "del { background-color: #fbd3d0; color: #8a1c14; text-decoration: line-through; }"
        "ins { background-color: #cfeed6; color: #0d5a21; text-decoration: none; }"
        "td { padding: 4px 8px; vertical-align: top; }"
        "th { padding: 4px 8px; background-color: #eeeeee; text-align: left; }");
}

QString sideBySide(const QList<Text::DiffSegment> &segments, const QString &leftHeading,
                   const QString &rightHeading)
{
    QString html =
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr><th width=\"50%\">") +
        leftHeading.toHtmlEscaped() + QStringLiteral("</th><th>") + rightHeading.toHtmlEscaped() +
        QStringLiteral("</th></tr>");
    for (const Text::DiffRow &row : Text::diffToSideBySideHtml(segments)) {
        if (row.oldHtml.isEmpty() && row.newHtml.isEmpty())
            continue; // the blank line between paragraphs
        html += QStringLiteral("<tr><td>") + row.oldHtml + QStringLiteral("</td><td>") +
                row.newHtml + QStringLiteral("</td></tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace PressDesk::DiffHtml
