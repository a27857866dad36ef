// Tests for PressDesk::RichText: the QTextDocument built from clean HTML, the round trip
// toHtml(setHtml(sanitize(x))) == sanitize(x), and documents edited the ordinary way.
#include "HtmlSamples.h"
#include "text/HtmlSanitizer.h"
#include "text/RichText.h"

#include <QFont>
#include <QString>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextList>
#include <QTextTable>

using namespace Qt::StringLiterals;
using namespace PressDesk;

namespace {

QTextBlock blockAt(const QTextDocument &doc, int index)
{
    return doc.findBlockByNumber(index);
}

QTextCharFormat formatOf(const QTextDocument &doc, const QString &text)
{
    const QTextCursor found = doc.find(text);
    if (found.isNull())
        return {};
    QTextCursor c(found);
    c.setPosition(found.selectionStart() + 1);
    return c.charFormat(); // format of the character before position: the first found one
}

int blockKind(const QTextBlock &block)
{
    return block.blockFormat().intProperty(RichText::BlockKindProperty);
}

QTextCharFormat bold()
{
    QTextCharFormat f;
    f.setFontWeight(QFont::Bold);
    return f;
}

} // namespace

class TestRichText : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void fuzzRoundTrip();
    void documentStructure();
    void emptyDocument();
    void typedText();
    void boldByMergeCharFormat();
    void boldSelection();
    void paragraphsFromNewlines();
    void listsByCreateList();
    void headingsBySetHeadingLevel();
    void italicLinksAndBreaks();
    void quotesAndFigures();
    void imagesInsertedInText();
    void whitespaceTyped();
    void qtImportedHtmlIsCanonical();
    void tableEditing();
    void loadingIsNotUndoable();
    void bigDocumentRoundTrip();
};

void TestRichText::roundTrip_data()
{
    QTest::addColumn<QString>("input");
    for (const auto &s : HtmlSamples::exactSamples())
        QTest::newRow(s.name) << s.input;
    const QStringList hostile = HtmlSamples::hostileInputs();
    for (qsizetype i = 0; i < hostile.size(); ++i)
        QTest::addRow("hostile %d", int(i)) << hostile[i];
    const QString deep = u"sâu"_s;
    QTest::newRow("deep div") << u"<div>"_s.repeated(10000) + deep;
    QTest::newRow("deep lists") << u"<ul><li>x"_s.repeated(10000) + deep;
    QTest::newRow("deep quotes and formats")
        << u"<blockquote><b><i><a href=\"https://x.vn\">"_s.repeated(2500) + deep;
}

void TestRichText::roundTrip()
{
    QFETCH(QString, input);
    const QString clean = Html::sanitize(input);
    QTextDocument doc;
    RichText::setHtml(&doc, clean);
    QCOMPARE(RichText::toHtml(&doc), clean);
    QCOMPARE(RichText::plainText(&doc), Html::toPlainText(clean));

    QTextDocument direct; // setHtml sanitizes by itself
    RichText::setHtml(&direct, input);
    QCOMPARE(RichText::toHtml(&direct), clean);
}

void TestRichText::fuzzRoundTrip()
{
    for (const QString &input : HtmlSamples::fuzzInputs()) {
        const QString clean = Html::sanitize(input);
        QTextDocument doc;
        RichText::setHtml(&doc, clean);
        const QString back = RichText::toHtml(&doc);
        QVERIFY2(back == clean, qPrintable(input + u"\n=> "_s + clean + u"\n=> "_s + back));
    }
}

