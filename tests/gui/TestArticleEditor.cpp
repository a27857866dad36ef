#include "GuiTestSupport.h"
#include "editor/ArticleEditor.h"
#include "editor/BodyTextEdit.h"
#include "editor/ImageInserter.h"
#include "editor/TextFormatter.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "text/LegacyVietnamese.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUrl>

#include <memory>

using namespace PressDesk;
using TestSupport::child;

class TestArticleEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void typedTextIsAutosavedAndSurvivesACrash();
    void boldActionSerializesAsStrong();
    void formatActionsProduceCleanHtml_data();
    void formatActionsProduceCleanHtml();
    void enterAfterHeadingContinuesWithParagraph();
    void linkWrapsTheSelection();
    void pastedHtmlIsSanitized();
    void pastedLegacyTextIsOfferedForConversion_data();
    void pastedLegacyTextIsOfferedForConversion();
    void failedSaveShowsErrorAndKeepsText();
    void wordCountFollowsTheBody();
    void toneMarksFollowTheOfficeStyle();
    void manualSaveSealsTheRevision();
    void switchingArticleSavesFirst();
    void insertedImageIsStoredAndScaled();
    void hugePhotoIsDecodedOffTheGuiThread();

private:
    std::unique_ptr<ArticleEditor> makeEditor();
    Article stored() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_id;
};

void TestArticleEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestArticleEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("test.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
    m_db = std::move(db).value();
    Article a;
    a.title = QStringLiteral("Draft");
    auto created = ArticleRepository(*m_db).create(a);
    QVERIFY(created.ok());
    m_id = created->id;
}

void TestArticleEditor::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<ArticleEditor> TestArticleEditor::makeEditor()
{
    auto editor = std::make_unique<ArticleEditor>(*m_db);
    editor->resize(1000, 700);
    editor->show();
    if (!editor->openArticle(m_id))
        qFatal("cannot open the test article");
    return editor;
}

Article TestArticleEditor::stored() const
{
    auto a = ArticleRepository(*m_db).get(m_id);
    return a ? a.value() : Article{};
}

void TestArticleEditor::typedTextIsAutosavedAndSurvivesACrash()
{
    auto editor = makeEditor();
    auto *title = child<QLineEdit>(editor.get(), QStringLiteral("titleLineEdit"));
    auto *body = child<QTextEdit>(editor.get(), QStringLiteral("bodyTextEdit"));
    title->clear();
    QTest::keyClicks(title, QStringLiteral("Budget meeting"));
    body->setFocus();
    QTest::keyClicks(body, QStringLiteral("The council met on Monday."));

    // No manual save: the autosave timer alone must store it, within seconds.
    QTRY_COMPARE_WITH_TIMEOUT(stored().title, QStringLiteral("Budget meeting"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(
        stored().bodyHtml.contains(QLatin1String("The council met on Monday.")), 5000);
    const auto revisions = ArticleRepository(*m_db).revisions(m_id);
    QVERIFY(revisions.ok());
    QVERIFY(revisions->last().autosave);

    editor.reset(); // as if the program died: no save on destruction
    auto reopened = makeEditor();
    QCOMPARE(child<QLineEdit>(reopened.get(), QStringLiteral("titleLineEdit"))->text(),
             QStringLiteral("Budget meeting"));
    QVERIFY(child<QTextEdit>(reopened.get(), QStringLiteral("bodyTextEdit"))
                ->toPlainText()
                .contains(QLatin1String("The council met on Monday.")));
    QVERIFY(!reopened->hasUnsavedChanges());
}

void TestArticleEditor::boldActionSerializesAsStrong()
{
    auto editor = makeEditor();
    auto *body = child<QTextEdit>(editor.get(), QStringLiteral("bodyTextEdit"));
    body->setFocus();
    QTest::keyClicks(body, QStringLiteral("Plain "));
    auto *bold = editor->findChild<QAction *>(QStringLiteral("boldAction"));
    QVERIFY(bold);
    QCOMPARE(bold->shortcut(), QKeySequence(QKeySequence::Bold));
    bold->trigger();
    QVERIFY(bold->isChecked());
    QTest::keyClicks(body, QStringLiteral("important"));
    bold->trigger();
    QTest::keyClicks(body, QStringLiteral(" again"));
    QVERIFY(editor->save());
    const QString html = stored().bodyHtml;
    QVERIFY2(html.contains(QLatin1String("<strong>important</strong>")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("<strong> again")), qPrintable(html));
}

void TestArticleEditor::formatActionsProduceCleanHtml_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("times");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("absent");
    QTest::newRow("heading 2") << "heading2Action" << 1 << "<h2>Some text</h2>"
                               << "<p>";
    QTest::newRow("heading 3") << "heading3Action" << 1 << "<h3>Some text</h3>"
                               << "<p>";
    QTest::newRow("back to paragraph") << "paragraphAction" << 1 << "<p>Some text</p>"
                                       << "<h";
    QTest::newRow("bulleted list") << "bulletListAction" << 1 << "<li>Some text</li>"
                                   << "<ol>";
    QTest::newRow("bulleted list off") << "bulletListAction" << 2 << "<p>Some text</p>"
                                       << "<ul>";
    QTest::newRow("numbered list") << "numberedListAction" << 1 << "<ol>"
                                   << "<ul>";
    QTest::newRow("block quote") << "quoteAction" << 1 << "<blockquote>"
                                 << "<ul>";
    QTest::newRow("block quote off") << "quoteAction" << 2 << "<p>Some text</p>"
                                     << "<blockquote>";
    QTest::newRow("italic") << "italicAction" << 1 << "<em>"
                            << "<strong>";
}

void TestArticleEditor::formatActionsProduceCleanHtml()
{
    QFETCH(QString, action);
    QFETCH(int, times);
    QFETCH(QString, expected);
    QFETCH(QString, absent);
    auto editor = makeEditor();
    auto *body = child<QTextEdit>(editor.get(), QStringLiteral("bodyTextEdit"));
    body->setFocus();
    QTest::keyClicks(body, QStringLiteral("Some text"));
    body->selectAll();
    auto *a = editor->findChild<QAction *>(action);
    QVERIFY(a);
    for (int i = 0; i < times; ++i)
        a->trigger();
    QVERIFY(editor->save());
    const QString html = stored().bodyHtml;
    QVERIFY2(html.contains(expected), qPrintable(html));
    QVERIFY2(!html.contains(absent), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("style")), qPrintable(html));
}

