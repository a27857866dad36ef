// The gumbo tree -> raw blocks (see the mapping at the top of HtmlSanitizer.cpp). The walk
// is iterative (an explicit stack of frames), so nesting depth costs heap, not stack.
#include "text/HtmlModel.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

using namespace Qt::StringLiterals;

namespace PressDesk::Html::detail {

namespace {

constexpr int MaxListDepth = 8;

bool isWhitespace(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!(u <= 0x20 || u == 0xA0 || u == 0x2029 || (u >= 0x7F && u <= 0x9F)))
            return false;
    }
    return true;
}

const char *attribute(const GumboElement &el, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&el.attributes, name);
    return a ? a->value : nullptr;
}

// The reduced style the prefilter passes on.
struct Style
{
    int bold = -1; // -1: not set
    int italic = -1;
    int wordLevel = 0; // mso-list: ... levelN
    bool wordIgnore = false;
};

Style styleOf(const GumboElement &el)
{
    Style s;
    const char *value = attribute(el, "style");
    if (!value)
        return s;
    const QByteArray style(value);
    if (style.contains("font-weight:700"))
        s.bold = 1;
    else if (style.contains("font-weight:400"))
        s.bold = 0;
    if (style.contains("font-style:italic"))
        s.italic = 1;
    else if (style.contains("font-style:normal"))
        s.italic = 0;
    if (style.contains("mso-list:ignore"))
        s.wordIgnore = true;
    const qsizetype level = style.indexOf(" level");
    if (style.contains("mso-list:") && level >= 0) {
        int n = 0;
        for (qsizetype i = level + 6; i < style.size() && std::isdigit(uchar(style[i])) && n < 100;
             ++i)
            n = n * 10 + (style[i] - '0');
        s.wordLevel = n;
    }
    return s;
}

bool isCommentMarker(const GumboNode *node, const char *text)
{
    return node->type == GUMBO_NODE_COMMENT && std::strcmp(node->v.text.text, text) == 0;
}

// Text of the bullet/number Word writes before a list paragraph's text: the content of a
// mso-list:Ignore span, or what lies between [if !supportLists] and [endif] comments.
QString wordMarker(const GumboNode *paragraph)
{
    QList<const GumboNode *> found;
    QList<const GumboNode *> todo{paragraph};
    for (int budget = 64; !todo.isEmpty() && found.isEmpty() && budget > 0; --budget) {
        const GumboNode *node = todo.takeFirst();
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        if (node != paragraph && styleOf(node->v.element).wordIgnore) {
            found.append(node);
            break;
        }
        bool between = false;
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (isCommentMarker(child, "[if !supportLists]"))
                between = true;
            else if (isCommentMarker(child, "[endif]"))
                between = false;
            else
                (between ? found : todo).append(child);
        }
    }
    QString marker;
    QList<const GumboNode *> stack(found.rbegin(), found.rend()); // depth first, in order
    for (int budget = 64; !stack.isEmpty() && budget > 0; --budget) {
        const GumboNode *n = stack.takeLast();
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE)
            marker += QString::fromUtf8(n->v.text.text);
        else if (n->type == GUMBO_NODE_ELEMENT)
            for (unsigned i = n->v.element.children.length; i-- > 0;)
                stack.append(static_cast<const GumboNode *>(n->v.element.children.data[i]));
    }
    return marker;
}

// "1." "a)" "(iv)" "12." number Word's ordered lists; "·" "o" "§" are bullets.
bool isOrderedMarker(const QString &marker)
{
    QString m = marker;
    m.replace(QChar(0xA0), u' ');
    QStringView v = QStringView(m).trimmed();
    if (v.startsWith(u'('))
        v = v.sliced(1);
    if (v.size() < 2 || v.size() > 7 || (v.back() != u'.' && v.back() != u')'))
        return false;
    for (QChar c : v.chopped(1)) {
        if (!(c.unicode() < 0x80 && std::isalnum(c.unicode())))
            return false;
    }
    return true;
}

