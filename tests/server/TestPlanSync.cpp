// Plans syncing between desks through the office server (the real PostgreSQL of the test
// command), each desk a profile of its own: a plan made on one desk reaches the others with its
// activities, its document, the articles linked to its activities and the output counted by
// hand, so every desk counts the same progress; what is removed is removed everywhere; the demo
// plan of a desk stays on that desk; a pass cut off and run again duplicates nothing; and the
// server itself refuses what the app would not do.

#include "TempDatabase.h"
#include "TestOfficeServer.h"
#include "plan/PlanProgress.h"
#include "plan/PlanRepository.h"
#include "server/ServerAddress.h"
#include "server/ServerAdmin.h"
#include "server/ServerConnection.h"
#include "server/ServerSchema.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/DemoContent.h"
#include "sync/PlanSync.h"
#include "sync/SyncEngine.h"
#include "workflow/WorkflowService.h"

#include <algorithm>

#include <QDeadlineTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <functional>
#include <memory>
#include <tuple>

using namespace PressDesk;

namespace {

// A plan's document: the start of a PDF is all the desks look at.
const QByteArray kDocument = QByteArray("%PDF-1.4\n% Ke hoach 65/KH-UBND\n") +
                             QByteArray(200 * 1024, 'x') + QByteArray("\n%%EOF\n");

using Desk = TestDesk;

PlanRepository plansOf(Desk &desk)
{
    return PlanRepository(*desk.db);
}

// What a desk counts for a plan, activity by activity: "id: articles+manual".
QStringList progressOf(Database &db, const QString &planId)
{
    QStringList out;
    auto progress = PlanProgress(db).activities(planId);
    if (!progress)
        return {QStringLiteral("error: ") + progress.error().message};
    for (const ActivityProgress &p : progress.value())
        out << QStringLiteral("%1: %2+%3").arg(p.activity.id).arg(p.fromArticles).arg(p.manual);
    return out;
}

} // namespace

class TestPlanSync : public QObject
{
    Q_OBJECT

    TestOfficeServer m_office;
    QTemporaryDir m_dir;
    QString m_staff1, m_staff2, m_sup;

    // A new profile (with the demo content a new profile has, when asked) that joined the
    // office as `login`.
    std::unique_ptr<Desk> join(const QString &login, bool demo = false)
    {
        return m_office.join(m_dir.path(), login, [demo](Database &db) {
            if (demo && !DemoContent::seed(db))
                qFatal("demo content");
        });
    }

    QVariant admin(const QString &sql, const QVariantList &values = {})
    {
        return m_office.admin(sql, values);
    }

    // A plan of this year (so that what is counted today counts), with three activities.
    static Plan newPlan(Desk &desk, const QString &number)
    {
        const int year = QDate::currentDate().year();
        Plan p;
        p.number = number;
        p.title = QStringLiteral("Tuyên truyền cải cách hành chính năm %1").arg(year);
        p.issuingBody = QStringLiteral("UBND huyện Hoài Đức");
        p.issueDate = QDate(year, 1, 2);
        p.periodStart = QDate(year, 1, 1);
        p.periodEnd = QDate(year, 12, 31);
        p.theme = QStringLiteral("Nâng cao hiệu lực, hiệu quả hoạt động");
        p.focusTopics = {QStringLiteral("Dịch vụ công trực tuyến"),
                         QStringLiteral("Công khai, minh bạch")};
        auto created = plansOf(desk).create(p);
        if (!created)
            qFatal("plan: %s", qPrintable(created.error().message));
        for (const auto &[channel, target, what] :
             {std::tuple{Channel::Portal, 24, "Tin, bài trên Cổng thông tin điện tử"},
              std::tuple{Channel::Radio, 12, "Phát trên Đài truyền thanh huyện"},
              std::tuple{Channel::Meetings, 4, "Hội nghị tuyên truyền ở các xã"}}) {
            Activity a;
            a.planId = created->id;
            a.channel = channel;
            a.target = target;
            a.description = QString::fromUtf8(what);
            a.unit = QStringLiteral("lượt");
            a.due = QDate(year, 12, 31);
            a.position = -1;
            if (!plansOf(desk).addActivity(a))
                qFatal("activity");
        }
        return created.value();
    }

    static QString activityOf(Desk &desk, const QString &planId, Channel channel)
    {
        const QList<Activity> activities = plansOf(desk).activities(planId).value();
        for (const Activity &a : activities) {
            if (a.channel == channel)
                return a.id;
        }
        return {};
    }

    static QString newArticle(Desk &desk, const QString &title)
    {
        Article a;
        a.title = title;
        a.lead = QStringLiteral("Sáng nay, UBND huyện tổ chức hội nghị.");
        a.bodyHtml = QStringLiteral("<p>Đoạn một.</p><p>Đoạn hai.</p>");
        a.author = desk.db->actingUser();
        return ArticleRepository(*desk.db).create(a).value().id;
    }

