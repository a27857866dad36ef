// Normalization of the block model and canonical serialization (see the canonical form at
// the top of HtmlSanitizer.cpp). Shared by Html::sanitize() and RichText::toHtml(), so both
// produce byte-identical output for the same content.
#include "text/HtmlModel.h"

#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PressDesk::Html::detail {

namespace {

enum class CharClass : quint8 { Visible, Space, Break, Removed };

// How a UTF-16 unit is treated in text. Surrogates are handled by the caller.
CharClass classify(char16_t c)
{
    if (c < 0x20)
        return (c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D) ? CharClass::Space
                                                                  : CharClass::Removed;
    if (c == 0x20)
        return CharClass::Space;
    if (c < 0x7F)
        return CharClass::Visible;
    if (c <= 0x9F)
        return CharClass::Removed; // DEL and C1 controls
    if (c == 0xA0 || c == 0x2029)
        return CharClass::Space; // no-break space is kept as a normal space
    if (c == 0x2028)
        return CharClass::Break; // our own representation of <br>
    if (c == 0xFEFF || c == 0xFFFC || c == 0xFFFE || c == 0xFFFF || (c >= 0xFDD0 && c <= 0xFDEF))
        return CharClass::Removed; // BOM, object replacement, noncharacters
    return CharClass::Visible;
}

bool isHeading(Kind k)
{
    return k == Kind::Heading2 || k == Kind::Heading3;
}

// Blocks that become two blocks at an image or a double line break.
bool splittable(Kind k)
{
    return k == Kind::Paragraph || isHeading(k) || k == Kind::Quote;
}

Format intersect(const Format &a, const Format &b)
{
    return Format{a.bold && b.bold, a.italic && b.italic, a.href == b.href ? a.href : QString()};
}

// Collapses whitespace like a browser renders it, turns runs of line breaks into one break
// or a block split, drops controls, moves images out into Figure blocks, merges equal
// spans and applies NFC. A space or break between two characters takes the formats both
// neighbours share, so "<strong>a </strong>b" and "<strong>a</strong> b" are the same.
class InlineNormalizer
{
public:
    InlineNormalizer(Blocks &out, Blocks &itemFigures) : m_out(out), m_itemFigures(itemFigures) {}

    void run(const Block &block)
    {
        m_block = &block;
        Blocks captionFigures;
        start();
        for (const Span &span : block.spans) {
            if (!span.imageSrc.isEmpty()) {
                image(span, captionFigures);
                continue;
            }
            Format format = span.format;
            format.href = link(format.href);
            if (isHeading(block.kind) || (block.kind == Kind::Cell && block.header))
                format.bold = false; // headings and header cells are bold anyway
            const QString &t = span.text;
            const qsizetype n = t.size();
            for (qsizetype i = 0; i < n;) {
                switch (classify(t[i].unicode())) {
                case CharClass::Visible: {
                    qsizetype j = i; // the longest run of visible characters
                    while (j < n) {
                        const char16_t d = t[j].unicode();
                        if (QChar::isHighSurrogate(d) && j + 1 < n &&
                            QChar::isLowSurrogate(t[j + 1].unicode()) &&
                            (QChar::surrogateToUcs4(d, t[j + 1].unicode()) & 0xFFFE) != 0xFFFE)
                            j += 2;
                        else if (!QChar::isSurrogate(d) && classify(d) == CharClass::Visible)
                            ++j;
                        else
                            break;
                    }
                    if (j == i && i + 1 < n && QChar::isLowSurrogate(t[i + 1].unicode())) {
                        i += 2;          // supplementary noncharacter (U+1FFFE...)
                    } else if (j == i) { // lone surrogate
                        visible(u"\uFFFD", format);
                        ++i;
                    } else {
                        visible(QStringView(t).sliced(i, j - i), format);
                        i = j;
                    }
                    continue;
                }
                case CharClass::Space:
                    m_space = m_any;
                    break;
                case CharClass::Break:
                    m_breaks += m_any ? 1 : 0;
                    break;
                case CharClass::Removed:
                    break;
                }
                ++i;
            }
        }
        finish();
        m_out += captionFigures;
    }

private:
    void start()
    {
        m_cur = *m_block;
        m_cur.spans.clear();
        m_cur.imageSrc.clear();
        m_cur.imageAlt.clear();
        m_any = false;
        m_space = false;
        m_breaks = 0;
    }

