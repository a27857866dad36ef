// Tables in the article editor, as a reporter makes them: Format → Table (or the toolbar's
// table button), Tab from cell to cell, rows and columns added and removed, a header row, a
// caption, cells merged; a table pasted from LibreOffice stays a table. What is checked is the
// stored HTML, the article as the portal and every export will get it.
#include "../core/HtmlSamples.h"
#include "GuiTestSupport.h"
#include "Language.h"
#include "editor/ArticleEditor.h"
#include "editor/TableEditor.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTextTable>
#include <QToolButton>

#include <memory>

using namespace PressDesk;
using TestSupport::child;

namespace {

// Types text as key presses, Vietnamese letters included (QTest::keyClicks takes ASCII only).
void type(QWidget *w, const QString &text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace

class TestTableGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslation(qApp, QStringLiteral("vi")); // the default language
    }
    void init();
    void cleanup();

    void aTableIsBuiltFromTheMenuAndTheKeyboard();
    void rowsColumnsHeaderAndMergedCells();
    void captionAndDeletingTheTable();
    void aTablePastedFromLibreOfficeStaysATable();

private:
    std::unique_ptr<ArticleEditor> makeEditor();
    QString storedBody() const;
    void insertTable(ArticleEditor *editor, int rows, int columns, bool header);
    void trigger(ArticleEditor *editor, const char *action);
    void screenshot(QWidget *w, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_id;
};

void TestTableGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("test.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
    m_db = std::move(db).value();
    Article a;
    a.title = QStringLiteral("Kết quả tuyên truyền quý I");
    auto created = ArticleRepository(*m_db).create(a);
    QVERIFY(created.ok());
    m_id = created->id;
}

void TestTableGui::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<ArticleEditor> TestTableGui::makeEditor()
{
    auto editor = std::make_unique<ArticleEditor>(*m_db);
    editor->resize(1000, 700);
    editor->show();
    if (!editor->openArticle(m_id))
        qFatal("cannot open the test article");
    return editor;
}

QString TestTableGui::storedBody() const
{
    auto a = ArticleRepository(*m_db).get(m_id);
    return a ? a->bodyHtml : QString();
}

void TestTableGui::insertTable(ArticleEditor *editor, int rows, int columns, bool header)
{
    TestSupport::answerModal(QStringLiteral("insertTableDialog"), [&](QWidget *dialog) {
        const QStringList unnamed = TestSupport::unnamedIn(dialog); // a screen reader's view
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u';')));
        child<QSpinBox>(dialog, QStringLiteral("tableRowsSpinBox"))->setValue(rows);
        child<QSpinBox>(dialog, QStringLiteral("tableColumnsSpinBox"))->setValue(columns);
        child<QCheckBox>(dialog, QStringLiteral("tableHeaderCheckBox"))->setChecked(header);
        TestSupport::clickDialogButton(dialog, QDialogButtonBox::Ok);
    });
    // As the toolbar's table button does it.
    child<QToolButton>(editor, QStringLiteral("tableToolButton"))->defaultAction()->trigger();
}

void TestTableGui::trigger(ArticleEditor *editor, const char *action)
{
    auto *a = child<QAction>(editor, QString::fromLatin1(action));
    QVERIFY2(a->isEnabled(), action);
    a->trigger();
}

void TestTableGui::screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}

void TestTableGui::aTableIsBuiltFromTheMenuAndTheKeyboard()
{
    auto editor = makeEditor();
    auto *body = child<QTextEdit>(editor.get(), QStringLiteral("bodyTextEdit"));
    body->setFocus();
    type(body, QStringLiteral("Kết quả quý I:"));
    // Outside a table, only "Insert table…" can be used.
    QVERIFY(!child<QAction>(editor.get(), QStringLiteral("insertRowBelowAction"))->isEnabled());
    insertTable(editor.get(), 2, 3, true);
    QVERIFY(body->textCursor().currentTable());
    QVERIFY(child<QAction>(editor.get(), QStringLiteral("insertRowBelowAction"))->isEnabled());
    QVERIFY(child<QAction>(editor.get(), QStringLiteral("headerRowAction"))->isChecked());
    const QStringList cells{
        QStringLiteral("Kênh"),           QStringLiteral("Kế hoạch"), QStringLiteral("Thực hiện"),
        QStringLiteral("Cổng thông tin"), QStringLiteral("12"),       QStringLiteral("15"),
        QStringLiteral("Truyền thanh"),   QStringLiteral("40"),       QStringLiteral("38")};
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            QTest::keyClick(body, Qt::Key_Tab); // the last cell's Tab adds the third row
        type(body, cells[i]);
    }
    QTest::keyClick(body, Qt::Key_Backtab);
    QCOMPARE(body->textCursor().selectedText(), QStringLiteral("40")); // the cell is selected
    type(body, QStringLiteral("41"));
    // The table commands read in Vietnamese.
    QCOMPARE(child<QAction>(editor.get(), QStringLiteral("mergeCellsAction"))->text(),
             QStringLiteral("&Gộp ô"));
    screenshot(editor.get(), QStringLiteral("editor-table.png"));
    QVERIFY(editor->save());
    QCOMPARE(storedBody(),
             QStringLiteral("<p>Kết quả quý I:</p>\n<table>\n"
                            "<tr><th>Kênh</th><th>Kế hoạch</th><th>Thực hiện</th></tr>\n"
                            "<tr><td>Cổng thông tin</td><td>12</td><td>15</td></tr>\n"
                            "<tr><td>Truyền thanh</td><td>41</td><td>38</td></tr>\n</table>"));

    // Opened again, the table is a table in the editor.
    editor.reset();
    auto again = makeEditor();
    auto *reopened = child<QTextEdit>(again.get(), QStringLiteral("bodyTextEdit"));
    QTextCursor end(reopened->document());
    end.movePosition(QTextCursor::End);
    end.movePosition(QTextCursor::PreviousCharacter);
    QTextTable *table = end.currentTable();
    QVERIFY(table);
    QCOMPARE(table->rows(), 3);
    QCOMPARE(table->columns(), 3);
}

