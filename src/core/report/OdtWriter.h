#pragma once

// An ODF text document written by hand (see ReportOdt.cpp for why not QTextDocumentWriter):
// what the plan's report and the radio's rundown share. The page is the report's (A4, the
// decree's margins, Times New Roman; ReportLayout), page numbers from the second page on.

#include "Result.h"
#include "report/ReportText.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace PressDesk::Odt {

QString cm(qreal value); // "1.27cm"

// The office:… namespaces of the document's root elements, and the serif's declaration.
QString namespaces();
QString fontDecls();

// styles.xml: the default paragraph font at bodyPt, the page (master pages "First", without a
// number, and "Next", numbered at the top centre). The document's first element starts
// "First": a table style or a paragraph style naming style:master-page-name="First".
QString stylesXml(qreal bodyPt = 14);

// An automatic paragraph style (parent "Standard", the serif) with its paragraph and text
// properties as attributes.
QString paragraphStyle(const QString &name, const QString &paragraph, const QString &text,
                       const QString &extra = QString());
// A table as wide as the text, its columns "prefix.A", "prefix.B"… in percent of it; master
// names the master page the table starts, if any. The columns' widths are absolute only:
// LibreOffice 7.4 given style:rel-column-width as well shares the width out wrongly (the
// middle columns of five too narrow, the last too wide).
QString tableStyles(const QString &name, const QString &prefix, const QList<qreal> &widths,
                    const QString &master = QString());
// RKeep (a row kept on one page), CBorder (a bordered cell), CNone (a cell without border).
QString rowAndCellStyles();

// The package: mimetype (first, stored), the manifest, content.xml, styles.xml and meta.xml
// (the title, vi-VN); an error only if the zip cannot be put together.
// Pictures (path in the package, e.g. "Pictures/1-1.jpg", and JPEG bytes) go in as they are
// (stored, not deflated again), each with its manifest entry.
struct Picture
{
    QString path;
    QByteArray jpeg;
};
Result<QByteArray> package(const QString &contentXml, const QString &stylesXml,
                           const QString &title, const QList<Picture> &pictures = {});

// content.xml's body, written as text (element by element; every text escaped).
class Content
{
public:
    QString x;
    int tables = 0;

    void open(const QString &element, const QString &attributes = QString())
    {
        x += QStringLiteral("<%1%2%3>")
                 .arg(element, attributes.isEmpty() ? QString() : QStringLiteral(" "), attributes);
    }
    void close(const QString &element) { x += QStringLiteral("</%1>").arg(element); }

    // Text with its spaces kept (ODF collapses runs of spaces like HTML does).
    void text(const QString &t)
    {
        qsizetype i = 0;
        while (i < t.size()) {
            qsizetype j = i;
            while (j < t.size() && t[j] == QLatin1Char(' '))
                ++j;
            const qsizetype spaces = j - i;
            if (spaces > 1 || (spaces == 1 && (i == 0 || j == t.size()))) {
                x += QStringLiteral("<text:s text:c=\"%1\"/>").arg(spaces);
                i = j;
                continue;
            }
            // One space between words, then the word.
            while (j < t.size() && t[j] != QLatin1Char(' '))
                ++j;
            x += t.mid(i, j - i).toHtmlEscaped();
            i = j;
        }
    }

    void p(const QString &style, const QString &t = QString(), const QString &href = QString())
    {
        open(QStringLiteral("text:p"), QStringLiteral("text:style-name=\"%1\"").arg(style));
        if (!href.isEmpty()) {
            open(QStringLiteral("text:a"), QStringLiteral("xlink:type=\"simple\" xlink:href=\"%1\"")
                                               .arg(href.toHtmlEscaped()));
            text(t);
            close(QStringLiteral("text:a"));
        } else {
            text(t);
        }
        close(QStringLiteral("text:p"));
    }

    void startTable(const QString &style, int columns, const QString &columnPrefix)
    {
        open(QStringLiteral("table:table"),
             QStringLiteral("table:name=\"Bảng%1\" table:style-name=\"%2\"")
                 .arg(++tables)
                 .arg(style));
        for (int c = 0; c < columns; ++c)
            x += QStringLiteral("<table:table-column table:style-name=\"%1.%2\"/>")
                     .arg(columnPrefix)
                     .arg(QChar(u'A' + c));
    }

    void startRow()
    {
        open(QStringLiteral("table:table-row"), QStringLiteral("table:style-name=\"RKeep\""));
    }
    void endRow() { close(QStringLiteral("table:table-row")); }

    void startCell(const QString &style)
    {
        open(QStringLiteral("table:table-cell"),
             QStringLiteral("table:style-name=\"%1\" office:value-type=\"string\"").arg(style));
    }
    void endCell() { close(QStringLiteral("table:table-cell")); }
    void endTable() { close(QStringLiteral("table:table")); }

    void dataTable(const QString &style, const QString &columnPrefix, const QStringList &columns,
                   const QList<ReportText::Row> &rows, const QList<int> &leftColumns, bool links,
                   const QString &styleSuffix = QString())
    {
        startTable(style, int(columns.size()), columnPrefix);
        open(QStringLiteral("table:table-header-rows"));
        startRow();
        for (const QString &c : columns) {
            startCell(QStringLiteral("CBorder"));
            p(QStringLiteral("TH") + styleSuffix, c);
            endCell();
        }
        endRow();
        close(QStringLiteral("table:table-header-rows"));
        for (const ReportText::Row &row : rows) {
            startRow();
            for (int c = 0; c < row.size(); ++c) {
                startCell(QStringLiteral("CBorder"));
                const bool isLink = links && c == row.size() - 1;
                for (const QString &line : row[c]) {
                    if (isLink)
                        p(QStringLiteral("TLink"), line, line);
                    else
                        p((leftColumns.contains(c) ? QStringLiteral("TL") : QStringLiteral("TC")) +
                              styleSuffix,
                          line);
                }
                if (row[c].isEmpty())
                    p(QStringLiteral("TC") + styleSuffix);
                endCell();
            }
            endRow();
        }
        endTable();
    }
};

} // namespace PressDesk::Odt
