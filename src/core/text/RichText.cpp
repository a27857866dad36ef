// RichText: canonical body HTML <-> the QTextDocument the editor edits.
// setHtml() builds the document from the sanitizer's normalized block model with
// QTextCursor; toHtml() reads blocks, fragments and lists back into the same model and
// writes it with the sanitizer's writer, so toHtml(setHtml(sanitize(x))) == sanitize(x).
#include "text/RichText.h"

#include "text/HtmlModel.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextList>
#include <QTextTable>

#include <algorithm>
#include <utility>

namespace PressDesk::RichText {

namespace {

using namespace Html::detail;

constexpr qreal QuoteMargin = 24;
const QColor LinkColor(0x1a, 0x5f, 0xb4);
const QColor HeaderCellBackground(0xe4, 0xea, 0xf2);
const QColor TableBorder(0x80, 0x80, 0x80);

QTextTableFormat tableFormat()
{
    QTextTableFormat f;
    f.setBorder(1);
    f.setBorderBrush(TableBorder);
    f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setBorderCollapse(true);
    f.setCellSpacing(0);
    f.setCellPadding(4);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    f.setTopMargin(4);
    f.setBottomMargin(10);
    return f;
}

QTextCharFormat headingFormat(int level)
{
    QTextCharFormat f;
    f.setFontWeight(QFont::Bold);
    f.setProperty(QTextFormat::FontSizeAdjustment, level == 2 ? 2 : 1);
    return f;
}

QTextCharFormat spanFormat(const QTextCharFormat &base, const Format &format)
{
    QTextCharFormat f = base;
    if (format.bold)
        f.setFontWeight(QFont::Bold);
    if (format.italic)
        f.setFontItalic(true);
    if (!format.href.isEmpty()) {
        f.setAnchor(true);
        f.setAnchorHref(format.href);
        f.setForeground(LinkColor);
        f.setFontUnderline(true);
    }
    return f;
}

void insertSpans(QTextCursor &cursor, const QList<Span> &spans, const QTextCharFormat &base)
{
    for (const Span &s : spans)
        cursor.insertText(s.text, spanFormat(base, s.format));
}

QTextBlockFormat blockFormat(BlockKind kind)
{
    QTextBlockFormat f;
    f.setProperty(BlockKindProperty, int(kind));
    if (kind == BlockKind::Quote)
        f.setLeftMargin(QuoteMargin);
    if (kind == BlockKind::Figure || kind == BlockKind::FigCaption ||
        kind == BlockKind::TableCaption)
        f.setAlignment(Qt::AlignHCenter);
    return f;
}

bool isTablePart(const Block &b)
{
    return b.kind == Kind::Cell || b.kind == Kind::TableCaption;
}

// Inserts the table blocks[i, …) (normalized: caption first, rows padded) after the cursor's
// block (in it when `empty`, the document's first block), its caption a block of its own;
// leaves the cursor in the empty block Qt puts after a table.
void insertTableBlocks(QTextDocument *doc, QTextCursor &cursor, const Blocks &blocks, qsizetype &i,
                       bool empty)
{
    const int id = blocks[i].table;
    if (blocks[i].kind == Kind::TableCaption) {
        if (empty) {
            cursor.setBlockFormat(blockFormat(BlockKind::TableCaption));
            cursor.setBlockCharFormat(QTextCharFormat());
        } else {
            cursor.insertBlock(blockFormat(BlockKind::TableCaption), QTextCharFormat());
        }
        insertSpans(cursor, blocks[i].spans, QTextCharFormat());
        ++i;
    }
    // Where each cell goes: the first free column of its row, as in HTML.
    struct Placed
    {
        const Block *cell;
        int row;
        int column;
    };
    QList<Placed> cells;
    QList<QList<bool>> used;
    int width = 0;
    int lastRow = -1;
    int row = -1;
    int column = 0;
    for (; i < blocks.size() && blocks[i].kind == Kind::Cell && blocks[i].table == id; ++i) {
        const Block &b = blocks[i];
        if (row < 0 || b.row != lastRow) {
            ++row;
            column = 0;
            lastRow = b.row;
        }
        while (used.size() < row + b.rowSpan)
            used.append(QList<bool>());
        const auto isUsed = [&](int r, int c) {
            return c < used[r].size() && used[r][c];
        };
        while (isUsed(row, column))
            ++column;
        for (int r = row; r < row + b.rowSpan; ++r) {
            if (used[r].size() < column + b.colSpan)
                used[r].resize(column + b.colSpan, false);
            for (int c = column; c < column + b.colSpan; ++c)
                used[r][c] = true;
        }
        cells.append(Placed{&b, row, column});
        column += b.colSpan;
        width = std::max(width, column);
    }
    const int rows = int(used.size());
    if (cells.isEmpty() || rows == 0 || width == 0)
        return;
    QTextTable *table = cursor.insertTable(rows, width, tableFormat());
    for (const Placed &p : std::as_const(cells)) {
        if (p.cell->rowSpan > 1 || p.cell->colSpan > 1)
            table->mergeCells(p.row, p.column, p.cell->rowSpan, p.cell->colSpan);
    }
    for (const Placed &p : std::as_const(cells)) {
        QTextTableCell cell = table->cellAt(p.row, p.column);
        if (p.cell->header)
            setHeaderCell(cell, true);
        QTextCursor in = cell.firstCursorPosition();
        QTextCharFormat base;
        if (p.cell->header)
            base.setFontWeight(QFont::Bold);
        insertSpans(in, p.cell->spans, base);
    }
    cursor = QTextCursor(doc);
    cursor.setPosition(table->lastPosition() + 1);
}

bool isOrdered(QTextListFormat::Style style)
{
    switch (style) {
    case QTextListFormat::ListDecimal:
    case QTextListFormat::ListLowerAlpha:
    case QTextListFormat::ListUpperAlpha:
    case QTextListFormat::ListLowerRoman:
    case QTextListFormat::ListUpperRoman:
        return true;
    default:
        return false;
    }
}

// The fragments of a block as spans (bold/italic/link, or an image), appended to b.
void readFragments(const QTextBlock &block, Block &b)
{
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat cf = fragment.charFormat();
        if (cf.isImageFormat()) {
            const QTextImageFormat image = cf.toImageFormat();
            const QString alt = image.property(ImageAltProperty).toString();
            for (QChar c : fragment.text()) {
                if (c == QChar::ObjectReplacementCharacter)
                    b.spans.append(Span{QString(), Format(), image.name(), alt});
            }
            continue;
        }
        const Format format{cf.fontWeight() >= QFont::DemiBold, cf.fontItalic(),
                            cf.isAnchor() ? cf.anchorHref() : QString()};
        b.spans.append(Span{fragment.text(), format, {}, {}});
    }
}

class BlockReader
{
public:
    Blocks run(const QTextDocument *doc)
    {
        frame(doc->rootFrame());
        return std::move(m_raw);
    }

private:
    void frame(const QTextFrame *f)
    {
        for (auto it = f->begin(); !it.atEnd(); ++it) {
            if (const QTextFrame *child = it.currentFrame()) {
                if (const auto *table = qobject_cast<const QTextTable *>(child))
                    this->table(table);
                else
                    frame(child);
            } else if (it.currentBlock().isValid()) {
                block(it.currentBlock());
            }
        }
    }

