// Tests for PressDesk::Text::wordDiff and its inline / side-by-side HTML.
#include "VietnameseText.h"
#include "text/TextFold.h"
#include "text/WordDiff.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <cstdlib>
#include <vector>

using namespace Qt::StringLiterals;
using namespace PressDesk::Text;
using PressDesk::TestSupport::changeTone;
using PressDesk::TestSupport::Rng;
using PressDesk::TestSupport::vietnameseSentence;
using PressDesk::TestSupport::vietnameseWords;

namespace {

QString nfd(const QString &s)
{
    return s.normalized(QString::NormalizationForm_D);
}

// "[=kept][-deleted][+inserted]…", the way the expected results below are written.
QString describe(const QList<DiffSegment> &segments)
{
    QString out;
    for (const DiffSegment &s : segments) {
        const char16_t sign = s.kind == DiffSegment::Equal     ? u'='
                              : s.kind == DiffSegment::Deleted ? u'-'
                                                               : u'+';
        out += u'[' + QString(QChar(sign)) + s.text + u']';
    }
    return out;
}

QString describeRows(const QList<DiffRow> &rows)
{
    QStringList out;
    for (const DiffRow &r : rows)
        out << r.oldHtml + u'|' + r.newHtml;
    return out.join(u'\n');
}

// What every result must satisfy, whatever the texts.
void checkSegments(const QList<DiffSegment> &segments, const QString &oldText,
                   const QString &newText)
{
    QCOMPARE(diffOldText(segments), oldText);
    QCOMPARE(diffNewText(segments), newText);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const DiffSegment &s = segments.at(i);
        QVERIFY2(!s.text.isEmpty(), qPrintable(describe(segments)));
        if (s.kind != DiffSegment::Equal)
            QVERIFY(s.oldText.isEmpty());
        else if (!s.oldText.isEmpty())
            QVERIFY(s.oldText != s.text && toNfc(s.oldText) == toNfc(s.text));
        if (i > 0) {
            const DiffSegment &prev = segments.at(i - 1);
            QVERIFY2(prev.kind != s.kind, qPrintable(describe(segments)));
            QVERIFY2(!(prev.kind == DiffSegment::Inserted && s.kind == DiffSegment::Deleted),
                     qPrintable(describe(segments)));
        }
    }
}

// A paragraph of `sentences` generated sentences.
QString paragraph(Rng &rng, int sentences)
{
    QStringList s;
    for (int i = 0; i < sentences; ++i)
        s << vietnameseSentence(rng, 5 + rng.below(10));
    return s.join(u' ');
}

QString randomWord(Rng &rng)
{
    return vietnameseWords().at(rng.below(int(vietnameseWords().size())));
}

// Number of tokens in the longest common subsequence of a and b (after NFC).
qsizetype lcsLength(const QStringList &a, const QStringList &b)
{
    std::vector<qsizetype> prev(std::size_t(b.size() + 1), 0), cur(prev.size(), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            cur[std::size_t(j)] = a.at(i - 1) == b.at(j - 1)
                                      ? prev[std::size_t(j - 1)] + 1
                                      : std::max(prev[std::size_t(j)], cur[std::size_t(j - 1)]);
        }
        std::swap(prev, cur);
    }
    return prev[std::size_t(b.size())];
}

} // namespace

class TestWordDiff : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data();
    void tokens();
    void segments_data();
    void segments();
    void nfdIsNoChange();
    void toneChangeInNfdText();
    void insertedParagraph();
    void deletedSentence();
    void movedSentenceAndParagraph();
    void shortestWithoutCleanup();
    void reconstructsRandomEdits();
    void scatteredToneChangesInLongText();
    void capFallsBackToDeleteInsert();
    void pathologicalTextsComplete();
    void inlineHtml_data();
    void inlineHtml();
    void sideBySideHtml_data();
    void sideBySideHtml();
};