// What each element does to the blocks being built.
enum class Role : quint8 {
    Unwrap, // its content is kept (span, font, u, unknown elements)
    Drop,   // dropped with its content
    Break,
    Image,
    Bold,
    Italic,
    Link,
    Heading2,
    Heading3,
    Quote,
    List,
    Item,
    Figure,
    Caption,
    Pre,
    Table,
    Row,
    Cell,
    TableCaption,
    Block // a paragraph break
};

Role roleOf(GumboTag tag)
{
    static const auto table = [] {
        std::array<Role, GUMBO_TAG_LAST + 1> t;
        t.fill(Role::Unwrap);
        auto set = [&t](std::initializer_list<GumboTag> tags, Role role) {
            for (GumboTag g : tags)
                t[g] = role;
        };
        set({GUMBO_TAG_SCRIPT,   GUMBO_TAG_STYLE,    GUMBO_TAG_IFRAME,    GUMBO_TAG_OBJECT,
             GUMBO_TAG_EMBED,    GUMBO_TAG_TEMPLATE, GUMBO_TAG_HEAD,      GUMBO_TAG_TITLE,
             GUMBO_TAG_META,     GUMBO_TAG_LINK,     GUMBO_TAG_BASE,      GUMBO_TAG_NOSCRIPT,
             GUMBO_TAG_SVG,      GUMBO_TAG_MATH,     GUMBO_TAG_APPLET,    GUMBO_TAG_AUDIO,
             GUMBO_TAG_VIDEO,    GUMBO_TAG_CANVAS,   GUMBO_TAG_SELECT,    GUMBO_TAG_DATALIST,
             GUMBO_TAG_TEXTAREA, GUMBO_TAG_INPUT,    GUMBO_TAG_FRAMESET,  GUMBO_TAG_FRAME,
             GUMBO_TAG_NOFRAMES, GUMBO_TAG_NOEMBED,  GUMBO_TAG_AREA,      GUMBO_TAG_PARAM,
             GUMBO_TAG_SOURCE,   GUMBO_TAG_TRACK,    GUMBO_TAG_COL,       GUMBO_TAG_COLGROUP,
             GUMBO_TAG_KEYGEN,   GUMBO_TAG_XMP,      GUMBO_TAG_PLAINTEXT, GUMBO_TAG_ISINDEX,
             GUMBO_TAG_MENUITEM, GUMBO_TAG_BGSOUND,  GUMBO_TAG_BASEFONT},
            Role::Drop);
        set({GUMBO_TAG_BR}, Role::Break);
        set({GUMBO_TAG_IMG, GUMBO_TAG_IMAGE}, Role::Image);
        set({GUMBO_TAG_B, GUMBO_TAG_STRONG}, Role::Bold);
        set({GUMBO_TAG_I, GUMBO_TAG_EM}, Role::Italic);
        set({GUMBO_TAG_A}, Role::Link);
        set({GUMBO_TAG_H1, GUMBO_TAG_H2}, Role::Heading2);
        set({GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6}, Role::Heading3);
        set({GUMBO_TAG_BLOCKQUOTE}, Role::Quote);
        set({GUMBO_TAG_UL, GUMBO_TAG_OL, GUMBO_TAG_MENU, GUMBO_TAG_DIR}, Role::List);
        set({GUMBO_TAG_LI}, Role::Item);
        set({GUMBO_TAG_FIGURE}, Role::Figure);
        set({GUMBO_TAG_FIGCAPTION}, Role::Caption);
        set({GUMBO_TAG_PRE, GUMBO_TAG_LISTING}, Role::Pre);
        set({GUMBO_TAG_P,        GUMBO_TAG_DIV,    GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE,
             GUMBO_TAG_ASIDE,    GUMBO_TAG_CENTER, GUMBO_TAG_DETAILS, GUMBO_TAG_SUMMARY,
             GUMBO_TAG_DL,       GUMBO_TAG_DT,     GUMBO_TAG_DD,      GUMBO_TAG_FIELDSET,
             GUMBO_TAG_LEGEND,   GUMBO_TAG_FOOTER, GUMBO_TAG_HEADER,  GUMBO_TAG_HGROUP,
             GUMBO_TAG_MAIN,     GUMBO_TAG_NAV,    GUMBO_TAG_SECTION, GUMBO_TAG_FORM,
             GUMBO_TAG_HR,       GUMBO_TAG_BODY,   GUMBO_TAG_HTML,    GUMBO_TAG_MARQUEE,
             GUMBO_TAG_OPTGROUP, GUMBO_TAG_OPTION, GUMBO_TAG_MULTICOL},
            Role::Block);
        set({GUMBO_TAG_TABLE}, Role::Table);
        set({GUMBO_TAG_TR}, Role::Row);
        set({GUMBO_TAG_TD, GUMBO_TAG_TH}, Role::Cell);
        set({GUMBO_TAG_CAPTION}, Role::TableCaption);
        // thead, tbody, tfoot: unwrapped (their rows count, a header is a row of th).
        return t;
    }();
    return tag >= 0 && tag <= GUMBO_TAG_LAST ? table[tag] : Role::Unwrap;
}