    // A block: list membership, kind, heading level, fragments.
    void block(const QTextBlock &block)
    {
        Block b;
        const QTextBlockFormat bf = block.blockFormat();
        if (const QTextList *list = block.textList()) {
            b.kind = Kind::Item;
            b.listId = m_listIds.value(list, 0);
            if (b.listId == 0) {
                b.listId = int(m_listIds.size()) + 1;
                m_listIds.insert(list, b.listId);
            }
            const QTextListFormat lf = list->format();
            b.level = std::max(1, lf.indent());
            b.ordered = isOrdered(lf.style());
        } else {
            const int kind = bf.intProperty(BlockKindProperty);
            if (kind == int(BlockKind::Quote)) {
                b.kind = Kind::Quote;
            } else if (kind == int(BlockKind::FigCaption)) {
                b.kind = Kind::Caption;
            } else if (kind == int(BlockKind::TableCaption)) {
                b.kind = Kind::TableCaption; // of the table right after it, if one is
                b.table = m_tables + 1;
            } else if (bf.headingLevel() >= 1 && bf.headingLevel() <= 2) {
                b.kind = Kind::Heading2;
            } else if (bf.headingLevel() >= 3) {
                b.kind = Kind::Heading3;
            }
            // A Figure block is a paragraph holding an image: normalize() makes the image
            // a figure and drops the empty paragraph around it.
        }
        readFragments(block, b);
        m_raw.append(std::move(b));
    }

