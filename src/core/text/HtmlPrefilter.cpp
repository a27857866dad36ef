// A tokenizer pass in front of gumbo. gumbo (like any HTML5 tree builder) is quadratic in
// the depth of the open-element stack and in the list of active formatting elements, and
// can create many nodes per tag (formatting-element reconstruction), so hostile input
// could make it run for minutes or use gigabytes. This pass re-serializes the input as a
// token stream gumbo reads exactly as we do:
//  - comments, doctype, processing instructions, CDATA: dropped (Word's list markers
//    "[if !supportLists]" / "[endif]" are kept as canonical comments);
//  - script, style, title, textarea, xmp, iframe, noembed, noframes, noscript (raw text),
//    svg, math, template, object, applet: dropped with their content, so gumbo never
//    switches tokenizer state or enters foreign content;
//  - tags are rewritten as <name> with only the attributes the sanitizer reads: a@href,
//    img@src/alt, td/th@colspan/rowspan (as a number above 1), and a reduced style
//    (font-weight, font-style, mso-list);
//  - <b>/<strong> with font-weight:normal and <i>/<em> with font-style:normal (Google
//    Docs' wrapper) are dropped;
//  - a model of the open-element stack (the tree builder's implied closes and end-tag
//    rules, approximated) caps nesting at MaxDepth: deeper start tags are dropped (their
//    text is kept) together with their end tags; likewise formatting elements beyond
//    MaxActive unclosed ones (the parser re-creates all of them in every paragraph).
// Without attributes, identical formatting elements are capped by the parser's own
// "Noah's Ark" rule. HtmlSanitizer.cpp additionally runs gumbo with a memory budget.
#include "text/HtmlModel.h"

