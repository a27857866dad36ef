// libFuzzer target for recognising legacy Vietnamese text (text/LegacyVietnamese.h):
// Text::detectLegacy, Text::canBeLegacy for every encoding, Text::encodingOfHtmlFonts and
// Text::isVietnameseSyllable on any input, read both as Latin-1 (one character per byte, as
// legacy text reaches PressDesk) and as UTF-8 (Unicode). What must hold whatever comes in: no
// crash, leak or undefined behaviour (built with ASan and UBSan); a detected encoding is one the
// text can be in (canBeLegacy); and text that already is Unicode is never detected as legacy
// ("never convert text that is already Unicode"): the input is also mapped byte by byte onto the
// Vietnamese alphabet (FuzzCommon.h), and that text, when it holds a letter no legacy byte gives
// (ạ, ư, đ …) or when every word of it outside ASCII is a Vietnamese syllable (so it already
// reads as Vietnamese), must not be detected. Text in ASCII only is left out of that property:
// it may be VIQR ("ca." is cạ), which is what detectLegacy is for.
//
//   cmake -S . -B build/fuzz -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
//         -DPRESSDESK_SANITIZE=ON -DPRESSDESK_FUZZ=ON && ninja -C build/fuzz fuzz_legacy_detect
//   mkdir -p /tmp/fuzz-corpus/fuzz_legacy_detect
//   build/fuzz/tests/fuzz/fuzz_legacy_detect -max_total_time=600 -max_len=2048 \
//         /tmp/fuzz-corpus/fuzz_legacy_detect tests/fuzz/corpus/fuzz_legacy_detect

#include "FuzzCommon.h"
#include "text/LegacyVietnamese.h"

using namespace PressDesk;
using Fuzz::check;

namespace {

constexpr Text::LegacyEncoding encodings[] = {Text::LegacyEncoding::Tcvn3,
                                              Text::LegacyEncoding::Vni, Text::LegacyEncoding::Viqr,
                                              Text::LegacyEncoding::Cp1258};

void exercise(const QString &text)
{
    const auto detected = Text::detectLegacy(text);
    for (Text::LegacyEncoding e : encodings) {
        const bool can = Text::canBeLegacy(text, e);
        if (detected == e)
            check(can, "a detected encoding is one the text can be in");
    }
    bool upperCase = false;
    Text::encodingOfHtmlFonts(text, &upperCase);
    // Every run of letters as a word.
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype end = i;
        while (end < text.size() && text.at(end).isLetter())
            ++end;
        if (end > i)
            Text::isVietnameseSyllable(text.sliced(i, end - i));
        i = end + 1;
    }
}

bool isAscii(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Whether text already reads as Vietnamese: it has at least one word outside ASCII and every
// such word is a Vietnamese syllable.
bool readsAsVietnamese(const QString &text)
{
    int words = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype end = i;
        bool nonAscii = false;
        while (end < text.size() && (text.at(end).isLetter() || text.at(end).isMark())) {
            nonAscii = nonAscii || text.at(end).unicode() >= 0x80;
            ++end;
        }
        if (nonAscii) {
            if (!Text::isVietnameseSyllable(text.sliced(i, end - i)))
                return false;
            ++words;
        }
        i = end + 1;
    }
    return words > 0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    exercise(QString::fromLatin1(input));
    exercise(QString::fromUtf8(input));

    const QString unicode = Fuzz::vietnameseText(data, size);
    exercise(unicode);
    if (!isAscii(unicode)) {
        // A letter that no legacy byte gives (the same for TCVN3, VNI and 1258) makes it Unicode.
        const bool beyondBytes = !Text::canBeLegacy(unicode, Text::LegacyEncoding::Tcvn3);
        if (beyondBytes || readsAsVietnamese(unicode))
            check(!Text::detectLegacy(unicode), "Unicode Vietnamese is never detected as legacy");
    }
    return 0;
}
