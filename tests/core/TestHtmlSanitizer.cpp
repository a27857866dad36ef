// Tests for PressDesk::Html::sanitize / toPlainText: canonical output, idempotence,
// hostile input, Word / LibreOffice / Google Docs pastes, deep nesting, huge input.
#include "HtmlSamples.h"
#include "text/HtmlSanitizer.h"

#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PressDesk;

namespace {

// Only whitelisted elements and attributes, every attribute quoted, no stray markup.
QString whitelistViolation(const QString &html)
{
    static const QSet<QString> tags = {u"p"_s,   u"h2"_s,         u"h3"_s,    u"strong"_s,
                                       u"em"_s,  u"a"_s,          u"ul"_s,    u"ol"_s,
                                       u"li"_s,  u"blockquote"_s, u"br"_s,    u"figure"_s,
                                       u"img"_s, u"figcaption"_s, u"table"_s, u"caption"_s,
                                       u"tr"_s,  u"th"_s,         u"td"_s};
    static const QRegularExpression tag(u"<(/?)([^\\s>/]*)([^>]*)>"_s);
    static const QRegularExpression attrs(
        u"\\A(?:\\s(href|src|alt)=\"[^\"<>]*\"|\\s(colspan|rowspan)=\"[1-9][0-9]*\")*\\z"_s);
    QString rest = html;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        if (!tags.contains(m.captured(2)))
            return u"element "_s + m.captured(0);
        if (!attrs.match(m.captured(3)).hasMatch())
            return u"attributes "_s + m.captured(0);
        const bool link = m.captured(2) == u"a" && m.captured(1).isEmpty();
        if (link && !m.captured(3).startsWith(u" href=\"http"_s) &&
            !m.captured(3).startsWith(u" href=\"mailto:"_s))
            return u"link "_s + m.captured(0);
        rest.replace(m.captured(0), u" "_s);
    }
    if (rest.contains(u'<') || rest.contains(u'>'))
        return u"unescaped markup in text"_s;
    return {};
}

void verifyClean(const QString &html)
{
    const QString violation = whitelistViolation(html);
    QVERIFY2(violation.isEmpty(), qPrintable(violation + u"\n"_s + html));
}

// Executable leftovers: scripts, styles, event handlers, dangerous schemes.
void verifyInert(const QString &html)
{
    static const QRegularExpression handler(u"[\\s\"'/]on[a-z]+\\s*="_s,
                                            QRegularExpression::CaseInsensitiveOption);
    for (const char *bad : {"script", "style", "javascript", "vbscript", "data:", "expression",
                            "<iframe", "<svg", "<math", "<object", "<embed", "<!--", "file:"})
        QVERIFY2(!html.contains(QLatin1String(bad), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(!handler.match(html).hasMatch(), qPrintable(html));
}

QString repeated(const QString &open, const QString &close, int times, const QString &middle)
{
    return open.repeated(times) + middle + close.repeated(times);
}

} // namespace

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void sanitize_data();
    void sanitize();
    void hostile_data();
    void hostile();
    void fuzzIsCanonical();
    void plainText_data();
    void plainText();
    void invalidUtf16();
    void deepNesting_data();
    void deepNesting();
    void hugeInput();
    void hugeTextWithoutMarkup();
    void hugeDenseMarkup();
};

void TestHtmlSanitizer::sanitize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    for (const auto &s : HtmlSamples::exactSamples())
        QTest::newRow(s.name) << s.input << s.expected;
}

void TestHtmlSanitizer::sanitize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString out = Html::sanitize(input);
    QCOMPARE(out, expected);
    QCOMPARE(Html::sanitize(out), out); // idempotent
    verifyClean(out);
}

void TestHtmlSanitizer::hostile_data()
{
    QTest::addColumn<QString>("input");
    const QStringList inputs = HtmlSamples::hostileInputs();
    for (qsizetype i = 0; i < inputs.size(); ++i)
        QTest::addRow("%d: %s", int(i), qPrintable(inputs[i].left(60))) << inputs[i];
}

void TestHtmlSanitizer::hostile()
{
    QFETCH(QString, input);
    const QString out = Html::sanitize(input);
    QVERIFY2(out.contains(u"Văn bản"_s), qPrintable(out));
    verifyInert(out);
    verifyClean(out);
    QCOMPARE(Html::sanitize(out), out);
}

