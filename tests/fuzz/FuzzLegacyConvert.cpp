// libFuzzer target for the legacy Vietnamese converters (text/LegacyVietnamese.h):
// Text::fromLegacy for every encoding (TCVN3 with and without the all-capitals font) on any
// input, read both as Latin-1 (one character per byte, as files give legacy text) and as UTF-8;
// and the round trip through Text::toLegacy of Unicode built from the input over the Vietnamese
// alphabet (FuzzCommon.h). What must hold whatever comes in: no crash, leak or undefined
// behaviour (built with ASan and UBSan), no lone surrogate in what fromLegacy gives, and the
// round trips the header promises:
//  - VNI, Windows-1258, VIQR: fromLegacy(toLegacy(u, e), e) == u;
//  - TCVN3 (no codes for the capitals with a tone mark; toLegacy gives their lowercase code):
//    fromLegacy(toLegacy(u)) == u with those capitals in lower case, and in the all-capitals
//    font fromLegacy(toLegacy(U), true) == U for U = u in capitals.
//
//   cmake -S . -B build/fuzz -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
//         -DPRESSDESK_SANITIZE=ON -DPRESSDESK_FUZZ=ON && ninja -C build/fuzz fuzz_legacy_convert
//   mkdir -p /tmp/fuzz-corpus/fuzz_legacy_convert
//   build/fuzz/tests/fuzz/fuzz_legacy_convert -max_total_time=600 -max_len=2048 \
//         /tmp/fuzz-corpus/fuzz_legacy_convert tests/fuzz/corpus/fuzz_legacy_convert

#include "FuzzCommon.h"
#include "text/LegacyVietnamese.h"

using namespace PressDesk;
using Fuzz::check;
using Fuzz::checkEqual;
using Text::LegacyEncoding;

namespace {

constexpr LegacyEncoding encodings[] = {LegacyEncoding::Tcvn3, LegacyEncoding::Vni,
                                        LegacyEncoding::Viqr, LegacyEncoding::Cp1258};

void convert(const QString &text)
{
    for (LegacyEncoding e : encodings) {
        for (bool upperCaseFont : {false, true}) {
            const QString out = Text::fromLegacy(text, e, upperCaseFont);
            check(Fuzz::hasNoLoneSurrogate(out), "fromLegacy gives no lone surrogate");
        }
    }
}

// The capitals TCVN3 has codes for: A–Z and Ă Â Ê Ô Ơ Ư Đ; the others (the capitals with a
// tone mark) read back in lower case from a mixed-case font.
QString tcvn3MixedCase(const QString &u)
{
    static const QString capitals = QStringLiteral("ĂÂÊÔƠƯĐ");
    QString out = u;
    for (QChar &c : out) {
        if (c.isUpper() && c.unicode() >= 0x80 && !capitals.contains(c))
            c = c.toLower();
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    convert(QString::fromLatin1(input));
    convert(QString::fromUtf8(input));

    const QString u = Fuzz::vietnameseText(data, size);
    checkEqual(Text::fromLegacy(Text::toLegacy(u, LegacyEncoding::Vni), LegacyEncoding::Vni), u,
               "VNI round trip");
    checkEqual(Text::fromLegacy(Text::toLegacy(u, LegacyEncoding::Viqr), LegacyEncoding::Viqr), u,
               "VIQR round trip");
    checkEqual(Text::fromLegacy(Text::toLegacy(u, LegacyEncoding::Cp1258), LegacyEncoding::Cp1258),
               u, "Windows-1258 round trip");
    checkEqual(Text::fromLegacy(Text::toLegacy(u, LegacyEncoding::Tcvn3), LegacyEncoding::Tcvn3),
               tcvn3MixedCase(u), "TCVN3 round trip (mixed-case font)");
    const QString upper = u.toUpper();
    checkEqual(
        Text::fromLegacy(Text::toLegacy(upper, LegacyEncoding::Tcvn3), LegacyEncoding::Tcvn3, true),
        upper, "TCVN3 round trip (all-capitals font)");
    return 0;
}
