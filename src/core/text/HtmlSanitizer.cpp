// Html::sanitize(): any HTML -> PressDesk's canonical body HTML.
//
// Canonical form (what sanitize() and RichText::toHtml() write, byte for byte):
//  - Top-level blocks joined by "\n", no trailing newline; empty input/content -> "".
//    Blocks: <p>, <h2>, <h3>, <blockquote>, <ul>/<ol>, <figure>. Empty blocks are dropped.
//  - <blockquote>\n<p>…</p>\n<p>…</p>\n</blockquote>: quotes hold paragraphs only;
//    adjacent quotes merge.
//  - <ul>\n<li>…</li>\n</ul>; a nested list follows its item's text inside the <li>:
//    <li>hai<ul>\n<li>con</li>\n</ul></li>. An <li> holds inline content and lists only;
//    an empty <li> survives only to hold a nested list. Nesting is capped at 8 levels.
//  - <figure><img src="…" alt="…"><figcaption>…</figcaption></figure> on one line, alt
//    always present (may be empty), figcaption only when non-empty.
//  - Inline content: text, <strong>, <em>, <a href="…">, <br>. Nesting is derived from
//    per-character formats: open elements are kept while the following text wants them,
//    missing ones open longest-first (ties: a, strong, em); no empty or repeated elements.
//    Headings carry no <strong> (they are bold anyway).
//  - Whitespace collapsed as a browser renders it (U+00A0 included), trimmed at block
//    edges and around <br>; a space/<br> between two runs takes the formats both share.
//    Two or more <br> in a row split a p/h2/h3/quote paragraph (one <br> in li/figcaption);
//    leading and trailing <br> are dropped.
//  - Text is NFC; & < > " are escaped as &amp; &lt; &gt; &quot; (text and attributes);
//    controls, U+FEFF, U+FFFC and noncharacters are dropped, lone surrogates -> U+FFFD.
//  - URLs: a@href http(s) with a host, or mailto:; img@src http(s) or pdimg:<64 hex>
//    (lower case). Scheme lower-cased, tabs/newlines/controls removed, spaces as %20.
//
// Mapping: b -> strong, i -> em, h1/h2 -> h2, h3-h6 -> h3; div, section, table cells and
// other block containers become paragraph breaks (inside an li or a figcaption: <br>);
// an img outside a figure becomes its own figure (inside a list item: after the list); a
// <figure> keeps its images in order, its caption goes with the last one. Word list
// paragraphs (style mso-list) become real lists. Dropped with their content: script,
// style, iframe, object, embed, template, head, svg, math, forms, media, comments.
#include "text/HtmlSanitizer.h"

#include "text/HtmlModel.h"

#include <gumbo.h>

#include <QRegularExpression>
#include <QElapsedTimer>
#include <cstdio>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <csetjmp>
#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;

namespace PressDesk::Html {

using namespace detail;

namespace {

// ---- gumbo with an arena and a budget -------------------------------------------------
// Every gumbo allocation comes from an arena freed in one go (faster than malloc/free for
// millions of small nodes, and no gumbo_destroy_output() walk: its recursion is avoided
// too). Past the memory or time budget the parse is abandoned with longjmp: only C frames
// (gumbo) and arenaAllocate() lie in between, and the arena owns all of gumbo's memory.

struct Arena
{
    static constexpr size_t ChunkSize = size_t(1) << 20;
    struct alignas(16) Chunk
    {
        Chunk *next;
    };

    explicit Arena(size_t budgetBytes) : budget(budgetBytes) {}
    Arena(const Arena &) = delete;
    Arena &operator=(const Arena &) = delete;
    ~Arena()
    {
        while (chunks) {
            Chunk *next = chunks->next;
            std::free(chunks);
            chunks = next;
        }
    }

    char *chunk(size_t bytes)
    {
        auto *c = static_cast<Chunk *>(std::malloc(sizeof(Chunk) + bytes));
        if (!c)
            return nullptr;
        c->next = chunks;
        chunks = c;
        return reinterpret_cast<char *>(c) + sizeof(Chunk);
    }

