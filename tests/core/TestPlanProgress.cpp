#include "HanoiTime.h"
#include "TempDatabase.h"
#include "plan/PlanProgress.h"
#include "plan/PlanRepository.h"
#include "radio/RadioRepository.h"
#include "store/ArticleRepository.h"
#include "store/UserRepository.h"
#include "visual/VisualRepository.h"
#include "workflow/WorkflowService.h"

#include <QSqlQuery>
#include <QTest>

using namespace PressDesk;

namespace {

QDateTime utc(int y, int m, int d, int h = 3, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

// A plan for 2019 with activities, and articles whose past dates are set directly (the
// workflow stamps the current time; these stand for decisions taken in 2019).
class Fixture
{
public:
    TempDatabase t;
    PlanRepository plans{t.db()};
    QString planId;

    Fixture()
    {
        Plan p;
        p.number = QStringLiteral("65/KH-UBND");
        p.issueDate = QDate(2019, 2, 19);
        p.periodStart = QDate(2019, 1, 1);
        p.periodEnd = QDate(2019, 12, 31);
        planId = plans.create(p)->id;
    }

    QString addActivity(Channel channel, int target, const QDate &start = {}, const QDate &due = {},
                        const QString &status = QStringLiteral("open"))
    {
        Activity a;
        a.planId = planId;
        a.channel = channel;
        a.target = target;
        a.start = start;
        a.due = due;
        a.status = status;
        a.position = -1;
        auto added = plans.addActivity(a);
        if (!added)
            qFatal("addActivity: %s", qPrintable(added.error().message));
        return added->id;
    }

    QString article(const QString &status, const QDateTime &statusChangedAt,
                    const QDateTime &approvedAt = {}, const QString &title = QStringLiteral("Tin"))
    {
        const QString id = ArticleRepository(t.db()).create(Article{.title = title})->id;
        QSqlQuery q(t.db().connection());
        q.prepare(QStringLiteral("UPDATE articles SET status = ?, status_changed_at = ?, "
                                 "approved_at = ? WHERE id = ?"));
        q.addBindValue(status);
        q.addBindValue(statusChangedAt.toString(Qt::ISODateWithMs));
        q.addBindValue(approvedAt.isValid() ? QVariant(approvedAt.toString(Qt::ISODateWithMs))
                                            : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(id);
        if (!q.exec())
            qFatal("article update failed");
        return id;
    }

    // The radio: a station (made on first use, by name) and a programme of the district's
    // station that items go into.
    RadioRepository radio{t.db()};
    QString programId;

    QString station(const QString &name = QStringLiteral("Đài Truyền thanh huyện"))
    {
        if (auto found = radio.findStation(name); found && found->name == name)
            return found->id;
        auto added = radio.addStation(Station{.name = name});
        if (!added)
            qFatal("addStation: %s", qPrintable(added.error().message));
        return added->id;
    }

    // A radio item made from the article (or typed, without one), naming activityId if given.
    QString radioItem(const QString &articleId, const QString &activityId = {})
    {
        if (programId.isEmpty()) {
            Program p;
            p.name = QStringLiteral("Bản tin sáng");
            p.stationId = station();
            programId = radio.addProgram(p)->id;
        }
        const QDate date(2019, 3, 1);
        auto added = articleId.isEmpty()
                         ? radio.addItem(RadioItem{.programId = programId,
                                                   .broadcastDate = date,
                                                   .script = QStringLiteral("Thông báo."),
                                                   .activityId = activityId})
                         : radio.addItemFromArticle(articleId, programId, date, activityId);
        if (!added)
            qFatal("radio item: %s", qPrintable(added.error().message));
        return added->id;
    }

    QString air(const QString &itemId, const QDateTime &at, const QString &stationId = {})
    {
        auto aired = radio.markAired(itemId, stationId.isEmpty() ? station() : stationId, at);
        if (!aired)
            qFatal("markAired: %s", qPrintable(aired.error().message));
        return aired->id;
    }

    // The visual register: `quantity` items of one kind, installed (and removed) on the days
    // given; an invalid installation day leaves it planned.
    VisualRepository visual{t.db()};

    QString visualItem(const QString &activityId, int quantity, const QDate &installed,
                       const QDate &removed = {})
    {
        VisualItem i;
        i.activityId = activityId;
        i.form = VisualForm::Banner;
        i.quantity = quantity;
        i.commune = QStringLiteral("Thị trấn Trạm Trôi");
        i.place = QStringLiteral("Quốc lộ 32");
        i.plannedDate = QDate(2019, 2, 25);
        i.installedDate = installed;
        i.removedDate = removed;
        auto added = visual.addItem(i);
        if (!added)
            qFatal("visual item: %s", qPrintable(added.error().message));
        return added->id;
    }

    void manual(const QString &activityId, const QDate &date, int quantity)
    {
        if (!plans.addManualEntry(ManualEntry{
                .activityId = activityId, .date = date, .quantity = quantity, .note = {}}))
            qFatal("manual entry refused");
    }

    ActivityProgress progressOf(const QString &activityId, const QDate &from = {},
                                const QDate &to = {}, const QDate &today = QDate(2020, 6, 1))
    {
        auto all = PlanProgress(t.db()).activities(planId, from, to, today);
        if (!all)
            qFatal("progress: %s", qPrintable(all.error().message));
        for (const ActivityProgress &p : all.value()) {
            if (p.activity.id == activityId)
                return p;
        }
        qFatal("activity missing from progress");
    }
};

} // namespace

class TestPlanProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Days are the office's local days (Hà Nội, UTC+7).
        QVERIFY(useHanoiLocalTime());
    }

