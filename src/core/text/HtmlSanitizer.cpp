// Html::sanitize(): any HTML -> PressDesk's canonical body HTML.
//
// Canonical form (what sanitize() and RichText::toHtml() write, byte for byte):
//  - Top-level blocks joined by "\n", no trailing newline; empty input/content -> "".
//    Blocks: <p>, <h2>, <h3>, <blockquote>, <ul>/<ol>, <figure>, <table>. Empty blocks are
//    dropped (not empty table cells).
//  - <blockquote>\n<p>…</p>\n<p>…</p>\n</blockquote>: quotes hold paragraphs only;
//    adjacent quotes merge.
//  - <ul>\n<li>…</li>\n</ul>; a nested list follows its item's text inside the <li>:
//    <li>hai<ul>\n<li>con</li>\n</ul></li>. An <li> holds inline content and lists only;
//    an empty <li> survives only to hold a nested list. Nesting is capped at 8 levels.
//  - <figure><img src="…" alt="…"><figcaption>…</figcaption></figure> on one line, alt
//    always present (may be empty), figcaption only when non-empty.
//  - <table>\n<caption>…</caption>\n<tr><th>…</th><td colspan="2">…</td></tr>\n</table>: a row
//    per line, no thead/tbody (a header is a row of th), colspan/rowspan only when above 1.
//    Cells and the caption hold inline content (their paragraphs, list items and headings
//    become <br>; a table inside a cell becomes its text, images go after the table). Each
//    cell sits where the HTML table model puts it (the first free column of its row); spans
//    are clipped to the free space and the table's edges, every row is padded with empty
//    cells to the table's width (at most 64 columns), a th drops <strong>; a caption
//    without cells is a paragraph.
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
//    (lower case). Scheme lower-cased, tabs/newlines/controls removed, space " < > as %20
//    %22 %3C %3E.
//
// Mapping: b -> strong, i -> em, h1/h2 -> h2, h3-h6 -> h3; thead/tbody/tfoot unwrapped; div,
// section and other block containers become paragraph breaks (inside an li or a figcaption: <br>);
// lists and headings inside a quote become its paragraphs; an img outside a figure becomes
// its own figure (inside a list item: after the list); a <figure> keeps its images in
// order, its caption goes with the last one. Word list paragraphs (style mso-list) become
// real lists; font-weight/font-style in style attributes count as bold/italic (Google
// Docs). Dropped with their content: script, style, iframe, object, embed, template,
// head, svg, math, forms, media, comments. Elements nested deeper than 128 are unwrapped.
//
// Pipeline: cleanSource() (UTF-16 -> UTF-8, controls out) -> prefilter() (HtmlPrefilter.cpp:
// a token pass that caps what gumbo could blow up on) -> gumbo, per chunk of about 1 MB
// at top-level block boundaries, in parallel, in an arena with a budget -> buildBlocks()
// (HtmlBuilder.cpp) -> normalize() + write() (HtmlWriter.cpp).
#include "text/HtmlSanitizer.h"

#include "text/HtmlModel.h"

#include <gumbo.h>

#include <QThread>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <csetjmp>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

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
    if (a->used > a->budget || (late && a->budget != SIZE_MAX))
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

// Characters removed before parsing (gumbo would turn some into U+FFFD, but not inside
// placeholder runs, so they go here): NUL and other controls except HTML whitespace,
// noncharacters, BOM, U+FFFC. Lone surrogates become U+FFFD.
bool removed(char32_t c)
{
    return (c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0C && c != 0x0D) ||
           (c >= 0x7F && c <= 0x9F) || c == 0xFEFF || c == 0xFFFC || (c >= 0xFDD0 && c <= 0xFDEF) ||
           (c & 0xFFFE) == 0xFFFE;
}

// Whether a numeric character reference could produce a placeholder character.
bool forgesPlaceholders(std::string_view s)
{
    for (size_t p = s.find("&#"); p != std::string_view::npos; p = s.find("&#", p + 2)) {
        size_t q = p + 2;
        const bool hex = q < s.size() && (s[q] == 'x' || s[q] == 'X');
        q += hex ? 1 : 0;
        while (q < s.size() && s[q] == '0')
            ++q;
        quint32 value = 0;
        for (int digits = 0; q < s.size() && digits < 7; ++q, ++digits) {
            const char c = char(std::tolower(uchar(s[q])));
            const bool dec = c >= '0' && c <= '9';
            if (!dec && !(hex && c >= 'a' && c <= 'f'))
                break;
            value = value * (hex ? 16 : 10) + quint32(dec ? c - '0' : c - 'a' + 10);
        }
        if (value >= 0xE000 && value <= 0xF0FF)
            return true;
    }
    return false;
}