#include <QHash>

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace PressDesk::Html::detail {

namespace {

constexpr int MaxDepth = 128;
constexpr int MaxWalk = 256;
constexpr int MaxActive = 12;
constexpr qsizetype ChunkBytes = qsizetype(1) << 20; // fixed: output must not depend on cores

enum Cat : quint32 {
    Void = 1u << 0,       // no end tag
    Drop = 1u << 1,       // tag dropped, content kept (html/head/body) or nothing to keep
    Raw = 1u << 2,        // raw-text element: dropped with its content
    Region = 1u << 3,     // dropped with its content (normal tokenization inside)
    Formatting = 1u << 4, // HTML formatting element
    Special = 1u << 5,    // HTML "special" category
    Scope = 1u << 6,      // default scope boundary
    PCloser = 1u << 7,    // start tag closes an open <p>
    Heading = 1u << 8,
    Block = 1u << 9,   // becomes a paragraph break in flat mode
    Table = 1u << 10,  // table structure (scoped by <table>)
    NoSplit = 1u << 11 // never starts a chunk
};

const QHash<std::string_view, quint32> &categories()
{
    static const QHash<std::string_view, quint32> table = [] {
        QHash<std::string_view, quint32> t;
        auto add = [&t](std::initializer_list<std::string_view> names, quint32 cats) {
            for (std::string_view n : names)
                t[n] |= cats;
        };
        add({"br", "img", "image", "hr", "wbr"}, Void);
        add({"area",  "base",   "basefont", "bgsound",  "col",     "embed",  "frame",
             "input", "keygen", "link",     "meta",     "param",   "source", "track",
             "html",  "head",   "body",     "frameset", "isindex", "nextid", "menuitem"},
            Void | Drop);
        add({"script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes",
             "noscript"},
            Raw);
        add({"svg", "math", "template", "object", "applet"}, Region);
        add({"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong",
             "tt", "u"},
            Formatting);
        add({"address",  "article",    "aside",   "blockquote", "button", "caption", "center",
             "colgroup", "dd",         "details", "dir",        "div",    "dl",      "dt",
             "fieldset", "figcaption", "figure",  "footer",     "form",   "h1",      "h2",
             "h3",       "h4",         "h5",      "h6",         "header", "hgroup",  "li",
             "listing",  "main",       "marquee", "menu",       "nav",    "ol",      "p",
             "pre",      "section",    "select",  "summary",    "table",  "tbody",   "td",
             "tfoot",    "th",         "thead",   "tr",         "ul"},
            Special);
        add({"caption", "table", "td", "th", "marquee"}, Scope);
        add({"address", "article", "aside", "blockquote", "center",     "details", "dialog",
             "dir",     "div",     "dl",    "fieldset",   "figcaption", "figure",  "footer",
             "header",  "hgroup",  "main",  "menu",       "nav",        "ol",      "p",
             "section", "summary", "ul",    "h1",         "h2",         "h3",      "h4",
             "h5",      "h6",      "pre",   "listing",    "form",       "table",   "hr",
             "li",      "dd",      "dt"},
            PCloser | Block);
        add({"h1", "h2", "h3", "h4", "h5", "h6"}, Heading);
        add({"td", "th", "tr", "caption", "tbody", "thead", "tfoot", "option"}, Block);
        add({"td", "th", "tr", "tbody", "thead", "tfoot", "caption", "colgroup"}, Table);
        add({"blockquote", "figcaption", "li", "dd", "dt"}, NoSplit);
        return t;
    }();
    return table;
}

quint32 catsOf(std::string_view name)
{
    return categories().value(name, 0);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

std::string lowerCopy(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        c = lower(c);
    return out;
}

struct Tag
{
    std::string name;
    bool end = false;
    bool selfClosing = false;
    std::string_view href, src, alt, style, colspan, rowspan;
    bool hasHref = false, hasSrc = false, hasAlt = false, hasStyle = false, hasColspan = false,
         hasRowspan = false;
};

// A colspan/rowspan value as the HTML standard reads it (leading digits after spaces), capped
// at 1000; 1 when there is none.
int spanValue(std::string_view value)
{
    size_t p = 0;
    while (p < value.size() && isSpace(value[p]))
        ++p;
    if (p < value.size() && value[p] == '+')
        ++p;
    int n = 0;
    for (; p < value.size() && value[p] >= '0' && value[p] <= '9'; ++p)
        n = std::min(n * 10 + (value[p] - '0'), 1000);
    return std::max(n, 1);
}

class Prefilter
{
public:
    Prefilter(std::string_view in, bool flat, bool placeholders)
        : m_in(in), m_flat(flat), m_placeholders(placeholders)
    {
        m_out.reserve(qsizetype(in.size()) + 64);
    }

    QList<std::pair<qsizetype, qsizetype>> takeRuns() { return std::move(m_runs); }
    QList<Prefiltered::Chunk> takeChunks() { return std::move(m_chunks); }
    qsizetype tags() const { return m_tags; }

    QByteArray run()
    {
        while (m_pos < m_in.size()) {
            const size_t lt = m_in.find('<', m_pos);
            const size_t stop = lt == std::string_view::npos ? m_in.size() : lt;
            if (m_region.empty())
                text(m_in.substr(m_pos, stop - m_pos));
            m_pos = stop;
            if (m_pos < m_in.size())
                markup();
        }
        return m_out;
    }

private:
    char at(size_t i) const { return i < m_in.size() ? m_in[i] : '\0'; }

    // A long run without character references is passed as U+E000 plus its index in two
    // digits U+E100 + (0..4095). Whitespace-only runs stay (the tree builder treats them
    // differently), as does the text right after <pre> (its first newline is dropped).
    void text(std::string_view run)
    {
        const bool afterPre = m_afterPre;
        m_afterPre = false;
        if (!m_placeholders || m_flat || afterPre || run.size() < 12 ||
            m_runs.size() >= (1 << 24) || run.find('&') != std::string_view::npos ||
            run.find_first_not_of(" \t\n\f\r") == std::string_view::npos) {
            m_out.append(run.data(), qsizetype(run.size()));
            return;
        }
        const qsizetype index = m_runs.size();
        m_runs.append({qsizetype(run.data() - m_in.data()), qsizetype(run.size())});
        for (const char32_t c : {char32_t(0xE000), char32_t(0xE100 + (index >> 12)),
                                 char32_t(0xE100 + (index & 0xFFF))}) {
            m_out.append(char(0xE0 | (c >> 12)));
            m_out.append(char(0x80 | ((c >> 6) & 0x3F)));
            m_out.append(char(0x80 | (c & 0x3F)));
        }
    }

    void markup()
    {
        m_afterPre = false;
        const char next = at(m_pos + 1);
        if (isAlpha(next) || (next == '/' && isAlpha(at(m_pos + 2)))) {
            Tag tag;
            if (!readTag(tag)) {
                m_pos = m_in.size(); // EOF inside a tag: the tag is discarded
                return;
            }
            if (tag.end)
                endTag(tag);
            else
                startTag(tag);
        } else if (m_in.compare(m_pos, 4, "<!--") == 0) {
            comment();
        } else if (next == '!' || next == '?' || next == '/') {
            const size_t gt = m_in.find('>', m_pos + 2);
            const size_t end = gt == std::string_view::npos ? m_in.size() : gt;
            marker(m_in.substr(m_pos + 2, end - m_pos - 2));
            m_pos = gt == std::string_view::npos ? m_in.size() : gt + 1;
        } else {
            if (m_region.empty())
                m_out.append("&lt;");
            ++m_pos;
        }
    }

    void comment()
    {
        size_t p = m_pos + 4;
        size_t textEnd = m_in.size(), after = m_in.size();
        if (at(p) == '>') {
            textEnd = p, after = p + 1;
        } else if (at(p) == '-' && at(p + 1) == '>') {
            textEnd = p, after = p + 2;
        } else {
            for (size_t d = m_in.find("--", p); d != std::string_view::npos;
                 d = m_in.find("--", d + 1)) {
                size_t e = d + 2;
                while (at(e) == '-')
                    ++e;
                if (at(e) == '>' || (at(e) == '!' && at(e + 1) == '>')) {
                    textEnd = d, after = e + (at(e) == '>' ? 1 : 2);
                    break;
                }
            }
        }
        marker(m_in.substr(p, textEnd - p));
        m_pos = std::min(after, m_in.size());
    }

    // Word's conditional list-marker comments survive, everything else is dropped.
    void marker(std::string_view text)
    {
        if (!m_region.empty() || m_flat)
            return;
        const size_t first = text.find_first_not_of(" \t\n\f\r");
        const size_t last = text.find_last_not_of(" \t\n\f\r");
        const std::string t = first == std::string_view::npos
                                  ? std::string()
                                  : lowerCopy(text.substr(first, last - first + 1));
        if (t == "[if !supportlists]")
            m_out.append("<!--[if !supportLists]-->");
        else if (t == "[endif]")
            m_out.append("<!--[endif]-->");
    }

    bool readTag(Tag &tag)
    {
        size_t p = m_pos + 1;
        if (m_in[p] == '/') {
            tag.end = true;
            ++p;
        }
        const size_t nameStart = p;
        while (p < m_in.size() && !isSpace(m_in[p]) && m_in[p] != '/' && m_in[p] != '>')
            ++p;
        tag.name = lowerCopy(m_in.substr(nameStart, p - nameStart));
        for (;;) {
            while (p < m_in.size() && (isSpace(m_in[p]) || m_in[p] == '/')) {
                tag.selfClosing = m_in[p] == '/' && at(p + 1) == '>';
                ++p;
            }
            if (p >= m_in.size())
                return false;
            if (m_in[p] == '>') {
                m_pos = p + 1;
                return true;
            }
            const size_t attrStart = p++;
            while (p < m_in.size() && !isSpace(m_in[p]) && m_in[p] != '/' && m_in[p] != '>' &&
                   m_in[p] != '=')
                ++p;
            const std::string attr = lowerCopy(m_in.substr(attrStart, p - attrStart));
            while (p < m_in.size() && isSpace(m_in[p]))
                ++p;
            std::string_view value;
            if (at(p) == '=') {
                ++p;
                while (p < m_in.size() && isSpace(m_in[p]))
                    ++p;
                if (p >= m_in.size())
                    return false;
                if (m_in[p] == '"' || m_in[p] == '\'') {
                    const size_t close = m_in.find(m_in[p], p + 1);
                    if (close == std::string_view::npos)
                        return false;
                    value = m_in.substr(p + 1, close - p - 1);
                    p = close + 1;
                } else {
                    const size_t start = p;
                    while (p < m_in.size() && !isSpace(m_in[p]) && m_in[p] != '>')
                        ++p;
                    value = m_in.substr(start, p - start);
                }
            }
            auto keep = [&](std::string_view name, std::string_view &slot, bool &has) {
                if (attr == name && !has) {
                    slot = value;
                    has = true;
                }
            };
            keep("href", tag.href, tag.hasHref);
            keep("src", tag.src, tag.hasSrc);
            keep("alt", tag.alt, tag.hasAlt);
            keep("style", tag.style, tag.hasStyle);
            keep("colspan", tag.colspan, tag.hasColspan);
            keep("rowspan", tag.rowspan, tag.hasRowspan);
        }
    }

    // Skips the content of a raw-text element up to its end tag (or the end of input).
    void skipRaw(const std::string &name)
    {
        for (size_t p = m_in.find("</", m_pos); p != std::string_view::npos;
             p = m_in.find("</", p + 2)) {
            if (p + 2 + name.size() > m_in.size())
                break;
            bool same = true;
            for (size_t i = 0; i < name.size() && same; ++i)
                same = lower(m_in[p + 2 + i]) == name[i];
            const char after = at(p + 2 + name.size());
            if (same && (isSpace(after) || after == '/' || after == '>')) {
                m_pos = p;
                Tag end;
                if (!readTag(end))
                    m_pos = m_in.size();
                return;
            }
        }
        m_pos = m_in.size();
    }

    void appendAttr(std::string_view name, std::string_view value)
    {
        m_out.append(' ').append(name.data(), qsizetype(name.size())).append("=\"");
        for (char c : value) {
            if (c == '"')
                m_out.append("&quot;");
            else
                m_out.append(c);
        }
        m_out.append('"');
    }

    void startTag(const Tag &tag)
    {
        const quint32 cats = catsOf(tag.name);
        if (!m_region.empty()) {
            if (tag.name == m_region && !tag.selfClosing)
                ++m_regionDepth;
            else if (cats & Raw)
                skipRaw(tag.name);
            return;
        }
        if (cats & Raw)
            return skipRaw(tag.name);
        if (tag.name == "plaintext") { // the rest of the input is text
            for (size_t p = m_pos; p < m_in.size(); ++p) {
                if (m_in[p] == '<')
                    m_out.append("&lt;");
                else if (m_in[p] == '&')
                    m_out.append("&amp;");
                else
                    m_out.append(m_in[p]);
            }
            m_pos = m_in.size();
            return;
        }
        if (cats & Region) {
            const bool foreign = tag.name == "svg" || tag.name == "math";
            if (foreign && tag.selfClosing)
                return; // <svg/> has no content
            m_region = tag.name;
            m_regionDepth = 1;
            return;
        }
        if (cats & Drop)
            return;
        if (m_flat) {
            if (tag.name == "br")
                m_out.append("<br>");
            else if (cats & Block)
                m_out.append("<p>");
            m_tags += (cats & Block) || tag.name == "br" ? 1 : 0;
            return;
        }
        impliedCloses(tag.name, cats);

        const std::string style = tag.hasStyle ? reduceStyle(tag.style) : std::string();
        const bool img = tag.name == "img" || tag.name == "image";
        bool phantom = false;
        if (cats & Formatting) {
            const bool b = tag.name == "b" || tag.name == "strong";
            const bool i = tag.name == "i" || tag.name == "em";
            phantom = (b && style.find("font-weight:400") != std::string::npos) ||
                      (i && style.find("font-style:normal") != std::string::npos) ||
                      m_activeTotal >= MaxActive;
            if (!phantom) { // the parser keeps at most 3 identical entries ("Noah's Ark")
                int &active = m_active[tag.name];
                m_activeTotal += active < 3 ? 1 : 0;
                active = std::min(active + 1, 3);
            }
        }
        if (!(cats & Void) && (phantom || m_depth >= MaxDepth)) {
            m_stack.push_back(Entry{tag.name, cats, true});
            return;
        }
        if (m_depth == 0 && m_activeTotal == 0 && (cats & PCloser) && !(cats & NoSplit) &&
            style.find("mso-list") == std::string::npos &&
            m_out.size() - m_chunks.last().begin >= ChunkBytes) {
            // Top level, nothing open: what follows parses the same on its own (Word list
            // paragraphs, quotes and captions stay with what precedes them).
            m_chunks.append(Prefiltered::Chunk{m_out.size(), m_runs.size(), m_tags});
        }
        ++m_tags;
        if (img) {
            m_out.append("<img");
            if (tag.hasSrc)
                appendAttr("src", tag.src);
            if (tag.hasAlt)
                appendAttr("alt", tag.alt);
        } else {
            m_out.append('<').append(tag.name.data(), qsizetype(tag.name.size()));
            if (tag.name == "a" && tag.hasHref)
                appendAttr("href", tag.href);
            if (tag.name == "td" || tag.name == "th") {
                if (const int n = tag.hasColspan ? spanValue(tag.colspan) : 1; n > 1)
                    appendAttr("colspan", std::to_string(n));
                if (const int n = tag.hasRowspan ? spanValue(tag.rowspan) : 1; n > 1)
                    appendAttr("rowspan", std::to_string(n));
            }
            if (!(cats & Formatting) && !style.empty())
                appendAttr("style", style);
        }
        m_out.append('>');
        m_afterPre = tag.name == "pre" || tag.name == "listing";
        if (!(cats & Void)) {
            m_stack.push_back(Entry{tag.name, cats, false});
            ++m_depth;
        }
    }

    void endTag(const Tag &tag)
    {
        const quint32 cats = catsOf(tag.name);
        if (!m_region.empty()) {
            if (tag.name == m_region && --m_regionDepth == 0)
                m_region.clear();
            return;
        }
        if (cats & (Drop | Raw | Region))
            return;
        if (m_flat) {
            if (cats & Block)
                m_out.append("<p>");
            m_tags += (cats & Block) ? 1 : 0;
            return;
        }
        const bool scoped = (cats & (Special | Heading)) != 0;
        const size_t limit = m_stack.size() > MaxWalk ? m_stack.size() - MaxWalk : 0;
        for (size_t i = m_stack.size(); i-- > limit;) {
            const Entry &e = m_stack[i];
            const bool match = e.name == tag.name || (cats & e.cats & Heading);
            if (match) {
                if (e.phantom) { // gumbo never saw it: keep what it did see
                    m_stack.erase(m_stack.begin() + qsizetype(i));
                    return;
                }
                popTo(i);
                break;
            }
            if (scoped ? boundary(e, tag.name, cats) : (e.cats & Special) != 0)
                break;
        }
        if (cats & Formatting) { // the parser drops it from its active formatting list
            const auto active = m_active.find(tag.name);
            if (active != m_active.end() && active->second > 0) {
                --active->second;
                --m_activeTotal;
            }
        }
        m_out.append("</").append(tag.name.data(), qsizetype(tag.name.size())).append('>');
    }

    struct Entry
    {
        std::string name;
        quint32 cats;
        bool phantom;
    };

    static bool boundary(const Entry &e, const std::string &name, quint32 cats)
    {
        if (cats & Table)
            return e.name == "table";
        if (name == "li" && (e.name == "ul" || e.name == "ol"))
            return true;
        if (name == "p" && e.name == "button")
            return true;
        return (e.cats & Scope) != 0;
    }

    void popTo(size_t index)
    {
        while (m_stack.size() > index) {
            if (!m_stack.back().phantom)
                --m_depth;
            m_stack.pop_back();
        }
    }

    // Pops to the nearest entry named like one of names, walking down while `pass` holds.
    template <typename Pass>
    void closeNearest(std::initializer_list<std::string_view> names, Pass pass)
    {
        const size_t limit = m_stack.size() > MaxWalk ? m_stack.size() - MaxWalk : 0;
        for (size_t i = m_stack.size(); i-- > limit;) {
            const Entry &e = m_stack[i];
            for (std::string_view n : names) {
                if (e.name == n && !e.phantom)
                    return popTo(i);
            }
            if (!pass(e))
                return;
        }
    }

    void impliedCloses(const std::string &name, quint32 cats)
    {
        auto notSpecialExceptDivP = [](const Entry &e) {
            return !(e.cats & Special) || e.name == "address" || e.name == "div" || e.name == "p";
        };
        auto inScope = [](const Entry &e) {
            return !(e.cats & Scope);
        };
        auto inTable = [](const Entry &e) {
            return e.name != "table";
        };
        if (name == "li")
            closeNearest({"li"}, notSpecialExceptDivP);
        else if (name == "dd" || name == "dt")
            closeNearest({"dd", "dt"}, notSpecialExceptDivP);
        if (cats & PCloser)
            closeNearest({"p"},
                         [](const Entry &e) { return !(e.cats & Scope) && e.name != "button"; });
        if ((cats & Heading) && !m_stack.empty() && (m_stack.back().cats & Heading) &&
            !m_stack.back().phantom)
            popTo(m_stack.size() - 1);
        if (name == "td" || name == "th")
            closeNearest({"td", "th"}, inTable);
        else if (name == "tr")
            closeNearest({"tr"}, inTable);
        else if (name == "tbody" || name == "thead" || name == "tfoot")
            closeNearest({"tbody", "thead", "tfoot"}, inTable);
        else if (name == "option" || name == "optgroup")
            closeNearest({"option"}, [](const Entry &) { return false; });
        else if (name == "a" || name == "nobr")
            closeNearest({name}, [](const Entry &e) { return !(e.cats & Special); });
        else if (name == "button")
            closeNearest({"button"}, inScope);
        if (name == "optgroup")
            closeNearest({"optgroup"}, [](const Entry &) { return false; });
    }

    std::string_view m_in;
    bool m_flat;
    bool m_placeholders;
    bool m_afterPre = false;
    QList<std::pair<qsizetype, qsizetype>> m_runs;
    QList<Prefiltered::Chunk> m_chunks{Prefiltered::Chunk{0, 0, 0}};
    qsizetype m_tags = 0;
    size_t m_pos = 0;
    QByteArray m_out;
    std::vector<Entry> m_stack;
    int m_depth = 0; // real (emitted) entries in m_stack
    // Approximation of the parser's list of active formatting elements, which it
    // re-creates in every new block: capped at MaxActive entries.
    std::unordered_map<std::string, int> m_active;
    int m_activeTotal = 0;
    std::string m_region;
    int m_regionDepth = 0;
};

} // namespace

Prefiltered prefilter(const QByteArray &source, bool placeholders, bool flat)
{
    Prefiltered result;
    result.source = source;
    Prefilter filter(std::string_view(source.constData(), size_t(source.size())), flat,
                     placeholders);
    result.html = filter.run();
    result.runs = filter.takeRuns();
    result.chunks = filter.takeChunks();
    result.tags = filter.tags();
    result.flat = flat;
    return result;
}

} // namespace PressDesk::Html::detail