void TestWordDiff::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("words, numbers, punctuation")
        << u"Huyện Hoài Đức: 65/KH-UBND."_s
        << QStringList{u"Huyện"_s, u" "_s, u"Hoài"_s, u" "_s, u"Đức"_s,  u":"_s, u" "_s,
                       u"65"_s,    u"/"_s, u"KH"_s,   u"-"_s, u"UBND"_s, u"."_s};
    QTest::newRow("NFD word is one token")
        << nfd(u"cải cách"_s) << QStringList{nfd(u"cải"_s), u" "_s, nfd(u"cách"_s)};
    QTest::newRow("each newline apart from other spaces")
        << u"a \n\n \tb"_s << QStringList{u"a"_s, u" "_s, u"\n"_s, u"\n"_s, u" \t"_s, u"b"_s};
    QTest::newRow("punctuation one by one")
        << u"“Ồ!!”"_s << QStringList{u"“"_s, u"Ồ"_s, u"!"_s, u"!"_s, u"”"_s};
    QTest::newRow("surrogate pair kept whole") << u"a😀b"_s << QStringList{u"a"_s, u"😀"_s, u"b"_s};
    QTest::newRow("mark stays with punctuation")
        << u"=\u0338 x"_s << QStringList{u"=\u0338"_s, u" "_s, u"x"_s};
}

void TestWordDiff::tokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QStringList tokens = wordDiffTokens(text);
    QCOMPARE(tokens, expected);
    QCOMPARE(tokens.join(QString()), text);
}

void TestWordDiff::segments_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QString>("expected");

    QTest::newRow("both empty") << QString() << QString() << QString();
    QTest::newRow("identical") << u"Hoài Đức"_s << u"Hoài Đức"_s << u"[=Hoài Đức]"_s;
    QTest::newRow("empty to text") << QString() << u"Hoài Đức"_s << u"[+Hoài Đức]"_s;
    QTest::newRow("text to empty") << u"Hoài Đức"_s << QString() << u"[-Hoài Đức]"_s;
    QTest::newRow("completely different")
        << u"một hai ba"_s << u"bốn năm"_s << u"[-một hai ba][+bốn năm]"_s;
    QTest::newRow("tone mark changed: whole word")
        << u"cải cách hành chính"_s << u"cãi cách hành chính"_s
        << u"[-cải][+cãi][= cách hành chính]"_s;
    QTest::newRow("tone mark removed: whole word")
        << u"Huyện Hoài Đức đẩy mạnh"_s << u"Huyện Hoài Đức đẩy manh"_s
        << u"[=Huyện Hoài Đức đẩy ][-mạnh][+manh]"_s;
    QTest::newRow("Đ is not D") << u"Huyện Hoài Đức."_s << u"Huyện Hoài Duc."_s
                                << u"[=Huyện Hoài ][-Đức][+Duc][=.]"_s;
    QTest::newRow("case change") << u"huyện hoài đức"_s << u"huyện Hoài đức"_s
                                 << u"[=huyện ][-hoài][+Hoài][= đức]"_s;
    QTest::newRow("punctuation change")
        << u"Ngày 19/02, UBND"_s << u"Ngày 19/03; UBND"_s << u"[=Ngày 19/][-02,][+03;][= UBND]"_s;
    QTest::newRow("whitespace change") << u"a b"_s << u"a  b"_s << u"[=a][- ][+  ][=b]"_s;
    QTest::newRow("word added") << u"cải cách chính"_s << u"cải cách hành chính"_s
                                << u"[=cải cách ][+hành ][=chính]"_s;
    QTest::newRow("word removed") << u"cải cách hành chính"_s << u"cải cách chính"_s
                                  << u"[=cải cách ][-hành ][=chính]"_s;
    // Semantic cleanup: a lone equal space between changes joins them.
    QTest::newRow("two neighbouring words changed")
        << u"cải cách hành chính"_s << u"cãi cach hành chính"_s
        << u"[-cải cách][+cãi cach][= hành chính]"_s;
    QTest::newRow("three neighbouring words changed")
        << u"thúc đẩy cải cách"_s << u"thuc day cai cách"_s
        << u"[-thúc đẩy cải][+thuc day cai][= cách]"_s;
    QTest::newRow("kept newline is not absorbed")
        << u"cải\ncách"_s << u"cãi\ncach"_s << u"[-cải][+cãi][=\n][-cách][+cach]"_s;
    QTest::newRow("two insertions around a kept space stay apart")
        << u" "_s << u"a b"_s << u"[+a][= ][+b]"_s;
    QTest::newRow("two deletions around a kept space stay apart")
        << u"a b"_s << u" "_s << u"[-a][= ][-b]"_s;
}