// The input as UTF-8: NUL and other removed characters dropped, lone surrogates as
// U+FFFD. Placeholders are only used when nothing in the input can look like one.
QByteArray cleanSource(const QString &html, bool *placeholders)
{
    bool clean = true;
    *placeholders = true;
    for (qsizetype i = 0; i < html.size() && clean; ++i) {
        const char16_t c = html[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < html.size() &&
            QChar::isLowSurrogate(html[i + 1].unicode()))
            clean = !removed(QChar::surrogateToUcs4(c, html[++i].unicode()));
        else
            clean = !QChar::isSurrogate(c) && !removed(c);
        if (c >= 0xE000 && c <= 0xF0FF)
            *placeholders = false;
    }
    QByteArray source;
    if (clean) {
        source = html.toUtf8();
    } else {
        QString fixed;
        fixed.reserve(html.size());
        for (qsizetype i = 0; i < html.size(); ++i) {
            const char16_t c = html[i].unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < html.size() &&
                QChar::isLowSurrogate(html[i + 1].unicode())) {
                if (!removed(QChar::surrogateToUcs4(c, html[i + 1].unicode())))
                    fixed.append(html.sliced(i, 2));
                ++i;
            } else if (QChar::isSurrogate(c)) {
                fixed += QChar(QChar::ReplacementCharacter);
            } else if (!removed(c)) {
                fixed += html[i];
                *placeholders = *placeholders && !(c >= 0xE000 && c <= 0xF0FF);
            }
        }
        source = fixed.toUtf8();
    }
    *placeholders = *placeholders && !forgesPlaceholders(std::string_view(source.constData(),
                                                                          size_t(source.size())));
    return source;
}

// http(s) URL with a valid, non-empty host (URL Standard: no forbidden host code points).
bool hasHost(QStringView rest)
{
    if (!rest.startsWith(u"//"))
        return false;
    QStringView authority = rest.sliced(2);
    for (qsizetype i = 0; i < authority.size(); ++i) {
        const char16_t c = authority[i].unicode();
        if (c == u'/' || c == u'?' || c == u'#' || c == u'\\') {
            authority.truncate(i);
            break;
        }
    }
    QStringView host = authority.sliced(authority.lastIndexOf(u'@') + 1);
    if (host.startsWith(u'[')) { // IPv6 literal
        const qsizetype close = host.indexOf(u']');
        return close > 1 && (close + 1 == host.size() || host[close + 1] == u':');
    }
    if (const qsizetype colon = host.indexOf(u':'); colon >= 0) {
        for (QChar d : host.sliced(colon + 1)) {
            if (!d.isDigit())
                return false;
        }
        host.truncate(colon);
    }
    if (host.isEmpty())
        return false;
    for (QChar ch : host) {
        const char16_t c = ch.unicode();
        if (c <= 0x20 || c == 0x7F || QStringView(u"#%/:<>?@[\\]^|\"'`{}").contains(ch))
            return false;
    }
    return true;
}

bool isCssSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && isCssSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isCssSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

std::string lowerTrimmed(std::string_view s)
{
    std::string out(trim(s));
    for (char &c : out)
        c = char(std::tolower(uchar(c)));
    return out;
}

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

// Parses every chunk (in parallel when there are several), or nothing if one of them
// runs out of budget.
std::optional<Blocks> parseChunks(const Prefiltered &input)
{
    const qsizetype count = input.chunks.size();
    std::vector<std::optional<Blocks>> results{size_t(count)};
    std::atomic<qsizetype> next = 0;
    auto work = [&] {
        for (qsizetype i = next++; i < count; i = next++) {
            const qsizetype begin = input.chunks[i].begin;
            const qsizetype end = i + 1 < count ? input.chunks[i + 1].begin : input.html.size();
            const qsizetype tags = (i + 1 < count ? input.chunks[i + 1].firstTag : input.tags) -
                                   input.chunks[i].firstTag;
            // gumbo needs a few hundred bytes per element; much more means elements it made
            // up (formatting re-created in every paragraph). Flat input cannot do that.
            Arena arena(input.flat
                            ? SIZE_MAX
                            : (size_t(32) << 20) + size_t(end - begin) * 16 + size_t(tags) * 1024);
            const GumboOutput *output =
                guardedParse(&arena, input.html.constData() + begin, size_t(end - begin));
            if (output)
                results[size_t(i)] = normalize(buildBlocks(bodyOf(output), input, i));
        }
    };
    std::vector<std::thread> helpers;
    const qsizetype threads = std::min<qsizetype>(count, QThread::idealThreadCount());
    for (qsizetype t = 1; t < threads; ++t)
        helpers.emplace_back(work);
    work();
    for (std::thread &helper : helpers)
        helper.join();

    Blocks blocks;
    for (std::optional<Blocks> &r : results) {
        if (!r)
            return std::nullopt;
        blocks += std::move(*r);
    }
    return blocks;
}

} // namespace

