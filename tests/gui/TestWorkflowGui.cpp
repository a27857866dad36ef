// The workflow as a supervisor and an author use it: the review queue, the bar above the
// editor, returning with a comment, an edit voiding an approval.
#include "GuiTestSupport.h"
#include "Language.h"
#include "MainWindow.h"
#include "editor/ArticleEditor.h"
#include "editor/BodyTextEdit.h"
#include "store/ArticleRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/UserRepository.h"
#include "workflow/AuditLogDialog.h"
#include "workflow/HistoryDialog.h"
#include "workflow/NoticesPanel.h"
#include "workflow/PreviewDialog.h"
#include "workflow/ReviewQueuePanel.h"
#include "workflow/UsersDialog.h"
#include "workflow/WorkflowBar.h"
#include "workflow/WorkflowService.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace PressDesk;
using TestSupport::answerModal;
using TestSupport::child;

class TestWorkflowGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QStringList m_ids; // submitted by lan, oldest first

    void actAs(const QString &name) { QVERIFY(UserRepository(*m_db).setCurrentUser(name)); }

    Article stored(const QString &id) const { return ArticleRepository(*m_db).get(id).value(); }

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto w = std::make_unique<MainWindow>(*m_db);
        w->resize(1280, 800);
        w->show();
        return w;
    }

    // Answers the next modal dialog (the return comment) with text, then Return (OK).
    static void answerReturnDialog(const QString &text)
    {
        answerModal(QStringLiteral("returnDialog"), [text](QWidget *dialog) {
            auto *edit = child<QPlainTextEdit>(dialog, QStringLiteral("commentPlainTextEdit"));
            edit->insertPlainText(text); // as an input method would
            TestSupport::clickDialogButton(dialog, QDialogButtonBox::Ok);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Screenshots for the docs show the interface as users see it, in Vietnamese.
        if (qEnvironmentVariableIsSet("PRESSDESK_SCREENSHOT_DIR"))
            installTranslation(qApp, QStringLiteral("vi"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("wf.sqlite")));
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(UserRepository(*m_db).ensureCurrentUser());
        QVERIFY(UserRepository(*m_db).add(QStringLiteral("lan"), Role::Staff));
        QVERIFY(UserRepository(*m_db).add(QStringLiteral("hung"), Role::Supervisor));
        actAs(QStringLiteral("lan"));
        m_ids.clear();
        for (const QString &title :
             {QStringLiteral("Tin thứ nhất"), QStringLiteral("Tin thứ hai")}) {
            Article a;
            a.title = title;
            a.bodyHtml = QStringLiteral("<p>Nội dung %1.</p>").arg(title);
            auto created = ArticleRepository(*m_db).create(a);
            QVERIFY(created);
            QVERIFY(WorkflowService(*m_db).apply(created->id, WorkflowAction::Submit));
            m_ids << created->id;
            QTest::qWait(5);
        }
        actAs(QStringLiteral("hung"));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void authorSubmitsFromTheBar()
    {
        actAs(QStringLiteral("lan"));
        Article draft;
        draft.title = QStringLiteral("Tin mới viết");
        const QString id = ArticleRepository(*m_db).create(draft)->id;
        auto w = makeWindow();
        QVERIFY(w->editor()->openArticle(id));
        WorkflowBar *bar = w->workflowBar();
        QCOMPARE(child<QLabel>(bar, QStringLiteral("workflowStatusLabel"))->text(),
                 statusDisplayName(ArticleStatus::Draft));
        // Unsaved typing is saved before the submission, so what is submitted is on screen.
        auto *title = child<QLineEdit>(w->editor(), QStringLiteral("titleLineEdit"));
        title->setFocus();
        title->end(false);
        QTest::keyClicks(title, QStringLiteral(" hom nay"));
        QTest::mouseClick(child<QPushButton>(bar, QStringLiteral("submitButton")), Qt::LeftButton);
        const Article submitted = stored(id);
        QCOMPARE(submitted.status, ArticleStatus::Submitted);
        QCOMPARE(submitted.title, QStringLiteral("Tin mới viết hom nay"));
        QCOMPARE(child<QLabel>(bar, QStringLiteral("workflowStatusLabel"))->text(),
                 statusDisplayName(ArticleStatus::Submitted));
        QVERIFY(!bar->findChild<QPushButton *>(QStringLiteral("approveButton"))); // staff
        // It joins the supervisors' queue.
        QTRY_COMPARE(w->reviewQueue()->count(), 3);
    }

    void supervisorApprovesFromTheQueueWithTwoKeys()
    {
        auto w = makeWindow();
        ReviewQueuePanel *queue = w->reviewQueue();
        auto *tree = child<QTreeWidget>(queue, QStringLiteral("reviewQueueTree"));
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Tin thứ nhất")); // oldest first
        QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("lan"));

        // Select the first (Down), approve (Ctrl+Enter); the editor shows it meanwhile.
        tree->setFocus();
        tree->setCurrentItem(tree->topLevelItem(0));
        QCOMPARE(w->editor()->articleId(), m_ids.at(0));
        QTest::keyClick(tree, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(stored(m_ids.at(0)).status, ArticleStatus::Approved);
        QCOMPARE(stored(m_ids.at(0)).approvedBy, QStringLiteral("hung"));
        // The next article in line is selected and opened.
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(queue->selectedArticleId(), m_ids.at(1));
        QCOMPARE(w->editor()->articleId(), m_ids.at(1));
        auto *tabs = child<QTabWidget>(w.get(), QStringLiteral("leftTabs"));
        QVERIFY(tabs->tabText(1).contains(u'1'));
    }

    void supervisorReturnsWithAComment()
    {
        auto w = makeWindow();
        ReviewQueuePanel *queue = w->reviewQueue();
        auto *tree = child<QTreeWidget>(queue, QStringLiteral("reviewQueueTree"));
        tree->setCurrentItem(tree->topLevelItem(1));
        answerReturnDialog(QStringLiteral("Bổ sung ảnh hội nghị."));
        QVERIFY(child<QPushButton>(queue, QStringLiteral("queueReturnButton"))->isEnabled());
        QTest::mouseClick(child<QPushButton>(queue, QStringLiteral("queueReturnButton")),
                          Qt::LeftButton);
        QCOMPARE(stored(m_ids.at(1)).status, ArticleStatus::Returned);
        QCOMPARE(AuditLog(*m_db).list(m_ids.at(1))->last().comment,
                 QStringLiteral("Bổ sung ảnh hội nghị."));
        QCOMPARE(tree->topLevelItemCount(), 1);
    }

    void theBarShowsStateAndAnEditVoidsTheApproval()
    {
        auto w = makeWindow();
        QVERIFY(w->editor()->openArticle(m_ids.at(0)));
        WorkflowBar *bar = w->workflowBar();
        auto *status = child<QLabel>(bar, QStringLiteral("workflowStatusLabel"));
        QCOMPARE(status->text(), statusDisplayName(ArticleStatus::Submitted));
        QTest::mouseClick(child<QPushButton>(bar, QStringLiteral("approveButton")), Qt::LeftButton);
        QCOMPARE(stored(m_ids.at(0)).status, ArticleStatus::Approved);
        QCOMPARE(status->text(), statusDisplayName(ArticleStatus::Approved));
        auto *detail = child<QLabel>(bar, QStringLiteral("workflowDetailLabel"));
        QVERIFY2(detail->text().contains(QStringLiteral("hung")), qPrintable(detail->text()));

        // Typing in the approved article voids the approval after the autosave.
        auto *title = child<QLineEdit>(w->editor(), QStringLiteral("titleLineEdit"));
        title->setFocus();
        title->end(false);
        QTest::keyClicks(title, QStringLiteral(" (sua)"));
        QTRY_COMPARE_WITH_TIMEOUT(stored(m_ids.at(0)).status, ArticleStatus::Draft, 6000);
        QVERIFY(stored(m_ids.at(0)).approvedHash.isEmpty());
        QTRY_COMPARE(status->text(), statusDisplayName(ArticleStatus::Draft));
        QTRY_VERIFY(!detail->text().isEmpty()); // says the approval was voided
        // A supervisor may submit it again on the author's behalf.
        QTRY_VERIFY(bar->findChild<QPushButton *>(QStringLiteral("submitButton")));
    }

    void historyComparesRevisionsAndRestores()
    {
        // Revision 2 changes one tone mark.
        Article a = stored(m_ids.at(0));
        a.bodyHtml = QStringLiteral("<p>Đẩy mạnh cải cách hành chính.</p>");
        QVERIFY(ArticleRepository(*m_db).save(a, SaveKind::Manual));
        a.bodyHtml = QStringLiteral("<p>Đẩy mạnh cãi cách hành chính.</p>");
        QVERIFY(ArticleRepository(*m_db).save(a, SaveKind::Manual));
        QCOMPARE(ArticleRepository(*m_db).revisions(a.id)->size(), 3);

        HistoryDialog dialog(*m_db, a.id);
        dialog.show();
        auto *timeline = child<QTreeWidget>(&dialog, QStringLiteral("historyTimeline"));
        QCOMPARE(timeline->topLevelItemCount(), 4); // 3 revisions + the submission
        // Opens on the latest change: revision 2 against 3.
        auto *view = child<QTextBrowser>(&dialog, QStringLiteral("diffView"));
        auto *summary = child<QLabel>(&dialog, QStringLiteral("diffSummaryLabel"));
        QVERIFY2(summary->text().contains(u'1'), qPrintable(summary->text()));
        QVERIFY(view->toPlainText().contains(QStringLiteral("cảicãi")));
        const QString html = view->toHtml();
        QVERIFY(html.contains(QStringLiteral("line-through"))); // the removed word is struck
        // PRESSDESK_SCREENSHOT_DIR=… saves what the supervisor sees, for the docs.
        const QString shots = qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/history-inline.png"));
        dialog.setSideBySide(true);
        if (!shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/history-side-by-side.png"));
        QVERIFY(view->toPlainText().contains(QStringLiteral("Đẩy mạnh cải cách")));
        QVERIFY(view->toPlainText().contains(QStringLiteral("Đẩy mạnh cãi cách")));

        // Restore revision 2 (the older one): a new revision 4 with its content.
        dialog.compare(2, 3);
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("restoreButton")),
                          Qt::LeftButton);
        const auto revisions = ArticleRepository(*m_db).revisions(a.id).value();
        QCOMPARE(revisions.size(), 4);
        QCOMPARE(revisions.last().bodyHtml, QStringLiteral("<p>Đẩy mạnh cải cách hành chính.</p>"));
        QCOMPARE(stored(a.id).bodyHtml, QStringLiteral("<p>Đẩy mạnh cải cách hành chính.</p>"));
        QCOMPARE(timeline->topLevelItemCount(), 6); // + revision 4 + the restore
    }

    void queueTellsWhatChangedSinceTheReviewerLooked()
    {
        {
            auto w = makeWindow(); // hung opens the first article: he has seen revision 1
            QVERIFY(w->editor()->openArticle(m_ids.at(0)));
        }
        actAs(QStringLiteral("lan")); // the author changes it while it waits
        Article a = stored(m_ids.at(0));
        a.bodyHtml = QStringLiteral("<p>Bổ sung số liệu.</p>");
        QVERIFY(ArticleRepository(*m_db).save(a, SaveKind::Manual));
        actAs(QStringLiteral("hung"));

        ReviewQueuePanel queue(*m_db);
        queue.show();
        auto *tree = child<QTreeWidget>(&queue, QStringLiteral("reviewQueueTree"));
        QTreeWidgetItem *changed = tree->topLevelItem(0);
        QCOMPARE(changed->data(0, Qt::UserRole).toString(), m_ids.at(0));
        QVERIFY2(changed->text(5).contains(QStringLiteral("1 → 2")), qPrintable(changed->text(5)));
        QVERIFY(changed->font(5).bold());
        QCOMPARE(tree->topLevelItem(1)->text(5), QStringLiteral("New")); // never opened
        QSignalSpy compare(&queue, &ReviewQueuePanel::compareRequested);
        Q_EMIT tree->itemDoubleClicked(changed, 5);
        QCOMPARE(compare.size(), 1);
        QCOMPARE(compare.at(0).at(1).toInt(), 1);
        QCOMPARE(compare.at(0).at(2).toInt(), 2);
    }

    void anApprovalOfTextChangedSinceOpeningIsRefused()
    {
        auto w = makeWindow();
        QVERIFY(w->editor()->openArticle(m_ids.at(0))); // hung reads revision 1
        actAs(QStringLiteral("lan"));                   // the author adds a sentence meanwhile
        Article a = stored(m_ids.at(0));
        a.bodyHtml = QStringLiteral("<p>Nội dung Tin thứ nhất. Thêm số liệu quý IV.</p>");
        QVERIFY(ArticleRepository(*m_db).save(a, SaveKind::Manual));
        actAs(QStringLiteral("hung"));

        QString refusal;
        QString compared;
        QTimer::singleShot(0, [&] {
            auto *box = QApplication::activeModalWidget();
            if (!box || box->objectName() != QLatin1String("approvalRefusedBox"))
                qFatal("the refusal was not shown");
            refusal = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
            answerModal(QStringLiteral("historyDialog"), [&](QWidget *history) {
                compared = history->findChild<QComboBox *>(QStringLiteral("revisionAComboBox"))
                               ->currentData()
                               .toString() +
                           u'-' +
                           history->findChild<QComboBox *>(QStringLiteral("revisionBComboBox"))
                               ->currentData()
                               .toString();
                static_cast<QDialog *>(history)->reject();
            });
            box->findChild<QPushButton *>(QStringLiteral("showChangesButton"))->click();
        });
        WorkflowBar *bar = w->workflowBar();
        QTest::mouseClick(child<QPushButton>(bar, QStringLiteral("approveButton")), Qt::LeftButton);
        QCOMPARE(stored(m_ids.at(0)).status, ArticleStatus::Submitted);
        QVERIFY2(refusal.contains(QStringLiteral("revision 2")), qPrintable(refusal));
        QCOMPARE(compared, QStringLiteral("1-2"));
        // The editor now shows the latest text; approving it names revision 2 and succeeds.
        QVERIFY(w->editor()->bodyEdit()->toPlainText().contains(QStringLiteral("quý IV")));
        QCOMPARE(w->editor()->shownRevision().revision, 2);
        QTRY_VERIFY(bar->findChild<QPushButton *>(QStringLiteral("approveButton")));
        QTest::mouseClick(child<QPushButton>(bar, QStringLiteral("approveButton")), Qt::LeftButton);
        QCOMPARE(stored(m_ids.at(0)).status, ArticleStatus::Approved);
    }

    void returnedArticleIsForWhoeverSubmittedIt()
    {
        // Created by minh, submitted by lan, returned by hung: lan's "For me" lists it.
        const QList<User> users = UserRepository(*m_db).list().value();
        for (const User &u : users) {
            if (u.role == Role::Admin)
                actAs(u.name); // adds users
        }
        QVERIFY(UserRepository(*m_db).add(QStringLiteral("minh"), Role::Staff));
        actAs(QStringLiteral("minh"));
        Article draft;
        draft.title = QStringLiteral("Tin do Minh tạo");
        const QString id = ArticleRepository(*m_db).create(draft)->id;
        actAs(QStringLiteral("lan"));
        QVERIFY(WorkflowService(*m_db).apply(id, WorkflowAction::Submit));
        actAs(QStringLiteral("hung"));
        QVERIFY(WorkflowService(*m_db).apply(id, WorkflowAction::Return,
                                             QStringLiteral("Thiếu nguồn.")));
        actAs(QStringLiteral("lan"));
        auto w = makeWindow();
        auto *list = child<QListWidget>(w->notices(), QStringLiteral("noticesList"));
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("Tin do Minh tạo")),
                 qPrintable(list->item(0)->text()));
        QVERIFY(list->isVisibleTo(w->notices()));
        auto *tabs = child<QTabWidget>(w.get(), QStringLiteral("leftTabs"));
        QVERIFY2(tabs->tabText(2).contains(u'1'), qPrintable(tabs->tabText(2)));
    }

    void previewShowsTheArticleAsOnThePortal()
    {
        Article a = stored(m_ids.at(0));
        a.lead = QStringLiteral("Sapo <in đậm>");
        a.source = QStringLiteral("Theo Cổng thông tin điện tử huyện");
        QVERIFY(ArticleRepository(*m_db).save(a, SaveKind::Manual));
        PreviewDialog preview(*m_db, a.id);
        preview.show();
        auto *browser = child<QTextBrowser>(&preview, QStringLiteral("previewBrowser"));
        const QString text = browser->toPlainText();
        QVERIFY(text.startsWith(QStringLiteral("Tin thứ nhất")));
        QVERIFY(text.contains(QStringLiteral("Sapo <in đậm>"))); // escaped, not markup
        QVERIFY(text.contains(QStringLiteral("Nội dung Tin thứ nhất.")));
        QVERIFY(text.trimmed().endsWith(QStringLiteral("Theo Cổng thông tin điện tử huyện")));
        QVERIFY(browser->isReadOnly());
    }

    void auditLogIsShownVerifiedAndExported()
    {
        AuditLogDialog dialog(*m_db);
        dialog.show();
        auto *table = child<QTreeWidget>(&dialog, QStringLiteral("auditTable"));
        QCOMPARE(table->topLevelItemCount(), 2); // the two submissions
        QCOMPARE(table->topLevelItem(0)->text(2), QStringLiteral("lan"));
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("verifyButton")),
                          Qt::LeftButton);
        auto *result = child<QLabel>(&dialog, QStringLiteral("auditResultLabel"));
        QVERIFY2(result->text().contains(u'2'), qPrintable(result->text()));
        QVERIFY(dialog.verify());
        const QString csv = m_dir->filePath(QStringLiteral("audit.csv"));
        QVERIFY(dialog.exportTo(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count("\r\n"), 3);
        QVERIFY(!dialog.exportTo(m_dir->filePath(QStringLiteral("missing/dir/a.csv"))));
        QVERIFY(!result->text().isEmpty()); // says why
    }

    void switchingUserChangesWhatTheWindowOffers()
    {
        auto w = makeWindow();
        QVERIFY(w->editor()->openArticle(m_ids.at(0)));
        QVERIFY(w->workflowBar()->findChild<QPushButton *>(QStringLiteral("approveButton")));
        UsersDialog dialog(*m_db);
        QVERIFY(dialog.makeCurrent(QStringLiteral("lan")));
        QCOMPARE(m_db->actingUser(), QStringLiteral("lan"));
        // Staff may not add users.
        QVERIFY(!dialog.addUser(QStringLiteral("mai"), 0));
        QVERIFY(!child<QLabel>(&dialog, QStringLiteral("usersMessageLabel"))->text().isEmpty());
        w->workflowBar()->refresh();
        QVERIFY(!w->workflowBar()->findChild<QPushButton *>(QStringLiteral("approveButton")));
    }

    void staffSeeNoDecisionButtons()
    {
        actAs(QStringLiteral("lan"));
        auto w = makeWindow();
        QVERIFY(w->editor()->openArticle(m_ids.at(0)));
        WorkflowBar *bar = w->workflowBar();
        QVERIFY(!bar->findChild<QPushButton *>(QStringLiteral("approveButton")));
        ReviewQueuePanel *queue = w->reviewQueue();
        auto *tree = child<QTreeWidget>(queue, QStringLiteral("reviewQueueTree"));
        tree->setCurrentItem(tree->topLevelItem(0));
        QVERIFY(!child<QPushButton>(queue, QStringLiteral("queueApproveButton"))->isEnabled());
    }
};

QTEST_MAIN(TestWorkflowGui)
#include "TestWorkflowGui.moc"
