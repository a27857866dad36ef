// File → Import document…: a document of tests/data/import chosen in the file dialog, converted
// by LibreOffice while the window goes on, the legacy text question, then the new article in
// the editor. PRESSDESK_SCREENSHOT_DIR=… saves the editor with the imported article and the
// legacy text question.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Wine.h"
#include "editor/ArticleEditor.h"
#include "editor/BodyTextEdit.h"
#include "import/DocumentImport.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/UserRepository.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace PressDesk;
using namespace TestSupport;
using namespace Qt::StringLiterals;

namespace {

QString document(const QString &name)
{
    return qEnvironmentVariable("PRESSDESK_SOURCE_DIR") + u"/tests/data/import/"_s + name;
}

// answerModal for a dialog that opens after a slow step (LibreOffice's conversion): polls for
// up to three minutes.
void answerModalLater(const QString &name, const std::function<void(QWidget *)> &answer)
{
    auto *timer = new QTimer;
    auto waited = std::make_shared<int>(0);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, [timer, waited, name, answer] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || dialog->objectName() != name) {
            if (++*waited * 50 > 180000)
                qFatal("the dialog %s did not open", qPrintable(name));
            return;
        }
        timer->stop();
        timer->deleteLater();
        answer(dialog);
    });
    timer->start();
}

} // namespace

class TestImportGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    int articleCount() { return int(ArticleRepository(*m_db).list().value().size()); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(u"import.sqlite"_s));
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(UserRepository(*m_db).ensureCurrentUser());
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void importFromTheFileMenu()
    {
        NEED_SOFFICE();
        MainWindow w(*m_db);
        w.resize(1280, 800);
        w.show();
        auto *action = child<QAction>(&w, u"importDocumentAction"_s);
        QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+O"_s));
        QSignalSpy finished(&w, &MainWindow::importFinished);

        QStringList filters;
        answerModal(u"importDocumentDialog"_s, [&](QWidget *d) {
            auto *dialog = static_cast<QFileDialog *>(d);
            filters = dialog->nameFilters();
            QCOMPARE(dialog->fileMode(), QFileDialog::ExistingFile);
            dialog->setDirectory(QFileInfo(document(u"tcvn3.docx"_s)).absolutePath());
            // Typed, as a user does (selectFile leaves a focused name field alone).
            auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
            QVERIFY(name);
            name->setText(u"tcvn3.docx"_s);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as Open does
        });
        QString shown;
        answerModalLater(u"legacyImportBox"_s, [&](QWidget *box) {
            shown = box->findChild<QLabel *>(u"qt_msgbox_informativelabel"_s)->text();
            if (const QString shots = qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR");
                !shots.isEmpty())
                box->grab().save(shots + u"/import-legacy-question.png"_s);
            child<QPushButton>(box, u"convertLegacyButton"_s)->click();
        });
        const int before = articleCount();
        action->trigger();
        // The window goes on while LibreOffice works.
        QVERIFY(w.isImporting());
        QVERIFY(!action->isEnabled());
        QVERIFY(QApplication::overrideCursor());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 180000);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(filters.join(u' ').contains(u"*.docx *.odt *.doc *.rtf"_s),
                 qPrintable(filters.join(u' ')));
        QVERIFY2(shown.contains(u"Huyện Hoài Đức"_s), qPrintable(shown)); // the preview
        QVERIFY(!QApplication::overrideCursor());
        QVERIFY(action->isEnabled());
        QCOMPARE(articleCount(), before + 1);

        // The new article is open in the editor.
        const QString title =
            u"Huyện Hoài Đức tổ chức hội nghị triển khai kế hoạch cải cách hành chính"_s;
        QCOMPARE(child<QLineEdit>(&w, u"titleLineEdit"_s)->text(), title);
        const QString body = w.editor()->bodyEdit()->toPlainText();
        QVERIFY2(body.startsWith(u"Sáng nay, Uỷ ban nhân dân huyện"_s), qPrintable(body));
        const auto stored = ArticleRepository(*m_db).get(w.editor()->articleId());
        QVERIFY(stored);
        QCOMPARE(stored->title, title);
        QVERIFY(w.statusBar()->currentMessage().contains(u"tcvn3.docx"_s));
    }

    // The image document: the picture shows in the editor (and in the screenshot).
    void importedImageShowsInTheEditor()
    {
        NEED_SOFFICE();
        MainWindow w(*m_db);
        w.resize(1280, 800);
        w.show();
        QSignalSpy finished(&w, &MainWindow::importFinished);
        w.importDocumentFile(document(u"image.odt"_s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 180000);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(child<QLineEdit>(&w, u"titleLineEdit"_s)->text(),
                 u"Treo cờ Tổ quốc chào mừng ngày Quốc khánh"_s);
        const auto stored = ArticleRepository(*m_db).get(w.editor()->articleId());
        QVERIFY(stored);
        QVERIFY(stored->bodyHtml.contains(u"<figure><img src=\"pdimg:"_s));
        QTest::qWait(300); // the images are read off the GUI thread
        const QString shots = qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            w.grab().save(shots + u"/import-document.png"_s);
    }

    void errorIsShownAndMakesNoArticle()
    {
        MainWindow w(*m_db);
        w.show();
        QSignalSpy finished(&w, &MainWindow::importFinished);
        const int before = articleCount();
        const QString path = m_dir->filePath(u"ghi-chu.docx"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Not a document.\n");
        f.close();
        QString message;
        answerModal(u"importErrorBox"_s, [&](QWidget *box) {
            message = static_cast<QMessageBox *>(box)->text();
            static_cast<QMessageBox *>(box)->accept();
        });
        w.importDocumentFile(path);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(message.contains(u"ghi-chu.docx"_s), qPrintable(message));
        QCOMPARE(articleCount(), before);
        QVERIFY(!QApplication::overrideCursor());
    }
};

QTEST_MAIN(TestImportGui)
#include "TestImportGui.moc"
