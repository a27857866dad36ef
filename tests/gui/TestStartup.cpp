// Start-up draws first and fills in after: the window and the list's first page appear
// without waiting for the article opened last time or for the count of every article
// (docs/PERFORMANCE.md, "Start-up on a large profile").
#include "AppIcons.h"
#include "AppStartup.h"
#include "AppStyle.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "OldProfile.h"
#include "Settings.h"
#include "TempDatabase.h"
#include "backup/BackupScheduler.h"
#include "editor/ArticleEditor.h"
#include "list/ArticleListPanel.h"
#include "publish/OutboxPanel.h"
#include "store/ArticleListModel.h"
#include "store/ArticleRepository.h"
#include "store/DemoContent.h"
#include "store/ProfileBackup.h"
#include "store/UserRepository.h"
#include "workflow/NoticesPanel.h"
#include "workflow/ReviewQueuePanel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QPixmap>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Qt's plugin loader reports every library it loads (category qt.core.library).
QStringList loadedLibraries;
QtMessageHandler defaultHandler = nullptr;

void recordLibraries(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (qstrcmp(context.category, "qt.core.library") == 0) {
        if (message.contains(QLatin1String("loaded library")))
            loadedLibraries << message;
        return;
    }
    defaultHandler(type, context, message);
}

// Runs `job` when the first paint of `widget` is over.
class AfterPaint : public QObject
{
public:
    AfterPaint(QWidget *widget, std::function<void()> job) : m_job(std::move(job))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || !m_job)
            return false;
        watched->removeEventFilter(this);
        QCoreApplication::sendEvent(watched, event);
        std::exchange(m_job, nullptr)();
        return true;
    }

private:
    std::function<void()> m_job;
};

} // namespace

using namespace PressDesk;
using TestSupport::child;

class TestStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The article edited last is a setting: kept where the app keeps it (on Windows the
        // registry, which takes nothing without an organisation), under a test's own name.
        QCoreApplication::setOrganizationName(QStringLiteral("PressDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("pressdesk-tests"));
        // As src/app/main.cpp does: the bundled icons (no system theme offscreen), the style.
        installAppIcons();
        installAppStyle();
    }

    // First in this file: nothing before it has read a picture in this process. Reading one by
    // its file name makes Qt load every image-format plugin (webp, tiff, mng… with their
    // libraries) to ask whether it reads PNG: a tenth of start-up on its own. The window's
    // icons (the bundled theme, the toolbars' overflow button) are read without that.
    void theFirstWindowIsDrawnWithoutLoadingImagePlugins()
    {
        TempDatabase temp;
        QVERIFY(UserRepository(temp.db()).ensureCurrentUser());
        Article a;
        a.title = QStringLiteral("Hội nghị triển khai Kế hoạch 65");
        QVERIFY(ArticleRepository(temp.db()).create(a));

        defaultHandler = qInstallMessageHandler(recordLibraries);
        QLoggingCategory::setFilterRules(QStringLiteral("qt.core.library.debug=true"));
        QStringList whenDrawn;
        bool drawn = false;
        {
            MainWindow window(temp.db());
            auto *view = child<QTableView>(&window, QStringLiteral("articleTableView"));
            AfterPaint probe(view->viewport(), [&] {
                whenDrawn = loadedLibraries;
                drawn = true;
            });
            window.show();
            QTRY_VERIFY(drawn);
        }
        // The probe does see them: a picture read by its file name now loads them.
        QVERIFY(!QPixmap(QStringLiteral(":/pressdesk/icons/theme/pressdesk/24x24/actions/"
                                        "edit-find.png"))
                     .isNull());
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(defaultHandler);
        QVERIFY(!loadedLibraries.filter(QStringLiteral("imageformats")).isEmpty());
        const QStringList images = whenDrawn.filter(QStringLiteral("imageformats"));
        QVERIFY2(images.isEmpty(), qPrintable(images.join(u'\n')));
    }

    void theArticleEditedLastOpensOnceTheWindowIsDrawn()
    {
        TempDatabase temp;
        QVERIFY(UserRepository(temp.db()).ensureCurrentUser());
        QStringList ids;
        for (const QString &title : {QStringLiteral("Hội nghị triển khai Kế hoạch 65"),
                                     QStringLiteral("Ra quân chiến dịch Thanh niên tình nguyện"),
                                     QStringLiteral("Tổng kết công tác cải cách hành chính")}) {
            Article a;
            a.title = title;
            a.bodyHtml = QStringLiteral("<p>Nội dung.</p>");
            auto created = ArticleRepository(temp.db()).create(a);
            QVERIFY(created);
            ids << created->id;
        }
        Settings::setValue(Settings::Key::LastArticleId, ids.at(1)); // not the newest

        MainWindow window(temp.db());
        window.show();
        window.openInitialArticleWhenDrawn(); // as src/app/main.cpp does
        // Nothing is opened before the window is on screen…
        QVERIFY(window.editor()->articleId().isEmpty());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // …and the article edited last follows, named in the title bar.
        QTRY_COMPARE(window.editor()->articleId(), ids.at(1));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Ra quân chiến dịch")));
        const auto *view = child<QTableView>(&window, QStringLiteral("articleTableView"));
        QCOMPARE(view->selectionModel()->currentIndex().row(), 1);
    }

    // The review queue, the notices and the outbox are behind the list: built once the window
    // has been drawn, not before; one left open last time is there at once.
    void theTabsBehindTheListAreBuiltAfterTheFirstPaint()
    {
        TempDatabase temp;
        QVERIFY(UserRepository(temp.db()).ensureCurrentUser());
        Settings::setValue(Settings::Key::LeftTab, 0);
        MainWindow window(temp.db());
        QVERIFY(!window.findChild<ReviewQueuePanel *>());
        QVERIFY(!window.findChild<NoticesPanel *>());
        QVERIFY(!window.findChild<OutboxPanel *>());
        auto *tabs = child<QTabWidget>(&window, QStringLiteral("leftTabs"));
        QCOMPARE(tabs->count(), 4);
        QCOMPARE(tabs->tabText(3), MainWindow::tr("Outbox"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.findChild<ReviewQueuePanel *>());
        QVERIFY(tabs->widget(1)->isAncestorOf(window.findChild<ReviewQueuePanel *>()));
        QVERIFY(tabs->widget(2)->isAncestorOf(window.findChild<NoticesPanel *>()));
        QVERIFY(tabs->widget(3)->isAncestorOf(window.findChild<OutboxPanel *>()));
        QCOMPARE(window.outbox(), window.findChild<OutboxPanel *>());
    }

    void aTabLeftOpenIsBuiltWithTheWindow()
    {
        TempDatabase temp;
        QVERIFY(UserRepository(temp.db()).ensureCurrentUser());
        Settings::setValue(Settings::Key::LeftTab, 3);
        MainWindow window(temp.db());
        auto *tabs = child<QTabWidget>(&window, QStringLiteral("leftTabs"));
        QCOMPARE(tabs->currentIndex(), 3);
        auto *outbox = window.findChild<OutboxPanel *>();
        QVERIFY(outbox);
        QVERIFY(tabs->currentWidget()->isAncestorOf(outbox));
        Settings::setValue(Settings::Key::LeftTab, 0);
    }

    // A profile that does not open (its first page overwritten) is offered its latest good
    // backup; yes puts it back and start-up goes on, the damaged file kept aside; no changes
    // nothing.
    // A profile an older PressDesk wrote is updated on a worker thread while the program says
    // it is busy; an up-to-date or a new profile starts without the wait.
    void anOlderProfileIsUpdatedWhileTheProgramSaysSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cũ.sqlite"));
        {
            QSqlDatabase v19 =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v19-startup"));
            v19.setDatabaseName(path);
            QVERIFY(v19.open());
            applyMigrationsUpTo(v19, 19);
            QSqlQuery(v19).exec(QStringLiteral("PRAGMA user_version = 19"));
            v19.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v19-startup"));
        QCOMPARE(Database::schemaVersionOf(path), 19);

        int waits = 0;
        int versionWhenDone = 0;
        updateProfileFirst(path, [&](QFuture<void> work) {
            ++waits; // what the wait is given is the update itself
            work.waitForFinished();
            versionWhenDone = Database::schemaVersionOf(path);
        });
        QCOMPARE(waits, 1);
        QCOMPARE(versionWhenDone, Database::latestSchemaVersion());
        QCOMPARE(Database::schemaVersionOf(path), Database::latestSchemaVersion());

        updateProfileFirst(path, [&](QFuture<void>) { ++waits; }); // up to date
        updateProfileFirst(dir.filePath(QStringLiteral("mới.sqlite")),
                           [&](QFuture<void>) { ++waits; }); // a new profile
        QCOMPARE(waits, 1);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("mới.sqlite"))));
    }

    void aProfileThatDoesNotOpenOffersItsLatestBackup()
    {
        Settings::setValue(Settings::Key::BackupFolder, QString());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hồ sơ.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY(DemoContent::seed(*db.value()));
            Article a;
            a.title = QStringLiteral("Tin trước sự cố");
            QVERIFY(ArticleRepository(*db.value()).create(a));
        }
        const QString backup =
            QDir(BackupScheduler::folder(path))
                .filePath(ProfileBackup::scheduledName(path, QDate::currentDate()));
        QVERIFY(ProfileBackup::backup(path, backup));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.write(QByteArray(100, '\x13')); // SQLite's header gone
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));

        QString asked;
        auto refused = openStartupProfile(path, [&](const QString &question) {
            asked = question;
            return false;
        });
        QVERIFY(!refused);
        QVERIFY(!asked.isEmpty());
        // The backup's article count: "(2 bài viết)" / "(2 articles)".
        QVERIFY2(asked.contains(QRegularExpression(QStringLiteral("\\(2\\D"))), qPrintable(asked));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*before-restore*")}, QDir::Files),
                 QStringList());

        auto restored = openStartupProfile(path, [](const QString &) { return true; });
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QSqlQuery q(restored->db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM articles")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(QDir(dir.path())
                     .entryList({QStringLiteral("hồ sơ.sqlite.before-restore-*")}, QDir::Files)
                     .size(),
                 1);
    }

    void theDailyBackupIsMadeInTheBackground()
    {
        TempDatabase temp;
        QVERIFY(DemoContent::seed(temp.db()));
        QTemporaryDir dir;
        Settings::setValue(Settings::Key::BackupFolder, dir.filePath(QStringLiteral("sao lưu")));
        BackupScheduler scheduler(temp.path());
        QSignalSpy finished(&scheduler, &BackupScheduler::finished);
        QVERIFY(scheduler.backupNow());
        QVERIFY(!scheduler.backupNow()); // one at a time
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        const QString file = finished.at(0).at(1).toString();
        QCOMPARE(QFileInfo(file).fileName(),
                 ProfileBackup::scheduledName(temp.path(), QDate::currentDate()));
        QVERIFY(ProfileBackup::inspect(file));

        // A folder that cannot be made: said plainly, nothing left behind.
        QFile blocker(dir.filePath(QStringLiteral("tệp")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Settings::setValue(Settings::Key::BackupFolder,
                           dir.filePath(QStringLiteral("tệp/sao lưu")));
        QVERIFY(scheduler.backupNow());
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(finished.at(1).at(0).toBool(), false);
        QVERIFY(!finished.at(1).at(1).toString().isEmpty());
        Settings::setValue(Settings::Key::BackupFolder, QString());
    }

    // Help → About: the version, the licence and every library with the version it has.
    void aboutNamesTheLicenceAndTheLibraries()
    {
        TempDatabase temp;
        QVERIFY(UserRepository(temp.db()).ensureCurrentUser());
        MainWindow window(temp.db());
        const QString about = window.aboutText();
        QVERIFY(about.contains(QLatin1String("GNU General Public License")));
        QSqlQuery q(temp.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next());
        const QStringList running{QStringLiteral("Qt</td><td>") + QString::fromLatin1(qVersion()),
                                  QStringLiteral("SQLite</td><td>") + q.value(0).toString()};
        for (const QString &library : running)
            QVERIFY2(about.contains(library), qPrintable(library));
        for (const char *name : {"hunspell", "gumbo", "libzip", "libexif", "QtKeychain"}) {
            // Each with a version number, as it was built with.
            const QRegularExpression versioned(QLatin1String(name) +
                                               QStringLiteral("</td><td>\\d+\\.\\d+"));
            QVERIFY2(about.contains(versioned), name);
        }
    }

    void theListCountFollowsTheFirstPage()
    {
        TempDatabase temp;
        for (int i = 0; i < 12; ++i) {
            Article a;
            a.title = QStringLiteral("Tin số %1").arg(i + 1);
            QVERIFY(ArticleRepository(temp.db()).create(a));
        }
        ArticleListPanel panel(temp.db());
        const auto *count = child<QLabel>(&panel, QStringLiteral("countLabel"));
        // The first page is there at once; the count waits until it has been drawn.
        QCOMPARE(panel.model()->rowCount(), 12);
        QVERIFY(count->text().isEmpty());
        panel.resize(500, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY(count->text().startsWith(QLatin1String("12 ")));
        // A change after that is counted as it arrives.
        Article a;
        a.title = QStringLiteral("Tin số 13");
        QVERIFY(ArticleRepository(temp.db()).create(a));
        panel.refresh();
        QVERIFY(count->text().startsWith(QLatin1String("13 ")));
    }
};

QTEST_MAIN(TestStartup)
#include "TestStartup.moc"
