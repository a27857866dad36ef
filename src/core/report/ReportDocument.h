#pragma once

// The report as a QTextDocument: what the app previews and the PDF paints (ReportPdf).

#include "report/PlanReport.h"
#include "report/ReportText.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTextCursor>
#include <QTextFormat>
#include <QTextTable>

#include <memory>

class QTextDocument;

namespace PressDesk {

// A table cell's content: lines (blocks) with their formats.
struct CellLine
{
    QString text;
    QTextCharFormat chars;
    QTextBlockFormat block;
};
using Cell = QList<CellLine>;

// Rows laid out on paper must not break across pages, and a heading must stay with its table.
// Qt 6.4's QTextDocument layout has no "keep together" (only PageBreak_AlwaysBefore/After, and
// it moves a table row to the next page only when none of its cells' first lines fits); it
// does repeat header rows (setHeaderRowCount). So the PDF is laid out, rows that straddle a
// page are found from the blocks' positions, and the document is built again with the table
// split before such a row (the remainder on a new page, with its header row): `breaks` holds
// the keys of the rows and headings to start a new page at.
class ReportDocumentBuilder
{
public:
    // articleOffset: in.articles is a slice of the report's list starting there (the PDF's
    // search for page starts lays out windows); row keys stay those of the whole list.
    ReportDocumentBuilder(const ReportInput &in, QSet<QString> breaks, int articleOffset = 0)
        : m_in(in), m_breaks(std::move(breaks)), m_articleOffset(articleOffset)
    {}

    struct TrackedTable
    {
        QPointer<QTextTable> table;
        int headerRows = 0;
        QStringList rowKeys; // per row; empty for header rows
        QString headingKey;  // the heading right before the table, if any
        int headingBlock = -1;
    };

    std::unique_ptr<QTextDocument> build();
    const QList<TrackedTable> &tables() const { return m_tables; }

private:
    void addHeader();
    void addTitle();
    void addParagraph(const QString &text, const QTextBlockFormat &block,
                      const QTextCharFormat &chars);
    void addHeading(const QString &text, const QString &key, bool bold = true);
    void addTable(const QString &key, const QList<qreal> &widthsPercent, const QList<Cell> &header,
                  const QList<QList<Cell>> &rows, qreal borderWidth);
    void addResults();
    void addArticles();
    void addDataTable(const QString &key, const QList<qreal> &widths, const QStringList &columns,
                      const QList<ReportText::Row> &rows, const QList<int> &leftColumns);
    void addBehind();
    void addProposals();
    void addSignature();
    void fillCell(QTextTable *table, int row, int column, const Cell &cell);
    void newBlock(const QTextBlockFormat &block, const QTextCharFormat &chars);

    const ReportInput &m_in;
    QSet<QString> m_breaks;
    int m_articleOffset = 0;
    QTextDocument *m_doc = nullptr;
    QTextCursor m_cursor;
    bool m_firstBlock = true;
    QString m_pendingHeadingKey;
    int m_pendingHeadingBlock = -1;
    QList<TrackedTable> m_tables;
};

} // namespace PressDesk
