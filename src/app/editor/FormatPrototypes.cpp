#include "editor/FormatPrototypes.h"

#include "text/RichText.h"

#include <QFont>
#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

#include <algorithm>

namespace PressDesk {

namespace {

// Properties that identify objects or positions rather than style: never copied.
bool isStructural(int key)
{
    return key == QTextFormat::ObjectIndex || key == QTextFormat::ObjectType;
}

// The block of a parsed sample that holds the text "x" (or the image, for figures).
QTextBlock sampleBlock(const QTextDocument &doc, bool wantImage = false)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (wantImage ? f.charFormat().isImageFormat() : f.text().contains(QLatin1Char('x')))
                return b;
        }
    }
    return doc.begin();
}

QTextCharFormat sampleChars(const QTextBlock &block)
{
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        if (it.fragment().text().contains(QLatin1Char('x')))
            return it.fragment().charFormat();
    }
    return block.charFormat();
}

FormatPrototypes::BlockStyle parseBlock(const QString &html)
{
    QTextDocument doc;
    RichText::setHtml(&doc, html);
    const QTextBlock b = sampleBlock(doc);
    return {b.blockFormat(), sampleChars(b)};
}

QTextCharFormat parseChars(const QString &html)
{
    QTextDocument doc;
    RichText::setHtml(&doc, html);
    return sampleChars(sampleBlock(doc));
}

QTextListFormat parseList(const QString &html, QTextListFormat::Style fallback)
{
    QTextDocument doc;
    RichText::setHtml(&doc, html);
    const QTextBlock b = sampleBlock(doc);
    if (QTextList *list = b.textList())
        return list->format();
    QTextListFormat f;
    f.setStyle(fallback);
    f.setIndent(1);
    return f;
}

} // namespace

const FormatPrototypes &FormatPrototypes::instance()
{
    static const FormatPrototypes prototypes;
    return prototypes;
}

FormatPrototypes::FormatPrototypes()
{
    paragraph = parseBlock(QStringLiteral("<p>x</p>"));
    heading2 = parseBlock(QStringLiteral("<h2>x</h2>"));
    heading3 = parseBlock(QStringLiteral("<h3>x</h3>"));
    if (heading2.block.headingLevel() != 2) { // RichText without heading support: Qt's way
        heading2.block.setHeadingLevel(2);
        heading2.chars.setFontWeight(QFont::Bold);
        heading2.chars.setProperty(QTextFormat::FontSizeAdjustment, 2);
    }
    if (heading3.block.headingLevel() != 3) {
        heading3.block.setHeadingLevel(3);
        heading3.chars.setFontWeight(QFont::Bold);
        heading3.chars.setProperty(QTextFormat::FontSizeAdjustment, 1);
    }

    quote = delta(parseBlock(QStringLiteral("<blockquote><p>x</p></blockquote>")).block,
                  paragraph.block);
    if (quote.isEmpty()) {
        quote.insert(QTextFormat::BlockQuoteLevel, 1);
        quote.insert(QTextFormat::BlockLeftMargin, 40.0);
        quote.insert(QTextFormat::BlockRightMargin, 40.0);
    }

    const QTextCharFormat plain = paragraph.chars;
    bold = delta(parseChars(QStringLiteral("<p><strong>x</strong></p>")), plain);
    if (bold.isEmpty())
        bold.insert(QTextFormat::FontWeight, int(QFont::Bold));
    italic = delta(parseChars(QStringLiteral("<p><em>x</em></p>")), plain);
    if (italic.isEmpty())
        italic.insert(QTextFormat::FontItalic, true);
    link =
        delta(parseChars(QStringLiteral("<p><a href=\"https://example.org/\">x</a></p>")), plain);
    link.remove(QTextFormat::AnchorHref);
    link.insert(QTextFormat::IsAnchor, true);
    if (!link.contains(QTextFormat::TextUnderlineStyle))
        link.insert(QTextFormat::TextUnderlineStyle, int(QTextCharFormat::SingleUnderline));
    if (!link.contains(QTextFormat::ForegroundBrush))
        link.insert(QTextFormat::ForegroundBrush, QBrush(QPalette().color(QPalette::Link)));

    bulletList = parseList(QStringLiteral("<ul><li>x</li></ul>"), QTextListFormat::ListDisc);
    numberedList = parseList(QStringLiteral("<ol><li>x</li></ol>"), QTextListFormat::ListDecimal);

    QTextDocument fig;
    RichText::setHtml(&fig, QStringLiteral("<figure><img src=\"pdimg:%1\" alt=\"a\"><figcaption>x"
                                           "</figcaption></figure>")
                                .arg(QString(64, QLatin1Char('0'))));
    const QTextBlock imageBlock = sampleBlock(fig, true);
    figure = {imageBlock.blockFormat(), imageBlock.charFormat()};
    const QTextBlock captionBlock = sampleBlock(fig);
    caption = {captionBlock.blockFormat(), sampleChars(captionBlock)};
    figure.block.setProperty(RichText::BlockKindProperty, int(RichText::BlockKind::Figure));
    caption.block.setProperty(RichText::BlockKindProperty, int(RichText::BlockKind::FigCaption));
}

FormatPrototypes::Delta FormatPrototypes::delta(const QTextFormat &styled, const QTextFormat &base)
{
    Delta out;
    const auto styledProps = styled.properties();
    for (auto it = styledProps.cbegin(); it != styledProps.cend(); ++it) {
        if (!isStructural(it.key()) && base.property(it.key()) != it.value())
            out.insert(it.key(), it.value());
    }
    const auto baseProps = base.properties();
    for (auto it = baseProps.cbegin(); it != baseProps.cend(); ++it) {
        if (!isStructural(it.key()) && !styled.hasProperty(it.key()))
            out.insert(it.key(), QVariant());
    }
    return out;
}

void FormatPrototypes::apply(QTextFormat &format, const Delta &delta)
{
    for (auto it = delta.cbegin(); it != delta.cend(); ++it) {
        if (it.value().isValid())
            format.setProperty(it.key(), it.value());
        else
            format.clearProperty(it.key());
    }
}

void FormatPrototypes::revert(QTextFormat &format, const Delta &delta, const QTextFormat &base)
{
    for (auto it = delta.cbegin(); it != delta.cend(); ++it) {
        if (base.hasProperty(it.key()))
            format.setProperty(it.key(), base.property(it.key()));
        else
            format.clearProperty(it.key());
    }
}

bool FormatPrototypes::matches(const QTextFormat &format, const Delta &delta)
{
    if (delta.isEmpty())
        return false;
    for (auto it = delta.cbegin(); it != delta.cend(); ++it) {
        if (it.value().isValid() ? format.property(it.key()) != it.value()
                                 : format.hasProperty(it.key()))
            return false;
    }
    return true;
}

QList<int> FormatPrototypes::headingBlockKeys() const
{
    auto keys = delta(heading2.block, paragraph.block).keys();
    keys += delta(heading3.block, paragraph.block).keys();
    keys += delta(heading2.block, heading3.block).keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

QList<int> FormatPrototypes::headingCharKeys() const
{
    auto keys = delta(heading2.chars, paragraph.chars).keys();
    keys += delta(heading3.chars, paragraph.chars).keys();
    keys += delta(heading2.chars, heading3.chars).keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

} // namespace PressDesk
