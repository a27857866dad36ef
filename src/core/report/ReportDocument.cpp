#include "report/ReportDocument.h"

#include "report/ReportLayout.h"
#include "report/ReportText.h"

#include <QTextBlock>
#include <QTextDocument>

namespace PressDesk {

using namespace ReportLayout;
using namespace ReportText;

QTextCharFormat TextDocumentBuilder::charFormat(qreal pt, bool bold, bool italic)
{
    QTextCharFormat f;
    f.setFontFamilies(serifFamilies());
    f.setFontPointSize(pt);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontItalic(italic);
    f.setForeground(Qt::black);
    return f;
}

QTextBlockFormat TextDocumentBuilder::blockFormat(Qt::Alignment align, qreal topPt, qreal bottomPt)
{
    QTextBlockFormat f;
    f.setAlignment(align);
    f.setTopMargin(topPt * 96.0 / 72.0);
    f.setBottomMargin(bottomPt * 96.0 / 72.0);
    return f;
}

QTextBlockFormat TextDocumentBuilder::bodyFormat()
{
    QTextBlockFormat f = blockFormat(Qt::AlignJustify, 0, 6);
    f.setTextIndent(mmToPx(12.7));
    f.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    return f;
}

std::unique_ptr<QTextDocument> TextDocumentBuilder::newDocument(const QString &title, qreal bodyPt)
{
    auto doc = std::make_unique<QTextDocument>();
    m_doc = doc.get();
    QFont font;
    font.setFamilies(serifFamilies());
    font.setPointSizeF(bodyPt);
    doc->setDefaultFont(font);
    doc->setMetaInformation(QTextDocument::DocumentTitle, title);
    doc->setDocumentMargin(0);
    QTextFrameFormat root = doc->rootFrame()->frameFormat();
    root.setTopMargin(mmToPx(kMarginTopMm));
    root.setBottomMargin(mmToPx(kMarginBottomMm));
    root.setLeftMargin(mmToPx(kMarginLeftMm));
    root.setRightMargin(mmToPx(kMarginRightMm));
    doc->rootFrame()->setFrameFormat(root);
    m_cursor = QTextCursor(doc.get());
    m_firstBlock = true;
    m_tables.clear();
    m_pendingHeadingKey.clear();
    m_pendingHeadingBlock = -1;
    return doc;
}

void TextDocumentBuilder::newBlock(const QTextBlockFormat &block, const QTextCharFormat &chars)
{
    if (m_firstBlock) {
        m_cursor.setBlockFormat(block);
        m_cursor.setBlockCharFormat(chars);
        m_cursor.setCharFormat(chars);
        m_firstBlock = false;
    } else {
        m_cursor.insertBlock(block, chars);
    }
}

void TextDocumentBuilder::addParagraph(const QString &text, const QTextBlockFormat &block,
                                       const QTextCharFormat &chars)
{
    newBlock(block, chars);
    m_cursor.insertText(text, chars);
    m_pendingHeadingKey.clear();
}

void TextDocumentBuilder::addHeading(const QString &text, const QString &key, bool bold)
{
    QTextBlockFormat block = blockFormat(Qt::AlignJustify, 6, 6);
    block.setTextIndent(mmToPx(12.7));
    addHeading(text, key, block, charFormat(kBodyPt, bold));
}

void TextDocumentBuilder::addHeading(const QString &text, const QString &key,
                                     QTextBlockFormat block, const QTextCharFormat &chars)
{
    if (m_breaks.contains(key))
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    addParagraph(text, block, chars);
    m_pendingHeadingKey = key;
    m_pendingHeadingBlock = m_cursor.block().blockNumber();
}

void TextDocumentBuilder::fillCell(QTextTable *table, int row, int column, const Cell &cell)
{
    QTextCursor c = table->cellAt(row, column).firstCursorPosition();
    for (int i = 0; i < cell.size(); ++i) {
        if (i > 0)
            c.insertBlock(cell[i].block, cell[i].chars);
        else {
            c.setBlockFormat(cell[i].block);
            c.setBlockCharFormat(cell[i].chars);
        }
        c.insertText(cell[i].text, cell[i].chars);
    }
}

void TextDocumentBuilder::addTable(const QString &key, const QList<qreal> &widthsPercent,
                                   const QList<Cell> &header, const QList<QList<Cell>> &rows,
                                   qreal borderWidth, int keyOffset)
{
    const QString headingKey = m_pendingHeadingKey;
    const int headingBlock = m_pendingHeadingBlock;
    m_pendingHeadingKey.clear();

    // Split the rows where a break was asked for (not before the first: that one moves the
    // heading, or the whole table when there is none).
    const int offset = keyOffset;
    QList<int> starts{0};
    for (int r = 1; r < rows.size(); ++r) {
        if (m_breaks.contains(QStringLiteral("%1:%2").arg(key).arg(r + offset)))
            starts << r;
    }
    const bool breakFirst = m_breaks.contains(QStringLiteral("%1:%2").arg(key).arg(offset));

    for (int part = 0; part < starts.size(); ++part) {
        const int first = starts[part];
        const int end = part + 1 < starts.size() ? starts[part + 1] : int(rows.size());
        const int headerRows = header.isEmpty() ? 0 : 1;

        QTextTableFormat tf;
        tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QList<QTextLength> widths;
        for (qreal w : widthsPercent)
            widths << QTextLength(QTextLength::PercentageLength, w);
        tf.setColumnWidthConstraints(widths);
        tf.setCellSpacing(0);
        tf.setCellPadding(borderWidth > 0 ? 3 : 0);
        tf.setBorder(borderWidth);
        tf.setBorderCollapse(true);
        tf.setBorderBrush(Qt::black);
        tf.setBorderStyle(borderWidth > 0 ? QTextFrameFormat::BorderStyle_Solid
                                          : QTextFrameFormat::BorderStyle_None);
        tf.setHeaderRowCount(headerRows);
        tf.setTopMargin(4);
        tf.setBottomMargin(4);
        if (part > 0 || (breakFirst && headingKey.isEmpty()))
            tf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);

        // A table needs a block before it; the first one of the document is used as is.
        if (m_firstBlock)
            m_firstBlock = false;
        else
            m_cursor.insertBlock(QTextBlockFormat(), charFormat(2));
        QTextTable *table =
            m_cursor.insertTable(headerRows + (end - first), int(widthsPercent.size()), tf);

        TrackedTable tracked;
        tracked.table = table;
        tracked.headerRows = headerRows;
        for (int c = 0; c < header.size(); ++c) {
            fillCell(table, 0, c, header[c]);
            QTextTableCellFormat cf = table->cellAt(0, c).format().toTableCellFormat();
            cf.setVerticalAlignment(QTextCharFormat::AlignMiddle);
            table->cellAt(0, c).setFormat(cf);
        }
        if (headerRows)
            tracked.rowKeys << QString();
        for (int r = first; r < end; ++r) {
            for (int c = 0; c < rows[r].size(); ++c)
                fillCell(table, headerRows + r - first, c, rows[r][c]);
            tracked.rowKeys << QStringLiteral("%1:%2").arg(key).arg(r + offset);
        }
        if (part == 0) {
            tracked.headingKey = headingKey;
            tracked.headingBlock = headingBlock;
        }
        m_tables << tracked;
        m_cursor.movePosition(QTextCursor::End);
    }
}

