#pragma once

// The report as a QTextDocument: what the app previews and the PDF paints (ReportPdf).
// The rundown of a radio programme (RundownDocument) is built the same way.

#include "report/PlanReport.h"
#include "report/ReportLayout.h"
#include "report/ReportText.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QSizeF>
#include <QString>
#include <QTextCursor>
#include <QTextFormat>
#include <QTextTable>

#include <memory>

class QTextDocument;

namespace PressDesk {

// A table cell's content: lines (blocks) with their formats.
// A line may be an image instead: `image` names a resource of the document (an image added
// with QTextDocument::addResource), laid out at imageSize (the layout's logical pixels).
struct CellLine
{
    QString text;
    QTextCharFormat chars;
    QTextBlockFormat block;
    QString image;
    QSizeF imageSize;
};
using Cell = QList<CellLine>;

// A document on paper built as a QTextDocument: the plan's report (ReportDocumentBuilder) and
// the radio's rundown (RundownDocument). A4 with the report's margins and serif type
// (ReportLayout); paragraphs and tables whose rows the PDF keeps on one page.
//
// Rows laid out on paper must not break across pages, and a heading must stay with its table.
// Qt 6.4's QTextDocument layout has no "keep together" (only PageBreak_AlwaysBefore/After, and
// it moves a table row to the next page only when none of its cells' first lines fits); it
// does repeat header rows (setHeaderRowCount). So the PDF is laid out, rows that straddle a
// page are found from the blocks' positions, and the document is built again with the table
// split before such a row (the remainder on a new page, with its header row): `breaks` holds
// the keys of the rows and headings to start a new page at.
class TextDocumentBuilder
{
public:
    explicit TextDocumentBuilder(QSet<QString> breaks) : m_breaks(std::move(breaks)) {}
    virtual ~TextDocumentBuilder() = default;
    Q_DISABLE_COPY_MOVE(TextDocumentBuilder)

    struct TrackedTable
    {
        QPointer<QTextTable> table;
        int headerRows = 0;
        QStringList rowKeys; // per row; empty for header rows
        QString headingKey;  // the heading right before the table, if any
        int headingBlock = -1;
    };

    virtual std::unique_ptr<QTextDocument> build() = 0;
    const QList<TrackedTable> &tables() const { return m_tables; }

    // The formats the documents share: the serif at `pt`, black.
    static QTextCharFormat charFormat(qreal pt, bool bold = false, bool italic = false);
    static QTextBlockFormat blockFormat(Qt::Alignment align, qreal topPt = 0, qreal bottomPt = 0);
    // A body paragraph: justified, first line indented 1.27 cm, 6 pt after, line height 1.15.
    static QTextBlockFormat bodyFormat();

protected:
    // An empty document on A4 with the margins, the serif at bodyPt, titled.
    std::unique_ptr<QTextDocument> newDocument(const QString &title,
                                               qreal bodyPt = ReportLayout::kBodyPt);
    void addParagraph(const QString &text, const QTextBlockFormat &block,
                      const QTextCharFormat &chars);
    void addHeading(const QString &text, const QString &key, bool bold = true);
    // A heading kept with the table after it (the PDF moves both to a new page together).
    void addHeading(const QString &text, const QString &key, QTextBlockFormat block,
                    const QTextCharFormat &chars);
    // Rows' keys are "key:N", N counted from keyOffset (a slice of a longer list).
    void addTable(const QString &key, const QList<qreal> &widthsPercent, const QList<Cell> &header,
                  const QList<QList<Cell>> &rows, qreal borderWidth, int keyOffset = 0);
    void fillCell(QTextTable *table, int row, int column, const Cell &cell);
    void newBlock(const QTextBlockFormat &block, const QTextCharFormat &chars);
    bool breaksAt(const QString &key) const { return m_breaks.contains(key); }

    QTextDocument *m_doc = nullptr;
    QTextCursor m_cursor;

private:
    QSet<QString> m_breaks;
    bool m_firstBlock = true;
    QString m_pendingHeadingKey;
    int m_pendingHeadingBlock = -1;
    QList<TrackedTable> m_tables;
};

// The plan's periodic report.
class ReportDocumentBuilder : public TextDocumentBuilder
{
public:
    // articleOffset: in.articles is a slice of the report's list starting there (the PDF's
    // search for page starts lays out windows); row keys stay those of the whole list.
    ReportDocumentBuilder(const ReportInput &in, QSet<QString> breaks, int articleOffset = 0)
        : TextDocumentBuilder(std::move(breaks)), m_in(in), m_articleOffset(articleOffset)
    {}

    std::unique_ptr<QTextDocument> build() override;
    // The annex of photos alone (it starts a page, so where its rows break does not depend on
    // what comes before it: the PDF finds its page starts on this small document).
    std::unique_ptr<QTextDocument> buildAnnex();

private:
    void addHeader();
    void addTitle();
    void addResults();
    void addArticles();
    void addDataTable(const QString &key, const QList<qreal> &widths, const QStringList &columns,
                      const QList<ReportText::Row> &rows, const QList<int> &leftColumns,
                      qreal pt = ReportLayout::kTablePt);
    void addBroadcasts();
    void addVisualItems();
    void addAnnex(bool newPage);
    void addBehind();
    void addProposals();
    void addSignature();

    const ReportInput &m_in;
    int m_articleOffset = 0;
};

} // namespace PressDesk
