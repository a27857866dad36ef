// Word-diff benchmark: two revisions of a long Vietnamese article, the second with scattered
// edits (changed tone marks, inserted and deleted sentences, word edits, a moved paragraph),
// compared and rendered as the history panel would; then two unrelated texts, the worst case
// the step budget bounds; then a three-way merge of two such edited revisions of one article.
//   bench_diff [--words N] [--runs N] [--pathological-words N] [--seed N]
#include "VietnameseText.h"
#include "text/Merge3.h"
#include "text/WordDiff.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace PressDesk;
using TestSupport::Rng;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5));
    return v.at(i);
}

using Article = QList<QStringList>; // paragraphs of sentences

qsizetype wordCount(const Article &a)
{
    qsizetype n = 0;
    for (const QStringList &p : a)
        for (const QString &s : p)
            n += s.count(u' ') + 1;
    return n;
}

QString render(const Article &a)
{
    QStringList paragraphs;
    for (const QStringList &p : a)
        paragraphs << p.join(u' ');
    return paragraphs.join(u'\n');
}

Article generate(Rng &rng, qsizetype words)
{
    Article a;
    qsizetype n = 0;
    while (n < words) {
        QStringList p;
        const int sentences = 3 + rng.below(5);
        for (int i = 0; i < sentences && n < words; ++i) {
            p << TestSupport::vietnameseSentence(rng, 8 + rng.below(14));
            n += p.last().count(u' ') + 1;
        }
        a << p;
    }
    return a;
}

QString &randomSentence(Rng &rng, Article &a)
{
    QStringList &p = a[rng.below(int(a.size()))];
    return p[rng.below(int(p.size()))];
}

// Applies `edits` scattered edits; returns how many of each kind.
QString edit(Rng &rng, Article &a, int edits)
{
    const int tones = edits / 2;
    const int inserted = edits / 5;
    const int deleted = edits / 5;
    const int moved = 1;
    const int words = std::max(0, edits - tones - inserted - deleted - moved);
    for (int i = 0; i < tones;) {
        QString &s = randomSentence(rng, a);
        QStringList tokens = Text::wordDiffTokens(s);
        const int at = rng.below(int(tokens.size()));
        const QString changed = TestSupport::changeTone(tokens.at(at), rng.below(5));
        if (changed.isEmpty() || !tokens.at(at).at(0).isLetter())
            continue;
        tokens[at] = changed;
        s = tokens.join(QString());
        ++i;
    }
    for (int i = 0; i < inserted; ++i) {
        QStringList &p = a[rng.below(int(a.size()))];
        p.insert(rng.below(int(p.size()) + 1),
                 TestSupport::vietnameseSentence(rng, 8 + rng.below(14)));
    }
    for (int i = 0; i < deleted;) {
        QStringList &p = a[rng.below(int(a.size()))];
        if (p.size() < 2)
            continue;
        p.removeAt(rng.below(int(p.size())));
        ++i;
    }
    for (int i = 0; i < words; ++i) {
        QString &s = randomSentence(rng, a);
        const qsizetype space = s.indexOf(u' ', rng.below(int(s.size())));
        if (space < 0)
            s += QStringLiteral(" mới");
        else if (i % 2 == 0)
            s.insert(space, QStringLiteral(" rất"));
        else
            s.remove(space, std::max<qsizetype>(1, s.indexOf(u' ', space + 1) - space));
    }
    if (a.size() > 3)
        a.move(1, a.size() - 2);
    return QStringLiteral("%1 tone marks, %2 sentences inserted, %3 deleted, %4 word edits, "
                          "1 paragraph moved")
        .arg(tones)
        .arg(inserted)
        .arg(deleted)
        .arg(words);
}

struct Timing
{
    double diffMedian, diffP95, totalMedian, totalP95;
    Text::WordDiffStats stats;
    qsizetype segments = 0;
    qsizetype htmlChars = 0;
};