void TestRichText::documentStructure()
{
    const QString hash = HtmlSamples::hash();
    const QString html =
        u"<h2>Tiêu đề <em>phụ</em></h2>\n"
        u"<p>a <strong>b</strong> <em>c</em> <a href=\"https://x.vn/?a=1&amp;b=2\">d</a><br>e</p>\n"
        u"<blockquote>\n<p>q1</p>\n<p>q2</p>\n</blockquote>\n"
        u"<ul>\n<li>x<ul>\n<li>y</li>\n</ul></li>\n</ul>\n<ol>\n<li>z</li>\n</ol>\n"
        u"<h3>Ba</h3>\n"
        u"<figure><img src=\"pdimg:"_s +
        hash + u"\" alt=\"Ảnh\"><figcaption>Chú thích</figcaption></figure>"_s;
    QTextDocument doc;
    RichText::setHtml(&doc, html);
    QCOMPARE(RichText::toHtml(&doc), html);
    QCOMPARE(doc.blockCount(), 10);

    const QTextBlock heading = blockAt(doc, 0);
    QCOMPARE(heading.blockFormat().headingLevel(), 2);
    QCOMPARE(heading.text(), u"Tiêu đề phụ"_s);
    QCOMPARE(formatOf(doc, u"Tiêu"_s).fontWeight(), int(QFont::Bold));
    QVERIFY(formatOf(doc, u"Tiêu"_s).property(QTextFormat::FontSizeAdjustment).toInt() > 0);
    QVERIFY(formatOf(doc, u"phụ"_s).fontItalic());

    QCOMPARE(blockAt(doc, 1).text(), u"a b c d\u2028e"_s);
    QCOMPARE(formatOf(doc, u"b"_s).fontWeight(), int(QFont::Bold));
    QVERIFY(!formatOf(doc, u"a"_s).fontItalic());
    QVERIFY(formatOf(doc, u"c"_s).fontItalic());
    const QTextCharFormat link = formatOf(doc, u"d"_s);
    QVERIFY(link.isAnchor());
    QCOMPARE(link.anchorHref(), u"https://x.vn/?a=1&b=2"_s);
    QVERIFY(link.fontUnderline());
    QVERIFY(!formatOf(doc, u"e"_s).isAnchor());

    for (int i : {2, 3}) {
        QCOMPARE(blockKind(blockAt(doc, i)), int(RichText::BlockKind::Quote));
        QVERIFY(blockAt(doc, i).blockFormat().leftMargin() > 0);
    }
    const QTextList *outer = blockAt(doc, 4).textList();
    const QTextList *inner = blockAt(doc, 5).textList();
    const QTextList *ordered = blockAt(doc, 6).textList();
    QVERIFY(outer && inner && ordered);
    QVERIFY(outer != inner && inner != ordered);
    QCOMPARE(outer->format().style(), QTextListFormat::ListDisc);
    QCOMPARE(outer->format().indent(), 1);
    QCOMPARE(inner->format().indent(), 2);
    QCOMPARE(ordered->format().style(), QTextListFormat::ListDecimal);
    QCOMPARE(blockAt(doc, 5).text(), u"y"_s);
    QCOMPARE(blockAt(doc, 7).blockFormat().headingLevel(), 3);

    const QTextBlock figure = blockAt(doc, 8);
    QCOMPARE(blockKind(figure), int(RichText::BlockKind::Figure));
    QCOMPARE(figure.text(), QString(QChar::ObjectReplacementCharacter));
    const QTextCharFormat image = figure.begin().fragment().charFormat();
    QVERIFY(image.isImageFormat());
    QCOMPARE(image.toImageFormat().name(), u"pdimg:"_s + hash);
    QCOMPARE(image.property(RichText::ImageAltProperty).toString(), u"Ảnh"_s);
    QVERIFY(!image.toImageFormat().hasProperty(QTextFormat::ImageWidth));
    QCOMPARE(blockKind(blockAt(doc, 9)), int(RichText::BlockKind::FigCaption));
    QCOMPARE(blockAt(doc, 9).text(), u"Chú thích"_s);
}

void TestRichText::emptyDocument()
{
    QTextDocument doc; // what a fresh QTextEdit holds: one empty block
    QCOMPARE(RichText::toHtml(&doc), QString());
    RichText::setHtml(&doc, u"<p>x</p>"_s);
    RichText::setHtml(&doc, QString());
    QVERIFY(doc.isEmpty());
    QCOMPARE(RichText::toHtml(&doc), QString());
    RichText::setHtml(&doc, u"<script>x()</script><p> </p>"_s);
    QCOMPARE(RichText::toHtml(&doc), QString());
    QCOMPARE(RichText::plainText(&doc), QString());
}

void TestRichText::typedText()
{
    QTextDocument doc;
    QTextCursor c(&doc);
    c.insertText(u"Ủy ban nhân dân huyện Hoài Đức"_s);
    QCOMPARE(RichText::toHtml(&doc), u"<p>Ủy ban nhân dân huyện Hoài Đức</p>"_s);
    c.insertText(u" <b>&"_s);
    QCOMPARE(RichText::toHtml(&doc), u"<p>Ủy ban nhân dân huyện Hoài Đức &lt;b&gt;&amp;</p>"_s);
}