void TestWordDiff::segments()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(QString, expected);
    const QList<DiffSegment> s = wordDiff(oldText, newText);
    QCOMPARE(describe(s), expected);
    checkSegments(s, oldText, newText);
}

void TestWordDiff::nfdIsNoChange()
{
    const QString text = u"Huyện Hoài Đức: Thúc đẩy tuyên truyền cải cách hành chính.\n"
                         u"Ngày 19/02, UBND huyện ban hành Kế hoạch số 65/KH-UBND."_s;
    QVERIFY(nfd(text) != text);

    const QList<DiffSegment> s = wordDiff(nfd(text), text);
    QCOMPARE(s.size(), 1);
    QCOMPARE(s.at(0).kind, DiffSegment::Equal);
    QCOMPARE(s.at(0).text, text);
    QCOMPARE(s.at(0).oldSide(), nfd(text));
    checkSegments(s, nfd(text), text);

    const QList<DiffSegment> back = wordDiff(text, nfd(text));
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.at(0).kind, DiffSegment::Equal);
    checkSegments(back, text, nfd(text));
}

void TestWordDiff::toneChangeInNfdText()
{
    // Old revision typed in NFD, new one in NFC with one tone mark changed.
    const QString oldText = nfd(u"Thúc đẩy cải cách hành chính."_s);
    const QString newText = u"Thúc đẩy cãi cách hành chính."_s;
    const QList<DiffSegment> s = wordDiff(oldText, newText);
    checkSegments(s, oldText, newText);
    QCOMPARE(s.size(), 4);
    QCOMPARE(s.at(0).kind, DiffSegment::Equal);
    QCOMPARE(s.at(0).text, u"Thúc đẩy "_s);
    QCOMPARE(s.at(0).oldSide(), nfd(u"Thúc đẩy "_s));
    QCOMPARE(s.at(1).kind, DiffSegment::Deleted);
    QCOMPARE(s.at(1).text, nfd(u"cải"_s)); // the whole word, as the old revision spells it
    QCOMPARE(s.at(2).kind, DiffSegment::Inserted);
    QCOMPARE(s.at(2).text, u"cãi"_s);
    QCOMPARE(s.at(3).text, u" cách hành chính."_s);
}

void TestWordDiff::insertedParagraph()
{
    const QString p1 = u"Huyện Hoài Đức đẩy mạnh cải cách hành chính."_s;
    const QString p2 = u"Các xã tổ chức tuyên truyền trên hệ thống truyền thanh cơ sở."_s;
    const QString p3 = u"Kết quả được tổng kết vào cuối năm."_s;
    const QString added = u"Đoàn kiểm tra làm việc tại xã Kim Chung."_s;

    // Alone: found by trimming the common ends.
    QList<DiffSegment> s = wordDiff(p1 + u'\n' + p2, p1 + u'\n' + added + u'\n' + p2);
    QCOMPARE(describe(s), u"[=" + p1 + u"\n][+" + added + u"\n][=" + p2 + u']');

    // With other edits around it, so the search has to place it: it still starts its own
    // paragraph instead of hanging off the end of the one before.
    const QString oldText = p1 + u'\n' + p2 + u'\n' + p3;
    QString newText = p1 + u'\n' + added + u'\n' + p2 + u'\n' + p3;
    newText.replace(u"mạnh"_s, u"manh"_s).replace(u"cuối"_s, u"đầu"_s);
    s = wordDiff(oldText, newText);
    checkSegments(s, oldText, newText);
    const auto inserted = std::find_if(s.cbegin(), s.cend(), [&](const DiffSegment &x) {
        return x.kind == DiffSegment::Inserted && x.text.contains(u"Kim Chung"_s);
    });
    QVERIFY(inserted != s.cend());
    QCOMPARE(inserted->text, added + u'\n');
    QCOMPARE(describeRows(diffToSideBySideHtml(s)).split(u'\n').at(1),
             u"|<ins>" + added.toHtmlEscaped() + u"</ins>");
}

