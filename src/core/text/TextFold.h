#pragma once

#include <QString>
#include <QStringList>

// Vietnamese text rules used by search, slugs and statistics. Pure functions, no state.
namespace PressDesk::Text {

// Unicode NFC form of text. Everything PressDesk stores is NFC.
QString toNfc(const QString &text);

// Search folding: NFC, lower case, Vietnamese diacritics removed, đ/Đ -> d.
// Length-preserving on NFC input: fold(s).size() == toNfc(s).size(), and the i-th UTF-16
// unit of the result corresponds to the i-th unit of toNfc(s), so positions found in the
// folded text highlight the original text.
QString fold(const QString &text);

// The exact search form: NFC, lower case (unit by unit, as fold() does), diacritics kept,
// and the tone mark of every oa/oe/uy open syllable in the traditional style ("hoà" ->
// "hòa", "thuý" -> "thúy"; see ToneMarks.h), so the two correct spellings are one word.
// Length-preserving like fold(), and fold(exactSearchForm(s)) == fold(s).
QString exactSearchForm(const QString &text);

// Whether text carries diacritics: some letter differs from its folded form (đ counts; case
// does not). "Hoài Đức" does, "Kim Chung" does not.
bool hasDiacritics(const QString &text);

// ASCII slug of a Vietnamese title: "Huyện Hoài Đức" -> "huyen-hoai-duc". Only [a-z0-9-],
// no leading/trailing/double hyphen, cut at a word boundary to at most maxLength characters.
QString slugify(const QString &text, int maxLength = 80);

// Splits folded text into search words the way SQLite FTS5's unicode61 tokenizer does:
// runs of letters, digits and marks. "65/kh-ubnd" -> {"65", "kh", "ubnd"}.
QStringList searchTokens(const QString &folded);

// Number of words in plain text (runs of letters/digits; "CB, CC, VC" is 3 words,
// "19/02" is one word, "cải cách" is 2).
int wordCount(const QString &plainText);

// Estimated reading time in whole minutes (rounded up) at wordsPerMinute; 0 words -> 0.
int readingTimeMinutes(int words, int wordsPerMinute = 200);

} // namespace PressDesk::Text