void TestRichText::boldByMergeCharFormat()
{
    QTextDocument doc;
    QTextCursor c(&doc);
    c.insertText(u"Plain "_s);
    c.mergeCharFormat(bold()); // what the bold action does without a selection
    c.insertText(u"important"_s);
    QTextCharFormat normal;
    normal.setFontWeight(QFont::Normal);
    c.mergeCharFormat(normal);
    c.insertText(u" again"_s);
    QCOMPARE(RichText::toHtml(&doc), u"<p>Plain <strong>important</strong> again</p>"_s);
}

void TestRichText::boldSelection()
{
    QTextDocument doc;
    QTextCursor c(&doc);
    c.insertText(u"một hai ba"_s);
    c.setPosition(4);
    c.setPosition(7, QTextCursor::KeepAnchor);
    c.mergeCharFormat(bold());
    QCOMPARE(RichText::toHtml(&doc), u"<p>một <strong>hai</strong> ba</p>"_s);
    c.setPosition(0);
    c.setPosition(10, QTextCursor::KeepAnchor);
    c.mergeCharFormat(bold()); // all bold: one element, no <strong><strong>
    QCOMPARE(RichText::toHtml(&doc), u"<p><strong>một hai ba</strong></p>"_s);
}

void TestRichText::paragraphsFromNewlines()
{
    QTextDocument doc;
    QTextCursor c(&doc);
    c.insertText(u"Một\nHai\n\n\nBa\n"_s);
    QCOMPARE(RichText::toHtml(&doc), u"<p>Một</p>\n<p>Hai</p>\n<p>Ba</p>"_s);
}

void TestRichText::listsByCreateList()
{
    QTextDocument doc;
    QTextCursor c(&doc);
    c.insertText(u"Mở đầu"_s);
    c.insertBlock();
    c.insertText(u"một"_s);
    c.createList(QTextListFormat::ListDisc);
    c.insertBlock(); // stays in the list
    c.insertText(u"hai"_s);
    c.insertBlock();
    QTextListFormat nested;
    nested.setStyle(QTextListFormat::ListDecimal);
    nested.setIndent(2);
    c.createList(nested);
    c.insertText(u"con"_s);
    QCOMPARE(RichText::toHtml(&doc), u"<p>Mở đầu</p>\n<ul>\n<li>một</li>\n<li>hai<ol>\n"
                                     u"<li>con</li>\n</ol></li>\n</ul>"_s);
    // Back to the outer list.
    c.insertBlock();
    c.currentList()->remove(c.block());
    blockAt(doc, 1).textList()->add(c.block());
    c.insertText(u"ba"_s);
    QCOMPARE(RichText::toHtml(&doc), u"<p>Mở đầu</p>\n<ul>\n<li>một</li>\n<li>hai<ol>\n"
                                     u"<li>con</li>\n</ol></li>\n<li>ba</li>\n</ul>"_s);
    // An empty item the user just created is not written.
    c.insertBlock();
    QCOMPARE(RichText::toHtml(&doc).count(u"<li>"_s), 4);
}

void TestRichText::headingsBySetHeadingLevel()
{
    QTextDocument doc;
    QTextCursor c(&doc);
    c.insertText(u"Tiêu đề\nMục\nMục nhỏ\nThân"_s);
    const int levels[] = {1, 3, 5};
    for (int i = 0; i < 3; ++i) {
        QTextCursor b(blockAt(doc, i));
        QTextBlockFormat f = b.blockFormat();
        f.setHeadingLevel(levels[i]);
        b.setBlockFormat(f);
    }
    QCOMPARE(RichText::toHtml(&doc),
             u"<h2>Tiêu đề</h2>\n<h3>Mục</h3>\n<h3>Mục nhỏ</h3>\n<p>Thân</p>"_s);
    // Bold typed into a heading is the heading's own weight: not written.
    QTextCursor b(blockAt(doc, 0));
    b.select(QTextCursor::BlockUnderCursor);
    b.mergeCharFormat(bold());
    QCOMPARE(RichText::toHtml(&doc).section(u'\n', 0, 0), u"<h2>Tiêu đề</h2>"_s);
}