void TestArticleEditor::enterAfterHeadingContinuesWithParagraph()
{
    auto editor = makeEditor();
    auto *body = child<QTextEdit>(editor.get(), QStringLiteral("bodyTextEdit"));
    body->setFocus();
    editor->findChild<QAction *>(QStringLiteral("heading2Action"))->trigger();
    QTest::keyClicks(body, QStringLiteral("Section"));
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, QStringLiteral("Body text"));
    QVERIFY(editor->save());
    QCOMPARE(stored().bodyHtml, QStringLiteral("<h2>Section</h2>\n<p>Body text</p>"));
}

void TestArticleEditor::linkWrapsTheSelection()
{
    auto editor = makeEditor();
    auto *body = child<QTextEdit>(editor.get(), QStringLiteral("bodyTextEdit"));
    body->setFocus();
    QTest::keyClicks(body, QStringLiteral("See the portal"));
    QTextCursor c = body->textCursor();
    c.movePosition(QTextCursor::StartOfWord, QTextCursor::KeepAnchor);
    body->setTextCursor(c);
    editor->formatter()->setLink(QStringLiteral("hanoi.gov.vn"));
    QVERIFY(editor->save());
    QCOMPARE(stored().bodyHtml,
             QStringLiteral("<p>See the <a href=\"https://hanoi.gov.vn\">portal</a></p>"));
    c.setPosition(int(QStringLiteral("See the por").size()));
    body->setTextCursor(c); // inside the link: the toolbar shows it
    QVERIFY(editor->findChild<QAction *>(QStringLiteral("linkAction"))->isChecked());
}