void TestTableGui::rowsColumnsHeaderAndMergedCells()
{
    auto editor = makeEditor();
    auto *body = child<QTextEdit>(editor.get(), QStringLiteral("bodyTextEdit"));
    body->setFocus();
    insertTable(editor.get(), 2, 2, false);
    QVERIFY(!child<QAction>(editor.get(), QStringLiteral("headerRowAction"))->isChecked());
    type(body, QStringLiteral("Xã"));
    QTest::keyClick(body, Qt::Key_Tab);
    type(body, QStringLiteral("Tin bài"));
    QTest::keyClick(body, Qt::Key_Tab);
    type(body, QStringLiteral("An Khánh"));
    trigger(editor.get(), "headerRowAction"); // the first row becomes the header
    trigger(editor.get(), "insertRowBelowAction");
    type(body, QStringLiteral("Kim Chung"));
    trigger(editor.get(), "insertColumnRightAction");
    type(body, QStringLiteral("9"));
    QVERIFY(editor->save());
    QCOMPARE(storedBody(), QStringLiteral("<table>\n<tr><th>Xã</th><th></th><th>Tin bài</th></tr>\n"
                                          "<tr><td>An Khánh</td><td></td><td></td></tr>\n"
                                          "<tr><td>Kim Chung</td><td>9</td><td></td></tr>\n"
                                          "</table>"));

    // The header's first two cells merged (selected with the keyboard), then split again.
    QTextTable *table = body->textCursor().currentTable();
    QVERIFY(table);
    QTextCursor select = table->cellAt(0, 0).firstCursorPosition();
    select.setPosition(table->cellAt(0, 1).firstCursorPosition().position(),
                       QTextCursor::KeepAnchor);
    body->setTextCursor(select);
    trigger(editor.get(), "mergeCellsAction");
    QVERIFY(editor->save());
    QVERIFY2(storedBody().startsWith(
                 QStringLiteral("<table>\n<tr><th colspan=\"2\">Xã</th><th>Tin bài</th></tr>")),
             qPrintable(storedBody()));
    body->setTextCursor(table->cellAt(0, 0).firstCursorPosition());
    trigger(editor.get(), "splitCellAction");
    body->setTextCursor(table->cellAt(2, 1).firstCursorPosition()); // the column of "9"
    trigger(editor.get(), "deleteColumnAction");
    QCOMPARE(body->textCursor().currentTable(), table); // still in the table
    body->setTextCursor(table->cellAt(0, 1).firstCursorPosition());
    trigger(editor.get(), "deleteRowAction");
    QVERIFY(editor->save());
    QCOMPARE(storedBody(), QStringLiteral("<table>\n<tr><td>An Khánh</td><td></td></tr>\n"
                                          "<tr><td>Kim Chung</td><td></td></tr>\n</table>"));
    // Undo brings the row back.
    body->undo();
    QVERIFY(editor->save());
    QVERIFY2(storedBody().contains(QStringLiteral("<tr><th>Xã</th><th>Tin bài</th></tr>")),
             qPrintable(storedBody()));
}

void TestTableGui::captionAndDeletingTheTable()
{
    auto editor = makeEditor();
    auto *body = child<QTextEdit>(editor.get(), QStringLiteral("bodyTextEdit"));
    body->setFocus();
    type(body, QStringLiteral("Trước bảng."));
    insertTable(editor.get(), 1, 2, false);
    type(body, QStringLiteral("1"));
    trigger(editor.get(), "tableCaptionAction");
    type(body, QStringLiteral("Bảng 1. Số tin bài"));
    QVERIFY(editor->save());
    QCOMPARE(storedBody(), QStringLiteral("<p>Trước bảng.</p>\n<table>\n<caption>Bảng 1. Số tin "
                                          "bài</caption>\n<tr><td>1</td><td></td></tr>\n</table>"));
    QTextCursor in = body->textCursor();
    in.movePosition(QTextCursor::End);
    in.movePosition(QTextCursor::PreviousCharacter);
    body->setTextCursor(in);
    QVERIFY(body->textCursor().currentTable());
    trigger(editor.get(), "deleteTableAction");
    QVERIFY(editor->save());
    QCOMPARE(storedBody(), QStringLiteral("<p>Trước bảng.</p>"));
}

void TestTableGui::aTablePastedFromLibreOfficeStaysATable()
{
    auto editor = makeEditor();
    auto *body = child<QTextEdit>(editor.get(), QStringLiteral("bodyTextEdit"));
    body->setFocus();
    auto *mime = new QMimeData;
    mime->setHtml(HtmlSamples::libreOfficeTable());
    mime->setText(QStringLiteral("Kết quả tuyên truyền quý I:"));
    QGuiApplication::clipboard()->setMimeData(mime);
    body->paste();
    QVERIFY(editor->save());
    QCOMPARE(storedBody(), HtmlSamples::libreOfficeTableExpected());
    screenshot(editor.get(), QStringLiteral("editor-table-pasted.png"));
}

QTEST_MAIN(TestTableGui)
#include "TestTableGui.moc"
