// Publishing as a supervisor does it in the app, against the real WordPress that
// scripts/run-tests.sh starts: set up the portal and test the connection, publish the open
// article from the bar, watch the outbox, and decide about a post changed on the portal.
#include "GuiTestSupport.h"
#include "Language.h"
#include "MainWindow.h"
#include "TestWordPress.h"
#include "editor/ArticleEditor.h"
#include "publish/OutboxPanel.h"
#include "publish/PortalRepository.h"
#include "publish/PortalsDialog.h"
#include "publish/PublishController.h"
#include "publish/Publisher.h"
#include "publish/WordPressPortal.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/Search.h"
#include "store/UserRepository.h"
#include "workflow/WorkflowBar.h"
#include "workflow/WorkflowService.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace PressDesk;
using TestSupport::answerModal;
using TestSupport::child;

class TestPublishGui : public QObject
{
    Q_OBJECT

private:
    TestWordPress m_wp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_shots;

    QString approvedArticle(const QString &title)
    {
        Article a;
        a.title = title;
        a.lead = QStringLiteral("Sapo của tin đăng từ ứng dụng.");
        a.bodyHtml = QStringLiteral("<p>Nội dung đã được duyệt.</p>");
        auto created = ArticleRepository(*m_db).create(a);
        if (!created)
            qFatal("create");
        WorkflowService wf(*m_db);
        if (!wf.apply(created->id, WorkflowAction::Submit) ||
            !wf.apply(created->id, WorkflowAction::Approve))
            qFatal("approve");
        return created->id;
    }

