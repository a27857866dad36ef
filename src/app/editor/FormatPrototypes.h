#pragma once

#include <QMap>
#include <QTextFormat>
#include <QVariant>

namespace PressDesk {

// The formats RichText::setHtml produces for each construct the editor can create
// (<h2>, <blockquote>, <strong>, <ul>, <figure>…), learned once by parsing a sample of each.
// Editing actions apply these exact formats, so whatever the toolbar creates is what
// RichText::toHtml serializes, without the editor guessing RichText's conventions.
class FormatPrototypes
{
public:
    // Property changes: a valid value sets the property, an invalid one clears it.
    using Delta = QMap<int, QVariant>;

    struct BlockStyle
    {
        QTextBlockFormat block;
        QTextCharFormat chars; // of the text inside the block
    };

    BlockStyle paragraph;
    BlockStyle heading2;
    BlockStyle heading3;
    BlockStyle figure;
    BlockStyle caption;
    QTextListFormat bulletList;
    QTextListFormat numberedList;
    Delta quote;  // block properties that make a paragraph a block quote
    Delta bold;   // character properties of <strong> over plain text
    Delta italic; // … of <em>
    Delta link;   // … of <a href> (href itself excluded)

    static const FormatPrototypes &instance();

    // Block and character properties in which the paragraph, H2 and H3 styles differ.
    QList<int> headingBlockKeys() const;
    QList<int> headingCharKeys() const;

    static Delta delta(const QTextFormat &styled, const QTextFormat &base);
    static void apply(QTextFormat &format, const Delta &delta);
    // Undoes delta: each property goes back to its value in base (or is cleared).
    static void revert(QTextFormat &format, const Delta &delta, const QTextFormat &base);
    static bool matches(const QTextFormat &format, const Delta &delta);

private:
    FormatPrototypes();
};

} // namespace PressDesk