    static ManualEntry manual(const QString &activityId, int quantity, const QString &note)
    {
        return ManualEntry{.activityId = activityId,
                           .date = QDate::currentDate(),
                           .quantity = quantity,
                           .note = note};
    }

private Q_SLOTS:
    void initTestCase()
    {
        PRESSDESK_REQUIRE_POSTGRES(m_office.pg());
        const QString error = m_office.setUp(QStringLiteral("UBND huyện Hoài Đức"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_staff1 =
            m_office.addPerson(QStringLiteral("an"), Role::Staff, QStringLiteral("Nguyễn Văn An"));
        m_staff2 = m_office.addPerson(QStringLiteral("cuong"), Role::Staff);
        m_sup = m_office.addPerson(QStringLiteral("binh"), Role::Supervisor,
                                   QStringLiteral("Trần Thị Bình"));
        QVERIFY(!m_staff1.isEmpty() && !m_staff2.isEmpty() && !m_sup.isEmpty());
    }

    void cleanupTestCase()
    {
        const QString error = m_office.tearDown();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // The server's own check still holds with the plans' tables: forced row-level security,
    // and the office's people may write them but remove nothing.
    void theServerCheckHolds() { QCOMPARE(m_office.failedChecks(), QStringList()); }

    // A reporter makes a plan with its document, links an article and counts meetings by hand;
    // the supervisor's desk gets all of it, approves the article (it counts for the meetings;
    // the radio counts broadcasts, not approvals), and both desks count the same.
    void aPlanReachesTheOtherDesk()
    {
        auto an = join(m_staff1);
        auto binh = join(m_sup);
        const Plan plan = newPlan(*an, QStringLiteral("12/KH-UBND"));
        QVERIFY(plansOf(*an).attachDocument(plan.id, QStringLiteral("12-KH-UBND.pdf"), kDocument));
        const QString radio = activityOf(*an, plan.id, Channel::Radio);
        const QString meetings = activityOf(*an, plan.id, Channel::Meetings);
        const QString article = newArticle(*an, QStringLiteral("Bản tin cải cách hành chính"));
        QVERIFY(plansOf(*an).link(article, radio));
        QVERIFY(plansOf(*an).link(article, meetings));
        QVERIFY(WorkflowService(*an->db).apply(article, WorkflowAction::Submit));
        auto first = plansOf(*an).addManualEntry(
            manual(meetings, 2, QStringLiteral("Hội nghị ở xã An Khánh và Vân Canh")));
        auto second = plansOf(*an).addManualEntry(
            manual(meetings, 1, QStringLiteral("Hội nghị ở Kim Chung")));
        QVERIFY(first && second);
        // The article and its decision; the plan, its three activities, the links, two entries.
        QCOMPARE(an->pending(), 2 + 1 + 3 + 2 + 2);

        QVERIFY_PASS(an->sync());
        QCOMPARE(an->pending(), 0);
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.plan_activity WHERE plan_id = ?"),
                       {plan.id})
                     .toInt(),
                 3);
        QCOMPARE(
            admin(QStringLiteral("SELECT last_login::text FROM pd.plan WHERE id = ?"), {plan.id})
                .toString(),
            m_staff1);

        QVERIFY_PASS(binh->sync());
        QCOMPARE(binh->pending(), 0);
        const auto arrived = plansOf(*binh).get(plan.id);
        QVERIFY2(arrived, qPrintable(arrived ? QString() : arrived.error().message));
        QCOMPARE(arrived->number, plan.number);
        QCOMPARE(arrived->title, plan.title);
        QCOMPARE(arrived->issueDate, plan.issueDate);
        QCOMPARE(arrived->periodEnd, plan.periodEnd);
        QCOMPARE(arrived->focusTopics, plan.focusTopics);
        QCOMPARE(arrived->documentName, QStringLiteral("12-KH-UBND.pdf"));
        QCOMPARE(plansOf(*binh).document(plan.id)->data, kDocument);
        const QList<Activity> here = plansOf(*an).activities(plan.id).value();
        const QList<Activity> there = plansOf(*binh).activities(plan.id).value();
        QCOMPARE(there.size(), 3);
        for (qsizetype i = 0; i < here.size(); ++i) {
            QCOMPARE(there.at(i).id, here.at(i).id);
            QCOMPARE(there.at(i).channel, here.at(i).channel);
            QCOMPARE(there.at(i).description, here.at(i).description);
            QCOMPARE(there.at(i).target, here.at(i).target);
            QCOMPARE(there.at(i).due, here.at(i).due);
        }
        QCOMPARE(plansOf(*binh).articlesOfActivity(radio).value(), QStringList{article});
        const QList<ManualEntry> entries = plansOf(*binh).manualEntries(meetings).value();
        QCOMPARE(entries.size(), 2);
        // Both desks list them alike (by date, time and id: two added in the same millisecond
        // may come in either order, the same on every desk).
        QCOMPARE(plansOf(*an).manualEntries(meetings)->first().id, entries.first().id);
        const auto entry = std::find_if(entries.cbegin(), entries.cend(),
                                        [&](const ManualEntry &e) { return e.id == first->id; });
        QVERIFY(entry != entries.cend());
        QCOMPARE(entry->quantity, 2);
        QCOMPARE(entry->note, first->note);
        QCOMPARE(entry->createdBy, m_staff1);

        // Approved at the supervisor's desk: the article counts for the meetings, everywhere.
        QVERIFY(WorkflowService(*binh->db).apply(article, WorkflowAction::Approve));
        QVERIFY_PASS(binh->sync());
        QVERIFY_PASS(an->sync());
        const QStringList counted{
            QStringLiteral("%1: 0+0").arg(activityOf(*an, plan.id, Channel::Portal)),
            QStringLiteral("%1: 0+0").arg(radio), QStringLiteral("%1: 1+3").arg(meetings)};
        QCOMPARE(progressOf(*an->db, plan.id), counted);
        QCOMPARE(progressOf(*binh->db, plan.id), counted);

        // Edited on the supervisor's desk: the reporter's desk follows, and the document,
        // unchanged, is not sent again.
        Plan edited = plansOf(*binh).get(plan.id).value();
        edited.status = QStringLiteral("done");
        QVERIFY(plansOf(*binh).update(edited));
        QVERIFY_PASS(binh->sync());
        QVERIFY_PASS(an->sync());
        QCOMPARE(plansOf(*an).get(plan.id)->status, QStringLiteral("done"));
        QCOMPARE(plansOf(*an).document(plan.id)->data, kDocument);
        QCOMPARE(admin(QStringLiteral("SELECT octet_length(document) FROM pd.plan WHERE id = ?"),
                       {plan.id})
                     .toInt(),
                 kDocument.size());
    }

    // A manual entry removed, a link undone and a plan removed on one desk are gone on the
    // other after both synced: the server keeps each as a tombstone.
    void removalsReachTheOtherDesk()
    {
        auto an = join(m_staff1);
        auto cuong = join(m_staff2);
        const Plan plan = newPlan(*an, QStringLiteral("13/KH-UBND"));
        const QString radio = activityOf(*an, plan.id, Channel::Radio);
        const QString meetings = activityOf(*an, plan.id, Channel::Meetings);
        const QString article = newArticle(*an, QStringLiteral("Đối thoại với doanh nghiệp"));
        QVERIFY(plansOf(*an).link(article, radio));
        auto kept = plansOf(*an).addManualEntry(manual(meetings, 1, QStringLiteral("Đối thoại")));
        auto wrong = plansOf(*an).addManualEntry(manual(meetings, 9, QStringLiteral("Nhầm số")));
        QVERIFY(kept && wrong);
        QVERIFY_PASS(an->sync());
        QVERIFY_PASS(cuong->sync());
        QCOMPARE(plansOf(*cuong).manualEntries(meetings)->size(), 2);

        QVERIFY(plansOf(*an).removeManualEntry(wrong->id));
        QVERIFY(plansOf(*an).unlink(article, radio));
        QCOMPARE(an->pending(), 2);
        QVERIFY_PASS(an->sync());
        QCOMPARE(an->pending(), 0);
        QVERIFY(admin(QStringLiteral("SELECT deleted FROM pd.manual_entry WHERE id = ?::uuid"),
                      {wrong->id})
                    .toBool());
        QVERIFY_PASS(cuong->sync());
        const QList<ManualEntry> left = plansOf(*cuong).manualEntries(meetings).value();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().id, kept->id);
        QVERIFY(plansOf(*cuong).articlesOfActivity(radio)->isEmpty());
        QCOMPARE(progressOf(*cuong->db, plan.id), progressOf(*an->db, plan.id));

        QVERIFY(plansOf(*an).remove(plan.id));
        QVERIFY_PASS(an->sync());
        QVERIFY(
            admin(QStringLiteral("SELECT deleted FROM pd.plan WHERE id = ?"), {plan.id}).toBool());
        QVERIFY(admin(QStringLiteral(
                          "SELECT bool_and(deleted) FROM pd.plan_activity WHERE plan_id = ?"),
                      {plan.id})
                    .toBool());
        QVERIFY_PASS(cuong->sync());
        QCOMPARE(plansOf(*cuong).get(plan.id).error().code, QStringLiteral("not-found"));
        const QList<Plan> plans = plansOf(*cuong).list().value();
        for (const Plan &p : plans)
            QVERIFY(p.id != plan.id);
        QVERIFY(!plansOf(*cuong).activity(radio));
        QCOMPARE(cuong->pending(), 0);
    }