void TestArticleEditor::pastedHtmlIsSanitized()
{
    auto editor = makeEditor();
    auto *body = child<QTextEdit>(editor.get(), QStringLiteral("bodyTextEdit"));
    body->setFocus();
    auto *mime = new QMimeData;
    mime->setHtml(QStringLiteral(
        "<html><head><style>p{color:red}</style></head><body>"
        "<p onclick=\"steal(document.cookie)\" style=\"color:red\">Ủy ban nhân dân "
        "<script>alert('pwned')</script><b>huyện</b> <a href=\"javascript:alert(1)\">"
        "Hoài Đức</a></p></body></html>"));
    mime->setText(QStringLiteral("Ủy ban nhân dân huyện Hoài Đức"));
    QGuiApplication::clipboard()->setMimeData(mime);
    body->paste();
    QVERIFY(editor->save());

    const QString html = stored().bodyHtml;
    QVERIFY2(!html.contains(QLatin1String("script")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("alert")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("onclick")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("javascript")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("style")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("Ủy ban nhân dân")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("huyện")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("Hoài Đức")), qPrintable(html));
    QVERIFY(!body->toPlainText().contains(QLatin1String("alert")));
}

// A reporter pastes a paragraph from an old Word file typed in .VnTime (the HTML names the
// font), or text from an old e-mail in VNI (no fonts: the text itself): PressDesk offers to
// convert it, showing both, and converts it — or pastes it as it is when told so.
void TestArticleEditor::pastedLegacyTextIsOfferedForConversion_data()
{
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("asHtml");
    QTest::addColumn<bool>("convert");
    const int tcvn3 = int(Text::LegacyEncoding::Tcvn3), vni = int(Text::LegacyEncoding::Vni);
    QTest::newRow("TCVN3 from Word, converted") << tcvn3 << true << true;
    QTest::newRow("TCVN3 from Word, pasted as it is") << tcvn3 << true << false;
    QTest::newRow("VNI text, converted") << vni << false << true;
    QTest::newRow("TCVN3 text, converted") << tcvn3 << false << true;
}

void TestArticleEditor::pastedLegacyTextIsOfferedForConversion()
{
    QFETCH(int, encoding);
    QFETCH(bool, asHtml);
    QFETCH(bool, convert);
    // ư, ơ, đ and the tones: in TCVN3 "ư" is 0xAD, the soft hyphen browsers hide.
    const QString sentence = QStringLiteral(
        "Hội nghị triển khai kế hoạch cải cách hành chính, tăng cường đối thoại với người dân.");
    const QString legacy = Text::toLegacy(sentence, Text::LegacyEncoding(encoding));
    QVERIFY(legacy != sentence);

    auto editor = makeEditor();
    auto *body = child<QTextEdit>(editor.get(), QStringLiteral("bodyTextEdit"));
    body->setFocus();
    auto *mime = new QMimeData;
    if (asHtml)
        mime->setHtml(QStringLiteral("<html><body><p class=MsoNormal><span "
                                     "style='font-size:14.0pt;font-family:\".VnTime\"'>%1</span>"
                                     "</p></body></html>")
                          .arg(legacy.toHtmlEscaped()));
    mime->setText(legacy);
    QGuiApplication::clipboard()->setMimeData(mime);
    QString shown;
    TestSupport::answerModal(QStringLiteral("legacyPasteBox"), [&](QWidget *box) {
        shown = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"))->text();
        child<QPushButton>(box, convert ? QStringLiteral("convertLegacyButton")
                                        : QStringLiteral("pasteAsIsButton"))
            ->click();
    });
    body->paste();
    // The preview showed the text converted.
    QVERIFY2(shown.contains(sentence.left(40)), qPrintable(shown));
    QVERIFY(editor->save());
    const QString html = stored().bodyHtml;
    if (convert)
        QVERIFY2(html.contains(sentence), qPrintable(html));
    else
        QVERIFY2(!html.contains(QStringLiteral("Hội nghị")) &&
                     html.contains(QStringLiteral("triÓn")),
                 qPrintable(html));
}

void TestArticleEditor::failedSaveShowsErrorAndKeepsText()
{
    auto editor = makeEditor();
    auto *title = child<QLineEdit>(editor.get(), QStringLiteral("titleLineEdit"));
    auto *error = child<QLabel>(editor.get(), QStringLiteral("saveErrorLabel"));
    QVERIFY(!error->isVisible());

    QSqlQuery(m_db->connection()).exec(QStringLiteral("PRAGMA query_only=ON")); // writes fail
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Cannot be stored yet"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 5000);
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(title->text(), QStringLiteral("Cannot be stored yet"));
    QVERIFY(editor->hasUnsavedChanges());
    QCOMPARE(stored().title, QStringLiteral("Draft"));
    QVERIFY(!editor->save()); // Ctrl+S fails the same way, still nothing lost
    QVERIFY(error->isVisible());

    QSqlQuery(m_db->connection()).exec(QStringLiteral("PRAGMA query_only=OFF"));
    QTest::keyClicks(title, QStringLiteral("!")); // the next change retries
    QTRY_COMPARE_WITH_TIMEOUT(stored().title, QStringLiteral("Cannot be stored yet!"), 5000);
    QVERIFY(!error->isVisible());
    QVERIFY(!editor->hasUnsavedChanges());
}