    void finish()
    {
        if (!m_any && m_cur.kind != Kind::Item && m_cur.kind != Kind::Cell)
            return;
        for (Span &s : m_cur.spans)
            s.text = s.text.normalized(QString::NormalizationForm_C);
        m_out.append(std::move(m_cur));
    }

    void put(QStringView text, const Format &format)
    {
        if (m_cur.spans.isEmpty() || !(m_cur.spans.last().format == format))
            m_cur.spans.append(Span{QString(), format, {}, {}});
        m_cur.spans.last().text.append(text);
    }

    void visible(QStringView text, const Format &format)
    {
        bool same = m_any && m_last == format; // the common case: no format change
        if (m_any && (m_breaks > 0 || m_space)) {
            if (m_breaks >= 2 && splittable(m_cur.kind)) {
                finish();
                start();
                same = false;
            } else {
                const QStringView separator = m_breaks > 0 ? QStringView(u"\u2028") : u" ";
                if (same)
                    m_cur.spans.last().text.append(separator);
                else
                    put(separator, intersect(m_last, format));
            }
        }
        m_breaks = 0;
        m_space = false;
        if (same) {
            m_cur.spans.last().text.append(text);
            return;
        }
        put(text, format);
        m_last = format;
        m_any = true;
    }

    void image(const Span &span, Blocks &captionFigures)
    {
        const QString src = cleanUrl(span.imageSrc, UrlUse::Image);
        if (src.isEmpty())
            return;
        Block figure;
        figure.kind = Kind::Figure;
        figure.imageSrc = src;
        figure.imageAlt = alt(span.imageAlt);
        if (splittable(m_cur.kind)) {
            finish();
            m_out.append(std::move(figure));
            start();
        } else if (m_cur.kind == Kind::Item || m_cur.kind == Kind::Cell ||
                   m_cur.kind == Kind::TableCaption) {
            m_itemFigures.append(std::move(figure)); // after the list or table
        } else {
            captionFigures.append(std::move(figure)); // after the caption
        }
    }

    QString link(const QString &href)
    {
        if (href.isEmpty())
            return {};
        if (href != m_rawHref) {
            m_rawHref = href;
            m_cleanHref = cleanUrl(href, UrlUse::Link);
        }
        return m_cleanHref;
    }

    static QString alt(const QString &text)
    {
        QString out;
        bool space = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            char16_t c = text[i].unicode();
            const bool pair = QChar::isHighSurrogate(c) && i + 1 < text.size() &&
                              QChar::isLowSurrogate(text[i + 1].unicode());
            if (!pair && QChar::isSurrogate(c))
                c = 0xFFFD;
            const CharClass k = pair ? CharClass::Visible : classify(c);
            if (k == CharClass::Space || k == CharClass::Break) {
                space = !out.isEmpty();
            } else if (k == CharClass::Visible) {
                if (space)
                    out += u' ';
                space = false;
                out += QChar(c);
                if (pair)
                    out += text[++i];
            }
        }
        return out.normalized(QString::NormalizationForm_C);
    }

    Blocks &m_out;
    Blocks &m_itemFigures;
    const Block *m_block = nullptr;
    Block m_cur;
    Format m_last;
    bool m_any = false;
    bool m_space = false;
    int m_breaks = 0;
    QString m_rawHref;
    QString m_cleanHref;
};