    void articleCounting_data()
    {
        QTest::addColumn<Channel>("channel");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QDateTime>("statusChangedAt");
        QTest::addColumn<QDateTime>("approvedAt");
        QTest::addColumn<QDate>("start"); // the activity's window
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("from"); // the range asked
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("counted");

        const QDate none;
        const QDateTime never;
        const QString published = QStringLiteral("published");
        const QString approved = QStringLiteral("approved");
        const QString scheduled = QStringLiteral("scheduled");
        const Channel portal = Channel::Portal;
        const Channel radio = Channel::Radio;
        const Channel press = Channel::Press;

        QTest::newRow("portal: published in the plan's period")
            << portal << published << utc(2019, 3, 5) << utc(2019, 3, 4) << none << none << none
            << none << 1;
        QTest::newRow("portal: published the year before")
            << portal << published << utc(2018, 12, 5) << never << none << none << none << none
            << 0;
        QTest::newRow("portal: 1 January 01:00 in Hà Nội is still 2019")
            << portal << published << utc(2018, 12, 31, 18) << never << none << none << none << none
            << 1;
        QTest::newRow("portal: 31 December 23:30 UTC is 2020 in Hà Nội")
            << portal << published << utc(2019, 12, 31, 17, 30) << never << none << none << none
            << none << 0;
        QTest::newRow("portal: before the activity starts")
            << portal << published << utc(2019, 2, 1) << never << QDate(2019, 2, 19) << none << none
            << none << 0;
        QTest::newRow("portal: on the due day")
            << portal << published << utc(2019, 6, 30, 16) << never << none << QDate(2019, 6, 30)
            << none << none << 1;
        QTest::newRow("portal: after the due day")
            << portal << published << utc(2019, 7, 1) << never << none << QDate(2019, 6, 30) << none
            << none << 0;
        QTest::newRow("portal: outside the range asked")
            << portal << published << utc(2019, 5, 2) << never << none << none << QDate(2019, 1, 1)
            << QDate(2019, 3, 31) << 0;
        QTest::newRow("portal: inside the range asked")
            << portal << published << utc(2019, 3, 31, 12) << never << none << none
            << QDate(2019, 1, 1) << QDate(2019, 3, 31) << 1;
        QTest::newRow("portal: approved, not yet published")
            << portal << approved << utc(2019, 3, 5) << utc(2019, 3, 5) << none << none << none
            << none << 0;
        QTest::newRow("portal: scheduled") << portal << scheduled << utc(2019, 3, 5)
                                           << utc(2019, 3, 5) << none << none << none << none << 0;
        QTest::newRow("portal: withdrawn")
            << portal << QStringLiteral("withdrawn") << utc(2019, 3, 5) << utc(2019, 3, 1) << none
            << none << none << none << 0;
        QTest::newRow("portal: draft") << portal << QStringLiteral("draft") << utc(2019, 3, 5)
                                       << never << none << none << none << none << 0;
        // The other channels count the approval (the article is the material).
        QTest::newRow("press: approved in the period")
            << press << approved << utc(2019, 4, 2) << utc(2019, 4, 2) << none << none << none
            << none << 1;
        QTest::newRow("meetings: scheduled")
            << Channel::Meetings << scheduled << utc(2019, 4, 3) << utc(2019, 4, 2) << none << none
            << none << none << 1;
        QTest::newRow("other: published, counted by its approval")
            << Channel::Other << published << utc(2020, 1, 3) << utc(2019, 12, 30) << none << none
            << none << none << 1;
        QTest::newRow("press: approved before the range, published in it")
            << press << published << utc(2019, 4, 3) << utc(2019, 3, 30) << none << none
            << QDate(2019, 4, 1) << QDate(2019, 6, 30) << 0;
        // A visual campaign counts what was put up (the register), never an article.
        QTest::newRow("visual: imported post without approval")
            << Channel::VisualCampaign << published << utc(2019, 8, 8) << never << none << none
            << none << none << 0;
        QTest::newRow("press: submitted") << press << QStringLiteral("submitted") << utc(2019, 4, 2)
                                          << never << none << none << none << none << 0;
        QTest::newRow("meetings: returned")
            << Channel::Meetings << QStringLiteral("returned") << utc(2019, 4, 2) << never << none
            << none << none << none << 0;
        // The radio counts broadcasts (the aired log), never an article by its status.
        QTest::newRow("radio: approved, never aired")
            << radio << approved << utc(2019, 4, 2) << utc(2019, 4, 2) << none << none << none
            << none << 0;
        QTest::newRow("radio: published, never aired")
            << radio << published << utc(2019, 4, 3) << utc(2019, 4, 2) << none << none << none
            << none << 0;
        QTest::newRow("visual: approved") << Channel::VisualCampaign << approved << utc(2019, 9, 1)
                                          << utc(2019, 9, 1) << none << none << none << none << 0;
        QTest::newRow("press: approved after its due day")
            << Channel::Press << approved << utc(2019, 9, 1) << utc(2019, 9, 1) << none
            << QDate(2019, 8, 31) << none << none << 0;
    }

