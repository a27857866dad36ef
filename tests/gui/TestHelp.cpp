// Help as a person uses it: Help → Keyboard shortcuts lists every shortcut of the main, plan,
// radio and visual windows (read from their actions, so none is missing) and no two actions of
// a window answer the same keys; Help → User guide (F1) shows the Vietnamese guide with its
// pictures.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "help/HelpDialogs.h"
#include "store/Database.h"
#include "store/DemoContent.h"
#include "store/UserRepository.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QSet>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace PressDesk;
using TestSupport::answerModal;
using TestSupport::child;

class TestHelp : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("help.sqlite")));
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(UserRepository(*m_db).ensureCurrentUser());
        QVERIFY(DemoContent::seed(*m_db));
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_dir.reset();
    }

    void everyShortcutIsListedOnce()
    {
        MainWindow w(*m_db);
        w.show();
        const QList<ShortcutEntry> all = w.shortcuts();
        QStringList listed;
        for (const ShortcutEntry &e : all)
            listed << e.window + u'|' + e.keys.toString(QKeySequence::PortableText);
        // The ones a writer, a supervisor and a radio editor reach for.
        for (const char *expected :
             {"Main window|Ctrl+N", "Main window|Ctrl+S", "Main window|Ctrl+F",
              "Main window|Ctrl+H", "Main window|Ctrl+Shift+Y", "Main window|Ctrl+Shift+K",
              "Main window|F1", "Radio bulletins|Alt+Up", "Radio bulletins|Alt+Down"})
            QVERIFY2(listed.contains(QString::fromLatin1(expected)),
                     qPrintable(QString::fromLatin1(expected) + u'\n' + listed.join(u'\n')));
        // Every action of the main window with a shortcut is there, under its own name.
        for (const QAction *a : w.findChildren<QAction *>()) {
            if (a->shortcut().isEmpty() || a->text().isEmpty())
                continue;
            QVERIFY2(listed.contains(QStringLiteral("Main window|") +
                                     a->shortcut().toString(QKeySequence::PortableText)),
                     qPrintable(a->text()));
        }
        // No two actions answering the same keys in the same place.
        QSet<QString> seen;
        for (const ShortcutEntry &e : all) {
            if (e.context != Qt::WindowShortcut && e.context != Qt::ApplicationShortcut)
                continue;
            const QString key = e.window + u'|' + e.keys.toString(QKeySequence::PortableText);
            QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("two actions on ") + key));
            seen.insert(key);
        }

        // The dialog shows them all.
        int rows = 0;
        answerModal(QStringLiteral("shortcutsDialog"), [&rows](QWidget *d) {
            rows = child<QTableWidget>(d, QStringLiteral("shortcutsTable"))->rowCount();
            if (!qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR").isEmpty())
                d->grab().save(qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR") +
                               QStringLiteral("/shortcuts.png"));
            static_cast<QDialog *>(d)->reject();
        });
        child<QAction>(&w, QStringLiteral("shortcutsAction"))->trigger();
        QCOMPARE(rows, int(all.size()));
    }

    void theUserGuideOpensWithItsPictures()
    {
        MainWindow w(*m_db);
        w.show();
        child<QAction>(&w, QStringLiteral("userGuideAction"))->trigger();
        auto *guide = w.findChild<UserGuideDialog *>(QStringLiteral("userGuideDialog"));
        QVERIFY(guide && guide->isVisible());
        if (!qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR").isEmpty())
            guide->grab().save(qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR") +
                               QStringLiteral("/user-guide.png"));
        const QString text = guide->browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Hướng dẫn sử dụng PressDesk")),
                 qPrintable(text.left(200)));
        for (const char *section :
             {"Viết bài", "Gửi duyệt", "Đăng bài lên Cổng", "Kế hoạch", "Phát thanh",
              "Tuyên truyền trực quan", "Máy chủ", "Sao lưu", "Phím tắt"})
            QVERIFY2(text.contains(QString::fromUtf8(section)), section);
        for (const char *picture : {"screenshot-editor.png", "screenshot-radio.png"}) {
            const QVariant image = guide->browser()->loadResource(
                QTextDocument::ImageResource, QUrl(QString::fromLatin1(picture)));
            QVERIFY2(!image.isNull(), picture);
        }
    }
};

QTEST_MAIN(TestHelp)
#include "TestHelp.moc"
