#include "report/ReportDocument.h"

#include "report/ReportLayout.h"
#include "report/ReportText.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

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
    // Headings in a row ("IV. …" then "1. …") stay with the table together: the first one is
    // the table's heading.
    const QString previousKey = m_pendingHeadingKey;
    const int previousBlock = m_pendingHeadingBlock;
    addParagraph(text, block, chars);
    m_pendingHeadingKey = previousKey.isEmpty() ? key : previousKey;
    m_pendingHeadingBlock = previousKey.isEmpty() ? m_cursor.block().blockNumber() : previousBlock;
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
        if (!cell[i].image.isEmpty()) {
            QTextImageFormat image;
            image.setName(cell[i].image);
            image.setWidth(cell[i].imageSize.width());
            image.setHeight(cell[i].imageSize.height());
            c.insertImage(image);
        } else {
            c.insertText(cell[i].text, cell[i].chars);
        }
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
    addHeading(sectionHeading(m_in, Section::Results), QStringLiteral("h:results"));
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
    addHeading(sectionHeading(m_in, Section::Articles), QStringLiteral("h:articles"));
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
                                         const QList<int> &leftColumns, qreal pt)
{
    const QTextBlockFormat center = blockFormat(Qt::AlignHCenter);
    const QTextBlockFormat left = blockFormat(Qt::AlignLeft);
    QList<Cell> header;
    for (const QString &c : columns)
        header << Cell{{c, charFormat(pt, true), center}};
    const bool links = key == QLatin1String("t:articles");
    QList<QList<Cell>> cells;
    for (const Row &row : rows) {
        QList<Cell> cellRow;
        for (int c = 0; c < row.size(); ++c) {
            const bool isLink = links && c == row.size() - 1;
            QTextCharFormat chars = charFormat(isLink ? kRecipientsPt : pt);
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

void ReportDocumentBuilder::addBroadcasts()
{
    const QList<ActivityList> lists = broadcastLists(m_in);
    if (lists.isEmpty())
        return;
    addHeading(sectionHeading(m_in, Section::Broadcasts), QStringLiteral("h:aired"));
    for (int i = 0; i < lists.size(); ++i) {
        addHeading(lists[i].heading, QStringLiteral("h:aired:%1").arg(i + 1), false);
        addDataTable(QStringLiteral("t:aired:%1").arg(i + 1), kBroadcastWidths, kBroadcastColumns,
                     lists[i].rows, {2, 3});
    }
}

void ReportDocumentBuilder::addVisualItems()
{
    const QList<ActivityList> lists = visualLists(m_in);
    if (lists.isEmpty())
        return;
    addHeading(sectionHeading(m_in, Section::VisualItems), QStringLiteral("h:items"));
    for (int i = 0; i < lists.size(); ++i) {
        addHeading(lists[i].heading, QStringLiteral("h:items:%1").arg(i + 1), false);
        addDataTable(QStringLiteral("t:items:%1").arg(i + 1), kVisualWidths, kVisualColumns,
                     lists[i].rows, {3, 4}, kVisualTablePt);
    }
}

// After the signature, on a new page: "PHỤ LỤC", what it is, which report it goes with; then
// per item its heading and its photos three a row, each fitted in the same box and captioned.
void ReportDocumentBuilder::addAnnex(bool newPage)
{
    const QList<AnnexEntry> entries = annexEntries(m_in);
    if (entries.isEmpty())
        return;
    QTextBlockFormat title = blockFormat(Qt::AlignHCenter);
    if (newPage)
        title.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    addParagraph(kAnnexTitle, title, charFormat(kBodyPt, true));
    addParagraph(kAnnexSubtitle, blockFormat(Qt::AlignHCenter), charFormat(kBodyPt, true));
    addParagraph(annexReference(m_in), blockFormat(Qt::AlignHCenter, 0, 12),
                 charFormat(kBodyPt, false, true));

    const QTextBlockFormat center = blockFormat(Qt::AlignHCenter);
    QTextBlockFormat photoBlock = blockFormat(Qt::AlignHCenter, 6, 2);
    QTextBlockFormat lastLine = blockFormat(Qt::AlignHCenter, 0, 6);
    const QSizeF box(mmToPx(kAnnexPhotoWidthMm), mmToPx(kAnnexPhotoHeightMm));
    QList<qreal> widths;
    for (int c = 0; c < kAnnexColumns; ++c)
        widths << 100.0 / kAnnexColumns;
    for (int e = 0; e < entries.size(); ++e) {
        const AnnexEntry &entry = entries[e];
        QTextBlockFormat heading = blockFormat(Qt::AlignLeft, 6, 2);
        addHeading(entry.heading, QStringLiteral("h:annex:%1").arg(e + 1), heading,
                   charFormat(kTablePt, true));
        QList<QList<Cell>> rows;
        for (int i = 0; i < entry.item->photos.size(); ++i) {
            const ReportPhoto &photo = entry.item->photos[i];
            const QString name = QStringLiteral("pdreport:annex/%1-%2.jpg").arg(e + 1).arg(i + 1);
            m_doc->addResource(QTextDocument::ImageResource, QUrl(name), photo.image);
            const QSizeF size = QSizeF(photo.image.size()).scaled(box, Qt::KeepAspectRatio);
            Cell cell{CellLine{QString(), charFormat(kCaptionPt), photoBlock, name, size}};
            const QStringList &caption = entry.captions.value(i);
            for (int l = 0; l < caption.size(); ++l)
                cell << CellLine{caption[l], charFormat(kCaptionPt, false, l > 0),
                                 l + 1 == caption.size() ? lastLine : center};
            if (i % kAnnexColumns == 0)
                rows << QList<Cell>();
            rows.last() << cell;
        }
        while (rows.last().size() < kAnnexColumns)
            rows.last() << Cell{};
        addTable(QStringLiteral("t:annex:%1").arg(e + 1), widths, {}, rows, 0);
    }
}

std::unique_ptr<QTextDocument> ReportDocumentBuilder::buildAnnex()
{
    auto doc = newDocument(documentTitle(m_in));
    m_cursor.beginEditBlock();
    addAnnex(false);
    m_cursor.endEditBlock();
    return doc;
}

void ReportDocumentBuilder::addBehind()
{
    addHeading(sectionHeading(m_in, Section::Behind), QStringLiteral("h:behind"));
    for (const QString &p : behindParagraphs(m_in))
        addParagraph(p, bodyFormat(), charFormat(kBodyPt));
}

void ReportDocumentBuilder::addProposals()
{
    addHeading(sectionHeading(m_in, Section::Proposals), QStringLiteral("h:proposals"));
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
    addBroadcasts();
    addVisualItems();
    addBehind();
    addProposals();
    addSignature();
    addAnnex(true);
    m_cursor.endEditBlock();
    return doc;
}

} // namespace PressDesk