Timing measure(const QString &oldText, const QString &newText, int runs)
{
    QList<double> diffTimes, totalTimes;
    Timing t{};
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QList<Text::DiffSegment> segments = Text::wordDiff(oldText, newText, {}, &t.stats);
        diffTimes << ms(timer);
        const QString inlineHtml = Text::diffToInlineHtml(segments);
        const QList<Text::DiffRow> rows = Text::diffToSideBySideHtml(segments);
        totalTimes << ms(timer);
        t.segments = segments.size();
        t.htmlChars = inlineHtml.size() + rows.size();
        if (Text::diffOldText(segments) != oldText || Text::diffNewText(segments) != newText) {
            std::fprintf(stderr, "segments do not rebuild the texts\n");
            std::exit(1);
        }
    }
    t.diffMedian = percentile(diffTimes, 0.5);
    t.diffP95 = percentile(diffTimes, 0.95);
    t.totalMedian = percentile(totalTimes, 0.5);
    t.totalP95 = percentile(totalTimes, 0.95);
    return t;
}

void printRow(const char *what, qsizetype oldWords, qsizetype newWords, const Timing &t)
{
    std::printf("| %s | %lld / %lld | %lld / %lld | %lld%s | %lld | %.2f / %.2f | %.2f / %.2f |\n",
                what, qint64(oldWords), qint64(newWords), qint64(t.stats.oldTokens),
                qint64(t.stats.newTokens), qint64(t.stats.steps), t.stats.capped ? " (cap)" : "",
                qint64(t.segments), t.diffMedian, t.diffP95, t.totalMedian, t.totalP95);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("words"), QString(), QStringLiteral("N"), QStringLiteral("5000")});
    p.addOption({QStringLiteral("edits"), QString(), QStringLiteral("N"), QStringLiteral("50")});
    p.addOption({QStringLiteral("runs"), QString(), QStringLiteral("N"), QStringLiteral("50")});
    p.addOption({QStringLiteral("pathological-words"), QString(), QStringLiteral("N"),
                 QStringLiteral("20000")});
    p.addOption({QStringLiteral("seed"), QString(), QStringLiteral("N"), QStringLiteral("42")});
    p.process(app);
    const int words = p.value(QStringLiteral("words")).toInt();
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());
    const int pathologicalWords = p.value(QStringLiteral("pathological-words")).toInt();
    Rng rng(p.value(QStringLiteral("seed")).toUInt());

    const Article before = generate(rng, words);
    Article after = before;
    const QString edits = edit(rng, after, p.value(QStringLiteral("edits")).toInt());
    const QString oldText = render(before);
    const QString newText = render(after);
    std::printf("revisions: %s\n", qPrintable(edits));

    const Timing revision = measure(oldText, newText, runs);

    const Article a = generate(rng, pathologicalWords);
    const Article b = generate(rng, pathologicalWords);
    const Timing unrelated = measure(render(a), render(b), std::max(3, runs / 5));

    std::printf("\n| case | words old / new | tokens old / new | Myers steps | segments "
                "| diff p50 / p95 (ms) | diff + inline + side-by-side HTML p50 / p95 (ms) |\n"
                "|---|---|---|---|---|---|---|\n");
    printRow("revision with scattered edits", wordCount(before), wordCount(after), revision);
    printRow("two unrelated texts", wordCount(a), wordCount(b), unrelated);

    // Three-way merge (Text::mergeHtml): two desks each made `edits` scattered edits to the
    // same revision, as HTML paragraphs.
    const auto html = [](const Article &article) {
        QString out;
        for (const QStringList &paragraph : article)
            out += QStringLiteral("<p>") + paragraph.join(u' ') + QStringLiteral("</p>\n");
        return out;
    };
    Article mine = before, theirs = before;
    (void)edit(rng, mine, p.value(QStringLiteral("edits")).toInt());
    (void)edit(rng, theirs, p.value(QStringLiteral("edits")).toInt());
    const QString baseHtml = html(before), mineHtml = html(mine), theirsHtml = html(theirs);
    QList<double> mergeTimes;
    Text::MergeResult merged;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        merged = Text::mergeHtml(baseHtml, mineHtml, theirsHtml);
        mergeTimes << ms(timer);
    }
    std::printf("\n| three-way merge | words base / mine / theirs | paragraphs | conflicts "
                "| p50 / p95 (ms) |\n|---|---|---|---|---|\n");
    std::printf("| %d scattered edits on each side | %lld / %lld / %lld | %lld | %lld | %.2f / "
                "%.2f |\n",
                p.value(QStringLiteral("edits")).toInt(), qint64(wordCount(before)),
                qint64(wordCount(mine)), qint64(wordCount(theirs)), qint64(before.size()),
                qint64(merged.conflicts.size()), percentile(mergeTimes, 0.5),
                percentile(mergeTimes, 0.95));
    return 0;
}
