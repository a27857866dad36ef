// Spell checking as you type in the article body: unknown words underlined (not in the saved
// text, not an edit), the underline following typing, the context menu's suggestions and
// "add to the office dictionary".
#include "GuiTestSupport.h"
#include "editor/ArticleEditor.h"
#include "editor/BodyTextEdit.h"
#include "editor/SpellHighlighter.h"
#include "editor/SpellLineEdit.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/DictionaryRepository.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>

#include <memory>

using namespace PressDesk;
using TestSupport::child;

namespace {

// The words of the body drawn with the spell-check underline.
template <typename Edit> QStringList underlined(Edit *body)
{
    QStringList words;
    for (QTextBlock b = body->document()->begin(); b.isValid(); b = b.next())
        for (const QTextLayout::FormatRange &r : b.layout()->formats())
            if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                words << b.text().mid(r.start, r.length);
    return words;
}

// Opens `receiver`'s context menu at pos and lists its actions; `choose` (by text or object
// name) is triggered, else the menu is closed.
QStringList menuAt(QWidget *receiver, const QPoint &pos, const QString &choose = {})
{
    QStringList texts;
    QTimer::singleShot(0, receiver, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QAction *chosen = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            texts << a->text();
            if (!choose.isEmpty() && (a->text() == choose || a->objectName() == choose))
                chosen = a;
        }
        menu->close();
        if (chosen)
            chosen->trigger();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, receiver->mapToGlobal(pos));
    QApplication::sendEvent(receiver, &event);
    return texts;
}

// The body's (or the lead's) context menu on `word`.
template <typename Edit>
QStringList contextMenuOn(Edit *body, const QString &word, const QString &choose = {})
{
    QTextCursor c(body->document());
    c.setPosition(int(body->toPlainText().indexOf(word)) + 1);
    return menuAt(body->viewport(), body->cursorRect(c).center(), choose);
}

} // namespace

class TestSpellHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("test.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
        m_db = std::move(db).value();
        Article a;
        a.title = QStringLiteral("Hội nghị");
        a.lead = QStringLiteral("Sáng nay, huyện tổng kêt năm 2019.");
        a.bodyHtml = QStringLiteral("<p>Hội nghị tổng <b>kêt</b> công tác năm 2019 của UBND "
                                    "xã Hòa Thạch.</p><p>Thôn Khuổi Vài đạt 95,5% kế hoạch "
                                    "65/KH-UBND.</p>");
        auto created = ArticleRepository(*m_db).create(a);
        QVERIFY(created);
        m_id = created->id;
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void unknownWordsAreUnderlinedNotEdited()
    {
        ArticleEditor editor(*m_db);
        editor.resize(1000, 700);
        editor.show();
        QVERIFY(editor.openArticle(m_id));
        auto *body = child<BodyTextEdit>(&editor, QStringLiteral("bodyTextEdit"));
        QVERIFY(body->spellHighlighter());
        QVERIFY2(body->spellHighlighter()->isAvailable(),
                 qPrintable(body->spellHighlighter()->unavailableReason()));
        QTRY_COMPARE(underlined(body),
                     (QStringList{QStringLiteral("kêt"), QStringLiteral("Khuổi")}));
        // The underline is drawn, not written: nothing to save, the HTML unchanged.
        QCoreApplication::processEvents();
        QVERIFY(!editor.hasUnsavedChanges());
        QVERIFY(!body->document()->isModified());

        // Typing: a new unknown word is underlined as soon as it is typed, and goes when
        // corrected.
        QTextCursor end(body->document());
        end.movePosition(QTextCursor::End);
        body->setTextCursor(end);
        body->setFocus();
        QTest::keyClicks(body, QStringLiteral(" ngay nayy")); // keyClicks types ASCII only
        QTRY_COMPARE(underlined(body), (QStringList{QStringLiteral("kêt"), QStringLiteral("Khuổi"),
                                                    QStringLiteral("nayy")}));
        QTest::keyClick(body, Qt::Key_Backspace);
        QTRY_COMPARE(underlined(body),
                     (QStringList{QStringLiteral("kêt"), QStringLiteral("Khuổi")}));
    }

    void contextMenuSuggestsAndReplaces()
    {
        ArticleEditor editor(*m_db);
        editor.resize(1000, 700);
        editor.show();
        QVERIFY(editor.openArticle(m_id));
        auto *body = child<BodyTextEdit>(&editor, QStringLiteral("bodyTextEdit"));
        QTRY_VERIFY(underlined(body).contains(QStringLiteral("kêt")));

        const QStringList offered = contextMenuOn(body, QStringLiteral("kêt"));
        QVERIFY2(offered.contains(QStringLiteral("kết")), qPrintable(offered.join(u'|')));
        QVERIFY(offered.contains(QStringLiteral("Add \"kêt\" to the office dictionary")));
        // A word in lower case is not offered as a name.
        QVERIFY(!offered.contains(QStringLiteral("Add \"kêt\" as a proper name")));
        // A known word offers no spelling actions.
        const QStringList known = contextMenuOn(body, QStringLiteral("Thạch"));
        QVERIFY(!known.isEmpty());
        QVERIFY(!known.join(u'|').contains(QStringLiteral("office dictionary")));

        contextMenuOn(body, QStringLiteral("kêt"), QStringLiteral("kết"));
        QVERIFY2(body->toPlainText().startsWith(QStringLiteral("Hội nghị tổng kết công tác")),
                 qPrintable(body->toPlainText()));
        // Its formatting is kept, and the replacement is one undo step.
        QTextCursor c(body->document());
        c.setPosition(int(body->toPlainText().indexOf(QStringLiteral("kết"))) + 2);
        QCOMPARE(c.charFormat().fontWeight(), int(QFont::Bold));
        QTRY_COMPARE(underlined(body), QStringList{QStringLiteral("Khuổi")});
        QVERIFY(editor.hasUnsavedChanges());
        body->undo();
        QVERIFY(body->toPlainText().startsWith(QStringLiteral("Hội nghị tổng kêt công tác")));
    }

    // The lead (sapo) is checked as the body is, with the same menu.
    void theLeadIsCheckedToo()
    {
        ArticleEditor editor(*m_db);
        editor.resize(1000, 700);
        editor.show();
        QVERIFY(editor.openArticle(m_id));
        auto *lead = child<QPlainTextEdit>(&editor, QStringLiteral("leadTextEdit"));
        QTRY_COMPARE(underlined(lead), QStringList{QStringLiteral("kêt")});
        const QStringList offered = contextMenuOn(lead, QStringLiteral("kêt"));
        QVERIFY2(offered.contains(QStringLiteral("kết")), qPrintable(offered.join(u'|')));
        contextMenuOn(lead, QStringLiteral("kêt"), QStringLiteral("kết"));
        QCOMPARE(lead->toPlainText(), QStringLiteral("Sáng nay, huyện tổng kết năm 2019."));
        QTRY_VERIFY(underlined(lead).isEmpty());
        QVERIFY(editor.hasUnsavedChanges());
    }

    // The title too: underlined, the same menu, a suggestion typed in (Ctrl+Z takes it back),
    // a word added to the office dictionary no longer underlined.
    void theTitleIsCheckedToo()
    {
        ArticleEditor editor(*m_db);
        editor.resize(1000, 700);
        editor.show();
        QVERIFY(editor.openArticle(m_id));
        auto *title = child<SpellLineEdit>(&editor, QStringLiteral("titleLineEdit"));
        title->setText(QStringLiteral("Hội nghị tổng kêt năm 2019 ở Khuổi Vài"));
        const auto underlinedTitle = [title] {
            QStringList words;
            for (const auto &[from, to] : title->misspelledRanges())
                words << title->text().mid(from, to - from);
            return words;
        };
        QTRY_COMPARE(underlinedTitle(),
                     (QStringList{QStringLiteral("kêt"), QStringLiteral("Khuổi")}));
        // Drawn: the title's pixels under the word are red somewhere.
        const QImage drawn = title->grab().toImage();
        bool red = false;
        for (int y = 0; y < drawn.height() && !red; ++y)
            for (int x = 0; x < drawn.width() && !red; ++x) {
                const QColor c = drawn.pixelColor(x, y);
                red = c.red() > 180 && c.green() < 90 && c.blue() < 90;
            }
        QVERIFY(red);
        if (const QString shots = qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR");
            !shots.isEmpty())
            QVERIFY(editor.grab().save(shots + QStringLiteral("/title-spelling.png")));

        // The context menu on the word, at its place in the field.
        const auto menuOn = [title](const QString &word, const QString &choose = {}) {
            const int inside = int(title->text().indexOf(word)) + 1;
            QPoint pos;
            for (int x = 0; x < title->width() && pos.isNull(); ++x)
                if (title->cursorPositionAt(QPoint(x, title->height() / 2)) == inside)
                    pos = QPoint(x, title->height() / 2);
            return menuAt(title, pos, choose);
        };
        const QStringList offered = menuOn(QStringLiteral("kêt"));
        QVERIFY2(offered.contains(QStringLiteral("kết")), qPrintable(offered.join(u'|')));
        menuOn(QStringLiteral("kêt"), QStringLiteral("kết"));
        QCOMPARE(title->text(), QStringLiteral("Hội nghị tổng kết năm 2019 ở Khuổi Vài"));
        QTRY_COMPARE(underlinedTitle(), QStringList{QStringLiteral("Khuổi")});
        QVERIFY(editor.hasUnsavedChanges());
        title->undo();
        QCOMPARE(title->text(), QStringLiteral("Hội nghị tổng kêt năm 2019 ở Khuổi Vài"));

        const QStringList onName =
            menuOn(QStringLiteral("Khuổi"), QStringLiteral("addNameToDictionaryAction"));
        QVERIFY2(onName.contains(QStringLiteral("Add \"Khuổi\" as a proper name")),
                 qPrintable(onName.join(u'|')));
        QTRY_COMPARE(underlinedTitle(), QStringList{QStringLiteral("kêt")});
    }

    void addingANameToTheOfficeDictionary()
    {
        ArticleEditor editor(*m_db);
        editor.resize(1000, 700);
        editor.show();
        QVERIFY(editor.openArticle(m_id));
        auto *body = child<BodyTextEdit>(&editor, QStringLiteral("bodyTextEdit"));
        QTRY_VERIFY(underlined(body).contains(QStringLiteral("Khuổi")));

        // A capitalised word: as a word in lower case (correct in any case), or as a name.
        const QStringList offered = contextMenuOn(body, QStringLiteral("Khuổi"));
        QVERIFY2(offered.contains(QStringLiteral("Add \"khuổi\" to the office dictionary")),
                 qPrintable(offered.join(u'|')));
        QVERIFY(offered.contains(QStringLiteral("Add \"Khuổi\" as a proper name")));

        contextMenuOn(body, QStringLiteral("Khuổi"), QStringLiteral("addNameToDictionaryAction"));
        QTRY_COMPARE(underlined(body), QStringList{QStringLiteral("kêt")});
        const auto entries = DictionaryRepository(*m_db).list();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().word, QStringLiteral("Khuổi"));
        QCOMPARE(entries->first().kind, DictionaryWord::Kind::Name);
        QVERIFY(!editor.hasUnsavedChanges());

        // Removed elsewhere (another window, the command line): underlined again.
        QVERIFY(DictionaryRepository(*m_db).remove(QStringLiteral("Khuổi")));
        QTRY_COMPARE(underlined(body),
                     (QStringList{QStringLiteral("kêt"), QStringLiteral("Khuổi")}));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_id;
};

QTEST_MAIN(TestSpellHighlighter)
#include "TestSpellHighlighter.moc"