void TestWordDiff::deletedSentence()
{
    const QString s1 = u"UBND huyện ban hành kế hoạch."_s;
    const QString s2 = u"Các xã triển khai ngay trong tháng."_s;
    const QString s3 = u"Kết quả báo cáo vào cuối năm."_s;

    QCOMPARE(describe(wordDiff(s1 + u' ' + s2 + u' ' + s3, s1 + u' ' + s3)),
             u"[=" + s1 + u" ][-" + s2 + u" ][=" + s3 + u']');
    QCOMPARE(describe(wordDiff(s1 + u' ' + s2 + u' ' + s3, s1 + u' ' + s2)),
             u"[=" + s1 + u' ' + s2 + u"][- " + s3 + u']');
    // A sentence inserted in the middle of a paragraph starts with its first word.
    QCOMPARE(describe(wordDiff(s1 + u' ' + s3, s1 + u' ' + s2 + u' ' + s3)),
             u"[=" + s1 + u" ][+" + s2 + u" ][=" + s3 + u']');
}

void TestWordDiff::movedSentenceAndParagraph()
{
    const QString s1 = u"UBND huyện ban hành kế hoạch."_s;
    const QString s2 = u"Các xã triển khai ngay trong tháng."_s;
    const QString s3 = u"Kết quả báo cáo vào cuối năm."_s;

    // A moved sentence is deleted where it was and inserted where it is, whole.
    const QString oldText = s1 + u' ' + s2 + u' ' + s3;
    const QString newText = s2 + u' ' + s3 + u' ' + s1;
    QList<DiffSegment> s = wordDiff(oldText, newText);
    checkSegments(s, oldText, newText);
    QCOMPARE(describe(s), u"[-" + s1 + u" ][=" + s2 + u' ' + s3 + u"][+ " + s1 + u']');

    // A moved paragraph likewise, and the paragraphs in between are untouched.
    Rng rng(7);
    QStringList paragraphs;
    for (int i = 0; i < 6; ++i)
        paragraphs << paragraph(rng, 3);
    const QString before = paragraphs.join(u'\n');
    paragraphs.move(1, 4);
    const QString after = paragraphs.join(u'\n');
    s = wordDiff(before, after);
    checkSegments(s, before, after);
    qsizetype deletedWhole = 0;
    qsizetype insertedWhole = 0;
    for (const DiffSegment &x : s) {
        QVERIFY2(x.kind == DiffSegment::Equal || x.text.contains(paragraphs.at(4)),
                 qPrintable(describe(s)));
        deletedWhole += x.kind == DiffSegment::Deleted;
        insertedWhole += x.kind == DiffSegment::Inserted;
    }
    QCOMPARE(deletedWhole, 1);
    QCOMPARE(insertedWhole, 1);
}

void TestWordDiff::shortestWithoutCleanup()
{
    // The raw edit script is a shortest one: as many tokens kept as the longest common
    // subsequence, checked against dynamic programming on small random texts.
    Rng rng(2024);
    const QStringList words = {u"cải"_s, u"cãi"_s, u"cách"_s, u"a"_s};
    const QStringList gaps = {u" "_s, u" "_s, u"\n"_s, u", "_s};
    auto text = [&] {
        QString t;
        const int n = rng.below(14);
        for (int i = 0; i < n; ++i)
            t += (i > 0 ? gaps.at(rng.below(4)) : QString()) + words.at(rng.below(4));
        return t;
    };
    for (int round = 0; round < 400; ++round) {
        const QString a = text();
        const QString b = text();
        const QList<DiffSegment> s = wordDiff(a, b, {.semanticCleanup = false});
        checkSegments(s, a, b);
        qsizetype kept = 0;
        for (const DiffSegment &x : s)
            kept += x.kind == DiffSegment::Equal ? wordDiffTokens(x.text).size() : 0;
        QCOMPARE(kept, lcsLength(wordDiffTokens(a), wordDiffTokens(b)));
    }
}

