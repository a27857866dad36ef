#include "report/ReportDocument.h"
#include "report/ReportLayout.h"
#include "report/ReportText.h"
#include "report/ReportWriters.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>

#include <cmath>
#include <functional>

namespace PressDesk {

using namespace ReportLayout;
using ReportFiles::needsGui;
using ReportFiles::writeError;

namespace {

// --- Pagination ---------------------------------------------------------------------------

QRectF blocksRect(QAbstractTextDocumentLayout *layout, const QTextTableCell &cell)
{
    QRectF rect;
    QTextBlock b = cell.firstCursorPosition().block();
    const QTextBlock last = cell.lastCursorPosition().block();
    while (b.isValid()) {
        rect |= layout->blockBoundingRect(b);
        if (b == last)
            break;
        b = b.next();
    }
    return rect;
}

// Where a table row's text lies (the union of its cells' blocks).
QRectF rowRect(QAbstractTextDocumentLayout *layout, QTextTable *table, int row)
{
    QRectF rect;
    for (int c = 0; c < table->columns(); ++c)
        rect |= blocksRect(layout, table->cellAt(row, c));
    return rect;
}

// The first row that straddles a page, or heading left alone at a page's foot; its key.
QString firstBadBreak(QTextDocument *doc, const QList<TextDocumentBuilder::TrackedTable> &tables)
{
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    const qreal pageHeight = doc->pageSize().height();
    auto page = [pageHeight](qreal y) {
        return int(std::floor(y / pageHeight));
    };
    for (const ReportDocumentBuilder::TrackedTable &t : tables) {
        if (!t.table)
            continue;
        for (int r = t.headerRows; r < t.table->rows(); ++r) {
            const QRectF row = rowRect(layout, t.table, r);
            if (row.isEmpty())
                continue;
            const bool firstDataRow = r == t.headerRows;
            bool bad = page(row.top()) != page(row.bottom() - 0.5);
            if (!bad && firstDataRow && t.headingBlock >= 0) {
                const QRectF heading =
                    layout->blockBoundingRect(doc->findBlockByNumber(t.headingBlock));
                bad = page(heading.top()) != page(row.top());
            }
            if (!bad)
                continue;
            if (firstDataRow && !t.headingKey.isEmpty())
                return t.headingKey;
            return t.rowKeys.value(r);
        }
    }
    return {};
}

// Where the PDF must start new pages so that no row straddles one, found cheaply. Laying the
// whole report out once per split costs a full layout per page of a long article list (ten
// seconds for a year of 800 articles). What follows a split does not depend on what comes
// before it (the split starts a page), so each search lays out a window instead: the report
// from the last page start found on, with the article list cut to kWindowRows rows. A split
// found moves the window on; a window without one moves on to the first row of its last
// page (which starts that page anyway, so the window's layout from there is the real one).
// The caller checks the whole result once and fixes anything missed the slow way.
QSet<QString> findBreaksInWindows(const ReportInput &input, const PdfPrepare &prepare,
                                  QSet<QString> breaks)
{
    constexpr int kWindowRows = 45;
    const QString articlePrefix = QStringLiteral("t:articles:");
    QString start; // the article row the window starts at (empty: the report's beginning)
    for (int guard = 0; guard < 1000; ++guard) {
        QSet<QString> windowBreaks = breaks;
        if (!start.isEmpty())
            windowBreaks.insert(start);
        // Only the window's articles are built: building all of them each time would cost
        // as much as the layouts saved.
        const int firstArticle = start.isEmpty() ? 0 : start.mid(articlePrefix.size()).toInt();
        ReportInput window = input;
        window.articles = input.articles.mid(firstArticle, kWindowRows);
        const bool more = firstArticle + kWindowRows < input.articles.size();
        ReportDocumentBuilder builder(window, windowBreaks, firstArticle);
        std::unique_ptr<QTextDocument> d = builder.build();
        QList<ReportDocumentBuilder::TrackedTable> tables = builder.tables();
        // Headings are found by block number: follow them through the cuts.
        QList<QTextCursor> headings;
        for (const ReportDocumentBuilder::TrackedTable &t : std::as_const(tables))
            headings << (t.headingBlock >= 0 ? QTextCursor(d->findBlockByNumber(t.headingBlock))
                                             : QTextCursor());
        int part = -1;
        for (int i = 0; i < tables.size() && part < 0; ++i) {
            const QString first = tables[i].rowKeys.value(tables[i].headerRows);
            if (start.isEmpty() ? first.startsWith(articlePrefix) : first == start)
                part = i;
        }
        bool truncated = false;
        if (part >= 0) {
            QTextTable *t = tables[part].table;
            if (!start.isEmpty()) {
                // Everything before the window's first page goes.
                QTextCursor before(d.get());
                const QTextBlock tableBlock = d->findBlock(t->firstPosition());
                const QTextBlock previous = tableBlock.previous();
                before.setPosition(0);
                before.setPosition(previous.isValid() ? previous.position() : 0,
                                   QTextCursor::KeepAnchor);
                before.removeSelectedText();
            }
            if (more) {
                // What follows the list belongs after its real end, not after the window.
                QTextCursor after = t->lastCursorPosition();
                after.movePosition(QTextCursor::NextBlock);
                after.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
                after.removeSelectedText();
                truncated = true;
            }
        }
        for (int i = 0; i < tables.size(); ++i)
            if (!headings[i].isNull())
                tables[i].headingBlock = headings[i].block().blockNumber();
        prepare(d.get());
        const QString bad = firstBadBreak(d.get(), tables);
        if (!bad.isEmpty() && !windowBreaks.contains(bad)) {
            breaks.insert(bad);
            if (bad.startsWith(articlePrefix))
                start = bad;
            continue;
        }
        if (!truncated || part < 0)
            return breaks; // the window reached the end of the report
        // Move on to the first row of the window's last page.
        QAbstractTextDocumentLayout *layout = d->documentLayout();
        const qreal pageHeight = d->pageSize().height();
        const ReportDocumentBuilder::TrackedTable &t = tables[part];
        auto top = [&](int r) {
            return rowRect(layout, t.table, r).top();
        };
        const int last = t.table->rows() - 1;
        const int lastPage = int(std::floor(top(last) / pageHeight));
        int next = last;
        while (next - 1 > t.headerRows && int(std::floor(top(next - 1) / pageHeight)) == lastPage)
            --next;
        const QString nextKey = t.rowKeys.value(next);
        if (nextKey.isEmpty() || nextKey == start)
            return breaks; // no progress: let the caller's check finish the job
        start = nextKey;
    }
    return breaks;
}

// The annex of photos starts a page: its page starts are found on the annex alone, a few
// pages, rather than by laying the whole report out once per split.
QSet<QString> findAnnexBreaks(const ReportInput &input, const PdfPrepare &prepare)
{
    QSet<QString> breaks;
    if (!ReportText::hasAnnex(input))
        return breaks;
    for (int guard = 0; guard < 200; ++guard) {
        ReportDocumentBuilder builder(input, breaks);
        std::unique_ptr<QTextDocument> d = builder.buildAnnex();
        prepare(d.get());
        const QString bad = firstBadBreak(d.get(), builder.tables());
        if (bad.isEmpty() || breaks.contains(bad))
            break;
        breaks.insert(bad);
    }
    return breaks;
}

} // namespace

Status writeDocumentPdf(const QString &path, const QString &title, const PdfBuild &build,
                        const PdfFirstBreaks &firstBreaks, ReportFiles::ErrorWording wording)
{
    if (Status gui = needsGui(); !gui)
        return gui;
    if (!wording)
        wording = &writeError;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return wording(path, file.errorString());

    QPdfWriter writer(&file);
    writer.setResolution(kPdfDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("PressDesk"));

    const qreal dotsPerMm = kPdfDpi / 25.4;
    const QSizeF body((kA4WidthMm - kMarginLeftMm - kMarginRightMm) * dotsPerMm,
                      (kA4HeightMm - kMarginTopMm - kMarginBottomMm) * dotsPerMm);

    // The margins are painted around each page below, not laid out.
    const PdfPrepare prepare = [&](QTextDocument *d) {
        QTextFrameFormat root = d->rootFrame()->frameFormat();
        root.setMargin(0);
        d->rootFrame()->setFrameFormat(root);
        d->documentLayout()->setPaintDevice(&writer);
        d->setPageSize(body);
    };
    QSet<QString> breaks = firstBreaks ? firstBreaks(prepare) : QSet<QString>();

    // The whole document, checked; whatever the first guess missed is found the slow way: lay
    // out, find a row straddling a page, build again with a break there (bounded).
    PdfDocument doc;
    for (int attempt = 0; attempt < 200; ++attempt) {
        doc = build(breaks);
        prepare(doc.document.get());
        const QString bad = firstBadBreak(doc.document.get(), doc.tables);
        if (bad.isEmpty() || breaks.contains(bad))
            break;
        breaks.insert(bad);
    }

    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return wording(path, PlanReport::tr("the PDF could not be started"));
    }
    const int pages = doc.document->pageCount();
    const QPointF origin(kMarginLeftMm * dotsPerMm, kMarginTopMm * dotsPerMm);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !writer.newPage())
            break;
        painter.save();
        painter.translate(origin.x(), origin.y() - i * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        const QRectF page(0, i * body.height(), body.width(), body.height());
        // The layout draws a line that touches the clip: one starting the next page (a page
        // break's) would be painted here too, hidden by the clip but in the page's text (a
        // search, a copy, pdftotext find it twice). A dot short of the page's foot, it is not.
        context.clip = page.adjusted(0, 0, 0, -1);
        context.palette.setColor(QPalette::Text, Qt::black);
        context.palette.setColor(QPalette::Dark, Qt::black);
        painter.setClipRect(page);
        doc.document->documentLayout()->draw(&painter, context);
        painter.restore();
        // Page numbers: centred in the top margin, from the second page (Nghị định 30).
        if (i > 0) {
            QFont font;
            font.setFamilies(serifFamilies());
            font.setPointSizeF(kHeaderPt);
            painter.setFont(font);
            painter.setPen(Qt::black);
            painter.drawText(QRectF(origin.x(), 0, body.width(), origin.y()), Qt::AlignCenter,
                             QString::number(i + 1));
        }
    }
    painter.end();
    if (!file.commit())
        return wording(path, file.errorString());
    return {};
}

Status writeReportPdf(const ReportInput &input, const QString &path)
{
    const auto build = [&input](const QSet<QString> &breaks) {
        ReportDocumentBuilder builder(input, breaks);
        PdfDocument doc;
        doc.document = builder.build();
        doc.tables = builder.tables();
        return doc;
    };
    const auto firstBreaks = [&input](const PdfPrepare &prepare) {
        return findBreaksInWindows(input, prepare, findAnnexBreaks(input, prepare));
    };
    return writeDocumentPdf(path, ReportText::documentTitle(input), build, firstBreaks);
}

} // namespace PressDesk
