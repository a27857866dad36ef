// The three-way merge of what two desks wrote from one revision: identity laws, edits that do
// not touch merge (by block, then by word), edits that do are conflicts (the same ones whichever
// side is "mine"), the result is always sanitized HTML with every unchanged block, and tags merge
// as sets.

#include "text/HtmlSanitizer.h"
#include "text/Merge3.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PressDesk;
using namespace PressDesk::Text;

namespace {

const QString kBase = QStringLiteral(
    "<h2>Hoài Đức đẩy mạnh cải cách hành chính</h2>\n"
    "<p>Sáng 19/02, UBND huyện tổ chức hội nghị triển khai kế hoạch năm 2019.</p>\n"
    "<p>Đồng chí Chủ tịch UBND huyện <strong>yêu cầu</strong> các xã đẩy nhanh tiến độ.</p>\n"
    "<ul>\n<li>Công khai thủ tục hành chính</li>\n<li>Dịch vụ công trực tuyến</li>\n</ul>\n"
    "<p>Hội nghị kết thúc lúc 11 giờ.</p>");

QString replaced(QString html, const QString &from, const QString &to)
{
    if (!html.contains(from))
        qFatal("test text not found: %s", qPrintable(from));
    return html.replace(from, to);
}

} // namespace

class TestMerge3 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identityLaws()
    {
        const QString base = Html::sanitize(kBase);
        const QString edited =
            replaced(base, QStringLiteral("11 giờ"), QStringLiteral("11 giờ 30"));
        // Nobody changed it; one side changed it; both made the same change.
        QCOMPARE(mergeHtml(base, base, base).merged, base);
        QVERIFY(mergeHtml(base, base, base).isClean());
        QCOMPARE(mergeHtml(base, edited, base).merged, edited);
        QCOMPARE(mergeHtml(base, base, edited).merged, edited);
        const MergeResult same = mergeHtml(base, edited, edited);
        QVERIFY(same.isClean());
        QCOMPARE(same.merged, edited);
    }

    void editsThatDoNotTouchMerge_data()
    {
        QTest::addColumn<QString>("mine");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<QString>("expected");
        const QString base = Html::sanitize(kBase);

        // A supervisor fixes a typo in one paragraph while the author adds a paragraph.
        const QString typo = replaced(base, QStringLiteral("năm 2019"), QStringLiteral("năm 2020"));
        const QString added = replaced(base, QStringLiteral("<p>Hội nghị kết thúc"),
                                       QStringLiteral("<p>Các xã cam kết hoàn thành.</p>\n"
                                                      "<p>Hội nghị kết thúc"));
        QTest::newRow("different blocks") << typo << added
                                          << replaced(typo, QStringLiteral("<p>Hội nghị kết thúc"),
                                                      QStringLiteral("<p>Các xã cam kết hoàn "
                                                                     "thành.</p>\n<p>Hội nghị "
                                                                     "kết thúc"));
        // Both edit the same paragraph, far apart: word by word.
        const QString start =
            replaced(base, QStringLiteral("Sáng 19/02"), QStringLiteral("Sáng thứ Ba 19/02"));
        const QString end = replaced(base, QStringLiteral("kế hoạch năm 2019"),
                                     QStringLiteral("kế hoạch cải cách hành chính năm 2019"));
        QTest::newRow("same block, different words")
            << start << end
            << replaced(start, QStringLiteral("kế hoạch năm 2019"),
                        QStringLiteral("kế hoạch cải cách hành chính năm 2019"));
        // Formatting stays with its words.
        const QString bold = replaced(base, QStringLiteral("các xã đẩy nhanh"),
                                      QStringLiteral("các xã <em>khẩn trương</em> đẩy nhanh"));
        const QString word = replaced(base, QStringLiteral("Đồng chí Chủ tịch"),
                                      QStringLiteral("Đồng chí Phó Chủ tịch"));
        QTest::newRow("formatting kept") << bold << word
                                         << replaced(bold, QStringLiteral("Đồng chí Chủ tịch"),
                                                     QStringLiteral("Đồng chí Phó Chủ tịch"));
        // A list item removed on one side, another added on the other: one list.
        const QString removed =
            replaced(base, QStringLiteral("<li>Công khai thủ tục hành chính</li>\n"), {});
        const QString third = replaced(base, QStringLiteral("<li>Dịch vụ công trực tuyến</li>"),
                                       QStringLiteral("<li>Dịch vụ công trực tuyến</li>\n"
                                                      "<li>Một cửa liên thông</li>"));
        QTest::newRow("list items")
            << removed << third
            << replaced(removed, QStringLiteral("<li>Dịch vụ công trực tuyến</li>"),
                        QStringLiteral("<li>Dịch vụ công trực tuyến</li>\n"
                                       "<li>Một cửa liên thông</li>"));
        // Neighbouring paragraphs, the one between changed the same way on both sides (a desk
        // that typed on after a merge it had not yet received): each block from its side.
        const QString firstTwo = replaced(
            replaced(base, QStringLiteral("năm 2019"), QStringLiteral("năm 2020")),
            QStringLiteral("các xã đẩy nhanh"), QStringLiteral("các xã, phường đẩy nhanh"));
        const QString secondAndHeading =
            replaced(replaced(base, QStringLiteral("các xã đẩy nhanh"),
                              QStringLiteral("các xã, phường đẩy nhanh")),
                     QStringLiteral("Hoài Đức đẩy mạnh"), QStringLiteral("Hoài Đức quyết liệt"));
        QTest::newRow("neighbouring blocks")
            << firstTwo << secondAndHeading
            << replaced(firstTwo, QStringLiteral("Hoài Đức đẩy mạnh"),
                        QStringLiteral("Hoài Đức quyết liệt"));
        // One side removes a paragraph the other did not touch.
        const QString shorter =
            replaced(base, QStringLiteral("\n<p>Hội nghị kết thúc lúc 11 giờ.</p>"), {});
        QTest::newRow("removal") << shorter << typo
                                 << replaced(shorter, QStringLiteral("năm 2019"),
                                             QStringLiteral("năm 2020"));
    }

    void editsThatDoNotTouchMerge()
    {
        QFETCH(QString, mine);
        QFETCH(QString, theirs);
        QFETCH(QString, expected);
        const QString base = Html::sanitize(kBase);
        const MergeResult r = mergeHtml(base, mine, theirs);
        QVERIFY2(r.isClean(),
                 qPrintable(r.conflicts.isEmpty() ? QString() : r.conflicts.first().mine));
        QCOMPARE(r.merged, Html::sanitize(expected));
        // The same from the other side.
        const MergeResult other = mergeHtml(base, theirs, mine);
        QVERIFY(other.isClean());
        QCOMPARE(other.merged, r.merged);
        QCOMPARE(Html::sanitize(r.merged), r.merged);
    }

    // A statistics table edited on two desks: one fills in a cell and the other adds a row;
    // both land, the rows stay rows. The same cell changed differently is a conflict.
    void tablesMergeByCellAndRow()
    {
        const QString base = Html::sanitize(QStringLiteral(
            "<p>Kết quả:</p><table><tr><th>Xã</th><th>Tin bài</th></tr>"
            "<tr><td>An Khánh</td><td></td></tr><tr><td>Kim Chung</td><td>12</td></tr></table>"
            "<p>Hết.</p>"));
        const QString filled = replaced(base, QStringLiteral("<td>An Khánh</td><td></td>"),
                                        QStringLiteral("<td>An Khánh</td><td>9</td>"));
        const QString row = replaced(base, QStringLiteral("\n</table>"),
                                     QStringLiteral("\n<tr><td>Song Phương</td><td>4</td></tr>"
                                                    "\n</table>"));
        const MergeResult r = mergeHtml(base, filled, row);
        QVERIFY(r.isClean());
        const QString expected = replaced(filled, QStringLiteral("\n</table>"),
                                          QStringLiteral("\n<tr><td>Song Phương</td><td>4</td>"
                                                         "</tr>\n</table>"));
        QCOMPARE(r.merged, expected);
        QCOMPARE(mergeHtml(base, row, filled).merged, expected);

        const QString other =
            replaced(base, QStringLiteral("<td>12</td>"), QStringLiteral("<td>15</td>"));
        const QString mine =
            replaced(base, QStringLiteral("<td>12</td>"), QStringLiteral("<td>13</td>"));
        const MergeResult clash = mergeHtml(base, mine, other);
        QVERIFY(!clash.isClean());
        QVERIFY(clash.conflicts.first().mine.contains(QStringLiteral("13")));
        QVERIFY(clash.conflicts.first().theirs.contains(QStringLiteral("15")));
        QCOMPARE(Html::sanitize(clash.merged), clash.merged);
    }

    // Two lists that touch stay two lists, whichever side's blocks the merge takes.
    void twoListsThatTouchStayTwo()
    {
        const QString base = Html::sanitize(
            kBase + QStringLiteral("<ul><li>Xã An Khánh</li></ul><ul><li>Xã Vân Canh</li></ul>"));
        QCOMPARE(base.count(QStringLiteral("<ul>")), 3);
        const QString mine = replaced(base, QStringLiteral("năm 2019"), QStringLiteral("năm 2020"));
        const QString theirs =
            replaced(base, QStringLiteral("11 giờ"), QStringLiteral("11 giờ 30"));
        const MergeResult r = mergeHtml(base, mine, theirs);
        QVERIFY(r.isClean());
        QCOMPARE(r.merged, replaced(mine, QStringLiteral("11 giờ"), QStringLiteral("11 giờ 30")));
    }

    // The same words changed differently: a conflict, whichever side is "mine", with each
    // side's passage; the result keeps this side's and every block nobody touched.
    void editsThatTouchConflict()
    {
        const QString base = Html::sanitize(kBase);
        const QString mine = replaced(base, QStringLiteral("năm 2019"), QStringLiteral("năm 2020"));
        const QString theirs =
            replaced(base, QStringLiteral("năm 2019"), QStringLiteral("giai đoạn 2019-2020"));
        const MergeResult r = mergeHtml(base, mine, theirs);
        QCOMPARE(r.conflicts.size(), 1);
        QVERIFY(r.conflicts.first().mine.contains(QStringLiteral("năm 2020")));
        QVERIFY(r.conflicts.first().theirs.contains(QStringLiteral("giai đoạn 2019-2020")));
        QVERIFY(r.conflicts.first().base.contains(QStringLiteral("năm 2019")));
        QCOMPARE(r.merged, mine);
        const MergeResult swapped = mergeHtml(base, theirs, mine);
        QCOMPARE(swapped.conflicts.size(), 1);
        QCOMPARE(swapped.conflicts.first().mine, r.conflicts.first().theirs);
        QCOMPARE(swapped.conflicts.first().theirs, r.conflicts.first().mine);
        QCOMPARE(swapped.merged, theirs);
        for (const QString &kept :
             {QStringLiteral("<h2>Hoài Đức đẩy mạnh cải cách hành chính</h2>"),
              QStringLiteral("<li>Dịch vụ công trực tuyến</li>"),
              QStringLiteral("<p>Hội nghị kết thúc lúc 11 giờ.</p>")})
            QVERIFY2(r.merged.contains(kept), qPrintable(kept));
    }

    // One side edits a paragraph the other removed: a conflict, not a silent loss.
    void anEditAgainstARemovalConflicts()
    {
        const QString base = Html::sanitize(kBase);
        const QString removed =
            replaced(base, QStringLiteral("\n<p>Hội nghị kết thúc lúc 11 giờ.</p>"), {});
        const QString edited =
            replaced(base, QStringLiteral("11 giờ."), QStringLiteral("11 giờ 30 phút."));
        const MergeResult r = mergeHtml(base, removed, edited);
        QCOMPARE(r.conflicts.size(), 1);
        QVERIFY(r.conflicts.first().mine.isEmpty());
        QVERIFY(r.conflicts.first().theirs.contains(QStringLiteral("11 giờ 30 phút")));
    }

    // Whatever goes in, what comes out is sanitized HTML.
    void resultIsAlwaysSanitized()
    {
        const QString base = QStringLiteral("<p>Một <b>hai</b> ba</p><p>bốn</p>");
        const QString mine = QStringLiteral("<p>Một <b>hai</b> ba <script>x()</script></p>"
                                            "<div>bốn<p>năm</p></div>");
        const QString theirs = QStringLiteral("<P>Một <B>hai</B> ba</P><p>bốn <a href=\"j"
                                              "avascript:alert(1)\">sáu</a></p>");
        const MergeResult r = mergeHtml(base, mine, theirs);
        QCOMPARE(Html::sanitize(r.merged), r.merged);
        QVERIFY(!r.merged.contains(QStringLiteral("script")));
        QVERIFY(!r.merged.contains(QStringLiteral("javascript")));
    }

    void leadsMergeByWord()
    {
        const QString base = QStringLiteral("Sáng 19/02, UBND huyện tổ chức hội nghị.");
        const MergeResult clean =
            mergeText(base, QStringLiteral("Sáng thứ Ba 19/02, UBND huyện tổ chức hội nghị."),
                      QStringLiteral("Sáng 19/02, UBND huyện Hoài Đức tổ chức hội nghị."));
        QVERIFY(clean.isClean());
        QCOMPARE(clean.merged, QStringLiteral("Sáng thứ Ba 19/02, UBND huyện Hoài Đức tổ chức "
                                              "hội nghị."));
        const MergeResult conflict =
            mergeText(base, QStringLiteral("Sáng 20/02, UBND huyện tổ chức hội nghị."),
                      QStringLiteral("Sáng 21/02, UBND huyện tổ chức hội nghị."));
        QCOMPARE(conflict.conflicts.size(), 1);
        QCOMPARE(conflict.conflicts.first().base, QStringLiteral("19"));
        QCOMPARE(conflict.conflicts.first().mine, QStringLiteral("20"));
        QCOMPARE(conflict.conflicts.first().theirs, QStringLiteral("21"));
    }

    void tagsMergeAsSets()
    {
        const QStringList base{QStringLiteral("CCHC"), QStringLiteral("Hoài Đức")};
        const QStringList mine{QStringLiteral("CCHC"), QStringLiteral("Hoài Đức"),
                               QStringLiteral("chuyển đổi số")};
        const QStringList theirs{QStringLiteral("Hoài Đức"), QStringLiteral("nông thôn mới")};
        QCOMPARE(mergeSets(base, mine, theirs),
                 (QStringList{QStringLiteral("Hoài Đức"), QStringLiteral("chuyển đổi số"),
                              QStringLiteral("nông thôn mới")}));
        QCOMPARE(mergeSets(base, base, base), base);
    }

    // A long article with many scattered edits on both sides merges cleanly (and quickly: see
    // bench for the figure) when the edits are in different blocks.
    // Edits of different paragraphs, a paragraph apart (a modified, removed or added
    // paragraph on each side), merge as `git merge-file` merges the same text one paragraph a
    // line: clean, and to the same paragraphs in the same order. 40 fixed seeds.
    void agreesWithGitMergeFileOnDisjointEdits()
    {
        const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
        if (git.isEmpty())
            QSKIP("git is not installed here (the Linux run checks this)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList base;
        for (int k = 0; k < 12; ++k)
            base << QStringLiteral("<p>Đoạn %1: xã triển khai kế hoạch tuyên truyền số %1.</p>")
                        .arg(k);
        const auto write = [&](const QString &name, const QStringList &lines) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly))
                return QString();
            f.write((lines.join(u'\n') + u'\n').toUtf8());
            return f.fileName();
        };
        for (quint32 seed = 1; seed <= 40; ++seed) {
            QRandomGenerator random(seed);
            // Who edits each paragraph: nobody (0), this side (1), the other (2); the two sides
            // never next to each other.
            QList<int> owner(base.size(), 0);
            for (int k = 0; k < base.size(); ++k) {
                const int pick = int(random.bounded(3));
                const bool nextToOther = k > 0 && owner[k - 1] != 0 && owner[k - 1] != pick;
                owner[k] = pick == 0 || nextToOther ? 0 : pick;
            }
            const auto edited = [&](int side) {
                QStringList out;
                for (int k = 0; k < base.size(); ++k) {
                    if (owner[k] != side) {
                        out << base[k];
                        continue;
                    }
                    switch (random.bounded(3)) {
                    case 0: // reworded
                        out << QString(base[k]).replace(QStringLiteral("kế hoạch"),
                                                        QStringLiteral("chương trình"));
                        break;
                    case 1: // removed
                        break;
                    default: // another paragraph after it
                        out << base[k]
                            << QStringLiteral("<p>Bổ sung của bên %1 sau đoạn %2.</p>")
                                   .arg(side)
                                   .arg(k);
                    }
                }
                return out;
            };
            const QStringList mine = edited(1), theirs = edited(2);
            const MergeResult ours =
                mergeHtml(base.join(u'\n'), mine.join(u'\n'), theirs.join(u'\n'));
            QProcess p;
            p.start(git, {QStringLiteral("merge-file"), QStringLiteral("-p"),
                          write(QStringLiteral("mine"), mine), write(QStringLiteral("base"), base),
                          write(QStringLiteral("theirs"), theirs)});
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 0); // git: clean
            const QString gits = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
            QVERIFY2(ours.isClean(), qPrintable(QStringLiteral("seed %1").arg(seed)));
            QCOMPARE(ours.merged, gits);
        }
    }

    void manyScatteredEdits()
    {
        QString base, mine, theirs;
        for (int i = 0; i < 200; ++i) {
            const QString p = QStringLiteral("<p>Đoạn %1: xã tuyên truyền cải cách hành chính, "
                                             "chuyển đổi số và xây dựng nông thôn mới.</p>")
                                  .arg(i);
            base += p;
            mine +=
                i % 8 == 0 ? QString(p).replace(QStringLiteral("xã"), QStringLiteral("phường")) : p;
            theirs += i % 8 == 4 ? QString(p).replace(QStringLiteral("mới"),
                                                      QStringLiteral("mới nâng cao"))
                                 : p;
        }
        const MergeResult r = mergeHtml(base, mine, theirs);
        QVERIFY(r.isClean());
        QCOMPARE(r.merged.count(QStringLiteral("phường")), 25);
        QCOMPARE(r.merged.count(QStringLiteral("nâng cao")), 25);
        QCOMPARE(r.merged.count(QStringLiteral("<p>")), 200);
    }
};

QTEST_GUILESS_MAIN(TestMerge3)
#include "TestMerge3.moc"
