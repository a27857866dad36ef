// libFuzzer target for the HTML sanitizer (Html::sanitize, text/HtmlSanitizer.h) on any input,
// read both as UTF-8 and as Latin-1. What must hold whatever comes in: no crash, leak or
// undefined behaviour (built with ASan and UBSan); sanitize is idempotent
// (sanitize(sanitize(x)) == sanitize(x)); and the output holds only the canonical elements
// that the head of HtmlSanitizer.cpp lists (allowedElements below: extend that one list when
// the sanitizer learns a new element), checked with a small scan of its tags.
//
//   cmake -S . -B build/fuzz -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
//         -DPRESSDESK_SANITIZE=ON -DPRESSDESK_FUZZ=ON && ninja -C build/fuzz fuzz_sanitize
//   mkdir -p /tmp/fuzz-corpus/fuzz_sanitize
//   build/fuzz/tests/fuzz/fuzz_sanitize -max_total_time=600 -max_len=4096 \
//         -dict=tests/fuzz/html.dict /tmp/fuzz-corpus/fuzz_sanitize tests/fuzz/corpus/fuzz_sanitize

#include "CanonicalHtml.h"
#include "FuzzCommon.h"
#include "text/HtmlSanitizer.h"

using namespace PressDesk;
using Fuzz::check;

namespace {

void sanitizeChecked(const QString &html)
{
    const QString once = Html::sanitize(html);
    check(Html::sanitize(once) == once, "sanitize is idempotent");
    check(Fuzz::usesOnlyCanonicalElements(once), "only the canonical elements");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    sanitizeChecked(QString::fromUtf8(input));
    sanitizeChecked(QString::fromLatin1(input));
    return 0;
}