struct Ctx
{
    Kind kind = Kind::Paragraph;
    bool bold = false;
    bool italic = false;
    QString href;
    int listId = 0;
    int level = 0;
    bool ordered = false;
    int container = 0; // the li / figcaption / Word item that owns Item/Caption text
    bool inFigure = false;
    bool pre = false;
    bool wordItem = false;
    int table = 0; // the table whose rows and cells are being read (not inside a cell)
    int row = -1;  // the row being read
    bool header = false;
    int colSpan = 1;
    int rowSpan = 1;
};

enum Leave : quint8 { LeaveNone = 0, LeaveSoft = 1, LeaveHard = 2, LeaveFigure = 4 };

struct Frame
{
    const GumboVector *children;
    unsigned next;
    Ctx saved;
    quint8 leave;
    qsizetype figureStart;
    bool skipping; // between Word's [if !supportLists] and [endif]
};

bool inlineHost(Kind k)
{
    return k == Kind::Paragraph || k == Kind::Heading2 || k == Kind::Heading3;
}

// Blocks whose block-level children become line breaks inside them.
bool breakHost(Kind k)
{
    return k == Kind::Item || k == Kind::Caption || k == Kind::Cell || k == Kind::TableCaption;
}

int spanAttribute(const GumboElement &el, const char *name)
{
    const char *value = attribute(el, name);
    if (!value)
        return 1;
    int n = 0;
    for (const char *p = value; *p >= '0' && *p <= '9'; ++p)
        n = std::min(n * 10 + (*p - '0'), 1000);
    return std::max(n, 1);
}

class Builder
{
public:
    Builder(const Prefiltered &input, qsizetype chunk)
        : m_expand(input, chunk), m_lists(int(chunk & 0x7FF) << 20), // ids unique across chunks
          m_tables(int(chunk & 0x7FF) << 20)
    {}