void TestWordDiff::reconstructsRandomEdits()
{
    // Property: whatever the edits, the segments give back both texts exactly.
    Rng rng(12345);
    for (int round = 0; round < 300; ++round) {
        QStringList paragraphs;
        const int count = 1 + rng.below(4);
        for (int i = 0; i < count; ++i)
            paragraphs << paragraph(rng, 1 + rng.below(4));
        const QString oldText = paragraphs.join(u'\n');
        QStringList tokens = wordDiffTokens(oldText);
        const int edits = 1 + rng.below(8);
        for (int e = 0; e < edits && !tokens.isEmpty(); ++e) {
            const int at = rng.below(int(tokens.size()));
            switch (rng.below(9)) {
            case 0: { // tone mark
                const QString changed = changeTone(tokens.at(at), rng.below(5));
                if (!changed.isEmpty())
                    tokens[at] = changed;
                break;
            }
            case 1:
                tokens.insert(at, randomWord(rng) + u' ');
                break;
            case 2:
                tokens.remove(at, std::min<qsizetype>(1 + rng.below(6), tokens.size() - at));
                break;
            case 3:
                tokens.insert(at, vietnameseSentence(rng, 4 + rng.below(8)) + u' ');
                break;
            case 4:
                tokens[at] = tokens.at(at).toUpper();
                break;
            case 5:
                tokens.insert(at, u"\n"_s);
                break;
            case 6:
                tokens.insert(at, u"  "_s);
                break;
            case 7: // same word in NFD: no visible change
                tokens[at] = nfd(tokens.at(at));
                break;
            default:
                tokens.insert(at, u"<&>"_s);
                break;
            }
        }
        const QString newText = tokens.join(QString());
        const QList<DiffSegment> s = wordDiff(oldText, newText);
        checkSegments(s, oldText, newText);
        if (QTest::currentTestFailed()) {
            qWarning("round %d:\nold: %s\nnew: %s", round, qPrintable(oldText),
                     qPrintable(newText));
            return;
        }
        // The inline view without its deletions is the new text (escaped, "\n" as <br>).
        QString plain = diffToInlineHtml(s);
        plain.remove(QRegularExpression(u"<del>.*?</del>|</?ins>"_s));
        QCOMPARE(plain, newText.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    }
}

void TestWordDiff::scatteredToneChangesInLongText()
{
    // 5 000 words, 50 tone marks changed at scattered words: exactly those words show.
    Rng rng(99);
    QStringList paragraphs;
    qsizetype words = 0;
    while (words < 5000) {
        paragraphs << paragraph(rng, 4);
        words += paragraphs.last().count(u' ') + 1;
    }
    const QString oldText = paragraphs.join(u'\n');
    QStringList tokens = wordDiffTokens(oldText);
    QList<qsizetype> changed;
    while (changed.size() < 50) {
        const qsizetype at = rng.below(int(tokens.size()));
        const bool nearAnother = std::any_of(changed.cbegin(), changed.cend(),
                                             [&](qsizetype c) { return std::abs(c - at) < 8; });
        const QString replacement = changeTone(tokens.at(at), rng.below(5));
        if (nearAnother || replacement.isEmpty() || !tokens.at(at).at(0).isLetter())
            continue;
        tokens[at] = replacement;
        changed << at;
    }
    const QString newText = tokens.join(QString());

    WordDiffStats stats;
    const QList<DiffSegment> s = wordDiff(oldText, newText, {}, &stats);
    checkSegments(s, oldText, newText);
    QVERIFY(!stats.capped);
    QCOMPARE(stats.oldTokens, wordDiffTokens(oldText).size());
    int pairs = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i).kind != DiffSegment::Deleted)
            continue;
        QCOMPARE(wordDiffTokens(s.at(i).text).size(), 1);
        QCOMPARE(s.at(i + 1).kind, DiffSegment::Inserted);
        QCOMPARE(wordDiffTokens(s.at(i + 1).text).size(), 1);
        QVERIFY(s.at(i).text != s.at(i + 1).text);
        ++pairs;
    }
    QCOMPARE(pairs, 50);
}

void TestWordDiff::capFallsBackToDeleteInsert()
{
    Rng rng(5);
    const QString oldText = u"Mở đầu. "_s + paragraph(rng, 5) + u" Kết thúc."_s;
    const QString newText = u"Mở đầu. "_s + paragraph(rng, 5) + u" Kết thúc."_s;

    WordDiffStats stats;
    const QList<DiffSegment> s = wordDiff(oldText, newText, {.maxSteps = 50}, &stats);
    checkSegments(s, oldText, newText);
    QVERIFY(stats.capped);
    QCOMPARE(s.size(), 4);
    QCOMPARE(s.at(0).kind, DiffSegment::Equal);
    QVERIFY(s.at(0).text.startsWith(u"Mở đầu. "_s));
    QCOMPARE(s.at(1).kind, DiffSegment::Deleted);
    QCOMPARE(s.at(2).kind, DiffSegment::Inserted);
    QCOMPARE(s.at(3).kind, DiffSegment::Equal);
    QVERIFY(s.at(3).text.endsWith(u" Kết thúc."_s));

    // Uncapped, the same texts keep their common words.
    const QList<DiffSegment> full = wordDiff(oldText, newText, {}, &stats);
    checkSegments(full, oldText, newText);
    QVERIFY(!stats.capped);
    QVERIFY(full.size() > 4);
}