void TestHtmlSanitizer::fuzzIsCanonical()
{
    for (const QString &input : HtmlSamples::fuzzInputs()) {
        const QString out = Html::sanitize(input);
        QVERIFY2(!out.contains(u"alert"_s) && !out.contains(u"javascript"_s), qPrintable(input));
        const QString violation = whitelistViolation(out);
        QVERIFY2(violation.isEmpty(), qPrintable(input + u"\n=> "_s + out + u"\n"_s + violation));
        const QString again = Html::sanitize(out);
        QVERIFY2(again == out, qPrintable(input + u"\n=> "_s + out + u"\n=> "_s + again));
        QCOMPARE(out.normalized(QString::NormalizationForm_C), out);
    }
}

void TestHtmlSanitizer::plainText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("paragraphs") << u"<p>Một <b>hai</b></p><p>ba</p>"_s << u"Một hai\n\nba"_s;
    QTest::newRow("line break") << u"<p>a<br>b</p>"_s << u"a\nb"_s;
    QTest::newRow("entities") << u"<p>&lt;a&gt; &amp; &quot;b&quot;</p>"_s << u"<a> & \"b\""_s;
    QTest::newRow("lists and quotes")
        << u"<h2>T</h2><ul><li>a<ul><li>b</li></ul></li></ul><blockquote><p>q</p></blockquote>"_s
        << u"T\n\na\n\nb\n\nq"_s;
    QTest::newRow("figure caption only")
        << u"<figure><img src=\"https://x.vn/a.jpg\" alt=\"alt\"><figcaption>chú thích</figcaption></figure>"_s
        << u"chú thích"_s;
    QTest::newRow("scripts dropped") << u"<script>x()</script>Chữ<style>p{}</style>"_s << u"Chữ"_s;
    QTest::newRow("NFC") << u"Hoa\u0300i \u0110u\u031b\u0301c"_s << u"Hoài Đức"_s;
}

void TestHtmlSanitizer::plainText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Html::toPlainText(input), expected);
    QCOMPARE(Html::toPlainText(Html::sanitize(input)), expected);
}

void TestHtmlSanitizer::invalidUtf16()
{
    QString lone = u"<p>a"_s;
    lone += QChar(0xD800); // lone high surrogate
    lone += u"b"_s;
    lone += QChar(0xDC00); // lone low surrogate
    lone += QChar(0xDC00);
    lone += QChar(0xD800);        // reversed pair
    lone += u"c\U0001F600</p>"_s; // a real pair survives
    const QString out = Html::sanitize(lone);
    QCOMPARE(out, u"<p>a\ufffdb\ufffd\ufffd\ufffdc\U0001F600</p>"_s);
    QCOMPARE(Html::sanitize(out), out);

    QString nul = u"<p>a"_s;
    nul += QChar(0);
    nul += u"b&#0;c</p>"_s;
    QCOMPARE(Html::sanitize(nul), u"<p>ab\ufffdc</p>"_s);

    QString end = u"x"_s;
    end += QChar(0xD83D); // truncated pair at the very end
    QCOMPARE(Html::sanitize(end), u"<p>x\ufffd</p>"_s);
}

void TestHtmlSanitizer::deepNesting_data()
{
    QTest::addColumn<QString>("input");
    const QString text = u"sâu"_s;
    const int n = 10000;
    QTest::newRow("div") << repeated(u"<div>"_s, u"</div>"_s, n, text);
    QTest::newRow("span") << repeated(u"<span>"_s, u"</span>"_s, n, text);
    QTest::newRow("b unclosed") << u"<b>"_s.repeated(n) + text;
    QTest::newRow("b i mix") << repeated(u"<b><i>"_s, u"</i></b>"_s, n / 2, text);
    QTest::newRow("ul li") << repeated(u"<ul><li>"_s, u"</li></ul>"_s, n, text);
    QTest::newRow("ol unclosed") << u"<ol><li>x"_s.repeated(n) + text;
    QTest::newRow("blockquote") << repeated(u"<blockquote>"_s, u"</blockquote>"_s, n, text);
    QTest::newRow("table") << u"<table><tr><td>"_s.repeated(n) + text;
    QTest::newRow("a") << u"<a href=\"https://x.vn\">"_s.repeated(n) + text;
    QTest::newRow("font") << repeated(u"<font size=2 color=red>"_s, u"</font>"_s, n, text);
    QTest::newRow("figure") << repeated(u"<figure>"_s, u"</figure>"_s, n, text);
    QTest::newRow("section article") << u"<section><article>"_s.repeated(n) + text;
    QTest::newRow("span div misnested") << u"<span><div></span>"_s.repeated(n) + text;
    QTest::newRow("b div adoption") << u"<b><div></b>"_s.repeated(n) + text;
    QTest::newRow("formatting explosion") << u"<b id=1><i id=2><p>x"_s.repeated(n) + text;
    QTest::newRow("svg") << repeated(u"<svg><g>"_s, u"</g></svg>"_s, n, QString()) + text;
    QTest::newRow("object") << u"<object>"_s.repeated(n) + u"</object>"_s.repeated(n) + text;
    QTest::newRow("em strong mix") << repeated(u"<em><strong><span><a href=\"https://x.vn/a\">"_s,
                                               u"</a></span></strong></em>"_s, n / 4, text);
}