    Blocks run(const GumboNode *root)
    {
        m_frames.append(Frame{&root->v.element.children, 0, m_ctx, LeaveNone, -1, false});
        while (!m_frames.isEmpty()) {
            Frame &f = m_frames.last();
            if (f.next >= f.children->length) {
                leave(m_frames.takeLast());
                continue;
            }
            const auto *node = static_cast<const GumboNode *>(f.children->data[f.next++]);
            if (f.skipping) {
                f.skipping = !isCommentMarker(node, "[endif]");
                continue;
            }
            switch (node->type) {
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_WHITESPACE:
                text(node->v.text.text);
                break;
            case GUMBO_NODE_COMMENT:
                f.skipping = isCommentMarker(node, "[if !supportLists]");
                break;
            case GUMBO_NODE_ELEMENT:
                element(node);
                break;
            default: // CDATA, template contents, document
                break;
            }
        }
        hardBoundary();
        return std::move(m_blocks);
    }

private:
    void element(const GumboNode *node)
    {
        const GumboElement &el = node->v.element;
        if (el.tag_namespace != GUMBO_NAMESPACE_HTML)
            return;
        const Style style = styleOf(el);
        if (style.wordIgnore)
            return;
        Frame frame{&el.children, 0, m_ctx, LeaveNone, -1, false};
        switch (roleOf(el.tag)) {
        case Role::Drop:
            return;
        case Role::Break:
            ensureBlock();
            appendText(QString(QChar(0x2028)));
            return;
        case Role::Image:
            image(el);
            return;
        case Role::Bold:
            m_ctx.bold = true;
            break;
        case Role::Italic:
            m_ctx.italic = true;
            break;
        case Role::Link:
            if (const char *href = attribute(el, "href")) {
                const QString clean = cleanUrl(QString::fromUtf8(href), UrlUse::Link);
                if (!clean.isEmpty())
                    m_ctx.href = clean;
            }
            break;
        case Role::Heading2:
        case Role::Heading3:
            frame.leave = LeaveSoft;
            softBoundary();
            if (inlineHost(m_ctx.kind))
                m_ctx.kind = roleOf(el.tag) == Role::Heading2 ? Kind::Heading2 : Kind::Heading3;
            break;
        case Role::Quote:
            frame.leave = LeaveSoft;
            softBoundary();
            if (inlineHost(m_ctx.kind))
                m_ctx.kind = Kind::Quote;
            break;
        case Role::List:
            if (!inlineHost(m_ctx.kind) && m_ctx.kind != Kind::Item) {
                frame.leave = LeaveSoft;
                softBoundary();
                break;
            }
            frame.leave = LeaveHard;
            hardBoundary();
            if (m_ctx.level < MaxListDepth) {
                m_ctx.listId = ++m_lists;
                m_ctx.level += 1;
                m_ctx.ordered = el.tag == GUMBO_TAG_OL;
            }
            m_ctx.kind = Kind::Item;
            m_ctx.container = ++m_serial;
            m_ctx.wordItem = false;
            break;
        case Role::Item:
            if (m_ctx.kind == Kind::Item && m_ctx.level > 0 && !m_ctx.wordItem) {
                frame.leave = LeaveHard;
                hardBoundary();
                m_ctx.container = ++m_serial;
                ensureBlock(); // an li is an item even when it only holds a nested list
            } else {
                frame.leave = LeaveSoft;
                softBoundary();
            }
            break;
        case Role::Figure:
            if (!m_ctx.inFigure && (inlineHost(m_ctx.kind) || m_ctx.kind == Kind::Quote)) {
                frame.leave = LeaveHard | LeaveFigure;
                hardBoundary();
                m_ctx.inFigure = true;
                frame.figureStart = m_blocks.size();
            } else {
                frame.leave = LeaveSoft;
                softBoundary();
            }
            break;
        case Role::Caption:
            if (m_ctx.inFigure && (inlineHost(m_ctx.kind) || m_ctx.kind == Kind::Quote)) {
                frame.leave = LeaveHard;
                hardBoundary();
                m_ctx.kind = Kind::Caption;
                m_ctx.container = ++m_serial;
            } else {
                frame.leave = LeaveSoft;
                softBoundary();
            }
            break;
        case Role::Pre:
            frame.leave = LeaveSoft;
            softBoundary();
            m_ctx.pre = true;
            break;
        case Role::Table:
            // A table inside a cell, a list item or a caption is read as its text.
            if (!inlineHost(m_ctx.kind) && m_ctx.kind != Kind::Quote) {
                frame.leave = LeaveSoft;
                softBoundary();
                break;
            }
            frame.leave = LeaveHard;
            hardBoundary();
            m_ctx.kind = Kind::Paragraph; // stray text in a table is a paragraph of its own
            m_ctx.table = ++m_tables;
            m_ctx.row = -1;
            m_rows = -1;
            m_wordListOpen = false;
            break;
        case Role::Row:
            if (m_ctx.table == 0 || breakHost(m_ctx.kind)) {
                frame.leave = LeaveSoft;
                softBoundary();
                break;
            }
            frame.leave = LeaveHard;
            hardBoundary();
            m_ctx.row = ++m_rows;
            break;
        case Role::Cell:
            if (m_ctx.table == 0 || m_ctx.row < 0 || breakHost(m_ctx.kind)) {
                frame.leave = LeaveSoft;
                softBoundary();
                break;
            }
            frame.leave = LeaveHard;
            hardBoundary();
            m_ctx.kind = Kind::Cell;
            m_ctx.header = el.tag == GUMBO_TAG_TH;
            m_ctx.colSpan = spanAttribute(el, "colspan");
            m_ctx.rowSpan = spanAttribute(el, "rowspan");
            m_ctx.container = ++m_serial;
            ensureBlock(); // an empty cell is still a cell
            break;
        case Role::TableCaption:
            if (m_ctx.table == 0 || breakHost(m_ctx.kind)) {
                frame.leave = LeaveSoft;
                softBoundary();
                break;
            }
            frame.leave = LeaveHard;
            hardBoundary();
            m_ctx.kind = Kind::TableCaption;
            m_ctx.container = ++m_serial;
            break;
        case Role::Block:
            frame.leave = LeaveSoft;
            softBoundary();
            if (style.wordLevel > 0 && inlineHost(m_ctx.kind))
                wordItem(node, style.wordLevel, frame);
            break;
        case Role::Unwrap: // span, font, u, o:p, unknown elements...
            break;
        }
        if (style.bold >= 0)
            m_ctx.bold = style.bold == 1;
        if (style.italic >= 0)
            m_ctx.italic = style.italic == 1;
        m_frames.append(frame);
    }