    void articleCounting()
    {
        QFETCH(Channel, channel);
        QFETCH(QString, status);
        QFETCH(QDateTime, statusChangedAt);
        QFETCH(QDateTime, approvedAt);
        QFETCH(QDate, start);
        QFETCH(QDate, due);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, counted);

        Fixture f;
        const QString activity = f.addActivity(channel, 24, start, due);
        const QString article = f.article(status, statusChangedAt, approvedAt);
        QVERIFY(f.plans.link(article, activity));
        const ActivityProgress p = f.progressOf(activity, from, to);
        QCOMPARE(p.fromArticles, counted);
        QCOMPARE(p.done(), counted);
        QCOMPARE(p.articleIds, counted ? QStringList{article} : QStringList{});
    }

    void manualEntriesCountInTheWindow()
    {
        Fixture f;
        const QString meetings =
            f.addActivity(Channel::Meetings, 20, QDate(2019, 2, 19), QDate(2019, 11, 30));
        f.manual(meetings, QDate(2019, 2, 18), 4); // before the start
        f.manual(meetings, QDate(2019, 2, 19), 3);
        f.manual(meetings, QDate(2019, 6, 15), 5);
        f.manual(meetings, QDate(2019, 12, 1), 7); // after the due day
        ActivityProgress p = f.progressOf(meetings);
        QCOMPARE(p.manual, 8);
        QCOMPARE(p.fromArticles, 0);
        QCOMPARE(qRound(p.percent()), 40);
        p = f.progressOf(meetings, QDate(2019, 4, 1), QDate(2019, 6, 30)); // quý II
        QCOMPARE(p.manual, 5);
        // An article and hand-counted output add up.
        const QString article =
            f.article(QStringLiteral("approved"), utc(2019, 6, 1), utc(2019, 6, 1));
        QVERIFY(f.plans.link(article, meetings));
        p = f.progressOf(meetings);
        QCOMPARE(p.done(), 9);
    }

    void anArticleCountsForEachActivityItServes()
    {
        Fixture f;
        const QString news = f.addActivity(Channel::Portal, 24);
        const QString examples = f.addActivity(Channel::Portal, 6);
        const QString press = f.addActivity(Channel::Press, 48);
        const QString unlinked = f.addActivity(Channel::Portal, 10);
        const QString article =
            f.article(QStringLiteral("published"), utc(2019, 5, 20), utc(2019, 5, 18));
        for (const QString &a : {news, examples, press})
            QVERIFY(f.plans.link(article, a));
        QCOMPARE(f.progressOf(news).fromArticles, 1);
        QCOMPARE(f.progressOf(examples).fromArticles, 1);
        QCOMPARE(f.progressOf(press).fromArticles, 1);
        QCOMPARE(f.progressOf(unlinked).fromArticles, 0);

        // The chart counts it once per channel, in its month.
        auto months = PlanProgress(f.t.db()).monthly(f.planId);
        QVERIFY(months);
        QCOMPARE(months->size(), 12);
        QCOMPARE(months->at(4).month, QDate(2019, 5, 1));
        QCOMPARE(months->at(4).byChannel.value(Channel::Portal), 1);
        QCOMPARE(months->at(4).byChannel.value(Channel::Press), 1);
        QCOMPARE(months->at(4).total(), 2);
        QCOMPARE(months->at(3).total(), 0);
    }

    void withdrawingAPublishedArticleTakesItOutOfTheCount()
    {
        // Through the real workflow: published today, then withdrawn.
        TempDatabase t;
        QVERIFY(UserRepository(t.db()).add(QStringLiteral("hung"), Role::Supervisor));
        t.db().setActingUser(QStringLiteral("hung"));
        PlanRepository plans(t.db());
        const QDate today = QDate::currentDate();
        Plan p;
        p.number = QStringLiteral("12/KH-UBND");
        p.periodStart = today.addDays(-30);
        p.periodEnd = today.addDays(30);
        const QString planId = plans.create(p)->id;
        const QString portal = plans
                                   .addActivity(Activity{.planId = planId,
                                                         .channel = Channel::Portal,
                                                         .target = 2,
                                                         .unit = QStringLiteral("bài"),
                                                         .position = -1})
                                   ->id;
        const QString id =
            ArticleRepository(t.db()).create(Article{.title = QStringLiteral("Tin CCHC")})->id;
        QVERIFY(plans.link(id, portal));
        WorkflowService workflow(t.db());
        PlanProgress progress(t.db());
        QVERIFY(workflow.apply(id, WorkflowAction::Submit));
        QVERIFY(workflow.apply(id, WorkflowAction::Approve));
        QCOMPARE(progress.activities(planId)->first().done(), 0);
        QVERIFY(workflow.apply(id, WorkflowAction::Publish));
        QCOMPARE(progress.activities(planId)->first().done(), 1);
        QCOMPARE(progress.publishedArticles(planId)->size(), 1);
        QVERIFY(workflow.apply(id, WorkflowAction::Withdraw));
        QCOMPARE(progress.activities(planId)->first().done(), 0);
        QCOMPARE(progress.publishedArticles(planId)->size(), 0);
    }

    void deletedArticlesDoNotCount()
    {
        Fixture f;
        const QString portal = f.addActivity(Channel::Portal, 24);
        const QString article = f.article(QStringLiteral("published"), utc(2019, 3, 5));
        QVERIFY(f.plans.link(article, portal));
        QCOMPARE(f.progressOf(portal).done(), 1);
        QSqlQuery q(f.t.db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE articles SET deleted = 1")));
        QCOMPARE(f.progressOf(portal).done(), 0);
    }

    void articlesAreListedOldestFirst()
    {
        Fixture f;
        const QString portal = f.addActivity(Channel::Portal, 24);
        const QString march = f.article(QStringLiteral("published"), utc(2019, 3, 5));
        const QString january = f.article(QStringLiteral("published"), utc(2019, 1, 9));
        const QString june = f.article(QStringLiteral("published"), utc(2019, 6, 1));
        for (const QString &a : {march, june, january})
            QVERIFY(f.plans.link(a, portal));
        QCOMPARE(f.progressOf(portal).articleIds, (QStringList{january, march, june}));
    }

    void flags_data()
    {
        QTest::addColumn<int>("done");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("target");
        QTest::addColumn<bool>("overdue");
        QTest::addColumn<bool>("atRisk");

        // The activity runs 01/01/2019–31/12/2019.
        const QString open = QStringLiteral("open");
        QTest::newRow("due passed, short") << 9 << QDate(2020, 1, 1) << open << 10 << true << false;
        QTest::newRow("due passed, reached")
            << 10 << QDate(2020, 1, 1) << open << 10 << false << false;
        QTest::newRow("due day itself, short")
            << 9 << QDate(2019, 12, 31) << open << 10 << false << true;
        QTest::newRow("marked done by hand")
            << 2 << QDate(2020, 1, 1) << QStringLiteral("done") << 10 << false << false;
        QTest::newRow("cancelled")
            << 0 << QDate(2020, 1, 1) << QStringLiteral("cancelled") << 10 << false << false;
        QTest::newRow("no target") << 0 << QDate(2020, 1, 1) << open << 0 << false << false;
        QTest::newRow("10 days left, half done")
            << 5 << QDate(2019, 12, 21) << open << 10 << false << true;
        QTest::newRow("10 days left, 39 of 40 (on pace)")
            << 39 << QDate(2019, 12, 21) << open << 40 << false << false;
        QTest::newRow("mid-year, nothing yet")
            << 0 << QDate(2019, 7, 1) << open << 10 << false << false;
        QTest::newRow("last quarter, behind")
            << 5 << QDate(2019, 10, 15) << open << 10 << false << true;
        QTest::newRow("last quarter, on pace")
            << 8 << QDate(2019, 10, 15) << open << 10 << false << false;
        QTest::newRow("before the start")
            << 0 << QDate(2018, 12, 1) << open << 10 << false << false;
    }

    void flags()
    {
        QFETCH(int, done);
        QFETCH(QDate, today);
        QFETCH(QString, status);
        QFETCH(int, target);
        QFETCH(bool, overdue);
        QFETCH(bool, atRisk);
        Fixture f;
        const QString a = f.addActivity(Channel::VisualCampaign, target, QDate(2019, 1, 1),
                                        QDate(2019, 12, 31), status);
        if (done > 0)
            f.manual(a, QDate(2019, 3, 1), done);
        const ActivityProgress p = f.progressOf(a, {}, {}, today);
        QCOMPARE(p.done(), done);
        QCOMPARE(p.overdue, overdue);
        QCOMPARE(p.atRisk, atRisk);
    }

    void flagsLookAtTheWholeActivityNotTheRangeAsked()
    {
        Fixture f;
        const QString a = f.addActivity(Channel::Radio, 10, QDate(2019, 1, 1), QDate(2019, 12, 31));
        f.manual(a, QDate(2019, 2, 1), 10);
        // Nothing in the fourth quarter, but the target was reached in February.
        const ActivityProgress p =
            f.progressOf(a, QDate(2019, 10, 1), QDate(2019, 12, 31), QDate(2020, 1, 5));
        QCOMPARE(p.done(), 0);
        QVERIFY(!p.overdue);
    }

    void publishedArticlesForTheReport()
    {
        Fixture f;
        const QString news = f.addActivity(Channel::Portal, 24);
        const QString radio = f.addActivity(Channel::Radio, 48);
        const QString first =
            f.article(QStringLiteral("published"), utc(2019, 2, 21, 7), utc(2019, 2, 20),
                      QStringLiteral("Huyện Hoài Đức: Thúc đẩy tuyên truyền CCHC"));
        const QString second = f.article(QStringLiteral("published"), utc(2019, 5, 2), {},
                                         QStringLiteral("Một cửa hiện đại ở Trạm Trôi"));
        const QString draft =
            f.article(QStringLiteral("draft"), utc(2019, 4, 1), {}, QStringLiteral("Nháp"));
        const QString lastYear = f.article(QStringLiteral("published"), utc(2018, 11, 1), {},
                                           QStringLiteral("Năm trước"));
        QVERIFY(f.plans.link(first, radio));
        QVERIFY(f.plans.link(first, news));
        QVERIFY(f.plans.link(second, news));
        QVERIFY(f.plans.link(draft, news));
        QVERIFY(f.plans.link(lastYear, news));
        QSqlQuery q(f.t.db().connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO portals (id, name, site_url, user_name, created_at) VALUES "
            "('p1', 'Cổng huyện', 'https://hoaiduc.hanoi.gov.vn', 'vhtt', '2019-01-01')")));
        q.prepare(QStringLiteral("INSERT INTO article_posts (article_id, portal_id, remote_id, "
                                 "link, remote_status) VALUES (?, 'p1', 42, ?, 'publish')"));
        q.addBindValue(first);
        q.addBindValue(QStringLiteral("https://hoaiduc.hanoi.gov.vn/thuc-day-cchc"));
        QVERIFY(q.exec());

        auto list = PlanProgress(f.t.db()).publishedArticles(f.planId);
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).title, QStringLiteral("Huyện Hoài Đức: Thúc đẩy tuyên truyền CCHC"));
        QCOMPARE(list->at(0).publishedAt, utc(2019, 2, 21, 7));
        QCOMPARE(list->at(0).link, QStringLiteral("https://hoaiduc.hanoi.gov.vn/thuc-day-cchc"));
        QCOMPARE(list->at(0).activityId, news); // first in plan order
        QCOMPARE(list->at(1).title, QStringLiteral("Một cửa hiện đại ở Trạm Trôi"));
        QCOMPARE(list->at(1).link, QString());

        list = PlanProgress(f.t.db()).publishedArticles(f.planId, QDate(2019, 4, 1),
                                                        QDate(2019, 6, 30));
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().title, QStringLiteral("Một cửa hiện đại ở Trạm Trôi"));
    }

    void monthlySeriesCoversTheRange()
    {
        Fixture f;
        const QString portal = f.addActivity(Channel::Portal, 24);
        const QString visual = f.addActivity(Channel::VisualCampaign, 10);
        QVERIFY(f.plans.link(f.article(QStringLiteral("published"), utc(2019, 3, 5)), portal));
        QVERIFY(f.plans.link(f.article(QStringLiteral("published"), utc(2019, 3, 25)), portal));
        f.manual(visual, QDate(2019, 3, 26), 4);
        f.manual(visual, QDate(2019, 8, 1), 2);
        auto months =
            PlanProgress(f.t.db()).monthly(f.planId, QDate(2019, 2, 15), QDate(2019, 4, 10));
        QVERIFY(months);
        QCOMPARE(months->size(), 3); // February, March, April
        QCOMPARE(months->at(0).total(), 0);
        QCOMPARE(months->at(1).byChannel.value(Channel::Portal), 2);
        QCOMPARE(months->at(1).byChannel.value(Channel::VisualCampaign), 4);
        QCOMPARE(months->at(2).month, QDate(2019, 4, 1));
        QCOMPARE(months->at(2).total(), 0);
    }

    // A radio activity counts the aired log: one broadcast, one "lượt phát", on the local day
    // it aired, within the activity's window and the range asked.
    void aBroadcastCountsOnItsDay_data()
    {
        QTest::addColumn<QDateTime>("airedAt");
        QTest::addColumn<QDate>("from"); // the range asked
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("counted");

        const QDate none;
        // The activity runs 19/02/2019–30/11/2019.
        QTest::newRow("in the window") << utc(2019, 3, 5) << none << none << 1;
        QTest::newRow("before the start") << utc(2019, 2, 18) << none << none << 0;
        QTest::newRow("the first day, 06:00 in Hà Nội")
            << utc(2019, 2, 18, 23) << none << none << 1;
        QTest::newRow("the due day, 23:30 in Hà Nội")
            << utc(2019, 11, 30, 16, 30) << none << none << 1;
        QTest::newRow("30 November 17:30 UTC is 1 December in Hà Nội")
            << utc(2019, 11, 30, 17, 30) << none << none << 0;
        QTest::newRow("inside the range asked")
            << utc(2019, 5, 2) << QDate(2019, 4, 1) << QDate(2019, 6, 30) << 1;
        QTest::newRow("outside the range asked")
            << utc(2019, 3, 5) << QDate(2019, 4, 1) << QDate(2019, 6, 30) << 0;
    }

    void aBroadcastCountsOnItsDay()
    {
        QFETCH(QDateTime, airedAt);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, counted);

        Fixture f;
        const QString radio =
            f.addActivity(Channel::Radio, 48, QDate(2019, 2, 19), QDate(2019, 11, 30));
        // The article was approved long before: that alone counts nothing on the radio.
        const QString article = f.article(QStringLiteral("approved"), utc(2019, 2, 1),
                                          utc(2019, 2, 1), QStringLiteral("Bản tin CCHC"));
        QVERIFY(f.plans.link(article, radio));
        f.air(f.radioItem(article), airedAt);
        const ActivityProgress p = f.progressOf(radio, from, to);
        QCOMPARE(p.aired, counted);
        QCOMPARE(p.fromArticles, 0);
        QCOMPARE(p.done(), counted);
        QVERIFY(p.articleIds.isEmpty());
    }

    void twoStationsAiringOneItemCountTwo()
    {
        Fixture f;
        const QString radio = f.addActivity(Channel::Radio, 48);
        const QString article = f.article(QStringLiteral("approved"), utc(2019, 3, 1),
                                          utc(2019, 3, 1), QStringLiteral("Dịch vụ công"));
        QVERIFY(f.plans.link(article, radio));
        const QString item = f.radioItem(article);
        const QString april = f.air(item, utc(2019, 4, 9)); // a rebroadcast, in April
        const QString first = f.air(item, utc(2019, 3, 5));
        const QString second =
            f.air(item, utc(2019, 3, 5, 4), f.station(QStringLiteral("Loa xã An Khánh")));
        f.manual(radio, QDate(2019, 4, 10), 2); // what the communes reported by hand still counts
        ActivityProgress p = f.progressOf(radio);
        QCOMPARE(p.aired, 3);
        // Behind the count: the three broadcasts, in the order they aired.
        QCOMPARE(p.airedIds, QStringList({first, second, april}));
        QVERIFY(p.visualIds.isEmpty());
        QCOMPARE(p.manual, 2);
        QCOMPARE(p.done(), 5);
        p = f.progressOf(radio, QDate(2019, 3, 1), QDate(2019, 3, 31));
        QCOMPARE(p.aired, 2);

        // The chart: each broadcast once, in its month.
        auto months = PlanProgress(f.t.db()).monthly(f.planId);
        QVERIFY(months);
        QCOMPARE(months->at(2).byChannel.value(Channel::Radio), 2);
        QCOMPARE(months->at(3).byChannel.value(Channel::Radio), 3);
    }

    void anItemNamingAnActivityCountsOnlyThere()
    {
        Fixture f;
        const QString news = f.addActivity(Channel::Radio, 48);
        const QString serial = f.addActivity(Channel::Radio, 12);
        const QString portal = f.addActivity(Channel::Portal, 24);
        const QString article = f.article(QStringLiteral("published"), utc(2019, 3, 1),
                                          utc(2019, 3, 1), QStringLiteral("Một cửa hiện đại"));
        for (const QString &a : {news, serial, portal})
            QVERIFY(f.plans.link(article, a));
        // Named: only the serial counts it, though the article serves both.
        f.air(f.radioItem(article, serial), utc(2019, 3, 5));
        QCOMPARE(f.progressOf(serial).aired, 1);
        QCOMPARE(f.progressOf(news).aired, 0);
        QCOMPARE(f.progressOf(portal).done(), 1); // the portal counts the publication
        QCOMPARE(f.progressOf(portal).aired, 0);
        // Not named: every radio activity the article is linked to.
        f.air(f.radioItem(article), utc(2019, 3, 6));
        QCOMPARE(f.progressOf(serial).aired, 2);
        QCOMPARE(f.progressOf(news).aired, 1);
        // The chart counts that broadcast once for the radio, not once per activity.
        auto months = PlanProgress(f.t.db()).monthly(f.planId);
        QCOMPARE(months->at(2).byChannel.value(Channel::Radio), 2);
        // A typed script naming an activity counts there without any article.
        f.air(f.radioItem(QString(), news), utc(2019, 3, 7));
        QCOMPARE(f.progressOf(news).aired, 2);
        QCOMPARE(f.progressOf(serial).aired, 2);
    }

    void removedBroadcastsAndItemsCountNothing()
    {
        Fixture f;
        const QString radio = f.addActivity(Channel::Radio, 48);
        const QString article = f.article(QStringLiteral("approved"), utc(2019, 3, 1),
                                          utc(2019, 3, 1), QStringLiteral("Tin"));
        QVERIFY(f.plans.link(article, radio));
        const QString item = f.radioItem(article);
        const QString first = f.air(item, utc(2019, 3, 5));
        f.air(item, utc(2019, 3, 6));
        QCOMPARE(f.progressOf(radio).aired, 2);
        QVERIFY(f.radio.removeAired(first));
        QCOMPARE(f.progressOf(radio).aired, 1);
        QVERIFY(f.radio.removeItem(item));
        QCOMPARE(f.progressOf(radio).done(), 0);
        // An unlinked article's broadcasts count for nothing either.
        QVERIFY(f.plans.unlink(article, radio));
        f.air(f.radioItem(article), utc(2019, 3, 7));
        QCOMPARE(f.progressOf(radio).done(), 0);
    }

    void anArticleOnARadioActivityWithoutBroadcastCountsNothing()
    {
        Fixture f;
        const QString radio = f.addActivity(Channel::Radio, 4);
        const QString press = f.addActivity(Channel::Press, 4);
        for (const QString &status : {QStringLiteral("approved"), QStringLiteral("scheduled"),
                                      QStringLiteral("published")}) {
            const QString article = f.article(status, utc(2019, 3, 1), utc(2019, 3, 1));
            QVERIFY(f.plans.link(article, radio));
            QVERIFY(f.plans.link(article, press));
            f.radioItem(article); // in a rundown, not yet aired
        }
        f.manual(radio, QDate(2019, 3, 2), 1);
        const ActivityProgress p = f.progressOf(radio);
        QCOMPARE(p.fromArticles, 0);
        QCOMPARE(p.aired, 0);
        QCOMPARE(p.manual, 1);
        QCOMPARE(p.done(), 1);
        QVERIFY(p.articleIds.isEmpty());
        QCOMPARE(f.progressOf(press).fromArticles, 3); // the other channels are unchanged
        auto months = PlanProgress(f.t.db()).monthly(f.planId);
        QCOMPARE(months->at(2).byChannel.value(Channel::Radio), 1);
        QCOMPARE(months->at(2).byChannel.value(Channel::Press), 3);
    }

    // A visual activity counts the quantity installed, on the installation day, within the
    // activity's window and the range asked; a planned item counts nothing.
    void anInstalledItemCountsItsQuantityOnItsDay_data()
    {
        QTest::addColumn<QDate>("installed"); // invalid: still planned
        QTest::addColumn<QDate>("from");      // the range asked
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("counted");

        const QDate none;
        // The activity runs 19/02/2019–30/11/2019; the item is 6 banners.
        QTest::newRow("in the window") << QDate(2019, 2, 26) << none << none << 6;
        QTest::newRow("before the start") << QDate(2019, 2, 18) << none << none << 0;
        QTest::newRow("the first day") << QDate(2019, 2, 19) << none << none << 6;
        QTest::newRow("the due day") << QDate(2019, 11, 30) << none << none << 6;
        QTest::newRow("after the due day") << QDate(2019, 12, 1) << none << none << 0;
        QTest::newRow("inside the range asked")
            << QDate(2019, 5, 2) << QDate(2019, 4, 1) << QDate(2019, 6, 30) << 6;
        QTest::newRow("outside the range asked")
            << QDate(2019, 3, 5) << QDate(2019, 4, 1) << QDate(2019, 6, 30) << 0;
        QTest::newRow("planned, not installed") << none << none << none << 0;
    }

    void anInstalledItemCountsItsQuantityOnItsDay()
    {
        QFETCH(QDate, installed);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, counted);

        Fixture f;
        const QString visual =
            f.addActivity(Channel::VisualCampaign, 10, QDate(2019, 2, 19), QDate(2019, 11, 30));
        f.visualItem(visual, 6, installed);
        const ActivityProgress p = f.progressOf(visual, from, to);
        QCOMPARE(p.installed, counted);
        QCOMPARE(p.aired, 0);
        QCOMPARE(p.fromArticles, 0);
        QCOMPARE(p.done(), counted);
    }

    void visualItemsAddUpTheirQuantities()
    {
        Fixture f;
        const QString visual = f.addActivity(Channel::VisualCampaign, 20);
        const QString other = f.addActivity(Channel::VisualCampaign, 20);
        const QString banners = f.visualItem(visual, 6, QDate(2019, 2, 26));
        // Taken down in May: it was installed in March, and counts there.
        const QString panel = f.visualItem(visual, 2, QDate(2019, 3, 10), QDate(2019, 5, 1));
        f.visualItem(visual, 3, QDate()); // planned
        f.visualItem(other, 4, QDate(2019, 3, 11));
        // Taken out of the register (a mistake): counts nothing.
        QVERIFY(f.visual.deleteItem(f.visualItem(visual, 50, QDate(2019, 3, 12))));
        // An approved article linked to the activity is not a banner.
        QVERIFY(f.plans.link(
            f.article(QStringLiteral("approved"), utc(2019, 3, 1), utc(2019, 3, 1)), visual));
        f.manual(visual, QDate(2019, 4, 2), 1);

        ActivityProgress p = f.progressOf(visual);
        QCOMPARE(p.installed, 8);
        QCOMPARE(p.manual, 1);
        QCOMPARE(p.fromArticles, 0);
        QVERIFY(p.articleIds.isEmpty());
        // Behind the count: the two items put up, in the order they went up.
        QCOMPARE(p.visualIds, QStringList({banners, panel}));
        QVERIFY(p.airedIds.isEmpty());
        QCOMPARE(p.done(), 9);
        QCOMPARE(f.progressOf(other).installed, 4);
        QCOMPARE(f.visual.item(panel)->status, VisualStatus::Removed);
        // Before the panel went up, only the banners.
        QCOMPARE(f.progressOf(visual, QDate(2019, 1, 1), QDate(2019, 3, 9)).installed, 6);

        auto months = PlanProgress(f.t.db()).monthly(f.planId);
        QVERIFY(months);
        QCOMPARE(months->at(1).byChannel.value(Channel::VisualCampaign), 6);     // February
        QCOMPARE(months->at(2).byChannel.value(Channel::VisualCampaign), 2 + 4); // March
        QCOMPARE(months->at(3).byChannel.value(Channel::VisualCampaign), 1);     // April: manual
        QCOMPARE(months->at(4).byChannel.value(Channel::VisualCampaign), 0);     // May: removal
    }

    void unknownPlanIsAnError()
    {
        TempDatabase t;
        auto r = PlanProgress(t.db()).activities(QStringLiteral("nope"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("not-found"));
    }
};

QTEST_GUILESS_MAIN(TestPlanProgress)
#include "TestPlanProgress.moc"
