#include "text/TextFold.h"

#include "text/ToneMarks.h"

#include <QChar>
#include <QStringView>

#include <array>
#include <cstddef>

namespace PressDesk::Text {

namespace {

// Vietnamese letters (Latin-1 Supplement .. Latin Extended Additional) are folded through a
// table built once; ASCII has its own fast path; everything else is folded on the fly.
constexpr char16_t TableFirst = 0x00C0;
constexpr char16_t TableLast = 0x1EF9;
constexpr std::size_t TableSize = std::size_t(TableLast - TableFirst) + 1;

// Base of a canonical decomposition, repeated until the character no longer decomposes.
// Only strips when the base is a letter/digit and everything after it is a combining mark,
// so Hangul syllables (jamo tails) and symbols such as U+2260 "≠" are left alone.
char32_t canonicalBase(char32_t c)
{
    for (int depth = 0; depth < 8; ++depth) {
        if (QChar::decompositionTag(c) != QChar::Canonical)
            break;
        const QString d = QChar::decomposition(c);
        if (d.isEmpty())
            break;
        const QStringView view(d);
        const char32_t base = view.front().isHighSurrogate() && view.size() > 1
                                  ? QChar::surrogateToUcs4(view[0], view[1])
                                  : char32_t(view[0].unicode());
        const qsizetype tail = QChar::requiresSurrogates(base) ? 2 : 1;
        if (!QChar::isLetterOrNumber(base))
            break;
        bool marksOnly = true;
        for (QChar m : view.sliced(tail)) {
            if (!m.isMark()) {
                marksOnly = false;
                break;
            }
        }
        if (!marksOnly)
            break; // a non-mark tail (Hangul jamo): keep the character
        c = base;
    }
    return c;
}

// Folds one BMP unit to one BMP unit. Surrogates are returned unchanged.
char16_t foldUnitSlow(char16_t u)
{
    if (QChar::isSurrogate(u))
        return u;
    // Đ đ, and Ð ð (U+00D0/U+00F0), which legacy-converted Vietnamese text uses for Đ đ.
    if (u == 0x0110 || u == 0x0111 || u == 0x00D0 || u == 0x00F0)
        return u'd';
    const char32_t base = canonicalBase(u);
    char32_t lower = QChar::toLower(base);
    if (QChar::requiresSurrogates(lower))
        lower = base;
    if (QChar::requiresSurrogates(lower))
        return u;
    return char16_t(lower);
}

const std::array<char16_t, TableSize> &foldTable()
{
    static const std::array<char16_t, TableSize> table = [] {
        std::array<char16_t, TableSize> t{};
        for (std::size_t i = 0; i < TableSize; ++i)
            t[i] = foldUnitSlow(char16_t(TableFirst + i));
        return t;
    }();
    return table;
}

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

enum class CharKind { Other, Letter, Digit, Mark };

// Letter = any letter or non-decimal number (QChar::isLetterOrNumber), Digit = decimal digit.
CharKind charKind(char32_t c)
{
    if (c < 0x80) {
        if (c >= U'0' && c <= U'9')
            return CharKind::Digit;
        if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'))
            return CharKind::Letter;
        return CharKind::Other;
    }
    switch (QChar::category(c)) {
    case QChar::Number_DecimalDigit:
        return CharKind::Digit;
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
        return CharKind::Letter;
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return CharKind::Mark;
    default:
        return CharKind::Other;
    }
}

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019';
}

bool isHyphen(char32_t c)
{
    return c == U'-' || c == U'\u2010' || c == U'\u2011';
}

bool isNumberSeparator(char32_t c)
{
    return c == U'/' || c == U'.' || c == U',';
}

// Code point at i (a lone surrogate is returned as itself) and its length in units.
char32_t codePointAt(QStringView s, qsizetype i, qsizetype *len)
{
    const QChar c = s[i];
    if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
        *len = 2;
        return QChar::surrogateToUcs4(c, s[i + 1]);
    }
    *len = 1;
    return c.unicode();
}

} // namespace

QString toNfc(const QString &text)
{
    // QString::normalized() already returns a shared copy for ASCII / quick-check-NFC input.
    return text.normalized(QString::NormalizationForm_C);
}

QString fold(const QString &text)
{
    const QString nfc = toNfc(text);
    const qsizetype n = nfc.size();
    QString out(n, Qt::Uninitialized);
    const char16_t *src = reinterpret_cast<const char16_t *>(nfc.constData());
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    const std::array<char16_t, TableSize> *table = nullptr;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = src[i];
        if (c < 0x80) {
            dst[i] = (c >= u'A' && c <= u'Z') ? char16_t(c + 0x20) : c;
        } else if (c >= TableFirst && c <= TableLast) {
            if (!table)
                table = &foldTable();
            dst[i] = (*table)[c - TableFirst];
        } else {
            dst[i] = foldUnitSlow(c);
        }
    }
    return out;
}