    void savePortalWithDialog()
    {
        PortalsDialog dialog(*m_db);
        dialog.show();
        child<QLineEdit>(&dialog, QStringLiteral("nameLineEdit"))
            ->setText(QStringLiteral("Cổng huyện"));
        child<QLineEdit>(&dialog, QStringLiteral("urlLineEdit"))->setText(m_wp.url.toString());
        child<QLineEdit>(&dialog, QStringLiteral("userLineEdit"))->setText(m_wp.user);
        child<QLineEdit>(&dialog, QStringLiteral("passwordLineEdit"))->setText(m_wp.password);
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("testConnectionPushButton")),
                          Qt::LeftButton);
        QVERIFY(dialog.isTesting()); // in the background: the dialog stays usable
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), 30000);
        QVERIFY2(dialog.resultText().contains(QStringLiteral("Cổng thông tin điện tử huyện")),
                 qPrintable(dialog.resultText()));
        if (!m_shots.isEmpty())
            dialog.grab().save(m_shots + QStringLiteral("/portals-dialog.png"));
        QVERIFY(PortalRepository(*m_db).find(QStringLiteral("Cổng huyện")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("PRESSDESK_NO_KEYCHAIN", "1"); // never a keychain prompt on a test machine
        m_wp = TestWordPress::fromEnvironment();
        PRESSDESK_REQUIRE_WORDPRESS(m_wp);
        m_shots = qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR");
        if (!m_shots.isEmpty())
            installTranslation(qApp, QStringLiteral("vi"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("publish.sqlite")));
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(UserRepository(*m_db).ensureCurrentUser()); // an administrator
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void wrongPasswordIsExplainedInTheDialog()
    {
        PortalsDialog dialog(*m_db);
        dialog.show();
        child<QLineEdit>(&dialog, QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Sai"));
        child<QLineEdit>(&dialog, QStringLiteral("urlLineEdit"))->setText(m_wp.url.toString());
        child<QLineEdit>(&dialog, QStringLiteral("userLineEdit"))->setText(m_wp.user);
        child<QLineEdit>(&dialog, QStringLiteral("passwordLineEdit"))
            ->setText(QStringLiteral("aaaa bbbb cccc dddd eeee ffff"));
        dialog.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), 30000);
        // In the user's language (Vietnamese when the docs' screenshots are taken).
        QVERIFY2(dialog.resultText().contains(QStringLiteral("password")) ||
                     dialog.resultText().contains(QStringLiteral("mật khẩu")),
                 qPrintable(dialog.resultText()));
    }

    void importFromThePortalsDialogAddsSearchableArticles()
    {
        // A post written directly on the portal, before PressDesk was used.
        const QString title =
            QStringLiteral("Bài có sẵn trên Cổng %1").arg(QDateTime::currentMSecsSinceEpoch());
        WordPressPortal portal(m_wp.url, m_wp.user, m_wp.password);
        PostFields fields;
        fields.title = title;
        fields.status = QStringLiteral("publish");
        fields.content = QStringLiteral("<p>Tuyên truyền cải cách hành chính ở xã Đức Thượng.</p>");
        QVERIFY(portal.createPost(fields));

        savePortalWithDialog();
        PortalsDialog dialog(*m_db);
        dialog.show();
        QSignalSpy imported(&dialog, &PortalsDialog::importFinished);
        ImportOptions options;
        options.since = QDateTime::currentDateTimeUtc().addSecs(-600);
        dialog.startImport(options);
        QVERIFY(dialog.isImporting());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting(), 60000);
        QCOMPARE(imported.count(), 1);
        auto found = Search(*m_db).search(QStringLiteral("duc thuong"));
        QVERIFY(found);
        bool seen = false;
        for (const SearchHit &hit : std::as_const(found.value()))
            seen = seen || hit.title == title;
        QVERIFY2(seen, qPrintable(dialog.resultText()));
        if (!m_shots.isEmpty())
            dialog.grab().save(m_shots + QStringLiteral("/portals-import.png"));

        // Again: no duplicate. (Other tests may publish on the shared portal meanwhile, so
        // the second run can bring their posts; this one stays single.)
        dialog.startImport(options);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting(), 60000);
        int copies = 0;
        const auto again = Search(*m_db).search(QStringLiteral("duc thuong"));
        for (const SearchHit &hit : again.value())
            copies += hit.title == title ? 1 : 0;
        QCOMPARE(copies, 1);
    }

    void publishFromTheBarThenOverwriteAConflict()
    {
        savePortalWithDialog();
        const QString id = approvedArticle(
            QStringLiteral("Tin đăng từ ứng dụng %1").arg(QDateTime::currentMSecsSinceEpoch()));
        MainWindow w(*m_db);
        w.resize(1280, 800);
        w.show();
        QVERIFY(w.editor()->openArticle(id));
        auto *publish = child<QPushButton>(w.workflowBar(), QStringLiteral("publishButton"));

        answerModal(QStringLiteral("publishDialog"), [](QWidget *d) {
            static_cast<QDialog *>(d)->accept(); // the default: now, the only portal
        });
        QTest::mouseClick(publish, Qt::LeftButton);
        QVERIFY(w.publisher()->waitForIdle(60000));
        QCOMPARE(ArticleRepository(*m_db).get(id)->status, ArticleStatus::Published);
        auto posts = Publisher(*m_db).postsOf(id);
        QCOMPARE(posts->size(), 1);
        const ArticlePost post = posts->first();
        // The bar shows where it is now.
        QTRY_VERIFY(child<QLabel>(w.workflowBar(), QStringLiteral("workflowDetailLabel"))
                        ->text()
                        .contains(post.link));
        QCOMPARE(w.outbox()->pendingCount(), 0);

        // An editor at the portal changes the post; here the article is edited and approved
        // again. Publishing stops and asks.
        QTest::qWait(1100); // modified_gmt counts seconds
        WordPressPortal portal(m_wp.url, m_wp.user, m_wp.password);
        PostFields edit;
        edit.title = QStringLiteral("Sửa trên Cổng");
        edit.status = QStringLiteral("publish");
        edit.content = QStringLiteral("<p>Sửa trên Cổng.</p>");
        QVERIFY(portal.updatePost(post.remoteId, edit));
        Article a = ArticleRepository(*m_db).get(id).value();
        a.lead += QStringLiteral(" Bổ sung.");
        QVERIFY(ArticleRepository(*m_db).save(a, SaveKind::Manual));
        QVERIFY(WorkflowService(*m_db).apply(id, WorkflowAction::Submit));
        QVERIFY(WorkflowService(*m_db).apply(id, WorkflowAction::Approve));
        QVERIFY(w.editor()->reloadArticle());
        w.workflowBar()->refresh();

        answerModal(QStringLiteral("publishDialog"),
                    [](QWidget *d) { static_cast<QDialog *>(d)->accept(); });
        w.publishArticle();
        QVERIFY(w.publisher()->waitForIdle(60000));
        QTableWidget *table = w.outbox()->table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 3)->text(), OutboxPanel::tr("Changed on the portal"));
        QCOMPARE(w.outbox()->pendingCount(), 1);
        table->selectRow(0);
        auto *overwrite = child<QPushButton>(w.outbox(), QStringLiteral("overwriteButton"));
        QVERIFY(overwrite->isEnabled());
        if (!m_shots.isEmpty())
            w.grab().save(m_shots + QStringLiteral("/outbox-conflict.png"));

        // Asked, the supervisor first cancels (nothing happens), then overwrites.
        answerModal(QStringLiteral("overwriteQuestion"), [](QWidget *d) {
            static_cast<QMessageBox *>(d)->button(QMessageBox::Cancel)->click();
        });
        QTest::mouseClick(overwrite, Qt::LeftButton);
        QCOMPARE(portal.getPost(post.remoteId)->titleRaw, QStringLiteral("Sửa trên Cổng"));
        answerModal(QStringLiteral("overwriteQuestion"), [](QWidget *d) {
            auto *box = static_cast<QMessageBox *>(d);
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
        });
        QTest::mouseClick(overwrite, Qt::LeftButton);
        QVERIFY(w.publisher()->waitForIdle(60000));
        QCOMPARE(portal.getPost(post.remoteId)->titleRaw, a.title);
        QCOMPARE(w.outbox()->pendingCount(), 0);
        QCOMPARE(Publisher(*m_db).postsOf(id)->first().remoteId, post.remoteId); // same post
    }

    void anOfflinePortalLeavesTheWorkQueuedAndTheWindowFree()
    {
        auto account = PortalRepository(*m_db).add(
            QStringLiteral("Ngoại tuyến"), QUrl(QStringLiteral("http://127.0.0.1:1/")), m_wp.user);
        QVERIFY(account);
        const QString id = approvedArticle(QStringLiteral("Tin chờ mạng"));
        MainWindow w(*m_db);
        w.show();
        QVERIFY(w.editor()->openArticle(id));
        // The publish dialog, then the password for a portal this session does not know.
        answerModal(QStringLiteral("publishDialog"), [](QWidget *d) {
            answerModal(QStringLiteral("passwordDialog"), [](QWidget *p) {
                child<QLineEdit>(p, QStringLiteral("passwordLineEdit"))
                    ->setText(QStringLiteral("x"));
                static_cast<QDialog *>(p)->accept();
            });
            static_cast<QDialog *>(d)->accept();
        });
        w.publishArticle();
        QVERIFY(w.publisher()->waitForIdle(60000));
        QCOMPARE(ArticleRepository(*m_db).get(id)->status, ArticleStatus::Approved);
        QTableWidget *table = w.outbox()->table();
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->item(0, 3)->text().contains(
            OutboxPanel::tr("Waiting to retry (%n attempt(s))", nullptr, 1)));
        QVERIFY(!table->item(0, 5)->text().isEmpty()); // why, in words
        QVERIFY(!table->item(0, 4)->text().isEmpty()); // and when it tries again
        table->selectRow(0);
        QTest::mouseClick(child<QPushButton>(w.outbox(), QStringLiteral("cancelEntryButton")),
                          Qt::LeftButton);
        QCOMPARE(w.outbox()->pendingCount(), 0);
    }
};

QTEST_MAIN(TestPublishGui)
#include "TestPublishGui.moc"
