// Article → Check style… as a writer uses it: the hints of the lead and body listed beside the
// editor, one chosen shows its text in the article, Apply writes it (undoable), Ignore takes
// it off the list, Apply all writes the rest in one undo step, and the list follows typing.
#include "GuiTestSupport.h"
#include "Language.h"
#include "MainWindow.h"
#include "editor/ArticleEditor.h"
#include "editor/BodyTextEdit.h"
#include "editor/StyleHintsDialog.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/UserRepository.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace PressDesk;
using TestSupport::child;

class TestStyleHintsGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR").isEmpty())
            installTranslation(qApp, QStringLiteral("vi"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("style.sqlite")));
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(UserRepository(*m_db).ensureCurrentUser());
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void hintsAreListedAppliedAndIgnored()
    {
        Article a;
        a.title = QStringLiteral("Đẩy mạnh cải cách hành chính");
        a.lead = QStringLiteral("UBND xã Vân Canh họp bàn về CCHC.");
        a.bodyHtml = QStringLiteral("<p>Phong trào \"Dân vận khéo\"  được phát động , rộng "
                                    "khắp.</p><p>UBND giao nhiệm vụ.</p>");
        const QString id = ArticleRepository(*m_db).create(a)->id;

        MainWindow w(*m_db);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.editor()->openArticle(id));
        child<QAction>(&w, QStringLiteral("styleHintsAction"))->trigger();
        auto *dialog = w.findChild<StyleHintsDialog *>(QStringLiteral("styleHintsDialog"));
        QVERIFY(dialog && dialog->isVisible());
        auto *list = child<QListWidget>(dialog, QStringLiteral("styleHintsList"));
        // UBND and CCHC in the lead; in the body the quotes and the space before the comma
        // (the body's UBND is no longer the first use; HTML keeps no doubled space).
        QCOMPARE(list->count(), 4);
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("Ủy ban nhân dân (UBND)")),
                 qPrintable(list->item(0)->text()));
        if (!qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR").isEmpty())
            dialog->grab().save(qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR") +
                                QStringLiteral("/style-hints.png"));

        // Chosen: its text is selected in the lead.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(0)).center());
        QCOMPARE(w.editor()->leadEdit()->textCursor().selectedText(), QStringLiteral("UBND"));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("applyHintButton")),
                          Qt::LeftButton);
        QCOMPARE(w.editor()->leadEdit()->toPlainText(),
                 QStringLiteral("Ủy ban nhân dân (UBND) xã Vân Canh họp bàn về CCHC."));
        QCOMPARE(list->count(), 3);

        // The writer keeps "CCHC" as it is.
        list->setCurrentRow(0);
        QVERIFY(list->currentItem()->text().contains(QStringLiteral("CCHC")));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("ignoreHintButton")),
                          Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        QCOMPARE(w.editor()->leadEdit()->toPlainText(),
                 QStringLiteral("Ủy ban nhân dân (UBND) xã Vân Canh họp bàn về CCHC."));

        // The rest at once, one step to undo.
        BodyTextEdit *body = w.editor()->bodyEdit();
        const QString before = body->toPlainText();
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("applyAllHintsButton")),
                          Qt::LeftButton);
        QCOMPARE(body->toPlainText(),
                 QStringLiteral("Phong trào “Dân vận khéo” được phát động, rộng khắp.\n"
                                "UBND giao nhiệm vụ."));
        QCOMPARE(list->count(), 0);
        QVERIFY(child<QLabel>(dialog, QStringLiteral("styleSummaryLabel"))
                    ->text()
                    .contains(QStringLiteral("Nothing to suggest")) ||
                child<QLabel>(dialog, QStringLiteral("styleSummaryLabel"))
                    ->text()
                    .contains(QStringLiteral("Không có")));
        body->undo();
        QCOMPARE(body->toPlainText(), before);

        // Typing a new doubled space: the list follows.
        QTRY_COMPARE(list->count(), 2);
        QTextCursor c = body->textCursor();
        c.movePosition(QTextCursor::End);
        c.insertText(QStringLiteral("  Hết."));
        QTRY_COMPARE(list->count(), 3);
    }
};

QTEST_MAIN(TestStyleHintsGui)
#include "TestStyleHintsGui.moc"