void TestHtmlSanitizer::deepNesting()
{
    QFETCH(QString, input);
    const QString out = Html::sanitize(input);
    QVERIFY2(out.contains(u"sâu"_s), qPrintable(out.left(300)));
    verifyClean(out);
    QCOMPARE(Html::sanitize(out), out);
}

void TestHtmlSanitizer::hugeInput()
{
    // A ~5 MB paste: realistic paragraphs with formatting, links and Word noise.
    const QString paragraph =
        u"<p class=MsoNormal style='text-align:justify;line-height:115%'><span lang=VI "
        u"style='font-size:14.0pt;font-family:\"Times New Roman\",serif'>Ngày 19/02, UBND "
        u"huyện <b>Hoài Đức</b> ban hành Kế hoạch số 65/KH-UBND, triển khai nhiều hoạt động "
        u"thúc đẩy thông tin, tuyên truyền <i>cải cách hành chính</i> (CCHC) năm 2019. Theo "
        u"đó, các cấp, các ngành của huyện sẽ chủ động cung cấp thông tin cho báo chí về công "
        u"tác CCHC của địa phương; xem <a href=\"https://hoaiduc.hanoi.gov.vn/tin?id=1&amp;p=2\">"
        u"Cổng thông tin</a>.<o:p></o:p></span></p>\r\n"_s;
    QString input;
    int paragraphs = 0;
    while (input.size() * 2 < 5 * 1024 * 1024) {
        input += paragraph;
        ++paragraphs;
    }
    input += u"<p>Kết thúc</p>"_s;
    const QString out = Html::sanitize(input);
    QCOMPARE(out.count(u"<p>"_s), paragraphs + 1);
    QCOMPARE(out.count(u"<strong>Hoài Đức</strong>"_s), paragraphs);
    QCOMPARE(out.count(u"<em>cải cách hành chính</em>"_s), paragraphs);
    QCOMPARE(out.count(u"&amp;p=2\">Cổng thông tin</a>"_s), paragraphs);
    QVERIFY(out.endsWith(u"<p>Kết thúc</p>"_s));
    QVERIFY(!out.contains(u"MsoNormal"_s));
    QCOMPARE(Html::sanitize(out), out);
    QCOMPARE(Html::toPlainText(out).count(u"\n\n"_s), paragraphs);
}

void TestHtmlSanitizer::hugeTextWithoutMarkup()
{
    const QString sentence = u"Xin chào các bạn, đây là văn bản dài. "_s;
    const QString input = sentence.repeated(5 * 1024 * 1024 / int(sentence.size() * 2));
    const QString out = Html::sanitize(input);
    QCOMPARE(out, u"<p>"_s + input.trimmed() + u"</p>"_s);
}

void TestHtmlSanitizer::hugeDenseMarkup()
{
    // 5 MB of markup-dense top-level blocks: large inputs are parsed in chunks (in
    // parallel); the result must be exactly that of the pieces one by one.
    const QString piece =
        u"<h2>Mục</h2><p>Đoạn <b>đậm</b> <a href=\"https://x.vn/a?b=1&c=2\">liên kết</a></p>"
        u"<ul><li>một<ul><li>hai</li></ul></li><li>ba</li></ul><blockquote>trích</blockquote>"
        u"<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:"
        u"Ignore'>1.&nbsp;</span>Word</p><figure><img src=\"https://x.vn/a.jpg\" alt=\"ảnh\">"
        u"<figcaption>chú thích</figcaption></figure><table><tr><td>ô 1</td><td>ô 2</td></tr>"
        u"</table><ol><li>số</li></ol>\n"_s;
    const QString one = Html::sanitize(piece);
    QCOMPARE(one.count(u'\n'), 20);
    const int times = 5 * 1024 * 1024 / int(piece.toUtf8().size());
    const QString out = Html::sanitize(piece.repeated(times));
    QString expected = one;
    for (int i = 1; i < times; ++i)
        expected += u'\n' + one;
    QCOMPARE(out.size(), expected.size());
    QVERIFY(out == expected);
    QCOMPARE(Html::sanitize(out), out);
}

QTEST_APPLESS_MAIN(TestHtmlSanitizer)
#include "TestHtmlSanitizer.moc"