void TestRichText::italicLinksAndBreaks()
{
    QTextDocument doc;
    QTextCursor c(&doc);
    QTextCharFormat italic;
    italic.setFontItalic(true);
    c.insertText(u"nghiêng"_s, italic);
    c.insertText(u" "_s, QTextCharFormat());
    QTextCharFormat link;
    link.setAnchor(true);
    link.setAnchorHref(u"https://hoaiduc.hanoi.gov.vn/a b"_s);
    c.insertText(u"cổng"_s, link);
    c.insertText(QString(QChar::LineSeparator), QTextCharFormat());
    QTextCharFormat evil;
    evil.setAnchor(true);
    evil.setAnchorHref(u"javascript:alert(1)"_s);
    c.insertText(u"xấu"_s, evil);
    QCOMPARE(
        RichText::toHtml(&doc),
        u"<p><em>nghiêng</em> <a href=\"https://hoaiduc.hanoi.gov.vn/a%20b\">cổng</a><br>xấu</p>"_s);
}

void TestRichText::quotesAndFigures()
{
    QTextDocument doc;
    QTextCursor c(&doc);
    QTextBlockFormat quote;
    quote.setProperty(RichText::BlockKindProperty, int(RichText::BlockKind::Quote));
    c.setBlockFormat(quote);
    c.insertText(u"q1"_s);
    c.insertBlock(quote);
    c.insertText(u"q2"_s);
    QTextBlockFormat figure;
    figure.setProperty(RichText::BlockKindProperty, int(RichText::BlockKind::Figure));
    c.insertBlock(figure);
    QTextImageFormat image;
    image.setName(u"pdimg:"_s + HtmlSamples::hash(u'b'));
    image.setProperty(RichText::ImageAltProperty, u"Hội nghị"_s);
    image.setWidth(600); // display width: not serialized
    c.insertImage(image);
    QTextBlockFormat caption;
    caption.setProperty(RichText::BlockKindProperty, int(RichText::BlockKind::FigCaption));
    c.insertBlock(caption);
    c.insertText(u"Quang cảnh hội nghị"_s);
    c.insertBlock(caption); // a caption without its figure is a paragraph
    c.insertText(u"lạc"_s);
    QCOMPARE(RichText::toHtml(&doc),
             u"<blockquote>\n<p>q1</p>\n<p>q2</p>\n</blockquote>\n<figure><img src=\"pdimg:"_s +
                 HtmlSamples::hash(u'b') +
                 u"\" alt=\"Hội nghị\"><figcaption>Quang cảnh hội nghị</figcaption></figure>\n"
                 u"<p>lạc</p>"_s);
}

void TestRichText::imagesInsertedInText()
{
    QTextDocument doc;
    QTextCursor c(&doc);
    c.insertText(u"trước "_s);
    QTextImageFormat image;
    image.setName(u"https://x.vn/a.png"_s);
    c.insertImage(image);
    QTextImageFormat local;
    local.setName(u"file:///home/user/a.png"_s); // not a storable URL: dropped
    c.insertImage(local);
    c.insertText(u" sau"_s);
    QCOMPARE(RichText::toHtml(&doc), u"<p>trước</p>\n<figure><img src=\"https://x.vn/a.png\" "
                                     u"alt=\"\"></figure>\n<p>sau</p>"_s);
}

void TestRichText::whitespaceTyped()
{
    QTextDocument doc;
    QTextCursor c(&doc);
    c.insertText(u"  a\t\tb\u00a0\u00a0c  "_s);
    QCOMPARE(RichText::toHtml(&doc), u"<p>a b c</p>"_s);
    c.insertText(u"Ho\u0300a"_s); // NFD typed or pasted as plain text
    QCOMPARE(RichText::toHtml(&doc), u"<p>a b c Hòa</p>"_s);
}