// Keeps an empty list item only when it holds a nested list, and renumbers list levels to
// the nesting depth the writer produces (1, 2, ...), so the model is canonical.
void normalizeLists(Blocks &blocks)
{
    bool nextIsItem = false;
    int nextLevel = 0;
    QList<bool> keep(blocks.size(), true);
    for (qsizetype i = blocks.size() - 1; i >= 0; --i) {
        const Block &b = blocks[i];
        if (b.kind == Kind::Item && b.spans.isEmpty())
            keep[i] = nextIsItem && nextLevel > b.level;
        if (keep[i]) {
            nextIsItem = b.kind == Kind::Item;
            nextLevel = b.level;
        }
    }
    struct Open
    {
        int id;
        int level;
    };
    QList<Open> open;
    qsizetype kept = 0;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (!keep[i])
            continue;
        Block &b = blocks[i];
        if (b.kind != Kind::Item) {
            open.clear();
        } else {
            while (!open.isEmpty() &&
                   (open.last().level > b.level ||
                    (open.last().level == b.level && open.last().id != b.listId)))
                open.removeLast();
            if (open.isEmpty() || open.last().level < b.level)
                open.append(Open{b.listId, b.level});
            b.level = int(open.size()); // compare on raw levels, store the depth
        }
        if (kept != i)
            blocks[kept] = std::move(b);
        ++kept;
    }
    blocks.resize(kept);
}

bool isTablePart(const Block &b)
{
    return b.kind == Kind::Cell || b.kind == Kind::TableCaption;
}

// The figures taken out of list items go after the list, those of a table after the table:
// blocks of one group follow each other (0: a block of its own).
int groupOf(const Block &b)
{
    return b.kind == Kind::Item ? -1 : isTablePart(b) ? b.table : 0;
}

// One table (blocks[from, to): its cells and captions) in canonical form, appended to out:
// the first caption, then the cells row by row (rows numbered 0, 1, ... in the order they
// come), each cell placed as the HTML table model does (the first free column of its row),
// its spans clipped to the free space and the table's edges, and every row padded with
// empty cells to the table's width. Further captions, and cells that do not fit in
// MaxTableColumns, follow the table as paragraphs.
void normalizeTable(const Blocks &blocks, qsizetype from, qsizetype to, Blocks &out)
{
    const Block *caption = nullptr;
    Blocks after;
    QList<QList<const Block *>> rows;
    int lastRow = 0;
    for (qsizetype i = from; i < to; ++i) {
        const Block &b = blocks[i];
        if (b.kind == Kind::TableCaption) {
            if (!caption) {
                caption = &b;
            } else {
                after.append(b);
                after.last().kind = Kind::Paragraph;
            }
            continue;
        }
        if (rows.isEmpty() || b.row != lastRow)
            rows.append(QList<const Block *>());
        rows.last().append(&b);
        lastRow = b.row;
    }
    if (rows.isEmpty()) { // a caption without a table: a paragraph
        if (caption) {
            out.append(*caption);
            out.last().kind = Kind::Paragraph;
        }
        out += after;
        return;
    }
    if (caption) {
        out.append(*caption);
        out.last().row = 0;
    }
    const int table = blocks[from].table;
    const int rowCount = int(rows.size());
    QList<quint64> used(rowCount, 0); // one bit per column (MaxTableColumns == 64)
    static_assert(MaxTableColumns == 64);
    const auto freeAt = [&](int r, int c) {
        return !(used[r] & (quint64(1) << c));
    };
    struct Placed
    {
        Block cell;
        int column;
    };
    QList<QList<Placed>> placed(rowCount);
    int width = 0;
    for (int r = 0; r < rowCount; ++r) {
        int column = 0;
        for (const Block *source : std::as_const(rows[r])) {
            while (column < MaxTableColumns && !freeAt(r, column))
                ++column;
            if (column >= MaxTableColumns) {
                after.append(*source);
                after.last().kind = Kind::Paragraph;
                continue;
            }
            Block cell = *source;
            int colSpan = 1;
            while (colSpan < std::min(cell.colSpan, MaxTableColumns - column) &&
                   freeAt(r, column + colSpan))
                ++colSpan;
            const int rowSpan = std::clamp(cell.rowSpan, 1, std::min(MaxRowSpan, rowCount - r));
            const quint64 bits = (colSpan == 64 ? ~quint64(0) : (quint64(1) << colSpan) - 1)
                                 << column;
            for (int k = r; k < r + rowSpan; ++k)
                used[k] |= bits;
            cell.table = table;
            cell.row = r;
            cell.colSpan = colSpan;
            cell.rowSpan = rowSpan;
            placed[r].append(Placed{std::move(cell), column});
            column += colSpan;
            width = std::max(width, column);
        }
    }
    for (int r = 0; r < rowCount; ++r) {
        bool allHeaders = !placed[r].isEmpty();
        for (const Placed &p : std::as_const(placed[r]))
            allHeaders = allHeaders && p.cell.header;
        for (int c = 0; c < width; ++c) {
            if (!freeAt(r, c))
                continue;
            Block pad;
            pad.kind = Kind::Cell;
            pad.table = table;
            pad.row = r;
            pad.header = allHeaders;
            placed[r].append(Placed{std::move(pad), c});
        }
        std::stable_sort(placed[r].begin(), placed[r].end(),
                         [](const Placed &a, const Placed &b) { return a.column < b.column; });
        for (Placed &p : placed[r])
            out.append(std::move(p.cell));
    }
    out += after;
}