    // A Word list paragraph (<p style="mso-list:l0 level2 lfo1">) becomes a list item;
    // consecutive ones share lists per level.
    void wordItem(const GumboNode *node, int wordLevel, Frame &frame)
    {
        const int level = std::min(wordLevel, MaxListDepth);
        const bool ordered = isOrderedMarker(wordMarker(node));
        if (!m_wordListOpen)
            m_wordLists.clear();
        m_wordLists.resize(std::min<qsizetype>(m_wordLists.size(), level));
        while (m_wordLists.size() < level)
            m_wordLists.append(WordList{++m_lists, ordered});
        if (m_wordLists.last().ordered != ordered)
            m_wordLists.last() = WordList{++m_lists, ordered};
        frame.leave = LeaveHard;
        hardBoundary();
        m_ctx.kind = Kind::Item;
        m_ctx.listId = m_wordLists.last().id;
        m_ctx.level += level;
        m_ctx.ordered = ordered;
        m_ctx.container = ++m_serial;
        m_ctx.wordItem = true;
    }

    void leave(const Frame &frame)
    {
        m_ctx = frame.saved;
        if (frame.leave & LeaveHard)
            hardBoundary();
        else if (frame.leave & LeaveSoft)
            softBoundary();
        if (frame.leave & LeaveFigure)
            reorderFigure(frame.figureStart);
    }

    // Inside a <figure>: images first (in order), the first caption right after them,
    // then anything else; captions without an image are plain paragraphs.
    void reorderFigure(qsizetype start)
    {
        Blocks figures, captions, others;
        for (qsizetype i = start; i < m_blocks.size(); ++i) {
            Block &b = m_blocks[i];
            (b.kind == Kind::Figure    ? figures
             : b.kind == Kind::Caption ? captions
                                       : others)
                .append(std::move(b));
        }
        m_blocks.resize(start);
        m_blocks += figures;
        for (qsizetype i = 0; i < captions.size(); ++i) {
            if (i > 0 || figures.isEmpty())
                captions[i].kind = Kind::Paragraph;
            (i == 0 && !figures.isEmpty() ? m_blocks : others).append(std::move(captions[i]));
        }
        m_blocks += others;
    }

