#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

class Hunspell;

// Vietnamese spell checking with hunspell and Debian's hunspell-vi dictionary (vi_VN.aff and
// vi_VN.dic, UTF-8, NFC: a list of the language's syllables).
//
// What is a word (checkableWords): the text is cut at white space and at , ; ( ) [ ] { } " “
// ” « » ! ? …; a piece with a digit in it is a number, a date, a time, a document number
// ("65/KH-UBND", "12/2019/NĐ-CP") or a code ("COVID-19", "QL32", "50.000đ") and is not
// checked, nor is a piece that is a URL, a www. address, an e-mail address or a domain name
// ("hoaiduc.hanoi.gov.vn"). The rest is cut into words at anything that is not a letter (a
// hyphen, a dot, a slash); an apostrophe between letters belongs to the word ("K'Nack"). A word
// with two capitals or more is an abbreviation ("UBND", "HĐND", "TTg", "XIX", and so a title in
// capitals) and a word of one Latin letter is a list mark or an initial: neither is checked.
//
// Tone marks: hunspell-vi spells oa/oe/uy open syllables in the modern style only ("hoà",
// "khoẻ", "thuỷ", "uỷ"; "hòa", "khỏe", "thủy", "ủy" are not in it). Both styles are correct
// Vietnamese (text/ToneMarks.h), so a word is correct when it or its modern spelling is in the
// dictionary, and suggestions for a word written in the traditional style come in that style.
//
// Office words (the profile's dictionary: words, and proper names of communes, villages, units
// and people) are added to hunspell's run-time dictionary syllable by syllable: a word written in
// lower case is correct in any case, a name written with capitals only with them ("Khuổi",
// "KHUỔI", not "khuổi"). They are also offered as suggestions.
//
// Offsets and lengths are in QString positions (UTF-16 code units; Vietnamese NFC text has one
// per letter). Text that is not NFC is checked word by word in NFC, its offsets unchanged.
// Not thread-safe: one checker per thread.
namespace PressDesk::Text {

struct WordSpan
{
    qsizetype offset = 0;
    qsizetype length = 0;
    friend bool operator==(const WordSpan &, const WordSpan &) = default;
};

// The words of `text` that are checked, in order (the rules above).
QList<WordSpan> checkableWords(QStringView text);

struct Misspelling
{
    qsizetype offset = 0;
    qsizetype length = 0;
    QString word;
    QStringList suggestions; // best first; empty when none or not asked for
};

class SpellChecker
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::Text::SpellChecker)

public:
    // Where dictionaries are looked for, in order: $PRESSDESK_DICTIONARY_DIR alone when set;
    // else beside the program, in share/hunspell and in dictionaries (the Windows folder and
    // installer, a relocatable package), then, except on Windows, /usr/share/hunspell
    // (Debian's hunspell-vi).
    static QStringList dictionaryDirs();

    // The checker for `language` (vi_VN: vi_VN.aff and vi_VN.dic), from the first of `dirs`
    // that has both files. Error "no-dictionary" (naming the places looked in) when none has.
    static Result<std::unique_ptr<SpellChecker>>
    open(const QString &language = QStringLiteral("vi_VN"),
         const QStringList &dirs = dictionaryDirs());

    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    QString dictionaryPath() const { return m_affPath; } // the .aff file used
    QString encoding() const { return m_encoding; }      // the dictionary's, "UTF-8" for vi_VN

    // The office's words and names (as DictionaryRepository lists them). Replaces the previous
    // set: words removed since are no longer correct. A removal reloads the dictionary; if
    // its files cannot be read any more, the error, and the checker knows no word at all
    // (drop it).
    Status setOfficeWords(const QStringList &entries);

    // One word (as checkableWords cuts it).
    bool isCorrect(const QString &word);
    QStringList suggestions(const QString &word, int max = 8);

    // The unknown words of `text`, in order; suggestions only when asked (they cost far more
    // than checking: the editor asks for them on the word under the mouse).
    QList<Misspelling> check(QStringView text, bool withSuggestions = false);

private:
    SpellChecker() = default;
    Status load();
    bool spell(const QString &word) const;
    std::string encode(const QString &word) const;
    QString decode(const std::string &word) const;

    QString m_affPath;
    QString m_dicPath;
    QString m_encoding;
    bool m_utf8 = true;
    std::unique_ptr<Hunspell> m_hunspell;
    QStringList m_officeWords;    // the syllables added to the run-time dictionary
    QHash<QString, bool> m_cache; // word -> correct; cleared when the office words change
};

} // namespace PressDesk::Text
