#pragma once

// What the libFuzzer targets of tests/fuzz share: the input as text, Vietnamese Unicode text
// built from the input, and the check that aborts (libFuzzer then saves the input as a crash).

#include <QString>
#include <QStringView>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace PressDesk::Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A property that must hold: when it does not, say which and abort.
inline void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "property broken: %s\n", what);
        std::abort();
    }
}

// Two results that must be equal: when they are not, print both and abort.
inline void checkEqual(const QString &got, const QString &expected, const char *what)
{
    if (got != expected) {
        std::fprintf(stderr, "property broken: %s\n  got:      %s\n  expected: %s\n", what,
                     got.toUtf8().constData(), expected.toUtf8().constData());
        std::abort();
    }
}

// Every Vietnamese letter in NFC, the 134 outside ASCII first (the 12 vowels with their
// modifiers and tones, đ, in both cases), then the ASCII letters the alphabet uses.
inline constexpr QStringView vietnameseLetters =
    u"áàảãạâấầẩẫậăắằẳẵặéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđ"
    u"ÁÀẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴĐ"
    u"aeiouybcdghklmnpqrstvxAEIOUYBCDGHKLMNPQRSTVX";

// Space and the punctuation of ordinary text (VIQR's marks among them: . ? ' ( are ordinary).
inline constexpr QStringView punctuation = u"      ,.;:!?'\"()-\n\\/0123";

// Unicode text over the Vietnamese alphabet: each byte picks a letter, a space or a punctuation
// mark (bytes below 0xC0 letters, the others spaces and punctuation, so words stay short).
inline QString vietnameseText(const uint8_t *data, size_t size)
{
    QString s;
    s.reserve(qsizetype(size));
    for (size_t i = 0; i < size; ++i) {
        const uint8_t b = data[i];
        if (b < 0xC0)
            s += vietnameseLetters.at(b % vietnameseLetters.size());
        else
            s += punctuation.at((b - 0xC0) % punctuation.size());
    }
    return s;
}

// No high surrogate without a low one after it, and no low one without a high one before it.
inline bool hasNoLoneSurrogate(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= s.size() || !s.at(i + 1).isLowSurrogate())
                return false;
            ++i;
        } else if (c.isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

} // namespace PressDesk::Fuzz