    // Each cell where it starts, with its spans; the blocks of a cell joined by line breaks.
    void table(const QTextTable *t)
    {
        const int id = ++m_tables;
        for (int r = 0; r < t->rows(); ++r) {
            for (int c = 0; c < t->columns(); ++c) {
                const QTextTableCell cell = t->cellAt(r, c);
                if (!cell.isValid() || cell.row() != r || cell.column() != c)
                    continue;
                Block b;
                b.kind = Kind::Cell;
                b.table = id;
                b.row = r;
                b.header = isHeaderCell(cell);
                b.colSpan = cell.columnSpan();
                b.rowSpan = cell.rowSpan();
                bool firstBlock = true;
                for (auto it = cell.begin(); !it.atEnd(); ++it) {
                    const QTextBlock block = it.currentBlock();
                    if (!block.isValid())
                        continue; // a table in a cell: not kept (the editor makes none)
                    if (!firstBlock)
                        b.spans.append(Span{QString(QChar(0x2028)), Format(), {}, {}});
                    firstBlock = false;
                    readFragments(block, b);
                }
                m_raw.append(std::move(b));
            }
        }
    }

    Blocks m_raw;
    QHash<const QTextList *, int> m_listIds;
    int m_tables = 0;
};

// The document as (unnormalized) blocks.
Blocks readBlocks(const QTextDocument *doc)
{
    return BlockReader().run(doc);
}

} // namespace

void setHtml(QTextDocument *doc, const QString &html)
{
    const Blocks blocks = parse(html);
    const bool undo = doc->isUndoRedoEnabled();
    doc->setUndoRedoEnabled(false); // loading is not an undoable edit
    doc->clear();
    QTextCursor cursor(doc);
    // One edit for the whole load: the document is laid out once at the end, not after each
    // block and span (a long article: about a hundred layouts of everything before).
    cursor.beginEditBlock();
    QHash<std::pair<int, int>, QTextList *> lists;
    bool first = true;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks[i];
        if (isTablePart(b)) {
            insertTableBlocks(doc, cursor, blocks, i, first);
            --i;
            first = true; // the block after the table is empty: the next block goes in it
            continue;
        }
        QTextBlockFormat bf = blockFormat(b.kind == Kind::Quote    ? BlockKind::Quote
                                          : b.kind == Kind::Figure ? BlockKind::Figure
                                                                   : BlockKind::Paragraph);
        QTextCharFormat base;
        if (b.kind == Kind::Heading2 || b.kind == Kind::Heading3) {
            const int level = b.kind == Kind::Heading2 ? 2 : 3;
            bf.setHeadingLevel(level);
            base = headingFormat(level);
        }
        if (first) {
            cursor.setBlockFormat(bf);
            cursor.setBlockCharFormat(base);
            first = false;
        } else {
            cursor.insertBlock(bf, base);
        }
        if (b.kind == Kind::Item) {
            const std::pair<int, int> key(b.listId, b.level);
            if (QTextList *list = lists.value(key)) {
                list->add(cursor.block());
            } else {
                QTextListFormat lf;
                lf.setStyle(b.ordered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc);
                lf.setIndent(b.level);
                lists.insert(key, cursor.createList(lf));
            }
        }
        if (b.kind != Kind::Figure) {
            insertSpans(cursor, b.spans, base);
            continue;
        }
        QTextImageFormat image;
        image.setName(b.imageSrc);
        image.setProperty(ImageAltProperty, b.imageAlt);
        cursor.insertImage(image);
        if (!b.spans.isEmpty()) {
            cursor.insertBlock(blockFormat(BlockKind::FigCaption), QTextCharFormat());
            insertSpans(cursor, b.spans, QTextCharFormat());
        }
    }
    cursor.endEditBlock();
    doc->setUndoRedoEnabled(undo);
}

