#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct GumboInternalNode; // gumbo.h's GumboNode

// Internal to src/core/text: the flat block model shared by the sanitizer (HTML -> blocks),
// the writer (blocks -> canonical HTML) and RichText (blocks <-> QTextDocument).
// Both directions go through normalize() + write(), so anything that can be expressed as
// blocks is serialized the same way, whether it came from HTML or from the editor.
namespace PressDesk::Html::detail {

struct Format
{
    bool bold = false;
    bool italic = false;
    QString href; // empty: not a link

    friend bool operator==(const Format &, const Format &) = default;
};

// A run of inline content with one format. A line break (<br>) is U+2028 inside text.
// A span with a non-empty imageSrc is an image (its text is ignored).
struct Span
{
    QString text;
    Format format;
    QString imageSrc;
    QString imageAlt;
};

// Cell: a table cell (td, or th when header); TableCaption: a table's caption. A table is
// the run of Cell (and TableCaption) blocks with the same table id; normalize() puts the
// caption first, numbers the rows 0, 1, ... and pads every row to the table's width.
enum class Kind : quint8 {
    Paragraph,
    Heading2,
    Heading3,
    Quote,
    Item,
    Figure,
    Caption,
    Cell,
    TableCaption
};

struct Block
{
    Kind kind = Kind::Paragraph;
    int listId = 0;       // Item: the list (ul/ol) the item belongs to
    int level = 0;        // Item: nesting level of that list, 1 = top level
    bool ordered = false; // Item: ol
    QList<Span> spans;    // inline content; for a normalized Figure: its caption
    QString imageSrc;     // Figure
    QString imageAlt;     // Figure
    int table = 0;        // Cell, TableCaption: the table
    int row = 0;          // Cell: its row in the table
    bool header = false;  // Cell: th
    int colSpan = 1;      // Cell
    int rowSpan = 1;      // Cell
};

// Caps of a table (normalize()): wider tables and longer spans are clipped to these.
constexpr int MaxTableColumns = 64;
constexpr int MaxRowSpan = 1000;

using Blocks = QList<Block>;

} // namespace PressDesk::Html::detail

// Made of implicitly shared Qt containers: safe to move with memcpy when lists grow.
Q_DECLARE_TYPEINFO(PressDesk::Html::detail::Format, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(PressDesk::Html::detail::Span, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(PressDesk::Html::detail::Block, Q_RELOCATABLE_TYPE);

namespace PressDesk::Html::detail {

// Whitelists URLs, formats, whitespace, line breaks and images; splits, merges, drops
// and orders blocks into the canonical model (see HtmlWriter.cpp). Idempotent.
Blocks normalize(const Blocks &raw);

// Canonical HTML of normalized blocks.
QString write(const Blocks &normalized);

// Plain text of normalized blocks: blocks separated by "\n\n", <br> as "\n".
QString plainText(const Blocks &normalized);

// Any HTML to normalized blocks (HtmlSanitizer.cpp).
Blocks parse(const QString &html);

enum class UrlUse { Link, Image };

// The URL if its scheme is allowed for that use (HtmlSanitizer.cpp), cleaned (controls removed,
// scheme lower case, space " < > percent-encoded); otherwise an empty string.
QString cleanUrl(QStringView url, UrlUse use);

// font-weight / font-style / mso-list of a style attribute, canonical ("font-weight:700;
// font-style:italic;mso-list:l0 level1 lfo1"); nothing else survives. (HtmlSanitizer.cpp)
std::string reduceStyle(std::string_view style);

// Rewrites raw HTML (UTF-8, cleaned of NUL, controls and lone surrogates by the caller)
// into a simplified, unambiguous token stream for gumbo (UTF-8): no
// comments, scripts, styles, SVG/MathML; only the attributes we read; nesting capped.
// Long plain text runs are replaced by placeholders (gumbo handles text one character at
// a time, by far its slowest part); TextExpander puts them back. Large inputs are
// cut into chunks at top-level block starts, which parse independently (in parallel). flat: only
// text, <p> and <br> (fallback for inputs that defeat the caps). (HtmlPrefilter.cpp)
struct Prefiltered
{
    struct Chunk
    {
        qsizetype begin; // byte offset in html
        qsizetype firstRun;
        qsizetype firstTag; // start tags before the chunk
    };
    QByteArray html;
    QByteArray source;                           // the input as UTF-8
    QList<std::pair<qsizetype, qsizetype>> runs; // placeholder index -> (offset, length)
    QList<Chunk> chunks;                         // at least one
    qsizetype tags = 0;                          // start tags in html
    bool flat = false;
};
Prefiltered prefilter(const QByteArray &source, bool placeholders, bool flat);

// Text of gumbo text nodes of one chunk (HtmlSanitizer.cpp), with that chunk's placeholders
// expanded (each at most once, so markers forged with character references cannot multiply text).
class TextExpander
{
public:
    TextExpander(const Prefiltered &filtered, qsizetype chunk);
    QString operator()(const char *utf8);

private:
    const Prefiltered &m_filtered;
    qsizetype m_firstRun;
    std::vector<char> m_used;
};

// Raw blocks of one parsed chunk (its <body>). (HtmlBuilder.cpp)
Blocks buildBlocks(const GumboInternalNode *body, const Prefiltered &input, qsizetype chunk);

} // namespace PressDesk::Html::detail