    // A desk edits a plan another desk has meanwhile removed: the edit beats the removal it did
    // not know of. The plan comes back everywhere with what that removal took with it (its
    // activities, the links); the manual entries counted under it count again.
    void anEditBeatsARemovalItDidNotKnowOf()
    {
        auto an = join(m_staff1);
        auto cuong = join(m_staff2);
        const Plan plan = newPlan(*an, QStringLiteral("14/KH-UBND"));
        const QString radio = activityOf(*an, plan.id, Channel::Radio);
        const QString meetings = activityOf(*an, plan.id, Channel::Meetings);
        const QString article = newArticle(*an, QStringLiteral("Phát thanh về dịch vụ công"));
        QVERIFY(plansOf(*an).link(article, radio));
        QVERIFY(plansOf(*an).addManualEntry(manual(meetings, 2, QStringLiteral("Hai hội nghị"))));
        QVERIFY(WorkflowService(*an->db).apply(article, WorkflowAction::Submit));
        QVERIFY_PASS(an->sync());
        QVERIFY_PASS(cuong->sync());
        const QStringList before = progressOf(*cuong->db, plan.id);

        Plan edited = plansOf(*cuong).get(plan.id).value();
        edited.title = QStringLiteral("Sửa khi bàn khác vừa xoá");
        QVERIFY(plansOf(*cuong).update(edited));
        QVERIFY(plansOf(*an).remove(plan.id));
        QVERIFY_PASS(an->sync());
        QVERIFY(
            admin(QStringLiteral("SELECT deleted FROM pd.plan WHERE id = ?"), {plan.id}).toBool());
        QVERIFY_PASS(cuong->sync());
        QVERIFY(
            !admin(QStringLiteral("SELECT deleted FROM pd.plan WHERE id = ?"), {plan.id}).toBool());
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.plan_activity WHERE plan_id = ? "
                                      "AND NOT deleted"),
                       {plan.id})
                     .toInt(),
                 3);
        // An's desk gets it all back, as Cường has it; the document too.
        QVERIFY_PASS(an->sync());
        QVERIFY_PASS(cuong->sync());
        QCOMPARE(plansOf(*an).get(plan.id)->title, edited.title);
        QCOMPARE(plansOf(*an).activities(plan.id)->size(), 3);
        QCOMPARE(progressOf(*an->db, plan.id), before);
        QCOMPARE(progressOf(*cuong->db, plan.id), before);
        QCOMPARE(an->pending(), 0);
        QCOMPARE(cuong->pending(), 0);
    }

    // Two desks edit different fields of the same activity and plan: both edits stay.
    void editsOfDifferentFieldsMerge()
    {
        auto an = join(m_staff1);
        auto cuong = join(m_staff2);
        const Plan plan = newPlan(*an, QStringLiteral("24/KH-UBND"));
        const QString radio = activityOf(*an, plan.id, Channel::Radio);
        QVERIFY_PASS(an->sync());
        QVERIFY_PASS(cuong->sync());

        Activity a = plansOf(*an).activity(radio).value();
        a.description = QStringLiteral("Phát trên Đài truyền thanh xã, hai buổi mỗi tuần");
        QVERIFY(plansOf(*an).updateActivity(a));
        Plan p = plansOf(*an).get(plan.id).value();
        p.theme = QStringLiteral("Chủ đề do An sửa");
        QVERIFY(plansOf(*an).update(p));
        Activity b = plansOf(*cuong).activity(radio).value();
        b.target = 30;
        QVERIFY(plansOf(*cuong).updateActivity(b));
        Plan q = plansOf(*cuong).get(plan.id).value();
        q.title = QStringLiteral("Tiêu đề do Cường sửa");
        QVERIFY(plansOf(*cuong).update(q));

        QVERIFY_PASS(an->sync());
        QVERIFY_PASS(cuong->sync());
        QVERIFY_PASS(an->sync());
        for (Desk *desk : {an.get(), cuong.get()}) {
            const Activity got = plansOf(*desk).activity(radio).value();
            QCOMPARE(got.description, a.description);
            QCOMPARE(got.target, 30);
            const Plan gotPlan = plansOf(*desk).get(plan.id).value();
            QCOMPARE(gotPlan.theme, p.theme);
            QCOMPARE(gotPlan.title, q.title);
            QCOMPARE(desk->pending(), 0);
        }
    }

    // Someone removes an activity another desk has just counted work for: the count brings it
    // back; a removal made without knowing of an edit leaves the row alive too.
    void countedWorkKeepsItsActivity()
    {
        auto an = join(m_staff1);
        auto cuong = join(m_staff2);
        const Plan plan = newPlan(*an, QStringLiteral("25/KH-UBND"));
        const QString meetings = activityOf(*an, plan.id, Channel::Meetings);
        const QString radio = activityOf(*an, plan.id, Channel::Radio);
        QVERIFY_PASS(an->sync());
        QVERIFY_PASS(cuong->sync());

        QVERIFY(plansOf(*an).removeActivity(meetings));
        QVERIFY(plansOf(*cuong).addManualEntry(manual(meetings, 1, QStringLiteral("Hội nghị"))));
        // The other way round: Cường edits the radio activity, An removes it after.
        Activity r = plansOf(*cuong).activity(radio).value();
        r.target = 20;
        QVERIFY(plansOf(*cuong).updateActivity(r));
        QVERIFY(plansOf(*an).removeActivity(radio));
        QVERIFY_PASS(cuong->sync());
        QVERIFY_PASS(an->sync());
        QVERIFY_PASS(cuong->sync());
        QVERIFY_PASS(an->sync());
        for (Desk *desk : {an.get(), cuong.get()}) {
            QVERIFY2(plansOf(*desk).activity(meetings), "the counted activity is back");
            QCOMPARE(plansOf(*desk).manualEntries(meetings)->size(), 1);
            QVERIFY2(plansOf(*desk).activity(radio), "the edited activity stays");
            QCOMPARE(plansOf(*desk).activity(radio)->target, 20);
        }
        QCOMPARE(progressOf(*an->db, plan.id), progressOf(*cuong->db, plan.id));
    }

    // The demo plan of a profile that joins later stays on that desk: its id is the same in
    // every profile, and it is nobody's work.
    void theDemoPlanStaysOnTheDesk()
    {
        auto desk = join(m_staff2, true);
        QVERIFY(plansOf(*desk).get(PlanSync::demoPlanId()));
        QCOMPARE(desk->pending(), 0);
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.plan WHERE id = ?"),
                       {PlanSync::demoPlanId()})
                     .toInt(),
                 0);
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.plan_activity WHERE plan_id = ?"),
                       {PlanSync::demoPlanId()})
                     .toInt(),
                 0);
        // Worked on later, it still stays (the desk decided at joining).
        QVERIFY(plansOf(*desk).addManualEntry(
            ManualEntry{.activityId = plansOf(*desk).activities(PlanSync::demoPlanId())->first().id,
                        .date = QDate(2019, 3, 1),
                        .quantity = 1,
                        .note = QStringLiteral("Thử")}));
        QCOMPARE(desk->pending(), 0);
        QVERIFY_PASS(desk->sync());
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.manual_entry m JOIN "
                                      "pd.plan_activity a ON a.id = m.activity_id "
                                      "WHERE a.plan_id = ?"),
                       {PlanSync::demoPlanId()})
                     .toInt(),
                 0);
    }

    // Cut off after the server committed and before the desk heard it, then run again: one of
    // everything on the server and on the other desk (also after a pull cut off midway).
    void aPassCutOffAndRunAgainDuplicatesNothing()
    {
        auto an = join(m_staff1);
        auto cuong = join(m_staff2);
        const Plan plan = newPlan(*an, QStringLiteral("15/KH-UBND"));
        QVERIFY(plansOf(*an).attachDocument(plan.id, QStringLiteral("15.pdf"), kDocument));
        const QString radio = activityOf(*an, plan.id, Channel::Radio);
        const QString meetings = activityOf(*an, plan.id, Channel::Meetings);
        const QString article = newArticle(*an, QStringLiteral("Mất kết nối giữa chừng"));
        QVERIFY(plansOf(*an).link(article, radio));
        auto entry = plansOf(*an).addManualEntry(manual(meetings, 3, QStringLiteral("Ba buổi")));
        QVERIFY(entry);
        const int waiting = an->pending();

        QVERIFY(!an->sync(QStringLiteral("before-ack")));
        QCOMPARE(an->pending(), waiting); // the desk does not know the server has them
        QVERIFY_PASS(an->sync());
        QCOMPARE(an->pending(), 0);
        const auto count = [&](const QString &sql) {
            return admin(sql, {plan.id}).toInt();
        };
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pd.plan WHERE id = ?")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pd.plan_activity WHERE plan_id = ?")),
                 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pd.activity_article l JOIN "
                                      "pd.plan_activity a ON a.id = l.activity_id "
                                      "WHERE a.plan_id = ?")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pd.manual_entry m JOIN "
                                      "pd.plan_activity a ON a.id = m.activity_id "
                                      "WHERE a.plan_id = ? AND NOT m.deleted")),
                 1);

        // The manual entry removed, cut off again: removed once, counted nowhere.
        QVERIFY(plansOf(*an).removeManualEntry(entry->id));
        QVERIFY(!an->sync(QStringLiteral("before-ack")));
        QVERIFY_PASS(an->sync());
        QCOMPARE(an->pending(), 0);

        QVERIFY(!cuong->sync(QStringLiteral("mid-pull")));
        QVERIFY_PASS(cuong->sync());
        QVERIFY_PASS(cuong->sync());
        QCOMPARE(plansOf(*cuong).list()->size(), plansOf(*an).list()->size());
        QCOMPARE(plansOf(*cuong).activities(plan.id)->size(), 3);
        QCOMPARE(plansOf(*cuong).articlesOfActivity(radio).value(), QStringList{article});
        QVERIFY(plansOf(*cuong).manualEntries(meetings)->isEmpty());
        QCOMPARE(plansOf(*cuong).document(plan.id)->data, kDocument);
        QCOMPARE(progressOf(*cuong->db, plan.id), progressOf(*an->db, plan.id));
        QSqlQuery q(cuong->db->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM activity_manual_entries "
                                 "WHERE activity_id = ?"));
        q.addBindValue(meetings);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // the tombstone, once
    }

    // Whatever a login sends by hand, the server keeps to the rules: a manual entry is neither
    // removed outright nor rewritten, and once removed stays removed; nothing of a plan may be
    // deleted.
    void theServerKeepsManualEntriesAsCounted()
    {
        auto an = join(m_staff1);
        const Plan plan = newPlan(*an, QStringLiteral("16/KH-UBND"));
        const QString meetings = activityOf(*an, plan.id, Channel::Meetings);
        auto entry = plansOf(*an).addManualEntry(manual(meetings, 2, QStringLiteral("Hai buổi")));
        QVERIFY(entry);
        QVERIFY_PASS(an->sync());

        auto asAn = m_office.psqlAs(m_staff1);
        QVERIFY(asAn->isOpen());
        const auto refused = [&](const QString &sql, const QVariantList &values) {
            return TestOfficeServer::runAs(*asAn, sql, values);
        };
        const QString deleteRefused =
            refused(QStringLiteral("DELETE FROM pd.manual_entry WHERE id = ?::uuid"), {entry->id});
        QVERIFY2(deleteRefused == QLatin1String("42501") || deleteRefused == QLatin1String("PD002"),
                 qPrintable(deleteRefused));
        QCOMPARE(refused(QStringLiteral("UPDATE pd.manual_entry SET quantity = 20 WHERE id = "
                                        "?::uuid"),
                         {entry->id}),
                 QStringLiteral("PD002"));
        QCOMPARE(refused(QStringLiteral("UPDATE pd.manual_entry SET note = 'Hai mươi buổi' "
                                        "WHERE id = ?::uuid"),
                         {entry->id}),
                 QStringLiteral("PD002"));
        QCOMPARE(refused(QStringLiteral("DELETE FROM pd.plan WHERE id = ?"), {plan.id}),
                 QStringLiteral("42501"));
        QCOMPARE(refused(QStringLiteral("DELETE FROM pd.activity_article WHERE activity_id = ?"),
                         {meetings}),
                 QStringLiteral("42501"));
        // Removing it is the one change it takes, once.
        QCOMPARE(refused(QStringLiteral("UPDATE pd.manual_entry SET deleted = true WHERE id = "
                                        "?::uuid"),
                         {entry->id}),
                 QStringLiteral("done"));
        QCOMPARE(refused(QStringLiteral("UPDATE pd.manual_entry SET deleted = false WHERE id = "
                                        "?::uuid"),
                         {entry->id}),
                 QStringLiteral("PD002"));
        QCOMPARE(admin(QStringLiteral("SELECT quantity FROM pd.manual_entry WHERE id = ?::uuid"),
                       {entry->id})
                     .toInt(),
                 2);
        // The desk learns the removal.
        QVERIFY_PASS(an->sync());
        QVERIFY(plansOf(*an).manualEntries(meetings)->isEmpty());
    }
    // Units merge: a supervisor's desk reassigns an activity's responsible unit; the other desk
    // gets the new unit and its history (from, to, when, who, the note), and both count the
    // same as before. The record is sent once, and the server keeps it as written.
    void aReassignedUnitReachesTheOtherDesk()
    {
        auto binh = join(m_sup);
        auto an = join(m_staff1);
        const Plan plan = newPlan(*an, QStringLiteral("17/KH-UBND"));
        const QString meetings = activityOf(*an, plan.id, Channel::Meetings);
        const QString radio = activityOf(*an, plan.id, Channel::Radio);
        for (const QString &id : {meetings, radio}) {
            Activity a = plansOf(*an).activity(id).value();
            a.responsibleUnit = QStringLiteral("Trung tâm Văn hóa – Thể thao");
            QVERIFY(plansOf(*an).updateActivity(a));
        }
        QVERIFY(plansOf(*an).addManualEntry(manual(meetings, 3, QStringLiteral("Ba hội nghị"))));
        QVERIFY_PASS(an->sync());
        QVERIFY_PASS(binh->sync());
        const QStringList counted = progressOf(*an->db, plan.id);
        QCOMPARE(progressOf(*binh->db, plan.id), counted);

        // A reporter may not; the supervisor merges the unit across the plan.
        QCOMPARE(plansOf(*an)
                     .mergeUnits(QStringLiteral("Trung tâm Văn hóa – Thể thao"),
                                 QStringLiteral("Phòng Văn hóa – Xã hội"), plan.id)
                     .error()
                     .code,
                 QStringLiteral("not-allowed"));
        auto merged = plansOf(*binh).mergeUnits(QStringLiteral("Trung tâm Văn hóa – Thể thao"),
                                                QStringLiteral("Phòng Văn hóa – Xã hội"), plan.id,
                                                QStringLiteral("Quyết định 12/QĐ-UBND"));
        QVERIFY2(merged, qPrintable(merged ? QString() : merged.error().message));
        QCOMPARE(merged->size(), 2);
        QCOMPARE(binh->pending(), 2 + 2); // the two activities, the two records
        // Cut off before the desk hears the server took them: sent again, kept once.
        QVERIFY(!binh->sync(QStringLiteral("before-ack")));
        QCOMPARE(binh->pending(), 4);
        QVERIFY_PASS(binh->sync());
        QCOMPARE(binh->pending(), 0);
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.unit_reassignment WHERE "
                                      "activity_id IN (?, ?)"),
                       {meetings, radio})
                     .toInt(),
                 2);
        QCOMPARE(admin(QStringLiteral("SELECT last_login::text FROM pd.unit_reassignment WHERE "
                                      "activity_id = ?"),
                       {meetings})
                     .toString(),
                 m_sup);

        QVERIFY_PASS(an->sync());
        QCOMPARE(an->pending(), 0);
        QCOMPARE(plansOf(*an).activity(meetings)->responsibleUnit,
                 QStringLiteral("Phòng Văn hóa – Xã hội"));
        QCOMPARE(plansOf(*an).activity(radio)->responsibleUnit,
                 QStringLiteral("Phòng Văn hóa – Xã hội"));
        const QList<UnitChange> history = plansOf(*an).unitHistory(meetings).value();
        QCOMPARE(history.size(), 1);
        const UnitChange &sent =
            merged->first().activityId == meetings ? merged->first() : merged->last();
        QCOMPARE(history.first().id, sent.id);
        QCOMPARE(history.first().fromUnit, QStringLiteral("Trung tâm Văn hóa – Thể thao"));
        QCOMPARE(history.first().toUnit, QStringLiteral("Phòng Văn hóa – Xã hội"));
        QCOMPARE(history.first().by, m_sup);
        QCOMPARE(history.first().note, QStringLiteral("Quyết định 12/QĐ-UBND"));
        QCOMPARE(history.first().at, sent.at);
        // What the plan counts has not moved, on either desk.
        QCOMPARE(progressOf(*an->db, plan.id), counted);
        QCOMPARE(progressOf(*binh->db, plan.id), counted);
        // Nothing goes up again, and the next passes change nothing.
        QVERIFY_PASS(binh->sync());
        QVERIFY_PASS(an->sync());
        QCOMPARE(plansOf(*an).unitHistory(meetings)->size(), 1);
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.unit_reassignment WHERE "
                                      "activity_id = ?"),
                       {meetings})
                     .toInt(),
                 1);
    }

    // Whatever a login sends by hand: a reporter reads the history of units but cannot record a
    // reassignment, and nobody changes or removes one; a supervisor records one.
    void onlyASupervisorRecordsAReassignmentEvenThroughPsql()
    {
        auto an = join(m_staff1);
        const Plan plan = newPlan(*an, QStringLiteral("18/KH-UBND"));
        const QString meetings = activityOf(*an, plan.id, Channel::Meetings);
        QVERIFY_PASS(an->sync());

        const auto connection = [&](const QString &login) {
            return m_office.psqlAs(login);
        };
        const auto run = &TestOfficeServer::runAs;
        const QString insert = QStringLiteral(
            "INSERT INTO pd.unit_reassignment (id, office_id, activity_id, from_unit, to_unit, "
            "reassigned_at) VALUES (?::uuid, pd.my_office(), ?, '', 'Phòng Văn hóa – Xã hội', "
            "now())");
        const QString first = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto asAn = connection(m_staff1);
        QVERIFY(asAn->isOpen());
        const QString staffInsert = run(*asAn, insert, {first, meetings});
        QVERIFY2(staffInsert == QLatin1String("42501") || staffInsert == QLatin1String("PD002"),
                 qPrintable(staffInsert));
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.unit_reassignment WHERE "
                                      "activity_id = ?"),
                       {meetings})
                     .toInt(),
                 0);

        auto asBinh = connection(m_sup);
        QVERIFY(asBinh->isOpen());
        QCOMPARE(run(*asBinh, insert, {first, meetings}), QStringLiteral("done"));
        // History: neither rewritten nor removed, by anyone of the office.
        for (TestPostgresConnection *as : {asAn.get(), asBinh.get()}) {
            const QString update =
                run(*as,
                    QStringLiteral("UPDATE pd.unit_reassignment SET to_unit = 'Phòng Nội vụ' "
                                   "WHERE id = ?::uuid"),
                    {first});
            QVERIFY2(update == QLatin1String("42501") || update == QLatin1String("PD002"),
                     qPrintable(update));
            const QString remove =
                run(*as, QStringLiteral("DELETE FROM pd.unit_reassignment WHERE id = ?::uuid"),
                    {first});
            QVERIFY2(remove == QLatin1String("42501") || remove == QLatin1String("PD002"),
                     qPrintable(remove));
        }
        // The reporter sees it, and the reporter's desk gets it.
        QSqlQuery seen(asAn->db());
        QVERIFY(seen.exec(QStringLiteral("SELECT to_unit FROM pd.unit_reassignment")) &&
                seen.next());
        QCOMPARE(seen.value(0).toString(), QStringLiteral("Phòng Văn hóa – Xã hội"));
        QVERIFY_PASS(an->sync());
        QCOMPARE(plansOf(*an).unitHistory(meetings)->size(), 1);
        QCOMPARE(admin(QStringLiteral("SELECT to_unit FROM pd.unit_reassignment WHERE id = "
                                      "?::uuid"),
                       {first})
                     .toString(),
                 QStringLiteral("Phòng Văn hóa – Xã hội"));
    }

    // An activity's unit, once given, changes on the server only with its reassignment written
    // first in the same transaction, whoever sends the UPDATE; its other fields change freely,
    // and a first unit needs no record.
    void aUnitChangesOnlyWithItsReassignmentEvenThroughPsql()
    {
        auto an = join(m_staff1);
        const Plan plan = newPlan(*an, QStringLiteral("19/KH-UBND"));
        const QString meetings = activityOf(*an, plan.id, Channel::Meetings);
        const QString radio = activityOf(*an, plan.id, Channel::Radio);
        Activity a = plansOf(*an).activity(meetings).value();
        a.responsibleUnit = QStringLiteral("Phòng Văn hóa và Thông tin");
        QVERIFY(plansOf(*an).updateActivity(a));
        QVERIFY_PASS(an->sync());

        const auto connection = [&](const QString &login) {
            return m_office.psqlAs(login);
        };
        const auto run = &TestOfficeServer::runAs;
        const QString change = QStringLiteral(
            "UPDATE pd.plan_activity SET responsible_unit = 'Phòng Nội vụ' WHERE id = ?");
        auto asAn = connection(m_staff1);
        auto asBinh = connection(m_sup);
        QVERIFY(asAn->isOpen() && asBinh->isOpen());
        QCOMPARE(run(*asAn, change, {meetings}), QStringLiteral("PD002"));
        QCOMPARE(run(*asBinh, change, {meetings}), QStringLiteral("PD002"));
        const auto unit = [&](const QString &id) {
            return admin(
                       QStringLiteral("SELECT responsible_unit FROM pd.plan_activity WHERE id = ?"),
                       {id})
                .toString();
        };
        QCOMPARE(unit(meetings), QStringLiteral("Phòng Văn hóa và Thông tin"));

        // Recorded first, in the same transaction: the unit changes.
        QVERIFY(asBinh->db().transaction());
        QCOMPARE(run(*asBinh,
                     QStringLiteral("INSERT INTO pd.unit_reassignment (id, office_id, activity_id, "
                                    "from_unit, to_unit, reassigned_at) VALUES (?::uuid, "
                                    "pd.my_office(), ?, 'Phòng Văn hóa và Thông tin', "
                                    "'Phòng Nội vụ', now())"),
                     {QUuid::createUuid().toString(QUuid::WithoutBraces), meetings}),
                 QStringLiteral("done"));
        QCOMPARE(run(*asBinh, change, {meetings}), QStringLiteral("done"));
        QVERIFY(asBinh->db().commit());
        QCOMPARE(unit(meetings), QStringLiteral("Phòng Nội vụ"));

        // The rest of an activity, and a first unit, change without a record.
        QCOMPARE(run(*asAn,
                     QStringLiteral("UPDATE pd.plan_activity SET description = 'Hội nghị ở xã' "
                                    "WHERE id = ?"),
                     {meetings}),
                 QStringLiteral("done"));
        QCOMPARE(unit(radio), QString());
        QCOMPARE(run(*asAn, change, {radio}), QStringLiteral("done"));
        QCOMPARE(unit(radio), QStringLiteral("Phòng Nội vụ"));

        // The reporter's desk takes both, and the reassignment's record.
        QVERIFY_PASS(an->sync());
        QCOMPARE(plansOf(*an).activity(meetings)->responsibleUnit, QStringLiteral("Phòng Nội vụ"));
        QCOMPARE(plansOf(*an).unitHistory(meetings)->size(), 1);
        QCOMPARE(plansOf(*an).activity(radio)->responsibleUnit, QStringLiteral("Phòng Nội vụ"));
    }
};

QTEST_GUILESS_MAIN(TestPlanSync)
#include "TestPlanSync.moc"