    Chunk *chunks = nullptr;
    char *cur = nullptr;
    size_t left = 0;
    size_t used = 0;
    size_t budget;
    unsigned calls = 0;
    std::chrono::steady_clock::time_point deadline =
        std::chrono::steady_clock::now() + std::chrono::seconds(10);
    std::jmp_buf *escape = nullptr;
};

void *arenaAllocate(void *userdata, size_t size)
{
    auto *a = static_cast<Arena *>(userdata);
    size = size == 0 ? 16 : (size + 15) & ~size_t(15);
    a->used += size;
    const bool late = (++a->calls & 0x3FF) == 0 && std::chrono::steady_clock::now() > a->deadline;
    if (a->used > a->budget || late)
        std::longjmp(*a->escape, 1);
    if (size > Arena::ChunkSize / 4 || size > a->left) {
        const bool big = size > Arena::ChunkSize / 4;
        char *p = a->chunk(big ? size : Arena::ChunkSize);
        if (!p)
            std::longjmp(*a->escape, 1);
        if (big)
            return p;
        a->cur = p;
        a->left = Arena::ChunkSize;
    }
    void *p = a->cur;
    a->cur += size;
    a->left -= size;
    return p;
}

void arenaDeallocate(void *, void *) {}

// nullptr when the budget ran out.
GumboOutput *guardedParse(Arena *arena, const char *data, size_t size)
{
    std::jmp_buf escape;
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = arenaAllocate;
    options.deallocator = arenaDeallocate;
    options.userdata = arena;
    options.max_errors = 0;
    arena->escape = &escape;
    if (setjmp(escape) != 0)
        return nullptr;
    return gumbo_parse_with_options(&options, data, size);
}

// ---- DOM walk -------------------------------------------------------------------------

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

// Text of the bullet/number Word writes before a list paragraph's text (in a
// mso-list:Ignore span or between [if !supportLists] and [endif] comments).
QString wordMarker(const GumboNode *paragraph)
{
    QString marker;
    QList<const GumboNode *> todo{paragraph};
    int budget = 200, collecting = 0;
    while (!todo.isEmpty() && budget-- > 0) {
        const GumboNode *node = todo.takeFirst();
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
            if (collecting > 0)
                marker += QString::fromUtf8(node->v.text.text);
            continue;
        }
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboVector &children = node->v.element.children;
        const bool ignore = node != paragraph && styleOf(node->v.element).wordIgnore;
        QList<const GumboNode *> inner;
        bool between = false;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (isCommentMarker(child, "[if !supportLists]"))
                between = true;
            else if (isCommentMarker(child, "[endif]"))
                between = false;
            else if (between || ignore)
                inner.append(child);
            else
                todo.append(child);
        }
        if (!inner.isEmpty()) { // collect the marker's text, depth first
            QList<const GumboNode *> stack(inner.rbegin(), inner.rend());
            ++collecting;
            while (!stack.isEmpty() && budget-- > 0) {
                const GumboNode *n = stack.takeLast();
                if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE)
                    marker += QString::fromUtf8(n->v.text.text);
                else if (n->type == GUMBO_NODE_ELEMENT)
                    for (unsigned i = n->v.element.children.length; i-- > 0;)
                        stack.append(static_cast<const GumboNode *>(n->v.element.children.data[i]));
            }
            --collecting;
            break;
        }
    }
    return marker;
}

