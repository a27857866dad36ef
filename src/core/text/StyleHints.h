#pragma once

#include "text/ReadingScript.h"
#include "text/ToneMarks.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace PressDesk::Text {

// A hint of the style check: a place in the text, what to write there instead, and why (in
// the user's language). The writer applies or ignores it; nothing is changed by itself.
struct StyleHint
{
    enum class Kind {
        Abbreviation,    // an abbreviation not spelled out at its first use
        ToneStyle,       // a syllable in the other tone-mark style than the office's
        StraightQuotes,  // "…" where Vietnamese print uses “…”
        DoubleSpace,     // two or more spaces between words
        SpaceBeforeMark, // a space before , . ; : ! ? or a closing bracket
    };
    Kind kind = Kind::DoubleSpace;
    qsizetype from = 0; // into the text as given (NFC)
    qsizetype length = 0;
    QString replacement; // what [from, from + length) becomes when the hint is applied
    QString message;     // why, translated

    friend bool operator==(const StyleHint &, const StyleHint &) = default;
};

// The style check of an article's text (plain text, a paragraph to a line, NFC): in order of
// position, never overlapping.
// - Abbreviations of the glossary (UBND, CCHC, "CB, CC, VC" …) at their first use, when their
//   expansion has not been written before them: "Ủy ban nhân dân (UBND)". Not inside document
//   numbers ("65/KH-UBND") or words.
// - Syllables written in the tone-mark style other than `style` (the office's); without one,
//   the style most of the text is in, and only when both occur.
// - Straight double quotes, paired within a paragraph, as curly quotes.
// - Runs of spaces between words (not at the start of a line), and a space before a comma,
//   full stop, semicolon, colon, exclamation or question mark or a closing bracket.
class StyleCheck
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::Text::StyleCheck)

public:
    static QList<StyleHint> hints(const QString &text,
                                  const QList<GlossaryEntry> &glossary = defaultGlossary(),
                                  std::optional<ToneStyle> style = std::nullopt);

    // The text with the hints applied (all of them, or those given, which must come from
    // hints() of this text).
    static QString apply(const QString &text, const QList<StyleHint> &hints);

    // The key of a kind ("abbreviation", "tone-style", "quotes", "double-space",
    // "space-before-mark"), for the CLI's JSON.
    static QString kindKey(StyleHint::Kind kind);
};

} // namespace PressDesk::Text