void TestArticleEditor::wordCountFollowsTheBody()
{
    auto editor = makeEditor();
    auto *body = child<QTextEdit>(editor.get(), QStringLiteral("bodyTextEdit"));
    auto *words = child<QLabel>(editor.get(), QStringLiteral("wordCountLabel"));
    QVERIFY(words->text().contains(QLatin1String("0 word")));
    body->setFocus();
    QTest::keyClicks(body, QStringLiteral("one two three"));
    QTRY_VERIFY2(words->text().contains(QLatin1String("3 word")), qPrintable(words->text()));
    QVERIFY(words->text().contains(QLatin1String("1 min")));
}

void TestArticleEditor::toneMarksFollowTheOfficeStyle()
{
    Article a = stored();
    a.title = QStringLiteral("Ủy ban xã Hoà Bình thăm hỏi");
    a.lead = QStringLiteral("Sức khỏe người dân.");
    a.bodyHtml = QStringLiteral("<p>Chăm lo sức <b>khỏe</b> và thủy lợi, tuỳ theo mùa.</p>");
    QVERIFY(ArticleRepository(*m_db).save(a, SaveKind::Manual));
    auto editor = makeEditor();
    auto *title = child<QLineEdit>(editor.get(), QStringLiteral("titleLineEdit"));
    auto *body = child<QTextEdit>(editor.get(), QStringLiteral("bodyTextEdit"));

    // Ủy, khỏe (lead), khỏe, thủy (body) move; Hoà and tuỳ already are modern.
    QCOMPARE(editor->applyToneStyle(Text::ToneStyle::Modern), 4);
    QCOMPARE(title->text(), QStringLiteral("Uỷ ban xã Hoà Bình thăm hỏi"));
    QCOMPARE(body->toPlainText(), QStringLiteral("Chăm lo sức khoẻ và thuỷ lợi, tuỳ theo mùa."));
    // The bold word stays bold, letter by letter.
    QTextCursor cursor(body->document());
    cursor.setPosition(int(body->toPlainText().indexOf(QStringLiteral("khoẻ"))) + 4);
    QCOMPARE(cursor.charFormat().fontWeight(), int(QFont::Bold));
    QVERIFY(editor->hasUnsavedChanges());
    editor->saveAction()->trigger();
    QCOMPARE(stored().lead, QStringLiteral("Sức khoẻ người dân."));
    QVERIFY2(stored().bodyHtml.contains(QStringLiteral("<strong>khoẻ</strong>")),
             qPrintable(stored().bodyHtml));

    // Once in the style, nothing more to do; back the other way, and undo in one step.
    QCOMPARE(editor->applyToneStyle(Text::ToneStyle::Modern), 0);
    QCOMPARE(editor->applyToneStyle(Text::ToneStyle::Traditional), 6);
    QCOMPARE(body->toPlainText(), QStringLiteral("Chăm lo sức khỏe và thủy lợi, tùy theo mùa."));
    body->undo();
    QCOMPARE(body->toPlainText(), QStringLiteral("Chăm lo sức khoẻ và thuỷ lợi, tuỳ theo mùa."));
}

void TestArticleEditor::manualSaveSealsTheRevision()
{
    auto editor = makeEditor();
    auto *title = child<QLineEdit>(editor.get(), QStringLiteral("titleLineEdit"));
    auto *state = child<QLabel>(editor.get(), QStringLiteral("saveStateLabel"));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Sealed"));
    QCOMPARE(state->text(), QStringLiteral("Unsaved changes"));
    editor->saveAction()->trigger();
    QCOMPARE(stored().title, QStringLiteral("Sealed"));
    QVERIFY(state->text().startsWith(QLatin1String("Saved ")));
    const auto revisions = ArticleRepository(*m_db).revisions(m_id);
    QVERIFY(revisions.ok());
    QCOMPARE(revisions->size(), 2);
    QVERIFY(!revisions->last().autosave);
}