namespace {

// Lower case of one UTF-16 unit, as fold() lowers it (no change when the lower case letter
// would need a surrogate pair; surrogates unchanged).
char16_t lowerUnit(char16_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 0x20) : c;
    if (QChar::isSurrogate(c))
        return c;
    const char32_t lower = QChar::toLower(char32_t(c));
    return QChar::requiresSurrogates(lower) ? c : char16_t(lower);
}

} // namespace

QString exactSearchForm(const QString &text)
{
    const QString nfc = toNfc(text);
    const qsizetype n = nfc.size();
    QString out(n, Qt::Uninitialized);
    const char16_t *src = reinterpret_cast<const char16_t *>(nfc.constData());
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = 0; i < n; ++i)
        dst[i] = lowerUnit(src[i]);

    // Only a word ending in o+a, o+e or u+y (after folding) with a diacritic on those two
    // letters can be spelled in the other tone style; withToneStyle() decides the rest.
    const QString folded = fold(nfc);
    qsizetype i = 0;
    while (i < n) {
        while (i < n && !out.at(i).isLetter())
            ++i;
        const qsizetype start = i;
        while (i < n && out.at(i).isLetter())
            ++i;
        if (i - start < 2)
            continue;
        const char16_t x = folded.at(i - 2).unicode();
        const char16_t y = folded.at(i - 1).unicode();
        if (!((x == u'o' && (y == u'a' || y == u'e')) || (x == u'u' && y == u'y')))
            continue;
        if (out.at(i - 2) == folded.at(i - 2) && out.at(i - 1) == folded.at(i - 1))
            continue;
        const QString word = withToneStyle(out.mid(start, i - start), ToneStyle::Traditional);
        if (word.size() == i - start)
            out.replace(start, word.size(), word);
    }
    return out;
}

bool hasDiacritics(const QString &text)
{
    const QString nfc = toNfc(text);
    const QString folded = fold(nfc);
    for (qsizetype i = 0; i < nfc.size(); ++i) {
        if (lowerUnit(nfc.at(i).unicode()) != folded.at(i).unicode())
            return true;
    }
    return false;
}

QString slugify(const QString &text, int maxLength)
{
    if (maxLength <= 0 || text.isEmpty())
        return {};
    const QString folded = fold(text);
    QString slug;
    slug.reserve(folded.size());
    bool pendingHyphen = false;
    for (QChar qc : folded) {
        const char16_t c = qc.unicode();
        if (isAsciiAlnum(c)) {
            if (pendingHyphen && !slug.isEmpty())
                slug.append(u'-');
            pendingHyphen = false;
            slug.append(QChar(c));
        } else {
            pendingHyphen = true;
        }
    }
    if (slug.size() <= maxLength)
        return slug;
    // Cut on a word boundary: keep whole words that fit; a single over-long word is cut hard.
    if (slug.at(maxLength) == u'-')
        return slug.left(maxLength);
    const qsizetype lastHyphen = slug.lastIndexOf(u'-', maxLength - 1);
    if (lastHyphen > 0)
        return slug.left(lastHyphen);
    return slug.left(maxLength);
}

QStringList searchTokens(const QString &folded)
{
    QStringList out;
    QString current;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c.isMark()) {
            current += c;
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

int wordCount(const QString &plainText)
{
    const QStringView s(plainText);
    const qsizetype n = s.size();
    int words = 0;
    bool inWord = false;
    bool lastIsDigit = false; // last non-mark character of the current word is a digit
    for (qsizetype i = 0; i < n;) {
        qsizetype len = 1;
        const char32_t c = codePointAt(s, i, &len);
        const CharKind kind = charKind(c);
        if (kind == CharKind::Letter || kind == CharKind::Digit) {
            if (!inWord)
                ++words;
            inWord = true;
            lastIsDigit = kind == CharKind::Digit;
        } else if (inWord && kind == CharKind::Mark) {
            // combining mark inside a word (NFD Vietnamese): stays in the word
        } else if (inWord && i + len < n) {
            qsizetype nextLen = 1;
            const CharKind next = charKind(codePointAt(s, i + len, &nextLen));
            const bool joinsNumber = isNumberSeparator(c) && lastIsDigit && next == CharKind::Digit;
            const bool joinsWord = (isApostrophe(c) || isHyphen(c)) &&
                                   (next == CharKind::Letter || next == CharKind::Digit);
            if (!joinsNumber && !joinsWord)
                inWord = false;
        } else {
            inWord = false;
        }
        i += len;
    }
    return words;
}

int readingTimeMinutes(int words, int wordsPerMinute)
{
    if (words <= 0)
        return 0;
    if (wordsPerMinute <= 0)
        wordsPerMinute = 200;
    return int((qint64(words) + wordsPerMinute - 1) / wordsPerMinute);
}

} // namespace PressDesk::Text