// Every table in canonical form (normalizeTable); other blocks as they are.
void normalizeTables(Blocks &blocks)
{
    if (std::none_of(blocks.cbegin(), blocks.cend(), isTablePart))
        return;
    Blocks out;
    out.reserve(blocks.size());
    for (qsizetype i = 0; i < blocks.size();) {
        if (!isTablePart(blocks[i])) {
            out.append(std::move(blocks[i++]));
            continue;
        }
        qsizetype end = i + 1;
        while (end < blocks.size() && isTablePart(blocks[end]) &&
               blocks[end].table == blocks[i].table)
            ++end;
        normalizeTable(blocks, i, end, out);
        i = end;
    }
    blocks = std::move(out);
}

void escape(QStringView text, QString &out)
{
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QStringView entity;
        switch (text[i].unicode()) {
        case u'&':
            entity = u"&amp;";
            break;
        case u'<':
            entity = u"&lt;";
            break;
        case u'>':
            entity = u"&gt;";
            break;
        case u'"':
            entity = u"&quot;";
            break;
        case 0x2028:
            entity = u"<br>";
            break;
        default:
            continue;
        }
        out.append(text.sliced(from, i - from));
        out.append(entity);
        from = i + 1;
    }
    out.append(text.sliced(from));
}

// Inline spans as nested strong/em/a. Elements already open stay open as long as the
// following spans want them; missing ones are opened longest-first (ties: a, strong, em).
void writeInline(const QList<Span> &spans, QString &out)
{
    enum Tag : quint8 { A, Strong, Em };
    const qsizetype n = spans.size();
    if (n == 1 && spans[0].format == Format()) { // plain text: the common case
        escape(spans[0].text, out);
        return;
    }
    QVarLengthArray<qsizetype, 16> extent[3];
    for (auto &e : extent)
        e.resize(n + 1);
    for (auto &e : extent)
        e[n] = 0;
    for (qsizetype j = n - 1; j >= 0; --j) {
        const Format &f = spans[j].format;
        const qsizetype len = spans[j].text.size();
        const bool sameLink = j + 1 < n && spans[j + 1].format.href == f.href;
        extent[A][j] = f.href.isEmpty() ? 0 : len + (sameLink ? extent[A][j + 1] : 0);
        extent[Strong][j] = f.bold ? len + extent[Strong][j + 1] : 0;
        extent[Em][j] = f.italic ? len + extent[Em][j + 1] : 0;
    }
    QVarLengthArray<Tag, 3> stack;
    QString openHref;
    auto close = [&](Tag t) {
        out += t == A ? u"</a>"_s : t == Strong ? u"</strong>"_s : u"</em>"_s;
    };
    for (qsizetype j = 0; j < n; ++j) {
        const Format &f = spans[j].format;
        auto wanted = [&](Tag t) {
            return t == A        ? !f.href.isEmpty() && f.href == openHref
                   : t == Strong ? f.bold
                                 : f.italic;
        };
        qsizetype keep = 0;
        while (keep < stack.size() && wanted(stack[keep]))
            ++keep;
        while (stack.size() > keep) {
            close(stack.last());
            stack.removeLast();
        }
        QVarLengthArray<Tag, 3> missing;
        for (Tag t : {A, Strong, Em}) {
            if (extent[t][j] > 0 && std::find(stack.begin(), stack.end(), t) == stack.end())
                missing.append(t);
        }
        std::stable_sort(missing.begin(), missing.end(),
                         [&](Tag a, Tag b) { return extent[a][j] > extent[b][j]; });
        for (Tag t : missing) {
            if (t == A) {
                out += u"<a href=\"";
                escape(f.href, out);
                out += u"\">";
                openHref = f.href;
            } else {
                out += t == Strong ? u"<strong>"_s : u"<em>"_s;
            }
            stack.append(t);
        }
        escape(spans[j].text, out);
    }
    while (!stack.isEmpty()) {
        close(stack.last());
        stack.removeLast();
    }
}