namespace detail {

Blocks parse(const QString &html)
{
    if (html.isEmpty())
        return {};
    bool placeholders = true;
    const QByteArray source = cleanSource(html, &placeholders);
    // Second attempt, only for inputs that exhaust the budget despite the prefilter's caps:
    // flat text and paragraphs, which gumbo parses in linear time.
    for (const bool flat : {false, true}) {
        if (std::optional<Blocks> blocks = parseChunks(prefilter(source, placeholders, flat)))
            return std::move(*blocks);
    }
    return {};
}

QString cleanUrl(QStringView url, UrlUse use)
{
    QString s;
    s.reserve(url.size());
    for (QChar c : url) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
            s += c; // tabs, newlines and other controls are removed, as browsers do
    }
    s = s.trimmed();
    const qsizetype colon = s.indexOf(u':');
    if (colon <= 0)
        return {};
    for (qsizetype i = 0; i < colon; ++i) {
        const char16_t c = s[i].unicode();
        const bool alpha = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        const bool other = (c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.';
        if (!alpha && (i == 0 || !other))
            return {};
    }
    const QString scheme = s.left(colon).toLower();
    QString rest = s.mid(colon + 1);
    bool ok = false;
    if (scheme == u"http" || scheme == u"https") {
        ok = hasHost(rest);
    } else if (use == UrlUse::Link && scheme == u"mailto") {
        ok = !rest.isEmpty();
    } else if (use == UrlUse::Image && scheme == u"pdimg") {
        ok = rest.size() == 64;
        for (QChar c : rest)
            ok = ok && c.unicode() < 0x80 && std::isxdigit(c.unicode());
        rest = rest.toLower();
    }
    if (!ok)
        return {};
    rest.replace(u' ', u"%20"_s).replace(u'"', u"%22"_s).replace(u'<', u"%3C"_s);
    rest.replace(u'>', u"%3E"_s);
    return scheme + u':' + rest;
}

// font-weight / font-style / mso-list of a style attribute, canonical; other properties
// are never passed on.
std::string reduceStyle(std::string_view style)
{
    std::string weight, fontStyle, msoList;
    while (!style.empty()) {
        const size_t semi = style.find(';');
        const std::string_view decl = style.substr(0, semi);
        style = semi == std::string_view::npos ? std::string_view() : style.substr(semi + 1);
        const size_t colon = decl.find(':');
        if (colon == std::string_view::npos)
            continue;
        const std::string prop = lowerTrimmed(decl.substr(0, colon));
        std::string value = lowerTrimmed(decl.substr(colon + 1));
        if (const size_t bang = value.find('!'); bang != std::string::npos)
            value = std::string(trim(std::string_view(value).substr(0, bang)));
        if (prop == "font-weight") {
            if (value == "bold" || value == "bolder")
                weight = "700";
            else if (value == "normal" || value == "lighter")
                weight = "400";
            else if (!value.empty() && value.find_first_not_of("0123456789") == std::string::npos)
                weight = std::stoi(value.substr(0, 4)) >= 600 ? "700" : "400";
        } else if (prop == "font-style") {
            if (value.rfind("italic", 0) == 0 || value.rfind("oblique", 0) == 0)
                fontStyle = "italic";
            else if (value == "normal")
                fontStyle = "normal";
        } else if (prop == "mso-list") {
            msoList.clear();
            for (char c : value) {
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                    msoList += c;
                else if (isCssSpace(c) && !msoList.empty() && msoList.back() != ' ')
                    msoList += ' ';
            }
        }
    }
    std::string out;
    auto add = [&out](std::string_view p, const std::string &v) {
        if (v.empty())
            return;
        if (!out.empty())
            out += ';';
        out.append(p).append(v);
    };
    add("font-weight:", weight);
    add("font-style:", fontStyle);
    add("mso-list:", msoList);
    return out;
}

TextExpander::TextExpander(const Prefiltered &filtered, qsizetype chunk)
    : m_filtered(filtered), m_firstRun(filtered.chunks[chunk].firstRun)
{
    const qsizetype end = chunk + 1 < filtered.chunks.size() ? filtered.chunks[chunk + 1].firstRun
                                                             : filtered.runs.size();
    m_used.resize(size_t(end - m_firstRun));
}

QString TextExpander::operator()(const char *utf8)
{
    static constexpr char Marker[] = "\xEE\x80\x80"; // U+E000
    const char *marker = m_used.empty() ? nullptr : std::strstr(utf8, Marker);
    if (!marker)
        return QString::fromUtf8(utf8);
    auto digit = [](const char *q, int &value) {
        const auto b0 = uchar(q[0]), b1 = uchar(b0 ? q[1] : 0), b2 = uchar(b1 ? q[2] : 0);
        if ((b0 & 0xF0) != 0xE0 || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80)
            return false;
        const int c = ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
        value = c - 0xE100;
        return value >= 0 && value < 4096;
    };
    QByteArray bytes;
    const char *p = utf8;
    for (; marker; marker = std::strstr(p, Marker)) {
        bytes.append(p, marker - p);
        int high = 0, low = 0;
        const qsizetype index =
            digit(marker + 3, high) && digit(marker + 6, low) ? (qsizetype(high) << 12) | low : -1;
        const qsizetype local = index - m_firstRun;
        if (local >= 0 && size_t(local) < m_used.size() && !m_used[size_t(local)]) {
            m_used[size_t(local)] = 1;
            const auto [offset, length] = m_filtered.runs[index];
            bytes.append(m_filtered.source.constData() + offset, length);
            p = marker + 9;
        } else {
            bytes.append(marker, 3);
            p = marker + 3;
        }
    }
    bytes.append(p);
    return QString::fromUtf8(bytes);
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