void ReportDocumentBuilder::addHeader()
{
    // Two columns without borders: the issuing body on the left, the national title on the
    // right (Nghị định 30/2020, Phụ lục I, mẫu 1.1).
    const QTextBlockFormat center = blockFormat(Qt::AlignHCenter);
    QTextBlockFormat rule = center;
    QTextBlockFormat shortRule = center;
    shortRule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                          QTextLength(QTextLength::PercentageLength, 30));
    rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                     QTextLength(QTextLength::PercentageLength, 58));

    Cell left;
    for (const QString &line : agencyLines(m_in.parentBody))
        left << CellLine{line, charFormat(kAgencyPt), center};
    for (const QString &line : agencyLines(m_in.issuingBody))
        left << CellLine{line, charFormat(kAgencyPt, true), center};
    left << CellLine{QString(), charFormat(6), shortRule};
    left << CellLine{numberLine(m_in), charFormat(kHeaderPt), blockFormat(Qt::AlignHCenter, 2)};

    Cell right{
        {kNationalTitle, charFormat(kAgencyPt, true), center},
        {kMotto, charFormat(kHeaderPt, true), center},
        {QString(), charFormat(6), rule},
        {placeAndDate(m_in), charFormat(kBodyPt, false, true), blockFormat(Qt::AlignHCenter, 2)}};
    addTable(QStringLiteral("header"), {kLeftHeaderPercent, 100 - kLeftHeaderPercent}, {},
             {{left, right}}, 0);
}

void ReportDocumentBuilder::addTitle()
{
    addParagraph(kKind, blockFormat(Qt::AlignHCenter, 18, 0), charFormat(kBodyPt, true));
    addParagraph(subtitle(m_in), blockFormat(Qt::AlignHCenter, 0, 0), charFormat(kBodyPt, true));
    QTextBlockFormat rule = blockFormat(Qt::AlignHCenter, 4, 10);
    rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                     QTextLength(QTextLength::PercentageLength, 20));
    addParagraph(QString(), rule, charFormat(6));
}