void writeList(const Blocks &blocks, qsizetype &i, QString &out)
{
    struct Open
    {
        int id;
        int level;
        bool ordered;
    };
    QList<Open> open;
    auto closeList = [&] {
        out += open.last().ordered ? u"</li>\n</ol>"_s : u"</li>\n</ul>"_s;
        open.removeLast();
    };
    for (bool first = true; i < blocks.size() && blocks[i].kind == Kind::Item; ++i, first = false) {
        const Block &b = blocks[i];
        while (!open.isEmpty() && (open.last().level > b.level ||
                                   (open.last().level == b.level && open.last().id != b.listId)))
            closeList();
        if (!open.isEmpty() && open.last().level == b.level) {
            out += u"</li>\n";
        } else {
            if (open.isEmpty() && !first)
                out += u'\n'; // a new top-level list right after another one
            out += b.ordered ? u"<ol>\n"_s : u"<ul>\n"_s;
            open.append(Open{b.listId, b.level, b.ordered});
        }
        out += u"<li>";
        writeInline(b.spans, out);
    }
    while (!open.isEmpty())
        closeList();
}

// <table>, its <caption>, one <tr> per line with its th/td cells, </table>.
void writeTable(const Blocks &blocks, qsizetype &i, QString &out)
{
    const int table = blocks[i].table;
    out += u"<table>";
    bool rowOpen = false;
    int row = -1;
    for (; i < blocks.size() && isTablePart(blocks[i]) && blocks[i].table == table; ++i) {
        const Block &b = blocks[i];
        if (b.kind == Kind::TableCaption) {
            out += u"\n<caption>";
            writeInline(b.spans, out);
            out += u"</caption>";
            continue;
        }
        if (!rowOpen || b.row != row) {
            if (rowOpen)
                out += u"</tr>";
            out += u"\n<tr>";
            rowOpen = true;
            row = b.row;
        }
        out += b.header ? u"<th"_s : u"<td"_s;
        if (b.colSpan > 1)
            out += u" colspan=\""_s + QString::number(b.colSpan) + u'"';
        if (b.rowSpan > 1)
            out += u" rowspan=\""_s + QString::number(b.rowSpan) + u'"';
        out += u'>';
        writeInline(b.spans, out);
        out += b.header ? u"</th>"_s : u"</td>"_s;
    }
    if (rowOpen)
        out += u"</tr>";
    out += u"\n</table>";
}

} // namespace

