// The office server as a desk's user meets it, against the real PostgreSQL the test command
// starts: File → Office server…, a wrong address and a wrong password explained in the
// dialog, joining in the background, the status bar saying when the desk last synced, a local
// save sent by itself a few seconds later, and a mistyped password at "Sync now".
#include "GuiTestSupport.h"
#include "Language.h"
#include "MainWindow.h"
#include "TestPostgres.h"
#include "publish/CredentialStore.h"
#include "server/ServerAddress.h"
#include "server/ServerAdmin.h"
#include "server/ServerSchema.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/DemoContent.h"
#include "store/UserRepository.h"
#include "sync/ServerDialog.h"
#include "sync/SyncController.h"
#include "sync/SyncEngine.h"
#include "sync/SyncStatusWidget.h"
#include "workflow/WorkflowService.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace PressDesk;
using TestSupport::child;

namespace {

// ASCII: `server user add` gives no other (Qt's driver sends it in the 8-bit code page, where a
// Windows desk loses the diacritics).
const QString kPassword = QStringLiteral("Mat-khau-cua-Lan-2019");
constexpr int kServerTimeoutMs = 60000; // a first join on a busy test machine

} // namespace

class TestSyncGui : public QObject
{
    Q_OBJECT

private:
    TestPostgresServer m_pg = TestPostgresServer::fromEnvironment();
    std::unique_ptr<TestPostgresDatabase> m_database;
    std::unique_ptr<TestPostgresConnection> m_admin;
    QString m_login;
    QString m_shots;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    // The address a desk types: the login in it, without TLS on the test machine's loopback.
    QString serverUrl() const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable")
            .arg(m_login, m_pg.host)
            .arg(m_pg.port)
            .arg(m_database->name());
    }

    std::unique_ptr<MainWindow> openWindow()
    {
        auto w = std::make_unique<MainWindow>(*m_db);
        w->resize(1280, 800);
        w->show();
        return w;
    }

    static SyncStatusWidget *statusWidget(const MainWindow &w)
    {
        return child<SyncStatusWidget>(&w, QStringLiteral("syncStatusWidget"));
    }

    // The Office server dialog that is open (a closed one may wait to be deleted).
    static ServerDialog *openDialog(const MainWindow &w)
    {
        for (ServerDialog *d : w.findChildren<ServerDialog *>()) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }

    static ServerDialog *openFromFileMenu(const MainWindow &w)
    {
        child<QAction>(&w, QStringLiteral("officeServerAction"))->trigger();
        return openDialog(w);
    }

    static void closeDialog(ServerDialog *dialog)
    {
        QPointer<ServerDialog> gone(dialog);
        TestSupport::clickDialogButton(dialog, QDialogButtonBox::Close);
        QTRY_VERIFY(gone.isNull()); // deleted once closed
    }

    void shoot(QWidget *widget, const QString &file)
    {
        if (m_shots.isEmpty())
            return;
        QApplication::processEvents();
        QVERIFY(widget->grab().save(m_shots + u'/' + file));
    }

    int serverArticles(const QString &title)
    {
        QSqlQuery q(m_admin->db());
        q.prepare(QStringLiteral("SELECT count(*) FROM pd.article WHERE title = ?"));
        q.addBindValue(title);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    static bool saysSynced(const SyncStatusWidget *widget)
    {
        static const QRegularExpression synced(QStringLiteral("^Synced \\d\\d:\\d\\d$"));
        return widget->isVisible() && synced.match(widget->text()).hasMatch();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("PRESSDESK_NO_KEYCHAIN", "1");  // never a keychain prompt on a test machine
        qunsetenv("PRESSDESK_SERVER_PASSWORD"); // the password comes from the dialog
        installTranslation(qApp, QStringLiteral("en"));
        m_shots = qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR");

        PRESSDESK_REQUIRE_POSTGRES(m_pg);
        m_database = std::make_unique<TestPostgresDatabase>(m_pg);
        QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
        m_admin = std::make_unique<TestPostgresConnection>(m_pg, m_database->name());
        QVERIFY2(m_admin->isOpen(), qPrintable(m_admin->errorText()));
        // The administrator's part: the office's schema and one person of its staff.
        auto applied = ServerSchema::apply(m_admin->db(), QStringLiteral("UBND xã Hoài Đức"));
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
        m_login = uniqueRolePrefix() + QStringLiteral("lan");
        const Status added = ServerAdmin::addUser(m_admin->db(), m_login, Role::Staff, kPassword,
                                                  QStringLiteral("Nguyễn Thị Lan"));
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    }

    void cleanupTestCase()
    {
        if (!m_database)
            return;
        m_admin.reset();
        const QString name = m_database->name();
        m_database.reset();
        // Roles belong to the cluster: the person, and the office's roles named after the
        // database.
        QStringList roles{m_login};
        for (const char *role : {"staff", "supervisor", "admin", "owner"})
            roles << ServerSchema::roleName(name, QLatin1String(role));
        QString error;
        QVERIFY2(m_pg.dropRoles(roles, &error), qPrintable(error));
    }

    // A new profile, as the app makes it: the demo article and plan, its first user.
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("desk.sqlite")));
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(DemoContent::seed(*m_db));
        QVERIFY(UserRepository(*m_db).ensureCurrentUser());
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void wrongAddressAndPasswordAreExplainedInTheDialog()
    {
        auto w = openWindow();
        SyncStatusWidget *status = statusWidget(*w);
        QVERIFY(!status->isVisible()); // not an office's desk yet
        ServerDialog *dialog = openFromFileMenu(*w);
        QVERIFY(dialog);
        auto *join = child<QPushButton>(dialog, QStringLiteral("joinPushButton"));
        QVERIFY(join->isVisible());
        QVERIFY(!child<QPushButton>(dialog, QStringLiteral("syncNowPushButton"))->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit"))->echoMode(),
                 QLineEdit::Password);
        QVERIFY(child<QLineEdit>(dialog, QStringLiteral("urlLineEdit"))
                    ->placeholderText()
                    .startsWith(QStringLiteral("postgresql://")));
        const QStringList cut = TestSupport::cutTexts(dialog);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
        auto &sync = status->controller();

        // Not an office server's address: said at once, before any connection.
        auto *url = child<QLineEdit>(dialog, QStringLiteral("urlLineEdit"));
        url->setText(QStringLiteral("https://may-chu.van-phong/pressdesk"));
        child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit"))->setText(kPassword);
        QTest::mouseClick(join, Qt::LeftButton);
        QVERIFY(!sync.isJoining());
        QVERIFY2(dialog->resultText().contains(QStringLiteral("postgresql://")),
                 qPrintable(dialog->resultText()));

        // A password in the address is refused, and not repeated.
        url->setText(QStringLiteral("postgresql://lan:bi-mat@may-chu.van-phong/pressdesk"));
        QTest::mouseClick(join, Qt::LeftButton);
        QVERIFY(!sync.isJoining());
        QVERIFY2(dialog->resultText().contains(QStringLiteral("password")),
                 qPrintable(dialog->resultText()));
        QVERIFY(!dialog->resultText().contains(QStringLiteral("bi-mat")));

        // The right address, a wrong password: the server's answer in plain words.
        url->setText(serverUrl());
        child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit"))
            ->setText(QStringLiteral("sai-mat-khau"));
        QTest::mouseClick(join, Qt::LeftButton);
        QVERIFY(sync.isJoining()); // in the background: the window stays usable
        QVERIFY(child<QProgressBar>(dialog, QStringLiteral("busyProgressBar"))->isVisible());
        QVERIFY(!join->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!sync.isJoining(), kServerTimeoutMs);
        QVERIFY2(dialog->resultText().contains(QStringLiteral("did not accept")) &&
                     dialog->resultText().contains(QStringLiteral("password")),
                 qPrintable(dialog->resultText()));
        QVERIFY(!dialog->resultText().contains(QStringLiteral("sai-mat-khau")));
        QVERIFY(join->isEnabled());
        QVERIFY(!child<QProgressBar>(dialog, QStringLiteral("busyProgressBar"))->isVisible());
        shoot(dialog, QStringLiteral("server-dialog-wrong-password.png"));
        QVERIFY(!sync.status().joined);
        QVERIFY(!status->isVisible());
        closeDialog(dialog);
    }

    void joiningShowsTheSyncInTheStatusBar()
    {
        auto w = openWindow();
        SyncStatusWidget *status = statusWidget(*w);
        SyncController &sync = status->controller();
        sync.setDebounceInterval(2000); // a save goes out two seconds later, not five
        QVERIFY(w->statusBar()->isAncestorOf(status));

        ServerDialog *dialog = openFromFileMenu(*w);
        QVERIFY(dialog);
        // The login comes with the address (postgresql://LOGIN@…): the login field may stay
        // empty.
        child<QLineEdit>(dialog, QStringLiteral("urlLineEdit"))->setText(serverUrl());
        child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit"))->setText(kPassword);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("joinPushButton")),
                          Qt::LeftButton);
        QVERIFY(sync.isJoining());
        QTRY_VERIFY_WITH_TIMEOUT(!sync.isJoining(), kServerTimeoutMs);
        QVERIFY2(dialog->resultText().contains(QStringLiteral("Joined")),
                 qPrintable(dialog->resultText()));
        QVERIFY(sync.status().joined);
        QCOMPARE(sync.status().userName, m_login);

        // The status bar says when the desk last synced (local time); the dialog the rest.
        QTRY_VERIFY2_WITH_TIMEOUT(saysSynced(status), qPrintable(status->text()), 10000);
        QVERIFY(status->toolTip().contains(m_login));
        QVERIFY2(dialog->statusText().contains(QStringLiteral("Last synced:")),
                 qPrintable(dialog->statusText()));
        QVERIFY2(dialog->statusText().contains(QStringLiteral("Nothing waits to be sent.")),
                 qPrintable(dialog->statusText()));
        QVERIFY(!child<QPushButton>(dialog, QStringLiteral("joinPushButton"))->isVisible());
        QVERIFY(child<QPushButton>(dialog, QStringLiteral("syncNowPushButton"))->isVisible());
        QVERIFY(child<QLineEdit>(dialog, QStringLiteral("urlLineEdit"))->isReadOnly());
        QVERIFY(child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit"))->text().isEmpty());
        // Joining made the login the profile's current user.
        QTRY_VERIFY(
            child<QLabel>(w.get(), QStringLiteral("currentUserLabel"))->text().contains(m_login));
        // Once the layout has followed the longer texts.
        QTRY_VERIFY2(TestSupport::cutTexts(dialog).isEmpty(),
                     qPrintable(TestSupport::cutTexts(dialog).join(QStringLiteral("; "))));
        shoot(w.get(), QStringLiteral("sync-status-bar.png"));
        shoot(dialog, QStringLiteral("server-dialog.png"));
        closeDialog(dialog);

        // A local save waits a moment, then goes to the server by itself.
        const QString title = QStringLiteral("Hoài Đức ra quân tổng vệ sinh môi trường");
        Article a;
        a.title = title;
        a.bodyHtml = QStringLiteral("<p>Sáng 19/02, xã Hoài Đức ra quân…</p>");
        QVERIFY(ArticleRepository(*m_db).create(a));
        QTRY_VERIFY2(status->text().contains(QStringLiteral("waiting to be sent")),
                     qPrintable(status->text()));
        QTRY_VERIFY_WITH_TIMEOUT(serverArticles(title) == 1, kServerTimeoutMs);
        QTRY_VERIFY2_WITH_TIMEOUT(saysSynced(status), qPrintable(status->text()), kServerTimeoutMs);

        // Clicking the status opens the dialog; a mistyped password at "Sync now" is explained
        // there, and the status bar does not change its mind about the server.
        QTest::mouseClick(status, Qt::LeftButton);
        dialog = openDialog(*w);
        QVERIFY(dialog);
        child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit"))
            ->setText(QStringLiteral("sai-mat-khau"));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("syncNowPushButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!sync.isBusy(), kServerTimeoutMs);
        QVERIFY2(dialog->resultText().contains(QStringLiteral("did not accept")),
                 qPrintable(dialog->resultText()));
        QVERIFY(!sync.needsPassword()); // the one kept for this session still works
        QVERIFY2(saysSynced(status), qPrintable(status->text()));

        // Sync now with the kept password.
        child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit"))->clear();
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("syncNowPushButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!sync.isBusy(), kServerTimeoutMs);
        QVERIFY2(dialog->resultText().startsWith(QStringLiteral("Synced:")),
                 qPrintable(dialog->resultText()));
        closeDialog(dialog);

        // A pass that could not reach the server: the status bar says so, the tooltip why.
        const QString why = QStringLiteral("The office server cannot be reached (test).");
        QVERIFY(SyncEngine::recordFailure(*m_db, Error{QStringLiteral("server-unreachable"), why}));
        status->refresh();
        QCOMPARE(status->text(), QStringLiteral("Cannot reach the server"));
        QVERIFY2(status->toolTip().contains(why), qPrintable(status->toolTip()));
        shoot(w->statusBar(), QStringLiteral("sync-status-offline.png"));
    }

    // The next session on a desk that joined: without a password kept (no keychain here, no
    // $PRESSDESK_SERVER_PASSWORD) the status bar asks for one, and the dialog takes it.
    void aNewSessionAsksForThePassword()
    {
        {
            auto w = openWindow();
            SyncController &sync = statusWidget(*w)->controller();
            sync.join(serverUrl(), {}, kPassword, false, false);
            QTRY_VERIFY_WITH_TIMEOUT(!sync.isJoining(), kServerTimeoutMs);
            QVERIFY2(sync.status().joined, qPrintable(sync.lastError()));
        }
        // The session's password is forgotten, as when PressDesk is started again.
        auto address = ServerAddress::parse(serverUrl());
        QVERIFY(address);
        QVERIFY(CredentialStore::remove(address->credentialKey(m_login)));

        auto w = openWindow();
        SyncStatusWidget *status = statusWidget(*w);
        SyncController &sync = status->controller();
        QTRY_VERIFY(sync.needsPassword()); // the first pass of the session found none
        QTRY_COMPARE(status->text(), QStringLiteral("Server password needed"));
        QVERIFY2(status->toolTip().contains(QStringLiteral("Office server")),
                 qPrintable(status->toolTip()));

        QTest::mouseClick(status, Qt::LeftButton);
        ServerDialog *dialog = openDialog(*w);
        QVERIFY(dialog);
        auto *password = child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit"));
        QVERIFY2(!dialog->resultText().isEmpty(), "the dialog says a password is needed");
        QCOMPARE(dialog->focusWidget(), password); // where the user types it
        shoot(dialog, QStringLiteral("server-dialog-password-needed.png"));
        password->setText(kPassword);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("syncNowPushButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!sync.isBusy(), kServerTimeoutMs);
        QVERIFY2(dialog->resultText().startsWith(QStringLiteral("Synced:")),
                 qPrintable(dialog->resultText()));
        QVERIFY(!sync.needsPassword());
        QTRY_VERIFY2(saysSynced(status), qPrintable(status->text()));
        closeDialog(dialog);
    }

    // What a background pass could not send is shown in the status bar until someone reads it
    // in the office server dialog: here a decision taken on this desk by another of its users,
    // which only that person may send.
    void aRefusedChangeIsShownUntilRead()
    {
        const QString firstUser = m_db->actingUser(); // the profile's own first user
        auto w = openWindow();
        SyncStatusWidget *status = statusWidget(*w);
        SyncController &sync = status->controller();
        sync.setDebounceInterval(500);
        sync.join(serverUrl(), {}, kPassword, false, false);
        QTRY_VERIFY_WITH_TIMEOUT(!sync.isJoining(), kServerTimeoutMs);
        QVERIFY2(sync.status().joined, qPrintable(sync.lastError()));
        QTRY_VERIFY2_WITH_TIMEOUT(saysSynced(status), qPrintable(status->text()), kServerTimeoutMs);

        Article a;
        a.title = QStringLiteral("Xã Hoài Đức tổng kết công tác tuyên truyền");
        a.bodyHtml = QStringLiteral("<p>Chiều 20/12, xã tổng kết công tác năm.</p>");
        const QString id = ArticleRepository(*m_db).create(a).value().id;
        m_db->setActingUser(firstUser);
        QVERIFY(WorkflowService(*m_db).apply(id, WorkflowAction::Submit));
        m_db->setActingUser(m_login);

        QTRY_VERIFY2_WITH_TIMEOUT(status->text() == QStringLiteral("1 change refused"),
                                  qPrintable(status->text()), kServerTimeoutMs);
        QVERIFY2(status->toolTip().contains(firstUser), qPrintable(status->toolTip()));
        QCOMPARE(serverArticles(a.title), 1); // the article itself went up
        shoot(w->statusBar(), QStringLiteral("sync-status-refused.png"));

        QTest::mouseClick(status, Qt::LeftButton);
        ServerDialog *dialog = openDialog(*w);
        QVERIFY(dialog);
        QVERIFY2(dialog->resultText().startsWith(QStringLiteral("Refused by the server:")) &&
                     dialog->resultText().contains(firstUser),
                 qPrintable(dialog->resultText()));
        shoot(dialog, QStringLiteral("server-dialog-refused.png"));
        closeDialog(dialog);
        // Read: the status bar goes back to where the desk stands.
        QTRY_VERIFY2(status->text() != QStringLiteral("1 change refused"),
                     qPrintable(status->text()));
    }
};

QTEST_MAIN(TestSyncGui)
#include "TestSyncGui.moc"