void ReportDocumentBuilder::addResults()
{
    addHeading(kResultsHeading, QStringLiteral("h:results"));
    const QList<Channel> channels = channelsInUse(m_in);
    if (channels.isEmpty()) {
        addParagraph(kNoActivities, bodyFormat(), charFormat(kBodyPt));
        return;
    }
    int number = 0;
    for (Channel channel : channels) {
        ++number;
        const QString key = channelKey(channel);
        addHeading(channelHeading(number, channel), QStringLiteral("h:%1").arg(key));
        addDataTable(QStringLiteral("t:%1").arg(key), kResultWidths, kResultColumns,
                     resultRows(m_in, channel), {1});
    }
}

void ReportDocumentBuilder::addArticles()
{
    addHeading(kArticlesHeading, QStringLiteral("h:articles"));
    if (m_in.articles.isEmpty()) {
        addParagraph(kNoArticles, bodyFormat(), charFormat(kBodyPt));
        return;
    }
    addDataTable(QStringLiteral("t:articles"), kArticleWidths, kArticleColumns, articleRows(m_in),
                 {2, 3});
}

// A bordered table: header row bold and centred, 13 pt; the columns in `leftColumns` aligned
// left, the others centred; links (the articles' last column) 11 pt and clickable.
void ReportDocumentBuilder::addDataTable(const QString &key, const QList<qreal> &widths,
                                         const QStringList &columns, const QList<Row> &rows,
                                         const QList<int> &leftColumns)
{
    const QTextBlockFormat center = blockFormat(Qt::AlignHCenter);
    const QTextBlockFormat left = blockFormat(Qt::AlignLeft);
    QList<Cell> header;
    for (const QString &c : columns)
        header << Cell{{c, charFormat(kTablePt, true), center}};
    const bool links = key == QLatin1String("t:articles");
    QList<QList<Cell>> cells;
    for (const Row &row : rows) {
        QList<Cell> cellRow;
        for (int c = 0; c < row.size(); ++c) {
            const bool isLink = links && c == row.size() - 1;
            QTextCharFormat chars = charFormat(isLink ? kRecipientsPt : kTablePt);
            if (isLink && !row[c].value(0).isEmpty()) {
                chars.setAnchor(true);
                chars.setAnchorHref(row[c].value(0));
            }
            Cell cell;
            for (const QString &line : row[c])
                cell << CellLine{line, chars, leftColumns.contains(c) ? left : center};
            cellRow << cell;
        }
        cells << cellRow;
    }
    addTable(key, widths, header, cells, 1, links ? m_articleOffset : 0);
}

void ReportDocumentBuilder::addBehind()
{
    addHeading(kBehindHeading, QStringLiteral("h:behind"));
    for (const QString &p : behindParagraphs(m_in))
        addParagraph(p, bodyFormat(), charFormat(kBodyPt));
}

void ReportDocumentBuilder::addProposals()
{
    addHeading(kProposalsHeading, QStringLiteral("h:proposals"));
    for (const QString &p : proposalParagraphs(m_in))
        addParagraph(p, bodyFormat(), charFormat(kBodyPt));
    addParagraph(closingSentence(m_in), bodyFormat(), charFormat(kBodyPt));
}

void ReportDocumentBuilder::addSignature()
{
    // Recipients on the left (Nơi nhận: bold italic 12 pt, the list 11 pt), the signer on the
    // right (title bold, room for the signature and seal, name bold).
    const QTextBlockFormat left = blockFormat(Qt::AlignLeft);
    const QTextBlockFormat center = blockFormat(Qt::AlignHCenter);
    Cell recipients{{kRecipientsTitle, charFormat(kRecipientsTitlePt, true, true),
                     blockFormat(Qt::AlignLeft, 0, 0)}};
    for (const QString &r : m_in.recipients)
        recipients << CellLine{recipientLine(r), charFormat(kRecipientsPt), left};
    Cell signer{{signerTitle(m_in), charFormat(kBodyPt, true), center}};
    for (int i = 0; i < 4; ++i)
        signer << CellLine{QString(), charFormat(kBodyPt), center};
    signer << CellLine{m_in.signerName, charFormat(kBodyPt, true), center};
    addTable(QStringLiteral("sign"), {50, 50}, {}, {{recipients, signer}}, 0);
}

std::unique_ptr<QTextDocument> ReportDocumentBuilder::build()
{
    auto doc = newDocument(documentTitle(m_in));
    m_cursor.beginEditBlock();
    addHeader();
    addTitle();
    for (const QString &p : paragraphs(introduction(m_in)))
        addParagraph(p, bodyFormat(), charFormat(kBodyPt));
    addResults();
    addArticles();
    addBehind();
    addProposals();
    addSignature();
    m_cursor.endEditBlock();
    return doc;
}

} // namespace PressDesk
