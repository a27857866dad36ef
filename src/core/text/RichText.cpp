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

#include <algorithm>
#include <utility>

namespace PressDesk::RichText {

namespace {

using namespace Html::detail;

constexpr qreal QuoteMargin = 24;
const QColor LinkColor(0x1a, 0x5f, 0xb4);

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
    if (kind == BlockKind::Figure || kind == BlockKind::FigCaption)
        f.setAlignment(Qt::AlignHCenter);
    return f;
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

// The document as (unnormalized) blocks: list membership, block kind, heading level,
// and per fragment bold/italic/link or image.
Blocks readBlocks(const QTextDocument *doc)
{
    Blocks raw;
    QHash<const QTextList *, int> listIds;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        Block b;
        const QTextBlockFormat bf = block.blockFormat();
        if (const QTextList *list = block.textList()) {
            b.kind = Kind::Item;
            b.listId = listIds.value(list, 0);
            if (b.listId == 0) {
                b.listId = int(listIds.size()) + 1;
                listIds.insert(list, b.listId);
            }
            const QTextListFormat lf = list->format();
            b.level = std::max(1, lf.indent());
            b.ordered = isOrdered(lf.style());
        } else {
            const int kind = bf.intProperty(BlockKindProperty);
            if (kind == int(BlockKind::Quote))
                b.kind = Kind::Quote;
            else if (kind == int(BlockKind::FigCaption))
                b.kind = Kind::Caption;
            else if (bf.headingLevel() >= 1 && bf.headingLevel() <= 2)
                b.kind = Kind::Heading2;
            else if (bf.headingLevel() >= 3)
                b.kind = Kind::Heading3;
            // A Figure block is a paragraph holding an image: normalize() makes the image
            // a figure and drops the empty paragraph around it.
        }
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
        raw.append(std::move(b));
    }
    return raw;
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
    for (const Block &b : blocks) {
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