void TestArticleEditor::switchingArticleSavesFirst()
{
    Article other;
    other.title = QStringLiteral("Other");
    auto created = ArticleRepository(*m_db).create(other);
    QVERIFY(created.ok());
    auto editor = makeEditor();
    auto *title = child<QLineEdit>(editor.get(), QStringLiteral("titleLineEdit"));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Edited before switching"));
    QVERIFY(editor->openArticle(created->id)); // immediately, before any autosave
    QCOMPARE(stored().title, QStringLiteral("Edited before switching"));
    QCOMPARE(title->text(), QStringLiteral("Other"));
}

void TestArticleEditor::insertedImageIsStoredAndScaled()
{
    QImage photo(3000, 2000, QImage::Format_RGB32);
    photo.fill(QColor(30, 120, 200));
    const QString path = m_dir->filePath(QStringLiteral("photo.png"));
    QVERIFY(photo.save(path));

    auto editor = makeEditor();
    editor->imageInserter()->insertFile(path, QStringLiteral("Hội nghị"),
                                        QStringLiteral("Quang cảnh hội nghị"));
    QTRY_VERIFY_WITH_TIMEOUT(editor->bodyEdit()->toHtml().contains(QLatin1String("pdimg:")), 5000);
    QVERIFY(editor->save());
    const QString html = stored().bodyHtml;
    QVERIFY2(html.contains(QLatin1String("<figure>")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("alt=\"Hội nghị\"")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<figcaption>Quang cảnh hội nghị</figcaption>")),
             qPrintable(html));
    const int at = html.indexOf(QLatin1String("pdimg:"));
    const QString name = html.mid(at, 6 + 64);

    // Reopened: the image comes back from the store, scaled, loaded off the GUI thread.
    editor.reset();
    auto reopened = makeEditor();
    QTextDocument *doc = reopened->bodyEdit()->document();
    QTRY_VERIFY_WITH_TIMEOUT(
        !doc->resource(QTextDocument::ImageResource, QUrl(name)).value<QImage>().isNull(), 5000);
    const QImage shown = doc->resource(QTextDocument::ImageResource, QUrl(name)).value<QImage>();
    QVERIFY(shown.width() <= ImageInserter::maxDisplayWidth());
    QVERIFY(!reopened->hasUnsavedChanges()); // loading images is not an edit
}

void TestArticleEditor::hugePhotoIsDecodedOffTheGuiThread()
{
    // An 8000 px camera photo: insertFile() returns at once and the editor stays usable;
    // the scaled image arrives later from the worker.
    QImage photo(8000, 6000, QImage::Format_RGB888);
    for (int y = 0; y < photo.height(); ++y)
        std::fill_n(photo.scanLine(y), photo.bytesPerLine(), uchar(y % 251));
    const QString path = m_dir->filePath(QStringLiteral("camera.jpg"));
    QVERIFY(photo.save(path, "JPEG", 90));
    photo = QImage();

    auto editor = makeEditor();
    auto *title = editor->findChild<QLineEdit *>(QStringLiteral("titleLineEdit"));
    QVERIFY(title);
    editor->imageInserter()->insertFile(path, QStringLiteral("Ảnh lớn"), QString());
    // Still loading: nothing inserted yet, and typing goes on meanwhile.
    QVERIFY(!editor->bodyEdit()->toHtml().contains(QLatin1String("pdimg:")));
    QTest::keyClicks(title, QStringLiteral("Typing while it loads"));
    QVERIFY(title->text().contains(QStringLiteral("Typing while it loads")));
    QTRY_VERIFY_WITH_TIMEOUT(editor->bodyEdit()->toHtml().contains(QLatin1String("pdimg:")), 60000);
    const QString html = editor->bodyEdit()->toHtml();
    const int at = html.indexOf(QLatin1String("pdimg:"));
    const QImage shown = editor->bodyEdit()
                             ->document()
                             ->resource(QTextDocument::ImageResource, QUrl(html.mid(at, 6 + 64)))
                             .value<QImage>();
    QVERIFY(!shown.isNull());
    QVERIFY(shown.width() <= ImageInserter::maxDisplayWidth());
}

QTEST_MAIN(TestArticleEditor)
#include "TestArticleEditor.moc"