Blocks normalize(const Blocks &raw)
{
    Blocks stage;
    stage.reserve(raw.size());
    Blocks itemFigures; // taken out of the list items or table cells of group figuresOf
    int figuresOf = 0;
    InlineNormalizer inlines(stage, itemFigures);
    for (const Block &b : raw) {
        const int group = groupOf(b);
        if (!itemFigures.isEmpty() && (group == 0 || group != figuresOf)) {
            stage += itemFigures;
            itemFigures.clear();
        }
        figuresOf = group;
        if (b.kind != Kind::Figure) {
            inlines.run(b);
            continue;
        }
        Block image;
        image.spans.append(Span{QString(), Format(), b.imageSrc, b.imageAlt});
        inlines.run(image); // validates src/alt, becomes a Figure
        if (!b.spans.isEmpty()) {
            Block caption;
            caption.kind = Kind::Caption;
            caption.spans = b.spans;
            inlines.run(caption);
        }
    }
    stage += itemFigures;

    // A caption belongs to the figure right before it; any other caption is a paragraph.
    qsizetype kept = 0;
    for (qsizetype i = 0; i < stage.size(); ++i) {
        Block &b = stage[i];
        if (b.kind == Kind::Caption) {
            Block *last = kept > 0 ? &stage[kept - 1] : nullptr;
            if (last && last->kind == Kind::Figure && last->spans.isEmpty()) {
                last->spans = std::move(b.spans);
                continue;
            }
            b.kind = Kind::Paragraph;
        }
        if (kept != i)
            stage[kept] = std::move(b);
        ++kept;
    }
    stage.resize(kept);
    normalizeLists(stage);
    normalizeTables(stage);
    return stage;
}

QString write(const Blocks &blocks)
{
    QString out;
    qsizetype estimate = 0;
    for (const Block &b : blocks) {
        for (const Span &s : b.spans)
            estimate += s.text.size() + 16;
        estimate += 16;
    }
    out.reserve(estimate + estimate / 8);
    qsizetype i = 0;
    while (i < blocks.size()) {
        if (!out.isEmpty())
            out += u'\n';
        const Block &b = blocks[i];
        switch (b.kind) {
        case Kind::Paragraph:
        case Kind::Caption:
        case Kind::Heading2:
        case Kind::Heading3: {
            const QString tag = b.kind == Kind::Heading2   ? u"h2"_s
                                : b.kind == Kind::Heading3 ? u"h3"_s
                                                           : u"p"_s;
            out.append(u'<').append(tag).append(u'>');
            writeInline(b.spans, out);
            out.append(u"</").append(tag).append(u'>');
            ++i;
            break;
        }
        case Kind::Quote:
            out += u"<blockquote>\n";
            for (; i < blocks.size() && blocks[i].kind == Kind::Quote; ++i) {
                out += u"<p>";
                writeInline(blocks[i].spans, out);
                out += u"</p>\n";
            }
            out += u"</blockquote>";
            break;
        case Kind::Figure:
            out += u"<figure><img src=\"";
            escape(b.imageSrc, out);
            out += u"\" alt=\"";
            escape(b.imageAlt, out);
            out += u"\">";
            if (!b.spans.isEmpty()) {
                out += u"<figcaption>";
                writeInline(b.spans, out);
                out += u"</figcaption>";
            }
            out += u"</figure>";
            ++i;
            break;
        case Kind::Item:
            writeList(blocks, i, out);
            break;
        case Kind::Cell:
        case Kind::TableCaption:
            writeTable(blocks, i, out);
            break;
        }
    }
    return out;
}

QString plainText(const Blocks &blocks)
{
    QString out;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks[i];
        QString text;
        if (isTablePart(b)) { // the caption on a line, then a line per row, cells by tabs
            for (; i < blocks.size() && isTablePart(blocks[i]) && blocks[i].table == b.table; ++i) {
                const Block &cell = blocks[i];
                if (i > 0 && blocks[i - 1].table == b.table && isTablePart(blocks[i - 1]))
                    text += blocks[i - 1].kind == Kind::Cell && cell.kind == Kind::Cell &&
                                    blocks[i - 1].row == cell.row
                                ? u'\t'
                                : u'\n';
                for (const Span &s : cell.spans)
                    text += QString(s.text).replace(QChar(0x2028), u' ');
            }
            --i;
        } else {
            for (const Span &s : b.spans)
                text += s.text;
            text.replace(QChar(0x2028), u'\n');
        }
        if (text.trimmed().isEmpty())
            continue;
        if (!out.isEmpty())
            out += u"\n\n";
        out += text;
    }
    return out;
}

} // namespace PressDesk::Html::detail
