// libFuzzer target for the three-way merge (Text::mergeHtml): three HTML revisions from the
// input (split at the first two 0xFF bytes; any bytes, any HTML), sanitized as stored bodies
// are, then merged. What must hold whatever comes in: no crash, leak or undefined behaviour
// (built with ASan and UBSan), the result is sanitized HTML, a side that changed nothing yields
// the other side, and every block that stands once, unchanged, in all three is in the result
// (or, where the sides conflict, in one of the conflicting passages).
//
//   cmake -S . -B build/fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DPRESSDESK_SANITIZE=ON \
//         -DPRESSDESK_FUZZ=ON && ninja -C build/fuzz fuzz_merge3
//   build/fuzz/tests/fuzz/fuzz_merge3 -max_total_time=600 -max_len=4096

#include "text/HtmlSanitizer.h"
#include "text/Merge3.h"

#include <QStringList>

#include <cstdint>
#include <cstdlib>

using namespace PressDesk;

namespace {

// The canonical HTML's blocks, one per line; those that stand exactly once.
QStringList uniqueLines(const QString &html)
{
    const QStringList lines = html.split(u'\n');
    QStringList once;
    for (const QString &l : lines) {
        if (l.startsWith(QLatin1String("<p>")) && lines.count(l) == 1)
            once << l;
    }
    return once;
}

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "merge property broken: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<QByteArray> parts =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size))
            .split('\xff');
    while (parts.size() < 3)
        parts << QByteArray();
    const QString base = Html::sanitize(QString::fromUtf8(parts[0]));
    const QString mine = Html::sanitize(QString::fromUtf8(parts[1]));
    const QString theirs = Html::sanitize(QString::fromUtf8(parts[2]));

    const Text::MergeResult r = Text::mergeHtml(base, mine, theirs);
    check(Html::sanitize(r.merged) == r.merged, "the result is sanitized");
    if (mine == base)
        check(r.isClean() && r.merged == theirs, "an unchanged side yields the other");
    if (theirs == base)
        check(r.isClean() && r.merged == mine, "an unchanged side yields the other");
    // Nothing is lost: a block standing once, unchanged, in all three is in the result, or, where
    // the sides conflict, in one of the passages the user chooses from.
    QStringList kept = r.merged.split(u'\n');
    for (const Text::MergeConflict &c : r.conflicts)
        kept << c.mine.split(u'\n') << c.theirs.split(u'\n');
    for (const QString &line : uniqueLines(base)) {
        if (uniqueLines(mine).contains(line) && uniqueLines(theirs).contains(line))
            check(kept.contains(line), "every unchanged block is kept");
    }
    return 0;
}