    void text(const char *utf8)
    {
        QString t = m_expand(utf8);
        if (!m_open && isWhitespace(t))
            return;
        if (m_ctx.pre) {
            t.replace(u"\r\n"_s, u"\n"_s);
            t.replace(u'\r', u'\n');
            t.replace(u'\n', QChar(0x2028));
        }
        ensureBlock();
        appendText(t);
    }

    void appendText(const QString &t)
    {
        const Format format{m_ctx.bold, m_ctx.italic, m_ctx.href};
        if (!m_cur.spans.isEmpty() && m_cur.spans.last().imageSrc.isEmpty() &&
            m_cur.spans.last().format == format)
            m_cur.spans.last().text += t;
        else
            m_cur.spans.append(Span{t, format, {}, {}});
    }

    void image(const GumboElement &el)
    {
        const char *src = attribute(el, "src");
        const QString url = src ? cleanUrl(QString::fromUtf8(src), UrlUse::Image) : QString();
        if (url.isEmpty())
            return;
        const char *alt = attribute(el, "alt");
        const QString altText = alt ? QString::fromUtf8(alt) : QString();
        if (breakHost(m_ctx.kind)) {
            ensureBlock();
            m_cur.spans.append(Span{QString(), Format(), url, altText});
            return;
        }
        hardBoundary();
        Block figure;
        figure.kind = Kind::Figure;
        figure.imageSrc = url;
        figure.imageAlt = altText;
        m_blocks.append(std::move(figure));
        m_wordListOpen = false;
    }

    void ensureBlock()
    {
        if (m_open)
            return;
        m_cur = Block{m_ctx.kind, m_ctx.listId, m_ctx.level, m_ctx.ordered, {}, {}, {}};
        if (m_ctx.kind == Kind::Cell || m_ctx.kind == Kind::TableCaption) {
            m_cur.table = m_ctx.table;
            m_cur.row = m_ctx.row;
            m_cur.header = m_ctx.header;
            m_cur.colSpan = m_ctx.colSpan;
            m_cur.rowSpan = m_ctx.rowSpan;
        }
        m_curContainer = m_ctx.container;
        m_curWord = m_ctx.wordItem;
        m_open = true;
    }

    void hardBoundary()
    {
        if (!m_open)
            return;
        m_open = false;
        bool content = m_cur.kind == Kind::Item || m_cur.kind == Kind::Cell;
        for (const Span &s : std::as_const(m_cur.spans))
            content = content || !s.imageSrc.isEmpty() || !isWhitespace(s.text);
        if (!content)
            return;
        m_wordListOpen = m_curWord; // another kind of block ends a Word list
        m_blocks.append(std::move(m_cur));
    }

    // A block element's edge: a new block, or a line break inside an li, a figcaption, a
    // table cell or caption.
    void softBoundary()
    {
        if (m_open && breakHost(m_cur.kind) && m_curContainer == m_ctx.container)
            appendText(QString(QChar(0x2028)));
        else
            hardBoundary();
    }

    struct WordList
    {
        int id;
        bool ordered;
    };

    TextExpander m_expand;
    Blocks m_blocks;
    QList<Frame> m_frames;
    Ctx m_ctx;
    Block m_cur;
    bool m_open = false;
    int m_curContainer = 0;
    bool m_curWord = false;
    int m_serial = 0;
    int m_lists;
    int m_tables;
    int m_rows = -1; // rows of the table being read so far, minus one
    bool m_wordListOpen = false;
    QList<WordList> m_wordLists;
};

} // namespace

Blocks buildBlocks(const GumboInternalNode *body, const Prefiltered &input, qsizetype chunk)
{
    return Builder(input, chunk).run(body);
}

} // namespace PressDesk::Html::detail