void TestWordDiff::pathologicalTextsComplete()
{
    // Two unrelated 20 000-word texts: the step budget ends the search; the result is still
    // exact. (How long it takes is for bench_diff, not for a test.)
    Rng rng(31337);
    auto text = [&] {
        QStringList paragraphs;
        qsizetype words = 0;
        while (words < 20000) {
            paragraphs << paragraph(rng, 5);
            words += paragraphs.last().count(u' ') + 1;
        }
        return paragraphs.join(u'\n');
    };
    const QString oldText = text();
    const QString newText = text();
    WordDiffStats stats;
    const QList<DiffSegment> s = wordDiff(oldText, newText, {}, &stats);
    checkSegments(s, oldText, newText);
    qInfo("%lld / %lld tokens, %lld steps, capped: %d, %lld segments", qint64(stats.oldTokens),
          qint64(stats.newTokens), qint64(stats.steps), stats.capped, qint64(s.size()));
    QVERIFY(stats.steps < 2 * WordDiffOptions().maxSteps);
}

void TestWordDiff::inlineHtml_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QString>("expected");

    QTest::newRow("escaped equal text")
        << u"a < b & c"_s << u"a < d & c"_s << u"a &lt; <del>b</del><ins>d</ins> &amp; c"_s;
    QTest::newRow("escaped changes")
        << u"x <b>"_s << u"x &amp;"_s << u"x <del>&lt;b&gt;</del><ins>&amp;amp;</ins>"_s;
    QTest::newRow("quotes") << u"\"a\""_s << u"\"b\""_s
                            << u"&quot;<del>a</del><ins>b</ins>&quot;"_s;
    QTest::newRow("newline is <br>")
        << u"Một\nHai"_s << u"Một\nBa"_s << u"Một<br><del>Hai</del><ins>Ba</ins>"_s;
    QTest::newRow("inserted paragraph") << u"A\nB"_s << u"A\nN\nB"_s << u"A<br><ins>N<br></ins>B"_s;
    QTest::newRow("nothing changed") << u"a & b"_s << u"a & b"_s << u"a &amp; b"_s;
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestWordDiff::inlineHtml()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(QString, expected);
    QCOMPARE(diffToInlineHtml(wordDiff(oldText, newText)), expected);
}

void TestWordDiff::sideBySideHtml_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QString>("expected"); // rows "old|new", one a line

    QTest::newRow("changed word, escaped")
        << u"a < b"_s << u"a < c"_s << u"a &lt; <del>b</del>|a &lt; <ins>c</ins>"_s;
    QTest::newRow("inserted paragraph")
        << u"P1\nP2"_s << u"P1\nN\nP2"_s << u"P1|P1\n|<ins>N</ins>\nP2|P2"_s;
    QTest::newRow("deleted paragraph")
        << u"P1\nX\nP2"_s << u"P1\nP2"_s << u"P1|P1\n<del>X</del>|\nP2|P2"_s;
    QTest::newRow("replaced paragraph")
        << u"P1\nX\nP2"_s << u"P1\nY\nP2"_s << u"P1|P1\n<del>X</del>|<ins>Y</ins>\nP2|P2"_s;
    QTest::newRow("paragraph split") << u"a b"_s << u"a\nb"_s << u"a<del> </del>b|a<br>b"_s;
    QTest::newRow("NFD old side shown as typed")
        << nfd(u"cải"_s) << u"cải"_s << nfd(u"cải"_s) + u"|cải"_s;
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestWordDiff::sideBySideHtml()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(QString, expected);
    QCOMPARE(describeRows(diffToSideBySideHtml(wordDiff(oldText, newText))), expected);
}

QTEST_GUILESS_MAIN(TestWordDiff)
#include "TestWordDiff.moc"
