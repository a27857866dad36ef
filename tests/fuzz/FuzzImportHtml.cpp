// libFuzzer target for the document import's stage after the converter: HTML as LibreOffice's
// export writes it (<font face=".VnTime">, style="font-family: 'VNI-Times'" …, any bytes read
// as UTF-8) goes through what the paste path does with HTML (BodyTextEdit::insertSanitized):
// RichText::setHtml into a QTextDocument (sanitizes first), the legacy encoding the fonts name
// (Text::encodingOfHtmlFonts) or else the one the text shows (Text::detectLegacy), then
// RichText::fromLegacy and RichText::toHtml. When neither names an encoding, the first byte of
// the input picks one, so that every input reaches the conversion. (The editor's
// DocumentStyle::polish, a widget-side formatting pass, is left out.) What must hold whatever
// comes in: no crash, leak or undefined behaviour (built with ASan and UBSan), and the result
// is canonical sanitized HTML (Html::sanitize(result) == result) using only the canonical
// elements.
//
//   cmake -S . -B build/fuzz -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
//         -DPRESSDESK_SANITIZE=ON -DPRESSDESK_FUZZ=ON && ninja -C build/fuzz fuzz_import_html
//   mkdir -p /tmp/fuzz-corpus/fuzz_import_html
//   build/fuzz/tests/fuzz/fuzz_import_html -max_total_time=600 -max_len=4096 \
//         -dict=tests/fuzz/html.dict /tmp/fuzz-corpus/fuzz_import_html \
//         tests/fuzz/corpus/fuzz_import_html

#include "CanonicalHtml.h"
#include "FuzzCommon.h"
#include "text/HtmlSanitizer.h"
#include "text/LegacyVietnamese.h"
#include "text/RichText.h"

#include <QGuiApplication>
#include <QTextDocument>

using namespace PressDesk;
using Fuzz::check;

// QTextDocument's layout wants a QGuiApplication: one, on the offscreen platform, for the run.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Q_UNUSED(argc);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int appArgc = 1;
    static char *appArgv[] = {(*argv)[0], nullptr};
    static QGuiApplication *app = new QGuiApplication(appArgc, appArgv);
    Q_UNUSED(app);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(Fuzz::bytes(data, size));
    QTextDocument doc;
    RichText::setHtml(&doc, html);
    bool upperCase = false;
    auto encoding = Text::encodingOfHtmlFonts(html, &upperCase);
    if (!encoding)
        encoding = Text::detectLegacy(doc.toPlainText());
    if (!encoding && size > 0)
        encoding = Text::LegacyEncoding(data[0] % 4);
    if (encoding)
        RichText::fromLegacy(&doc, *encoding, upperCase);
    const QString out = RichText::toHtml(&doc);
    check(Html::sanitize(out) == out, "the imported body is canonical sanitized HTML");
    check(Fuzz::usesOnlyCanonicalElements(out), "only the canonical elements");
    return 0;
}
