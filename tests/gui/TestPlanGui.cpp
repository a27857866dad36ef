// The plan tracker as the press office uses it: create a plan and an activity through the
// dialogs, link an article from the editor, watch the count move when it is published, and
// export the periodic report.
#include "GuiTestSupport.h"
#include "Language.h"
#include "MainWindow.h"
#include "editor/ArticleEditor.h"
#include "plan/PlanDialogs.h"
#include "plan/PlanProgressView.h"
#include "plan/PlanRepository.h"
#include "plan/PlanWindow.h"
#include "plan/ReportDialog.h"
#include "radio/RadioRepository.h"
#include "radio/RadioWindow.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/DemoContent.h"
#include "store/UserRepository.h"
#include "visual/VisualRepository.h"
#include "visual/VisualWindow.h"
#include "workflow/WorkflowService.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
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

class TestPlanGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_shots;

    QString countText(PlanWindow *w, const QString &activityId)
    {
        QTreeWidgetItem *item = w->progressView()->itemForActivity(activityId);
        return item ? item->text(PlanProgressView::CountColumn) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_shots = qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR");
        if (!m_shots.isEmpty())
            installTranslation(qApp, QStringLiteral("vi"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("plans.sqlite")));
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(UserRepository(*m_db).ensureCurrentUser());
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void createPlanLinkArticleAndSeeTheCountMove()
    {
        Article a;
        a.title = QStringLiteral("Xã Đức Thượng công khai thủ tục hành chính");
        a.bodyHtml = QStringLiteral("<p>Nội dung.</p>");
        const QString articleId = ArticleRepository(*m_db).create(a)->id;

        MainWindow w(*m_db);
        w.resize(1280, 800);
        w.show();
        QVERIFY(w.editor()->openArticle(articleId));
        PlanWindow *plans = w.showPlans();
        QVERIFY(plans->isVisible());

        // A new plan, through its dialog.
        const int year = QDate::currentDate().year();
        answerModal(QStringLiteral("planDialog"), [year](QWidget *d) {
            child<QLineEdit>(d, QStringLiteral("numberLineEdit"))
                ->setText(QStringLiteral("12/KH-UBND"));
            child<QLineEdit>(d, QStringLiteral("titleLineEdit"))
                ->setText(QStringLiteral("Tuyên truyền cải cách hành chính năm %1").arg(year));
            static_cast<QDialog *>(d)->accept();
        });
        QTest::mouseClick(child<QPushButton>(plans, QStringLiteral("newPlanButton")),
                          Qt::LeftButton);
        QVERIFY(!plans->currentPlanId().isEmpty());

        // A portal activity: 4 articles this year.
        answerModal(QStringLiteral("activityDialog"), [](QWidget *d) {
            child<QLineEdit>(d, QStringLiteral("descriptionLineEdit"))
                ->setText(QStringLiteral("Tin bài trên Cổng thông tin điện tử"));
            child<QSpinBox>(d, QStringLiteral("targetSpinBox"))->setValue(4);
            static_cast<QDialog *>(d)->accept();
        });
        QTest::mouseClick(child<QPushButton>(plans, QStringLiteral("addActivityButton")),
                          Qt::LeftButton);
        auto activities = PlanRepository(*m_db).activities(plans->currentPlanId());
        QCOMPARE(activities->size(), 1);
        const QString activityId = activities->first().id;
        QVERIFY2(countText(plans, activityId).startsWith(QStringLiteral("0/4")),
                 qPrintable(countText(plans, activityId)));

        // From the editor: the article serves that activity.
        answerModal(QStringLiteral("linkActivitiesDialog"), [](QWidget *d) {
            auto *tree = child<QTreeWidget>(d, QStringLiteral("activitiesTree"));
            tree->topLevelItem(0)->child(0)->setCheckState(0, Qt::Checked);
            static_cast<QDialog *>(d)->accept();
        });
        w.linkToActivities();
        QCOMPARE(PlanRepository(*m_db).articlesOfActivity(activityId)->size(), 1);
        // Linked but not published: a portal activity does not count it yet.
        QVERIFY(countText(plans, activityId).startsWith(QStringLiteral("0/4")));

        // Approved and published (as the outbox does): the count moves.
        WorkflowService wf(*m_db);
        QVERIFY(wf.apply(articleId, WorkflowAction::Submit));
        QVERIFY(wf.apply(articleId, WorkflowAction::Approve));
        QVERIFY(wf.apply(articleId, WorkflowAction::Publish, QStringLiteral("https://x/1")));
        plans->refresh();
        QVERIFY2(countText(plans, activityId).startsWith(QStringLiteral("1/4")),
                 qPrintable(countText(plans, activityId)));

        // A conference held counts by hand, marked as such.
        plans->progressView()->setCurrentItem(plans->progressView()->itemForActivity(activityId));
        answerModal(QStringLiteral("manualEntryDialog"), [](QWidget *d) {
            child<QLineEdit>(d, QStringLiteral("noteLineEdit"))
                ->setText(QStringLiteral("Bài đăng trên bản tin xã"));
            static_cast<QDialog *>(d)->accept();
        });
        QTest::mouseClick(child<QPushButton>(plans, QStringLiteral("manualEntryButton")),
                          Qt::LeftButton);
        QVERIFY2(countText(plans, activityId).startsWith(QStringLiteral("2/4")),
                 qPrintable(countText(plans, activityId)));

        // Behind the count: the article, which opens in the editor.
        answerModal(QStringLiteral("activityArticlesDialog"), [](QWidget *d) {
            auto *list = child<QListWidget>(d, QStringLiteral("activityArticles"));
            QCOMPARE(list->count(), 2); // the article and the manual entry
            Q_EMIT list->itemActivated(list->item(0));
        });
        // A click on the count, as a supervisor checks a figure.
        PlanProgressView *view = plans->progressView();
        QTreeWidgetItem *row = view->itemForActivity(activityId);
        const QRect cell = view->visualItemRect(row).intersected(
            QRect(view->header()->sectionViewportPosition(PlanProgressView::CountColumn), 0,
                  view->header()->sectionSize(PlanProgressView::CountColumn), 100000));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(w.editor()->articleId(), articleId);

        if (!m_shots.isEmpty())
            plans->grab().save(m_shots + QStringLiteral("/plan-window.png"));

        // From the plan: a second published article is found by searching without
        // diacritics and linked.
        Article b;
        b.title = QStringLiteral("Thị trấn Trạm Trôi tiếp nhận hồ sơ trực tuyến");
        const QString second = ArticleRepository(*m_db).create(b)->id;
        QVERIFY(wf.apply(second, WorkflowAction::Submit));
        QVERIFY(wf.apply(second, WorkflowAction::Approve));
        QVERIFY(wf.apply(second, WorkflowAction::Publish, QStringLiteral("https://x/2")));
        answerModal(QStringLiteral("activityArticlesPicker"), [second](QWidget *d) {
            auto *picker = static_cast<ActivityArticlesPicker *>(d);
            picker->search(QStringLiteral("tram troi"));
            QCOMPARE(picker->results()->topLevelItemCount(), 1);
            picker->results()->topLevelItem(0)->setCheckState(0, Qt::Checked);
            picker->accept();
        });
        QTest::mouseClick(child<QPushButton>(plans, QStringLiteral("pickArticlesButton")),
                          Qt::LeftButton);
        QVERIFY2(countText(plans, activityId).startsWith(QStringLiteral("3/4")),
                 qPrintable(countText(plans, activityId)));
        QVERIFY(PlanRepository(*m_db).articlesOfActivity(activityId)->contains(second));

        // Withdrawn from the portal: it no longer counts.
        QVERIFY(wf.apply(articleId, WorkflowAction::Withdraw));
        plans->refresh();
        QVERIFY(countText(plans, activityId).startsWith(QStringLiteral("2/4")));
    }

    void demoPlanAsTheOfficeSeesIt()
    {
        // The new-profile demo: Plan 65/KH-UBND with its activities; some radio broadcasts
        // and banners entered by hand, the demo article published on its real day.
        QVERIFY(DemoContent::seed(*m_db));
        auto plan = PlanRepository(*m_db).find(QStringLiteral("65/KH-UBND"));
        QVERIFY(plan);
        auto activities = PlanRepository(*m_db).activities(plan->id);
        QVERIFY(activities && activities->size() >= 4);
        for (const Activity &a : std::as_const(activities.value())) {
            if (a.channel == Channel::Radio || a.channel == Channel::VisualCampaign) {
                ManualEntry e;
                e.activityId = a.id;
                e.date = QDate(2019, 3, 15);
                e.quantity = a.target / 2;
                e.note = QStringLiteral("Báo cáo của các xã");
                QVERIFY(PlanRepository(*m_db).addManualEntry(e));
            }
        }
        PlanWindow w(*m_db);
        w.selectPlan(plan->id);
        w.show();
        w.refresh();
        // A 2019 plan seen today: whatever is short of its target is overdue.
        QVERIFY(w.progressView()->topLevelItemCount() >= 4);
        QApplication::processEvents(); // the layout settles as it would on screen
        if (!m_shots.isEmpty())
            w.grab().save(m_shots + QStringLiteral("/plan-window-demo.png"));
    }

    // Units merge (the 2025 reorganisation): the selected activity's unit reassigned through
    // its dialog, then a unit merged into another; the view names the new units, the earlier
    // one with its last day in the tooltip, and the counts do not move.
    void reassigningAndMergingUnitsFromThePlanWindow()
    {
        QVERIFY(DemoContent::seed(*m_db));
        const QString plan = QStringLiteral("0c6f2a65-1902-4d19-a065-6b4b48000065");
        const QString portal = QStringLiteral("0c6f2a65-1902-4d19-a065-6b4b48000001");
        const QString visual = QStringLiteral("0c6f2a65-1902-4d19-a065-6b4b48000003");
        PlanWindow w(*m_db);
        w.selectPlan(plan);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        PlanProgressView *view = w.progressView();
        QStringList counts;
        for (const QString &id : {portal, visual})
            counts << countText(&w, id);
        auto *reassign = child<QPushButton>(&w, QStringLiteral("reassignUnitButton"));
        QVERIFY(!reassign->isEnabled()); // nothing selected
        view->setCurrentItem(view->itemForActivity(portal));
        QVERIFY(reassign->isEnabled());

        answerModal(QStringLiteral("reassignUnitDialog"), [](QWidget *d) {
            child<QComboBox>(d, QStringLiteral("unitComboBox"))
                ->setCurrentText(QStringLiteral("Phòng Văn hóa – Xã hội"));
            child<QLineEdit>(d, QStringLiteral("noteLineEdit"))
                ->setText(QStringLiteral("Hợp nhất từ 01/07/2025"));
            TestSupport::clickDialogButton(d, QDialogButtonBox::Ok);
        });
        QTest::mouseClick(reassign, Qt::LeftButton);
        QTreeWidgetItem *row = view->itemForActivity(portal);
        QCOMPARE(row->text(PlanProgressView::UnitColumn), QStringLiteral("Phòng Văn hóa – Xã hội"));
        const QString tip = row->toolTip(PlanProgressView::UnitColumn);
        QVERIFY2(tip.contains(QStringLiteral("Phòng Văn hóa và Thông tin")) &&
                     tip.contains(QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"))),
                 qPrintable(tip));
        QCOMPARE(PlanRepository(*m_db).unitHistory(portal)->first().note,
                 QStringLiteral("Hợp nhất từ 01/07/2025"));

        // The culture centre merges into the same unit: its activity follows.
        view->setCurrentItem(view->itemForActivity(visual));
        answerModal(QStringLiteral("mergeUnitsDialog"), [](QWidget *d) {
            QCOMPARE(child<QComboBox>(d, QStringLiteral("fromComboBox"))->currentText(),
                     QStringLiteral("Trung tâm Văn hóa – Thông tin và Thể thao huyện"));
            child<QComboBox>(d, QStringLiteral("toComboBox"))
                ->setCurrentText(QStringLiteral("Phòng Văn hóa – Xã hội"));
            TestSupport::clickDialogButton(d, QDialogButtonBox::Ok);
        });
        QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("mergeUnitsButton")),
                          Qt::LeftButton);
        QCOMPARE(view->itemForActivity(visual)->text(PlanProgressView::UnitColumn),
                 QStringLiteral("Phòng Văn hóa – Xã hội"));
        QVERIFY(view->itemForActivity(visual)
                    ->toolTip(PlanProgressView::UnitColumn)
                    .contains(QStringLiteral("Trung tâm Văn hóa – Thông tin và Thể thao huyện")));
        QCOMPARE((QStringList{countText(&w, portal), countText(&w, visual)}), counts);
        if (!m_shots.isEmpty())
            w.grab().save(m_shots + QStringLiteral("/plan-window-units.png"));
    }

    void behindRadioAndVisualCountsAreTheBroadcastsAndTheItems()
    {
        // The demo: the plan's article aired on the district's station and a commune's
        // loudspeakers, six banners put up on Quốc lộ 32 and a panel still planned.
        QVERIFY(DemoContent::seed(*m_db));
        auto plan = PlanRepository(*m_db).find(QStringLiteral("65/KH-UBND"));
        QVERIFY(plan);
        QString radioActivity, visualActivity;
        const auto activities = PlanRepository(*m_db).activities(plan->id);
        QVERIFY(activities);
        for (const Activity &a : activities.value()) {
            if (a.channel == Channel::Radio && radioActivity.isEmpty())
                radioActivity = a.id;
            if (a.channel == Channel::VisualCampaign && visualActivity.isEmpty())
                visualActivity = a.id;
        }
        QVERIFY(!radioActivity.isEmpty() && !visualActivity.isEmpty());

        MainWindow w(*m_db);
        w.resize(1280, 800);
        w.show();
        PlanWindow *plans = w.showPlans();
        plans->selectPlan(plan->id);
        QVERIFY2(countText(plans, radioActivity).startsWith(QStringLiteral("2/")),
                 qPrintable(countText(plans, radioActivity)));

        // Behind the radio count: the two broadcasts, oldest first; one opens its rundown.
        QStringList shown;
        answerModal(QStringLiteral("activityArticlesDialog"), [&shown](QWidget *d) {
            auto *list = child<QListWidget>(d, QStringLiteral("activityArticles"));
            for (int i = 0; i < list->count(); ++i)
                shown << list->item(i)->text();
            Q_EMIT list->itemActivated(list->item(1));
        });
        plans->showArticlesOf(radioActivity);
        QCOMPARE(shown.size(), 2);
        QVERIFY2(shown.at(0).contains(QStringLiteral("Đài Truyền thanh huyện Hoài Đức")) ||
                     shown.at(1).contains(QStringLiteral("Đài Truyền thanh huyện Hoài Đức")),
                 qPrintable(shown.join(u'\n')));
        QVERIFY2(shown.at(0).contains(QStringLiteral("20/02/2019")), qPrintable(shown.at(0)));
        auto *radio = w.findChild<RadioWindow *>(QStringLiteral("radioWindow"));
        QVERIFY(radio && radio->isVisible());
        QCOMPARE(radio->date(), QDate(2019, 2, 20));
        QVERIFY(!radio->currentItemId().isEmpty());
        QCOMPARE(RadioRepository(*m_db).item(radio->currentItemId())->broadcastDate,
                 QDate(2019, 2, 20));

        // Behind the visual count: the six banners (the planned panel counts nothing), which
        // open in the register.
        QVERIFY2(countText(plans, visualActivity).startsWith(QStringLiteral("6/")),
                 qPrintable(countText(plans, visualActivity)));
        shown.clear();
        answerModal(QStringLiteral("activityArticlesDialog"), [&shown](QWidget *d) {
            auto *list = child<QListWidget>(d, QStringLiteral("activityArticles"));
            for (int i = 0; i < list->count(); ++i)
                shown << list->item(i)->text();
            if (!qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR").isEmpty())
                d->grab().save(qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR") +
                               QStringLiteral("/behind-visual-count.png"));
            Q_EMIT list->itemActivated(list->item(0));
        });
        plans->showArticlesOf(visualActivity);
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.at(0).startsWith(QStringLiteral("6 × ")), qPrintable(shown.at(0)));
        QVERIFY2(shown.at(0).contains(QStringLiteral("Quốc lộ 32")), qPrintable(shown.at(0)));
        QVERIFY2(shown.at(0).contains(QStringLiteral("26/02/2019")), qPrintable(shown.at(0)));
        auto *visual = w.findChild<VisualWindow *>(QStringLiteral("visualWindow"));
        QVERIFY(visual && visual->isVisible());
        QCOMPARE(visual->currentPlanId(), plan->id);
        QCOMPARE(VisualRepository(*m_db).item(visual->currentItemId())->quantity, 6);
    }

    void reportExportsFromTheDialog()
    {
        Plan p;
        p.number = QStringLiteral("65/KH-UBND");
        p.title = QStringLiteral("Thúc đẩy thông tin, tuyên truyền cải cách hành chính năm 2019");
        p.issuingBody = QStringLiteral("UBND huyện Hoài Đức");
        p.issueDate = QDate(2019, 2, 19);
        p.periodStart = QDate(2019, 1, 1);
        p.periodEnd = QDate(2019, 12, 31);
        auto plan = PlanRepository(*m_db).create(p);
        QVERIFY(plan);
        Activity a;
        a.planId = plan->id;
        a.channel = Channel::Radio;
        a.description = QStringLiteral("Phát thanh về cải cách hành chính");
        a.target = 48;
        a.unit = QStringLiteral("lượt phát");
        a.start = p.periodStart;
        a.due = p.periodEnd;
        QVERIFY(PlanRepository(*m_db).addActivity(a));

        ReportDialog dialog(*m_db, plan->id, p.periodStart, p.periodEnd);
        dialog.show();
        auto *reasons = child<QTableWidget>(&dialog, QStringLiteral("reasonsTable"));
        QCOMPARE(reasons->rowCount(), 1); // behind: 0 of 48
        reasons->item(0, 2)->setText(QStringLiteral("Đài xã hỏng loa từ tháng 5"));
        dialog.updatePreview();
        QVERIFY(child<QTextBrowser>(&dialog, QStringLiteral("reportPreview"))
                    ->toPlainText()
                    .contains(QStringLiteral("Đài xã hỏng loa từ tháng 5")));
        const QString pdf = m_dir->filePath(QStringLiteral("bao-cao.pdf"));
        QSignalSpy finished(&dialog, &ReportDialog::exportFinished);
        dialog.startExport(pdf); // in the background: the dialog stays responsive
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.statusText()));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        // The reason typed for the report stays with the activity.
        dialog.reject();
        QCOMPARE(PlanRepository(*m_db).activities(plan->id)->first().behindReason,
                 QStringLiteral("Đài xã hỏng loa từ tháng 5"));
        // A folder that does not exist: a plain error, no file.
        dialog.startExport(QStringLiteral("/nonexistent/folder/bao-cao.odt"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QVERIFY(!finished.last().first().toBool());
        QVERIFY(dialog.statusText().contains(QStringLiteral("bao-cao.odt")));
    }
};

QTEST_MAIN(TestPlanGui)
#include "TestPlanGui.moc"