bool isOrderedMarker(const QString &marker)
{
    static const QRegularExpression ordered(u"\\A\\(?[0-9A-Za-z]{1,6}[.)]\\z"_s);
    QString m = marker;
    m.replace(QChar(0xA0), u' ');
    return ordered.match(m.trimmed()).hasMatch();
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

class Builder
{
public:
    explicit Builder(Prefiltered &input) : m_input(input) {}

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
        switch (el.tag) {
        case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_IFRAME:
        case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_META: case GUMBO_TAG_LINK:
        case GUMBO_TAG_BASE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
        case GUMBO_TAG_APPLET: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_CANVAS:
        case GUMBO_TAG_SELECT: case GUMBO_TAG_DATALIST: case GUMBO_TAG_TEXTAREA:
        case GUMBO_TAG_INPUT: case GUMBO_TAG_FRAMESET: case GUMBO_TAG_FRAME:
        case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_AREA:
        case GUMBO_TAG_PARAM: case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK: case GUMBO_TAG_COL:
        case GUMBO_TAG_COLGROUP: case GUMBO_TAG_KEYGEN: case GUMBO_TAG_XMP:
        case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_ISINDEX: case GUMBO_TAG_MENUITEM:
        case GUMBO_TAG_BGSOUND: case GUMBO_TAG_BASEFONT:
            return;
        case GUMBO_TAG_BR:
            ensureBlock();
            appendText(QString(QChar(0x2028)));
            return;
        case GUMBO_TAG_IMG:
        case GUMBO_TAG_IMAGE:
            image(el);
            return;
        case GUMBO_TAG_B: case GUMBO_TAG_STRONG:
            m_ctx.bold = true;
            break;
        case GUMBO_TAG_I: case GUMBO_TAG_EM:
            m_ctx.italic = true;
            break;
        case GUMBO_TAG_A:
            if (const char *href = attribute(el, "href")) {
                const QString clean = cleanUrl(QString::fromUtf8(href), UrlUse::Link);
                if (!clean.isEmpty())
                    m_ctx.href = clean;
            }
            break;
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
        case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
            frame.leave = LeaveSoft;
            softBoundary();
            if (inlineHost(m_ctx.kind)) {
                const bool two = el.tag == GUMBO_TAG_H1 || el.tag == GUMBO_TAG_H2;
                m_ctx.kind = two ? Kind::Heading2 : Kind::Heading3;
            }
            break;
        case GUMBO_TAG_BLOCKQUOTE:
            frame.leave = LeaveSoft;
            softBoundary();
            if (inlineHost(m_ctx.kind))
                m_ctx.kind = Kind::Quote;
            break;
        case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_MENU: case GUMBO_TAG_DIR:
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
        case GUMBO_TAG_LI:
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
        case GUMBO_TAG_FIGURE:
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
        case GUMBO_TAG_FIGCAPTION:
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
        case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING:
            frame.leave = LeaveSoft;
            softBoundary();
            m_ctx.pre = true;
            break;
        case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_ASIDE: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS:
        case GUMBO_TAG_SUMMARY: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
        case GUMBO_TAG_FIELDSET: case GUMBO_TAG_LEGEND: case GUMBO_TAG_FOOTER:
        case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_MAIN: case GUMBO_TAG_NAV:
        case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_CAPTION:
        case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR:
        case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_FORM: case GUMBO_TAG_HR:
        case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_MARQUEE:
        case GUMBO_TAG_OPTGROUP: case GUMBO_TAG_OPTION: case GUMBO_TAG_MULTICOL:
            frame.leave = LeaveSoft;
            softBoundary();
            if (style.wordLevel > 0 && (inlineHost(m_ctx.kind) || m_ctx.kind == Kind::Quote))
                wordItem(node, style.wordLevel, frame);
            break;
        default: // span, font, u, o:p, unknown elements...: unwrapped
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
            (b.kind == Kind::Figure ? figures : b.kind == Kind::Caption ? captions : others)
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
        QString t = expandText(m_input, utf8);
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
        if (m_ctx.kind == Kind::Item || m_ctx.kind == Kind::Caption) {
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
        m_curContainer = m_ctx.container;
        m_curWord = m_ctx.wordItem;
        m_open = true;
    }

    void hardBoundary()
    {
        if (!m_open)
            return;
        m_open = false;
        bool content = m_cur.kind == Kind::Item;
        for (const Span &s : std::as_const(m_cur.spans))
            content = content || !s.imageSrc.isEmpty() || !isWhitespace(s.text);
        if (!content)
            return;
        if (m_curWord)
            m_wordListOpen = true;
        else
            m_wordListOpen = false;
        m_blocks.append(std::move(m_cur));
    }

    // A block element's edge: a new block, or a line break inside an li / figcaption.
    void softBoundary()
    {
        if (m_open && (m_cur.kind == Kind::Item || m_cur.kind == Kind::Caption) &&
            m_curContainer == m_ctx.container)
            appendText(QString(QChar(0x2028)));
        else
            hardBoundary();
    }

    struct WordList
    {
        int id;
        bool ordered;
    };

    Prefiltered &m_input;
    Blocks m_blocks;
    QList<Frame> m_frames;
    Ctx m_ctx;
    Block m_cur;
    bool m_open = false;
    int m_curContainer = 0;
    bool m_curWord = false;
    int m_serial = 0;
    int m_lists = 0;
    bool m_wordListOpen = false;
    QList<WordList> m_wordLists;
};

const GumboNode *bodyOf(const GumboOutput *output)
{
    const GumboVector &children = output->root->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_BODY)
            return child;
    }
    return output->root;
}

} // namespace

namespace detail {

Blocks parse(const QString &html)
{
    if (html.isEmpty())
        return {};
    // Second attempt, only for inputs that exhaust the budget despite the prefilter's caps:
    // flat text and paragraphs, which gumbo parses in linear time.
    for (const bool flat : {false, true}) {
        QElapsedTimer t; t.start();
        Prefiltered input = prefilter(html, flat);
        qint64 a = t.elapsed();
        Arena arena((size_t(96) << 20) + size_t(input.html.size()) * 64);
        const GumboOutput *output =
            guardedParse(&arena, input.html.constData(), size_t(input.html.size()));
        qint64 b = t.elapsed();
        if (output) {
            Blocks raw = Builder(input).run(bodyOf(output));
            qint64 c = t.elapsed();
            Blocks n = normalize(raw);
            qint64 d = t.elapsed();
            QString w = write(n);
            qint64 e = t.elapsed();
            fprintf(stderr, "prefilter %lld gumbo %lld build %lld normalize %lld write %lld arena %zu MB gumbo input %lld\n", a, b-a, c-b, d-c, e-d, arena.used >> 20, (long long)input.html.size());
            return n;
        }
    }
    return {};
}

} // namespace detail

QString sanitize(const QString &html)
{
    return write(parse(html));
}

QString toPlainText(const QString &html)
{
    return plainText(parse(html));
}

} // namespace PressDesk::Html
