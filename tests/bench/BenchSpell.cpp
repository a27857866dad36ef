// Spell-checking benchmark: a 5 000-word Vietnamese article (the demo article about Kế hoạch
// 65/KH-UBND, resources/demo/article.json, repeated with its tone marks alternately in the
// traditional and the modern style, a misspelling every ~250 words), checked by
// Text::SpellChecker with hunspell-vi as the editor and the CLI do:
//   open        loading the dictionary (once per program);
//   first check the whole text, every distinct word asked of hunspell once;
//   check       the whole text again (words seen before come from the checker's cache);
//   paragraphs  paragraph by paragraph, as the editor's highlighter checks blocks;
//   suggestions the whole text with suggestions for every unknown word (pressdesk-cli text
//               spell);
//   typing      one paragraph after one more letter (what a key press costs the editor).
//   bench_spell [--words N] [--runs N]
#include "text/SpellChecker.h"
#include "text/ToneMarks.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

using namespace PressDesk;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

QStringList demoParagraphs()
{
    QFile f(QStringLiteral(PRESSDESK_DEMO_ARTICLE));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the demo article");
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    QString html = o.value(QLatin1String("body_html")).toString();
    html.replace(QRegularExpression(QStringLiteral("</(p|h[1-6]|li)>")), QStringLiteral("\n"));
    html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    html.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    html.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    QStringList paragraphs;
    for (const QString &p : html.split(u'\n'))
        if (!p.trimmed().isEmpty())
            paragraphs << p.trimmed();
    return paragraphs;
}

// Misspellings of the kinds people type: a tone or vowel mark left out, a doubled letter, a
// wrong consonant.
const char *const kTypos[] = {"kêt", "quyêt", "nghành", "thưc", "côngg", "nhânn", "tổc", "đươc"};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("words"), QString(), QStringLiteral("N"), QStringLiteral("5000")});
    p.addOption({QStringLiteral("runs"), QString(), QStringLiteral("N"), QStringLiteral("20")});
    p.process(app);
    const int wantWords = p.value(QStringLiteral("words")).toInt();
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());

    const QStringList demo = demoParagraphs();
    QStringList paragraphs;
    int words = 0;
    int typos = 0;
    for (int copy = 0; words < wantWords; ++copy) {
        for (QString para : demo) {
            if (copy % 2 == 1)
                para = Text::withToneStyle(para, Text::ToneStyle::Modern);
            // A misspelling replacing the 20th word of every paragraph long enough.
            QStringList w = para.split(u' ');
            if (w.size() > 25 && words / 250 >= typos) {
                w[20] = QString::fromUtf8(kTypos[typos % int(std::size(kTypos))]);
                ++typos;
            }
            paragraphs << w.join(u' ');
            words += int(w.size());
            if (words >= wantWords)
                break;
        }
    }
    const QString text = paragraphs.join(u'\n');

    QElapsedTimer t;
    t.start();
    auto opened = Text::SpellChecker::open();
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    Text::SpellChecker &checker = *opened.value();
    const double openMs = ms(t);

    t.restart();
    const qsizetype flagged = checker.check(text).size();
    const double firstMs = ms(t);
    if (flagged != typos)
        qFatal("%lld words flagged, %d misspellings written", qlonglong(flagged), typos);

    QList<double> check, perParagraph, suggestions, typing;
    for (int r = 0; r < runs; ++r) {
        t.restart();
        const qsizetype n = checker.check(text).size();
        check << ms(t);
        if (n != flagged)
            qFatal("the second check differs from the first");
        t.restart();
        qsizetype m = 0;
        for (const QString &para : std::as_const(paragraphs))
            m += checker.check(para).size();
        perParagraph << ms(t);
        if (m != flagged)
            qFatal("paragraph by paragraph differs from the whole text");
        // A key press: the paragraph being typed gains a letter (a new, unknown word).
        QString typed = paragraphs.at(r % paragraphs.size()) + QStringLiteral(" thửa%1").arg(r);
        t.restart();
        checker.check(typed);
        typing << ms(t);
    }
    for (int r = 0; r < std::min(runs, 3); ++r) {
        t.restart();
        checker.check(text, true);
        suggestions << ms(t);
    }
    const qsizetype checked = Text::checkableWords(text).size();
    std::printf("text: %d words (%lld checked), %d paragraphs, %d misspellings written, %lld "
                "flagged\n",
                words, qlonglong(checked), int(paragraphs.size()), typos, qlonglong(flagged));
    std::printf("open (load vi_VN):          %8.2f ms\n", openMs);
    std::printf("first check (cold cache):   %8.2f ms\n", firstMs);
    std::printf("check (median of %d):       %8.2f ms\n", runs, median(check));
    std::printf("paragraphs (median):        %8.2f ms\n", median(perParagraph));
    std::printf("one paragraph, typing:      %8.3f ms (median)\n", median(typing));
    std::printf("with suggestions (median):  %8.2f ms\n", median(suggestions));
    return 0;
}