QString toHtml(const QTextDocument *doc)
{
    return write(normalize(readBlocks(doc)));
}

QString plainText(const QTextDocument *doc)
{
    return Html::detail::plainText(normalize(readBlocks(doc)));
}

QTextTable *insertTable(QTextCursor &cursor, int rows, int columns, bool headerRow)
{
    cursor.beginEditBlock();
    QTextTable *table = cursor.insertTable(std::max(rows, 1), std::max(columns, 1), tableFormat());
    if (headerRow) {
        for (int c = 0; c < table->columns(); ++c) {
            QTextTableCell cell = table->cellAt(0, c);
            setHeaderCell(cell, true);
        }
    }
    cursor.endEditBlock();
    cursor = table->cellAt(0, 0).firstCursorPosition();
    return table;
}

bool isHeaderCell(const QTextTableCell &cell)
{
    return cell.format().boolProperty(HeaderCellProperty);
}

void setHeaderCell(QTextTableCell &cell, bool header)
{
    QTextTableCellFormat f = cell.format().toTableCellFormat();
    f.setProperty(HeaderCellProperty, header);
    if (header)
        f.setBackground(HeaderCellBackground);
    else
        f.clearBackground();
    cell.setFormat(f);
    QTextCursor text = cell.firstCursorPosition();
    text.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    QTextCharFormat weight;
    weight.setFontWeight(header ? QFont::Bold : QFont::Normal);
    text.mergeCharFormat(weight);
    QTextCursor start = cell.firstCursorPosition();
    QTextCharFormat typing = start.blockCharFormat();
    typing.setFontWeight(header ? QFont::Bold : QFont::Normal);
    start.setBlockCharFormat(typing);
}

int fromLegacy(QTextDocument *doc, Text::LegacyEncoding encoding, bool upperCaseFont)
{
    struct Run
    {
        int position = 0;
        int length = 0;
        QString text;
        QTextCharFormat format;
    };
    QList<Run> runs;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.isValid() || f.charFormat().isImageFormat())
                continue;
            const QString text = f.text();
            if (!Text::canBeLegacy(text, encoding))
                continue;
            const QString converted = Text::fromLegacy(text, encoding, upperCaseFont);
            if (converted != text)
                runs.append({f.position(), f.length(), converted, f.charFormat()});
        }
    }
    // From the end, so that the positions of the runs before stay right.
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        QTextCursor cursor(doc);
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        cursor.insertText(it->text, it->format);
    }
    return int(runs.size());
}

int applyToneStyle(QTextDocument *doc, Text::ToneStyle style)
{
    int respelled = 0;
    QTextCursor cursor(doc);
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        const QString styled = Text::withToneStyle(text, style);
        // Only a tone mark moves: the same letters at the same places (text stored NFC).
        if (styled == text || styled.size() != text.size())
            continue;
        respelled += Text::countToneStyles(text).notIn(style);
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (styled.at(i) == text.at(i))
                continue;
            cursor.setPosition(block.position() + int(i));
            cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
            const QTextCharFormat format = cursor.charFormat();
            cursor.insertText(QString(styled.at(i)), format);
        }
    }
    return respelled;
}

} // namespace PressDesk::RichText