void TestRichText::tableEditing()
{
    // What the editor's table commands do to the document, as the stored HTML says it.
    QTextDocument doc;
    RichText::setHtml(&doc, u"<p>Kết quả quý I:</p>"_s);
    QTextCursor c(&doc);
    c.movePosition(QTextCursor::End);
    QTextTable *table = RichText::insertTable(c, 2, 2, true);
    QVERIFY(table);
    c.insertText(u"Kênh"_s);
    table->cellAt(0, 1).firstCursorPosition().insertText(u"Số tin"_s);
    table->cellAt(1, 0).firstCursorPosition().insertText(u"Cổng"_s);
    QTextCursor in = table->cellAt(1, 1).firstCursorPosition();
    in.insertText(u"12"_s);
    in.insertBlock(); // Enter inside a cell: a line break in the cell
    in.insertText(u"(tăng)"_s);
    QCOMPARE(RichText::toHtml(&doc),
             u"<p>Kết quả quý I:</p>\n<table>\n<tr><th>Kênh</th><th>Số tin</th></tr>\n"
             u"<tr><td>Cổng</td><td>12<br>(tăng)</td></tr>\n</table>"_s);
    QVERIFY(RichText::isHeaderCell(table->cellAt(0, 0)));
    QVERIFY(table->cellAt(0, 0).firstCursorPosition().charFormat().fontWeight() >= QFont::Bold);

    // A column added to a table with a header row, then the first row's cells merged.
    table->insertColumns(2, 1);
    QTextTableCell added = table->cellAt(0, 2);
    RichText::setHeaderCell(added, true);
    table->cellAt(1, 2).firstCursorPosition().insertText(u"15"_s);
    QCOMPARE(RichText::toHtml(&doc),
             u"<p>Kết quả quý I:</p>\n<table>\n<tr><th>Kênh</th><th>Số tin</th><th></th></tr>\n"
             u"<tr><td>Cổng</td><td>12<br>(tăng)</td><td>15</td></tr>\n</table>"_s);
    table->mergeCells(0, 1, 1, 2);
    table->removeRows(1, 1);
    QTextTableCell header = table->cellAt(0, 0);
    RichText::setHeaderCell(header, false);
    QCOMPARE(RichText::toHtml(&doc),
             u"<p>Kết quả quý I:</p>\n<table>\n"
             u"<tr><td>Kênh</td><th colspan=\"2\">Số tin</th></tr>\n</table>"_s);

    // Round trip of what the editor made, and a caption written before it.
    const QString html = u"<table>\n<caption>Bảng 1</caption>\n<tr><th colspan=\"2\">A</th></tr>\n"
                         u"<tr><td rowspan=\"2\">1</td><td>2</td></tr>\n<tr><td>3</td></tr>\n"
                         u"</table>\n<p>Sau bảng</p>"_s;
    QTextDocument again;
    RichText::setHtml(&again, html);
    QCOMPARE(RichText::toHtml(&again), html);
    QCOMPARE(RichText::plainText(&again), u"Bảng 1\nA\n1\t2\n3\n\nSau bảng"_s);
}

void TestRichText::qtImportedHtmlIsCanonical()
{
    // Whatever ends up in the document (here Qt's own HTML import) serializes canonically.
    QTextDocument doc;
    doc.setHtml(u"<h1>T</h1><p style='color:red'>a <b>b</b><span style='font-weight:600'>c</span>"
                u"</p><table><tr><td>x</td><td><i>y</i></td></tr></table><ol><li>1</li><li>2"
                u"<ul><li>2a</li></ul></li></ol><p><img src='https://x.vn/i.png'></p>"_s);
    const QString html = RichText::toHtml(&doc);
    QCOMPARE(html, u"<h2>T</h2>\n<p>a <strong>bc</strong></p>\n"
                   u"<table>\n<tr><td>x</td><td><em>y</em></td></tr>\n</table>\n"
                   u"<ol>\n<li>1</li>\n<li>2<ul>\n<li>2a</li>\n</ul></li>\n</ol>\n"
                   u"<figure><img src=\"https://x.vn/i.png\" alt=\"\"></figure>"_s);
    QCOMPARE(Html::sanitize(html), html);
    QTextDocument again;
    RichText::setHtml(&again, html);
    QCOMPARE(RichText::toHtml(&again), html);
}

void TestRichText::loadingIsNotUndoable()
{
    QTextDocument doc;
    QTextCursor(&doc).insertText(u"cũ"_s);
    RichText::setHtml(&doc, u"<p>mới</p>"_s);
    QVERIFY(doc.isUndoRedoEnabled());
    QVERIFY(!doc.isUndoAvailable());
    QCOMPARE(doc.toPlainText(), u"mới"_s);
}

void TestRichText::bigDocumentRoundTrip()
{
    QString input;
    for (int i = 0; input.size() < 1024 * 1024; ++i) {
        input +=
            u"<h3>Mục %1</h3><p>Ngày 19/02, UBND huyện <b>Hoài Đức</b> ban hành "
            u"<a href=\"https://x.vn/%1\">Kế hoạch</a> số 65/KH-UBND<br>dòng <i>hai</i>.</p>"
            u"<ul><li>một<ul><li>hai</li></ul></li></ul><blockquote>trích %1</blockquote>"_s.arg(i);
    }
    const QString clean = Html::sanitize(input);
    QTextDocument doc;
    RichText::setHtml(&doc, clean);
    QCOMPARE(RichText::toHtml(&doc), clean);
}

QTEST_MAIN(TestRichText)
#include "TestRichText.moc"
