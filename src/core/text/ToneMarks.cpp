#include "text/ToneMarks.h"

namespace PressDesk::Text {

namespace {

bool isToneMark(char16_t c)
{
    return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

bool isVowelBase(char16_t lower)
{
    return lower == u'a' || lower == u'e' || lower == u'i' || lower == u'o' || lower == u'u' ||
           lower == u'y';
}

// One precomposed letter split into its plain base letter, any other mark (circumflex, breve,
// horn) and its tone mark (0 for none).
struct Letter
{
    char16_t base = 0;
    bool otherMark = false;
    char16_t tone = 0;
};

Letter split(QChar c)
{
    const QString nfd = QString(c).normalized(QString::NormalizationForm_D);
    Letter out;
    out.base = nfd.at(0).unicode();
    for (qsizetype i = 1; i < nfd.size(); ++i) {
        if (isToneMark(nfd.at(i).unicode()))
            out.tone = nfd.at(i).unicode();
        else
            out.otherMark = true;
    }
    return out;
}

QChar compose(char16_t base, char16_t tone)
{
    if (!tone)
        return QChar(base);
    const QString s = QString(QChar(base)) + QChar(tone);
    return s.normalized(QString::NormalizationForm_C).at(0);
}

// For the word text[start, end): the index of the letter that carries the tone of an oa/oe/uy
// open syllable now (its first or second vowel), and where it would sit in each style;
// false when the word is not such a syllable with a tone mark.
struct Syllable
{
    qsizetype first = 0; // the first vowel; the second is first + 1
    bool toneOnFirst = false;
    char16_t tone = 0;
};

bool differingSyllable(const QString &text, qsizetype start, qsizetype end, Syllable *out)
{
    if (end - start < 2)
        return false;
    const qsizetype first = end - 2;
    const Letter a = split(text.at(first));
    const Letter b = split(text.at(first + 1));
    if (a.otherMark || b.otherMark || (a.tone && b.tone) || (!a.tone && !b.tone))
        return false;
    const char16_t x = QChar::toLower(a.base);
    const char16_t y = QChar::toLower(b.base);
    if (!((x == u'o' && (y == u'a' || y == u'e')) || (x == u'u' && y == u'y')))
        return false;
    // What comes before is the initial consonant: no vowel in it, and not "q" (in "quý" the u
    // belongs to the consonant "qu" and the tone sits on y in every style).
    for (qsizetype i = start; i < first; ++i) {
        const Letter l = split(text.at(i));
        if (isVowelBase(char16_t(QChar::toLower(l.base))) || l.tone)
            return false;
    }
    if (first > start && QChar::toLower(text.at(first - 1).unicode()) == u'q')
        return false;
    out->first = first;
    out->toneOnFirst = a.tone != 0;
    out->tone = a.tone ? a.tone : b.tone;
    return true;
}

// Calls f(start, end) for each run of letters in text.
template <typename F> void forEachWord(const QString &text, F f)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && !text.at(i).isLetter())
            ++i;
        const qsizetype start = i;
        while (i < n && text.at(i).isLetter())
            ++i;
        if (i > start)
            f(start, i);
    }
}

} // namespace

QString toneStyleKey(ToneStyle style)
{
    return style == ToneStyle::Traditional ? QStringLiteral("traditional")
                                           : QStringLiteral("modern");
}

std::optional<ToneStyle> toneStyleFromKey(const QString &key)
{
    if (key == QLatin1String("traditional"))
        return ToneStyle::Traditional;
    if (key == QLatin1String("modern"))
        return ToneStyle::Modern;
    return std::nullopt;
}

QString withToneStyle(const QString &input, ToneStyle style)
{
    QString text = input.normalized(QString::NormalizationForm_C);
    forEachWord(text, [&](qsizetype start, qsizetype end) {
        Syllable s;
        if (!differingSyllable(text, start, end, &s))
            return;
        const bool wantFirst = style == ToneStyle::Traditional;
        if (s.toneOnFirst == wantFirst)
            return;
        const Letter a = split(text.at(s.first));
        const Letter b = split(text.at(s.first + 1));
        text[s.first] = compose(a.base, wantFirst ? s.tone : 0);
        text[s.first + 1] = compose(b.base, wantFirst ? 0 : s.tone);
    });
    return text;
}

ToneStyleCount countToneStyles(const QString &input)
{
    const QString text = input.normalized(QString::NormalizationForm_C);
    ToneStyleCount count;
    forEachWord(text, [&](qsizetype start, qsizetype end) {
        Syllable s;
        if (!differingSyllable(text, start, end, &s))
            return;
        ++(s.toneOnFirst ? count.traditional : count.modern);
    });
    return count;
}

} // namespace PressDesk::Text
