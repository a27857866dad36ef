#include "editor/DocumentStyle.h"

#include "text/RichText.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

namespace PressDesk::DocumentStyle {

namespace {

struct Spacing
{
    qreal top = 0;
    qreal bottom = 10;
    int lineHeight = 125; // percent of the font's line; 100 for images (no gap under a photo)
};

Spacing spacingFor(const QTextBlock &block)
{
    const QTextBlockFormat f = block.blockFormat();
    if (block.textList())
        return {0, 4};
    if (QTextCursor(block).currentTable())
        return {0, 0}; // a table cell: the cell padding is the space

    switch (f.headingLevel()) {
    case 1:
    case 2:
        return {14, 8};
    case 3:
        return {10, 6};
    default:
        break;
    }
    switch (RichText::BlockKind(f.intProperty(RichText::BlockKindProperty))) {
    case RichText::BlockKind::Figure:
        return {6, 4, 100};
    case RichText::BlockKind::FigCaption:
        return {0, 14};
    case RichText::BlockKind::TableCaption:
        return {10, 4};
    default:
        return {};
    }
}

} // namespace

void polish(const QTextBlock &block)
{
    const Spacing s = spacingFor(block);
    const QTextBlockFormat current = block.blockFormat();
    if (current.topMargin() == s.top && current.bottomMargin() == s.bottom &&
        current.lineHeightType() == QTextBlockFormat::ProportionalHeight &&
        current.lineHeight() == s.lineHeight)
        return;
    QTextBlockFormat f = current;
    f.setTopMargin(s.top);
    f.setBottomMargin(s.bottom);
    f.setLineHeight(s.lineHeight, QTextBlockFormat::ProportionalHeight);
    QTextCursor(block).setBlockFormat(f);
}

void polish(QTextDocument *doc, int from, int to)
{
    QTextBlock block = doc->findBlock(from);
    const QTextBlock last = to < 0 ? doc->lastBlock() : doc->findBlock(to);
    for (; block.isValid(); block = block.next()) {
        polish(block);
        if (block == last)
            break;
    }
}

} // namespace PressDesk::DocumentStyle
