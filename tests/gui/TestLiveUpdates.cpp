#include "CliRunner.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "editor/ArticleEditor.h"
#include "list/ArticleListPanel.h"
#include "store/ArticleListModel.h"
#include "store/ArticleRepository.h"
#include "store/CategoryRepository.h"
#include "store/Database.h"
#include "store/UserRepository.h"
#include "store/WalCheckpointer.h"
#include "workflow/ReviewQueuePanel.h"
#include "workflow/Workflow.h"
#include "workflow/WorkflowBar.h"
#include "workflow/WorkflowService.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace PressDesk;
using TestSupport::child;

// Open windows follow the store: what core commits, and what another process writes to the
// same profile, reaches the panels without anyone refreshing them by hand.
class TestLiveUpdates : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_id;

    QString path() const { return m_dir->filePath(QStringLiteral("live.sqlite")); }

    // The status the article list shows for the article.
    static QString listedStatus(MainWindow &w, const QString &id)
    {
        auto *table = child<QTableView>(w.listPanel(), QStringLiteral("articleTableView"));
        auto *model = table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex title = model->index(row, ArticleListModel::TitleColumn);
            if (title.data(ArticleListModel::IdRole).toString() == id)
                return model->index(row, ArticleListModel::StatusColumn).data().toString();
        }
        return {};
    }

    static int listedRows(MainWindow &w)
    {
        return child<QTableView>(w.listPanel(), QStringLiteral("articleTableView"))
            ->model()
            ->rowCount();
    }

    int cli(const QStringList &args)
    {
        const CliRun r = CliTest::runCli(QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                                     QStringLiteral("--db"), path()} +
                                         args);
        if (r.exitCode != 0)
            qWarning("pressdesk-cli: %s", qPrintable(r.err));
        return r.exitCode;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(path());
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(UserRepository(*m_db).ensureCurrentUser());
        QVERIFY(UserRepository(*m_db).add(QStringLiteral("lan"), Role::Staff));
        QVERIFY(UserRepository(*m_db).add(QStringLiteral("hung"), Role::Supervisor));
        QVERIFY(UserRepository(*m_db).setCurrentUser(QStringLiteral("lan")));
        Article a;
        a.title = QStringLiteral("Tuyên truyền cải cách hành chính năm 2019");
        a.bodyHtml = QStringLiteral("<p>Huyện Hoài Đức triển khai Kế hoạch 65/KH-UBND.</p>");
        auto created = ArticleRepository(*m_db).create(a);
        QVERIFY(created);
        m_id = created->id;
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void commitInCoreReachesEveryPanel()
    {
        MainWindow w(*m_db);
        w.resize(1280, 800);
        w.show();
        QVERIFY(w.editor()->openArticle(m_id));
        const QString draft = statusDisplayName(ArticleStatus::Draft);
        QTRY_COMPARE(listedStatus(w, m_id), draft);
        QCOMPARE(w.reviewQueue()->count(), 0);

        // A decision taken in core, not through any widget: nobody calls refresh().
        QVERIFY(WorkflowService(*m_db).apply(m_id, WorkflowAction::Submit));
        const QString submitted = statusDisplayName(ArticleStatus::Submitted);
        QTRY_COMPARE(listedStatus(w, m_id), submitted);
        QTRY_COMPARE(child<QLabel>(w.workflowBar(), QStringLiteral("workflowStatusLabel"))->text(),
                     submitted);
        // The supervisor's queue counts it once the supervisor is the current user.
        QVERIFY(UserRepository(*m_db).setCurrentUser(QStringLiteral("hung")));
        QTRY_COMPARE(w.reviewQueue()->count(), 1);

        // A category added elsewhere appears in the editor's choices.
        auto *categories = child<QComboBox>(w.editor(), QStringLiteral("categoryComboBox"));
        const int before = categories->count();
        QVERIFY(CategoryRepository(*m_db).create(QStringLiteral("Chuyển đổi số")).ok());
        QTRY_COMPARE(categories->count(), before + 1);
    }

    void secondProcessReachesTheOpenWindow()
    {
        MainWindow w(*m_db);
        w.resize(1280, 800);
        w.show();
        QVERIFY(w.editor()->openArticle(m_id));
        QTRY_COMPARE(listedRows(w), 1);

        // The command line, another process on the same profile, submits the article and
        // writes a second one: the open list and bar follow within a few seconds.
        QCOMPARE(cli({QStringLiteral("--user"), QStringLiteral("lan"), QStringLiteral("article"),
                      QStringLiteral("submit"), m_id}),
                 0);
        const QString submitted = statusDisplayName(ArticleStatus::Submitted);
        QTRY_COMPARE_WITH_TIMEOUT(listedStatus(w, m_id), submitted, 10000);
        QTRY_COMPARE(child<QLabel>(w.workflowBar(), QStringLiteral("workflowStatusLabel"))->text(),
                     submitted);
        QCOMPARE(cli({QStringLiteral("article"), QStringLiteral("new"), QStringLiteral("--title"),
                      QStringLiteral("Loa truyền thanh cơ sở phát bản tin")}),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(listedRows(w), 2, 10000);

        // An edit from outside reaches the open editor when it holds nothing unsaved.
        QCOMPARE(cli({QStringLiteral("article"), QStringLiteral("edit"), m_id,
                      QStringLiteral("--title"), QStringLiteral("Tiêu đề sửa từ dòng lệnh")}),
                 0);
        auto *title = child<QLineEdit>(w.editor(), QStringLiteral("titleLineEdit"));
        QTRY_COMPARE_WITH_TIMEOUT(title->text(), QStringLiteral("Tiêu đề sửa từ dòng lệnh"), 10000);
    }

    void theWindowsSavesLeaveTheWalToAWorker()
    {
        // The window's connection never copies the WAL into the database while a save waits
        // for it (after a join it holds hundreds of megabytes); within seconds a worker has.
        MainWindow w(*m_db);
        w.show();
        const QString wal = path() + QStringLiteral("-wal");
        const qint64 before = QFileInfo(path()).size();
        ArticleRepository repo(*m_db);
        const QString paragraph = QStringLiteral(
            "<p>Loa truyền thanh cơ sở phát bản tin cải cách hành chính hằng tuần.</p>");
        int saved = 0;
        while (QFileInfo(wal).size() < 2 * WalCheckpointer::threshold() && saved < 200) {
            QVERIFY(repo.create(Article{.title = QStringLiteral("Bản tin %1").arg(++saved),
                                        .bodyHtml = paragraph.repeated(1000)}));
        }
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // what TestDatabase shows leaves the WAL untouched
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path()).size() > before + WalCheckpointer::threshold(),
                                 10000);
    }

    void unsavedTypingIsNeverReplacedByAnOutsideEdit()
    {
        MainWindow w(*m_db);
        w.resize(1280, 800);
        w.show();
        QVERIFY(w.editor()->openArticle(m_id));
        auto *title = child<QLineEdit>(w.editor(), QStringLiteral("titleLineEdit"));
        title->setFocus();
        title->end(false);
        title->insert(QStringLiteral(" (đang viết)")); // as an input method types it
        QVERIFY(w.editor()->hasUnsavedChanges());
        QCOMPARE(cli({QStringLiteral("article"), QStringLiteral("edit"), m_id,
                      QStringLiteral("--lead"), QStringLiteral("Sapo sửa ở nơi khác")}),
                 0);
        QTest::qWait(2 * ChangeNotifier::defaultPollInterval());
        QVERIFY(title->text().endsWith(QStringLiteral(" (đang viết)")));
    }
};

QTEST_MAIN(TestLiveUpdates)
#include "TestLiveUpdates.moc"
