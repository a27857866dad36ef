#include "report/ReportLayout.h"
#include "report/ReportText.h"
#include "report/ReportWriters.h"

namespace PressDesk {

using namespace ReportLayout;
using namespace ReportText;

namespace {

QString htmlEscape(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

// --- HTML ---------------------------------------------------------------------------------

QByteArray reportHtml(const ReportInput &in)
{
    QString h;
    auto add = [&h](const QString &s) {
        h += s + QLatin1Char('\n');
    };
    auto p = [&add](const QString &text, const QString &cls = QString()) {
        add(cls.isEmpty() ? QStringLiteral("<p>%1</p>").arg(htmlEscape(text))
                          : QStringLiteral("<p class=\"%1\">%2</p>").arg(cls, htmlEscape(text)));
    };
    auto table = [&add](const QStringList &columns, const QList<qreal> &widths,
                        const QList<Row> &rows, const QList<int> &leftColumns, bool links) {
        QString head = QStringLiteral("<table class=\"data\"><thead><tr>");
        for (int c = 0; c < columns.size(); ++c)
            head += QStringLiteral("<th style=\"width:%1%\">%2</th>")
                        .arg(widths.value(c))
                        .arg(htmlEscape(columns[c]));
        add(head + QStringLiteral("</tr></thead><tbody>"));
        for (const Row &row : rows) {
            QString tr = QStringLiteral("<tr>");
            for (int c = 0; c < row.size(); ++c) {
                const bool isLink = links && c == row.size() - 1;
                QStringList lines;
                for (const QString &line : row[c])
                    lines << htmlEscape(line);
                QString content = lines.join(QStringLiteral("<br>"));
                if (isLink && !content.isEmpty())
                    content = QStringLiteral("<a href=\"%1\">%1</a>").arg(content);
                const QString cls = isLink                    ? QStringLiteral(" class=\"link\"")
                                    : leftColumns.contains(c) ? QString()
                                                              : QStringLiteral(" class=\"n\"");
                tr += QStringLiteral("<td%1>%2</td>").arg(cls, content);
            }
            add(tr + QStringLiteral("</tr>"));
        }
        add(QStringLiteral("</tbody></table>"));
    };

    add(QStringLiteral("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">"));
    add(QStringLiteral("<title>%1</title>").arg(htmlEscape(documentTitle(in))));
    add(QStringLiteral(
        "<style>\n"
        "@page { size: A4; margin: 20mm 15mm 20mm 30mm; }\n"
        "body { font-family: \"Times New Roman\", \"Liberation Serif\", serif; font-size: 14pt;"
        " color: #000; max-width: 165mm; margin: 1em auto; line-height: 1.2; }\n"
        "p { margin: 0 0 6pt 0; text-align: justify; text-indent: 1.27cm; }\n"
        "p.h { font-weight: bold; margin-top: 6pt; page-break-after: avoid; }\n"
        "p.title { font-weight: bold; text-align: center; text-indent: 0; margin: 18pt 0 0 0; }\n"
        "p.subtitle { font-weight: bold; text-align: center; text-indent: 0; margin: 0; }\n"
        "table { border-collapse: collapse; width: 100%; }\n"
        "table.doc td { border: none; vertical-align: top; text-align: center; padding: 0; }\n"
        "table.data { font-size: 13pt; margin: 4pt 0 8pt 0; }\n"
        "table.data th, table.data td { border: 1px solid #000; padding: 2pt 4pt;"
        " vertical-align: top; }\n"
        "table.data td.n { text-align: center; }\n"
        "table.data td.link { font-size: 11pt; word-break: break-all; }\n"
        "tr { page-break-inside: avoid; break-inside: avoid; }\n"
        "thead { display: table-header-group; }\n"
        "hr { border: none; border-top: 1px solid #000; margin: 2pt auto; }\n"
        ".agency { font-size: 12pt; } .b { font-weight: bold; } .i { font-style: italic; }\n"
        ".recipients { text-align: left !important; font-size: 11pt; }\n"
        ".recipients .t { font-size: 12pt; font-weight: bold; font-style: italic; }\n"
        "p.sub { margin-top: 6pt; page-break-after: avoid; }\n"
        ".annex { page-break-before: always; break-before: page; margin-top: 2em; }\n"
        "p.ref { font-style: italic; text-align: center; text-indent: 0; margin-bottom: 12pt; }\n"
        ".photos { display: flex; flex-wrap: wrap; gap: 4mm; }\n"
        "figure { width: 52mm; margin: 0 0 6pt 0; text-align: center; break-inside: avoid; }\n"
        "figure img { max-width: 50mm; max-height: 40mm; }\n"
        "figcaption { font-size: 11pt; }\n"
        "</style>\n</head>\n<body>"));

    add(QStringLiteral("<table class=\"doc\"><tr><td style=\"width:%1%\">")
            .arg(kLeftHeaderPercent));
    for (const QString &line : agencyLines(in.parentBody))
        add(QStringLiteral("<div class=\"agency\">%1</div>").arg(htmlEscape(line)));
    for (const QString &line : agencyLines(in.issuingBody))
        add(QStringLiteral("<div class=\"agency b\">%1</div>").arg(htmlEscape(line)));
    add(QStringLiteral("<hr style=\"width:30%\">"));
    add(QStringLiteral("<div style=\"font-size:13pt\">%1</div>").arg(htmlEscape(numberLine(in))));
    add(QStringLiteral("</td><td>"));
    add(QStringLiteral("<div class=\"agency b\">%1</div>").arg(htmlEscape(kNationalTitle)));
    add(QStringLiteral("<div class=\"b\" style=\"font-size:13pt\">%1</div>")
            .arg(htmlEscape(kMotto)));
    add(QStringLiteral("<hr style=\"width:58%\">"));
    add(QStringLiteral("<div class=\"i\">%1</div>").arg(htmlEscape(placeAndDate(in))));
    add(QStringLiteral("</td></tr></table>"));

    p(kKind, QStringLiteral("title"));
    p(subtitle(in), QStringLiteral("subtitle"));
    add(QStringLiteral("<hr style=\"width:20%;margin-bottom:10pt\">"));
    for (const QString &para : paragraphs(introduction(in)))
        p(para);

    p(sectionHeading(in, Section::Results), QStringLiteral("h"));
    int number = 0;
    for (Channel channel : channelsInUse(in)) {
        ++number;
        p(channelHeading(number, channel), QStringLiteral("h"));
        table(kResultColumns, kResultWidths, resultRows(in, channel), {1}, false);
    }
    if (number == 0)
        p(kNoActivities);

    p(sectionHeading(in, Section::Articles), QStringLiteral("h"));
    if (in.articles.isEmpty())
        p(kNoArticles);
    else
        table(kArticleColumns, kArticleWidths, articleRows(in), {2, 3}, true);

    if (const QList<ActivityList> lists = broadcastLists(in); !lists.isEmpty()) {
        p(sectionHeading(in, Section::Broadcasts), QStringLiteral("h"));
        for (const ActivityList &list : lists) {
            p(list.heading, QStringLiteral("sub"));
            table(kBroadcastColumns, kBroadcastWidths, list.rows, {2, 3}, false);
        }
    }
    if (const QList<ActivityList> lists = visualLists(in); !lists.isEmpty()) {
        p(sectionHeading(in, Section::VisualItems), QStringLiteral("h"));
        for (const ActivityList &list : lists) {
            p(list.heading, QStringLiteral("sub"));
            table(kVisualColumns, kVisualWidths, list.rows, {3, 4}, false);
        }
    }

    p(sectionHeading(in, Section::Behind), QStringLiteral("h"));
    for (const QString &para : behindParagraphs(in))
        p(para);
    p(sectionHeading(in, Section::Proposals), QStringLiteral("h"));
    for (const QString &para : proposalParagraphs(in))
        p(para);
    p(closingSentence(in));

    add(QStringLiteral("<table class=\"doc\" style=\"margin-top:8pt\"><tr>"
                       "<td class=\"recipients\" style=\"width:50%\">"));
    add(QStringLiteral("<div class=\"t\">%1</div>").arg(htmlEscape(kRecipientsTitle)));
    for (const QString &r : in.recipients)
        add(QStringLiteral("<div>%1</div>").arg(htmlEscape(recipientLine(r))));
    add(QStringLiteral("</td><td>"));
    add(QStringLiteral("<div class=\"b\">%1</div>").arg(htmlEscape(signerTitle(in))));
    add(QStringLiteral("<div style=\"height:6em\"></div>"));
    add(QStringLiteral("<div class=\"b\">%1</div>").arg(htmlEscape(in.signerName)));
    add(QStringLiteral("</td></tr></table>"));

    // The annex, its photos in the page itself (data: URIs, the scaled-down JPEGs): the file
    // stays one file that can be mailed or put on the portal as it is.
    if (const QList<AnnexEntry> annex = annexEntries(in); !annex.isEmpty()) {
        add(QStringLiteral("<div class=\"annex\">"));
        p(kAnnexTitle, QStringLiteral("title"));
        p(kAnnexSubtitle, QStringLiteral("subtitle"));
        p(annexReference(in), QStringLiteral("ref"));
        for (const AnnexEntry &entry : annex) {
            p(entry.heading, QStringLiteral("h"));
            add(QStringLiteral("<div class=\"photos\">"));
            for (int i = 0; i < entry.item->photos.size(); ++i) {
                QStringList lines;
                for (const QString &line : entry.captions.value(i))
                    lines << htmlEscape(line);
                add(QStringLiteral("<figure><img src=\"data:image/jpeg;base64,%1\" alt=\"%2\">"
                                   "<figcaption>%3</figcaption></figure>")
                        .arg(QString::fromLatin1(entry.item->photos[i].jpeg.toBase64()),
                             lines.value(0), lines.join(QStringLiteral("<br>"))));
            }
            add(QStringLiteral("</div>"));
        }
        add(QStringLiteral("</div>"));
    }
    add(QStringLiteral("</body>\n</html>"));
    return h.toUtf8();
}

} // namespace PressDesk
