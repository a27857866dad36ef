#include "TempDatabase.h"
#include "plan/PlanJson.h"
#include "plan/PlanProgress.h"
#include "plan/PlanRepository.h"
#include "store/ArticleRepository.h"
#include "store/UserRepository.h"
#include "workflow/WorkflowService.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace PressDesk;

namespace {

Plan plan65()
{
    Plan p;
    p.number = QStringLiteral("65/KH-UBND");
    p.title = QStringLiteral("Thúc đẩy thông tin, tuyên truyền cải cách hành chính năm 2019");
    p.issuingBody = QStringLiteral("UBND huyện Hoài Đức");
    p.issueDate = QDate(2019, 2, 19);
    p.periodStart = QDate(2019, 1, 1);
    p.periodEnd = QDate(2019, 12, 31);
    p.theme = QStringLiteral("Nâng cao hiệu lực, hiệu quả hoạt động của hệ thống chính trị");
    p.focusTopics = {QStringLiteral("Ứng dụng CNTT trong CCHC"), QStringLiteral("  "),
                     QStringLiteral("Công khai, minh bạch")};
    return p;
}

Activity activity(const QString &planId, Channel channel, int target, const QString &what)
{
    Activity a;
    a.planId = planId;
    a.channel = channel;
    a.target = target;
    a.description = what;
    a.position = -1;
    return a;
}

// Rows not removed (a removal leaves a tombstone for the office server).
int rows(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table +
                QStringLiteral(" WHERE deleted = 0")) ||
        !q.next())
        qFatal("count failed");
    return q.value(0).toInt();
}

} // namespace

class TestPlanRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createFindUpdateRemove()
    {
        TempDatabase t;
        PlanRepository repo(t.db());
        auto created = repo.create(plan65());
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created->id.size(), 36);
        QCOMPARE(created->issueDate, QDate(2019, 2, 19));
        QCOMPARE(created->periodEnd, QDate(2019, 12, 31));
        // Blank topics are dropped, the others kept in order.
        QCOMPARE(created->focusTopics, (QStringList{QStringLiteral("Ứng dụng CNTT trong CCHC"),
                                                    QStringLiteral("Công khai, minh bạch")}));
        QCOMPARE(created->status, QStringLiteral("active"));

        QCOMPARE(repo.find(QStringLiteral("65/kh-ubnd"))->id, created->id);
        QCOMPARE(repo.find(created->id.left(8))->id, created->id);
        QVERIFY(!repo.find(QStringLiteral("66/KH-UBND")));

        Plan changed = created.value();
        changed.title = QStringLiteral("Tuyên truyền CCHC năm 2019");
        changed.status = QStringLiteral("done");
        QVERIFY(repo.update(changed));
        QCOMPARE(repo.get(created->id)->title, QStringLiteral("Tuyên truyền CCHC năm 2019"));
        QCOMPARE(repo.get(created->id)->status, QStringLiteral("done"));
        changed.status = QStringLiteral("finished");
        QVERIFY(!repo.update(changed));

        QVERIFY(repo.remove(created->id));
        QCOMPARE(repo.list()->size(), 0);
        QCOMPARE(repo.remove(created->id).error().code, QStringLiteral("not-found"));
    }

    void planNeedsANumberAndAConsistentPeriod()
    {
        TempDatabase t;
        PlanRepository repo(t.db());
        Plan p = plan65();
        p.number = QStringLiteral("   ");
        auto r = repo.create(p);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("number")),
                 qPrintable(r.error().message));
        p = plan65();
        p.periodEnd = QDate(2018, 12, 31);
        QVERIFY(!repo.create(p));
        QCOMPARE(repo.list()->size(), 0);
    }

    void sameNumberTheSameYearIsRefusedAnotherYearIsNot()
    {
        TempDatabase t;
        PlanRepository repo(t.db());
        QVERIFY(repo.create(plan65()));
        auto again = repo.create(plan65());
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("exists"));

        Plan next = plan65();
        next.issueDate = QDate(2020, 3, 2);
        next.periodStart = QDate(2020, 1, 1);
        next.periodEnd = QDate(2020, 12, 31);
        auto p2020 = repo.create(next);
        QVERIFY(p2020);
        QCOMPARE(repo.list()->size(), 2);
        QCOMPARE(repo.list()->first().id, p2020->id); // newest first
        // The number alone no longer says which one.
        auto ambiguous = repo.find(QStringLiteral("65/KH-UBND"));
        QVERIFY(!ambiguous);
        QCOMPARE(ambiguous.error().code, QStringLiteral("ambiguous"));
    }

    void documentTypes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("mime"); // empty: refused

        const QByteArray zip("PK\x03\x04", 4);
        QTest::newRow("pdf") << QStringLiteral("65-KH-UBND.pdf") << QByteArray("%PDF-1.7\n…")
                             << QStringLiteral("application/pdf");
        QTest::newRow("upper-case PDF")
            << QStringLiteral("65-KH-UBND.PDF") << QByteArray("%PDF-1.4\n")
            << QStringLiteral("application/pdf");
        QTest::newRow("doc") << QStringLiteral("ke-hoach.doc")
                             << QByteArray::fromHex("d0cf11e0a1b11ae1000000")
                             << QStringLiteral("application/msword");
        QTest::newRow("docx")
            << QStringLiteral("ke-hoach.docx")
            << zip + QByteArray("....[Content_Types].xml....word/document.xml")
            << QStringLiteral(
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        QTest::newRow("odt") << QStringLiteral("ke-hoach.odt")
                             << zip + QByteArray("..........................mimetype"
                                                 "application/vnd.oasis.opendocument.text")
                             << QStringLiteral("application/vnd.oasis.opendocument.text");
        QTest::newRow("text file")
            << QStringLiteral("ke-hoach.txt") << QByteArray("Kế hoạch") << QString();
        QTest::newRow("image") << QStringLiteral("scan.jpg") << QByteArray("\xff\xd8\xff\xe0", 4)
                               << QString();
        QTest::newRow("renamed text as pdf")
            << QStringLiteral("ke-hoach.pdf") << QByteArray("not a pdf") << QString();
        QTest::newRow("spreadsheet as docx")
            << QStringLiteral("bang.docx") << zip + QByteArray("xl/workbook.xml") << QString();
    }

    void documentTypes()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, data);
        QFETCH(QString, mime);
        TempDatabase t;
        PlanRepository repo(t.db());
        const QString id = repo.create(plan65())->id;
        const Status st = repo.attachDocument(id, name, data);
        if (mime.isEmpty()) {
            QVERIFY(!st);
            QCOMPARE(st.error().code, QStringLiteral("document-type"));
            QVERIFY2(st.error().message.contains(name), qPrintable(st.error().message));
            QCOMPARE(repo.document(id).error().code, QStringLiteral("no-document"));
            QCOMPARE(repo.get(id)->documentName, QString());
            return;
        }
        QVERIFY2(st, qPrintable(st ? QString() : st.error().message));
        auto doc = repo.document(id);
        QVERIFY(doc);
        QCOMPARE(doc->name, name);
        QCOMPARE(doc->mimeType, mime);
        QCOMPARE(doc->data, data);
        QCOMPARE(repo.get(id)->documentName, name);
    }

    void tooLargeDocumentIsRefused()
    {
        TempDatabase t;
        PlanRepository repo(t.db());
        const QString id = repo.create(plan65())->id;
        QByteArray big("%PDF-1.7\n");
        big.resize(PlanRepository::maxDocumentSize + 1, ' ');
        const Status st = repo.attachDocument(id, QStringLiteral("big.pdf"), big);
        QVERIFY(!st);
        QCOMPARE(st.error().code, QStringLiteral("too-large"));
    }

    // The plan's document picked from a file that cannot be read: said in our words, in the
    // app as on the command line, and nothing attached.
    void unreadableDocumentIsExplained()
    {
        TempDatabase t;
        PlanRepository repo(t.db());
        const QString id = repo.create(plan65())->id;
        const QString missing = t.dir() + QStringLiteral("/Kế hoạch 65.pdf");
        Status st = repo.attachDocumentFile(id, missing);
        QVERIFY(!st);
        QCOMPARE(st.error().code, QStringLiteral("io"));
        QVERIFY2(st.error().message.contains(QStringLiteral("the file does not exist")),
                 qUtf8Printable(st.error().message));
        st = repo.attachDocumentFile(id, t.dir());
        QVERIFY(!st);
        QVERIFY2(st.error().message.contains(QStringLiteral("it is a folder")),
                 qUtf8Printable(st.error().message));
        QCOMPARE(repo.document(id).error().code, QStringLiteral("no-document"));
    }

    void activitiesKeepTheirOrder()
    {
        TempDatabase t;
        PlanRepository repo(t.db());
        const QString id = repo.create(plan65())->id;
        auto portal = repo.addActivity(activity(id, Channel::Portal, 24, QStringLiteral("Cổng")));
        auto radio = repo.addActivity(activity(id, Channel::Radio, 48, QStringLiteral("Đài")));
        auto visual =
            repo.addActivity(activity(id, Channel::VisualCampaign, 10, QStringLiteral("Pano")));
        QVERIFY(portal && radio && visual);
        QCOMPARE(visual->position, 2);
        QCOMPARE(radio->channel, Channel::Radio);
        QCOMPARE(radio->target, 48);

        Activity first = visual.value();
        first.position = -5;
        first.due = QDate(2019, 6, 30);
        QVERIFY(repo.updateActivity(first));
        auto list = repo.activities(id);
        QVERIFY(list);
        QStringList order;
        for (const Activity &a : list.value())
            order << a.description;
        QCOMPARE(order, (QStringList{QStringLiteral("Pano"), QStringLiteral("Cổng"),
                                     QStringLiteral("Đài")}));
        QCOMPARE(list->first().due, QDate(2019, 6, 30));

        QVERIFY(repo.removeActivity(radio->id));
        QCOMPARE(repo.activities(id)->size(), 2);

        Activity bad = activity(id, Channel::Press, -1, QStringLiteral("Báo chí"));
        QVERIFY(!repo.addActivity(bad));
        bad.target = 4;
        bad.start = QDate(2019, 5, 1);
        bad.due = QDate(2019, 4, 1);
        QVERIFY(!repo.addActivity(bad));
        bad.planId = QStringLiteral("no-such-plan");
        bad.due = {};
        QCOMPARE(repo.addActivity(bad).error().code, QStringLiteral("not-found"));
        QCOMPARE(repo.activities(id)->size(), 2);
    }

    void articlesLinkToSeveralActivities()
    {
        TempDatabase t;
        PlanRepository repo(t.db());
        const QString id = repo.create(plan65())->id;
        const QString portal =
            repo.addActivity(activity(id, Channel::Portal, 24, QStringLiteral("Cổng")))->id;
        const QString radio =
            repo.addActivity(activity(id, Channel::Radio, 48, QStringLiteral("Đài")))->id;
        const QString article =
            ArticleRepository(t.db()).create(Article{.title = QStringLiteral("Tin CCHC")})->id;

        QVERIFY(repo.link(article, portal));
        QVERIFY(repo.link(article, portal)); // twice: still one link
        QVERIFY(repo.link(article, radio));
        QCOMPARE(repo.articlesOfActivity(portal).value(), QStringList{article});
        auto of = repo.activitiesOfArticle(article);
        QVERIFY(of);
        QCOMPARE(of->size(), 2);
        QCOMPARE(of->first().id, portal);

        QCOMPARE(repo.link(QStringLiteral("nope"), portal).error().code,
                 QStringLiteral("not-found"));
        QCOMPARE(repo.link(article, QStringLiteral("nope")).error().code,
                 QStringLiteral("not-found"));

        QVERIFY(repo.unlink(article, radio));
        QCOMPARE(repo.activitiesOfArticle(article)->size(), 1);
        QVERIFY(!repo.unlink(article, radio));
    }

    void manualEntries()
    {
        TempDatabase t;
        t.db().setActingUser(QStringLiteral("lan"));
        PlanRepository repo(t.db());
        const QString id = repo.create(plan65())->id;
        const QString visual =
            repo.addActivity(activity(id, Channel::VisualCampaign, 10, QStringLiteral("Pano")))->id;
        auto later = repo.addManualEntry(ManualEntry{.activityId = visual,
                                                     .date = QDate(2019, 5, 10),
                                                     .quantity = 3,
                                                     .note = QStringLiteral("3 pano ở Trạm Trôi")});
        QVERIFY(later);
        QCOMPARE(later->id.size(), 36); // a UUID: the same on every desk of the office
        QCOMPARE(later->createdBy, QStringLiteral("lan"));
        auto earlier = repo.addManualEntry(ManualEntry{
            .activityId = visual, .date = QDate(2019, 3, 26), .quantity = 5, .note = {}});
        QVERIFY(earlier);
        auto list = repo.manualEntries(visual);
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->first().date, QDate(2019, 3, 26)); // by date
        QCOMPARE(list->last().note, QStringLiteral("3 pano ở Trạm Trôi"));

        QVERIFY(!repo.addManualEntry(ManualEntry{
            .activityId = visual, .date = QDate(2019, 5, 10), .quantity = 0, .note = {}}));
        QVERIFY(!repo.addManualEntry(
            ManualEntry{.activityId = visual, .date = QDate(), .quantity = 1, .note = {}}));
        QVERIFY(repo.removeManualEntry(earlier->id));
        QCOMPARE(repo.manualEntries(visual)->size(), 1);
        QVERIFY(!repo.removeManualEntry(earlier->id));
    }

    // An entry dated outside the plan's period would never count: refused, with the period in
    // the reason, and nothing stored. The period's own first and last days are fine.
    void manualEntryOutsideThePlansPeriodIsRefused_data()
    {
        QTest::addColumn<QDate>("periodStart");
        QTest::addColumn<QDate>("periodEnd");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("reason"); // empty: accepted
        const QDate jan1(2019, 1, 1);
        const QDate dec31(2019, 12, 31);
        QTest::newRow("years later")
            << jan1 << dec31 << QDate(2030, 5, 10) << QStringLiteral("01/01/2019 to 31/12/2019");
        QTest::newRow("the day before")
            << jan1 << dec31 << QDate(2018, 12, 31) << QStringLiteral("01/01/2019 to 31/12/2019");
        QTest::newRow("the day after")
            << jan1 << dec31 << QDate(2020, 1, 1) << QStringLiteral("01/01/2019 to 31/12/2019");
        QTest::newRow("first day") << jan1 << dec31 << jan1 << QString();
        QTest::newRow("last day") << jan1 << dec31 << dec31 << QString();
        QTest::newRow("before an open-ended plan")
            << jan1 << QDate() << QDate(2018, 6, 1) << QStringLiteral("starts (01/01/2019)");
        QTest::newRow("long after an open-ended plan")
            << jan1 << QDate() << QDate(2030, 1, 1) << QString();
        QTest::newRow("after a plan with only an end")
            << QDate() << dec31 << QDate(2030, 1, 1) << QStringLiteral("ends (31/12/2019)");
    }

    void manualEntryOutsideThePlansPeriodIsRefused()
    {
        QFETCH(QDate, periodStart);
        QFETCH(QDate, periodEnd);
        QFETCH(QDate, date);
        QFETCH(QString, reason);
        TempDatabase t;
        PlanRepository repo(t.db());
        Plan p = plan65();
        p.periodStart = periodStart;
        p.periodEnd = periodEnd;
        const QString id = repo.create(p)->id;
        const QString meetings =
            repo.addActivity(activity(id, Channel::Meetings, 4, QStringLiteral("Hội nghị")))->id;
        auto added = repo.addManualEntry(ManualEntry{
            .activityId = meetings, .date = date, .quantity = 2, .note = QStringLiteral("x")});
        if (reason.isEmpty()) {
            QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
            QCOMPARE(repo.manualEntries(meetings)->size(), 1);
            return;
        }
        QVERIFY(!added);
        const QString message = added.error().message;
        QVERIFY2(message.contains(QStringLiteral("65/KH-UBND")), qPrintable(message));
        QVERIFY2(message.contains(date.toString(QStringLiteral("dd/MM/yyyy"))),
                 qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));
        QCOMPARE(repo.manualEntries(meetings)->size(), 0);
    }

    void removingCascades()
    {
        TempDatabase t;
        PlanRepository repo(t.db());
        const QString id = repo.create(plan65())->id;
        const QString portal =
            repo.addActivity(activity(id, Channel::Portal, 24, QStringLiteral("Cổng")))->id;
        const QString radio =
            repo.addActivity(activity(id, Channel::Radio, 48, QStringLiteral("Đài")))->id;
        ArticleRepository articles(t.db());
        const QString a1 = articles.create(Article{.title = QStringLiteral("Một")})->id;
        const QString a2 = articles.create(Article{.title = QStringLiteral("Hai")})->id;
        QVERIFY(repo.link(a1, portal));
        QVERIFY(repo.link(a2, portal));
        QVERIFY(repo.link(a1, radio));
        QVERIFY(repo.addManualEntry(ManualEntry{
            .activityId = radio, .date = QDate(2019, 4, 1), .quantity = 2, .note = {}}));
        QCOMPARE(rows(t.db(), QStringLiteral("activity_articles")), 3);

        // An activity taken out takes its links with it; its manual entries stay as counted
        // (a manual entry is never lost: another desk's edit may bring the activity back) and
        // count nothing while it is removed.
        QVERIFY(repo.removeActivity(radio));
        QCOMPARE(rows(t.db(), QStringLiteral("activity_articles")), 2);
        QCOMPARE(rows(t.db(), QStringLiteral("activity_manual_entries")), 1);
        const QList<ActivityProgress> progress = PlanProgress(t.db()).activities(id).value();
        for (const ActivityProgress &p : progress)
            QCOMPARE(p.manual, 0);

        // An article purged from the store leaves no link behind.
        QSqlQuery q(t.db().connection());
        q.prepare(QStringLiteral("DELETE FROM articles WHERE id = ?"));
        q.addBindValue(a2);
        QVERIFY(q.exec());
        QCOMPARE(repo.articlesOfActivity(portal).value(), QStringList{a1});

        // The plan takes everything of its own; the articles stay.
        QVERIFY(repo.remove(id));
        QCOMPARE(rows(t.db(), QStringLiteral("plan_activities")), 0);
        QCOMPARE(rows(t.db(), QStringLiteral("activity_articles")), 0);
        QVERIFY(articles.get(a1));
    }

    // What is removed stays as a tombstone waiting for the office server (deleted and dirty),
    // unseen by every reader; linking again, or the plan imported again, brings it back.
    void removalsAreTombstonesThatSync()
    {
        TempDatabase t;
        PlanRepository repo(t.db());
        const QString id = repo.create(plan65())->id;
        const QString radio =
            repo.addActivity(activity(id, Channel::Radio, 48, QStringLiteral("Đài")))->id;
        const QString article =
            ArticleRepository(t.db()).create(Article{.title = QStringLiteral("Một")})->id;
        QVERIFY(repo.link(article, radio));
        auto entry = repo.addManualEntry(
            ManualEntry{.activityId = radio, .date = QDate(2019, 4, 1), .quantity = 2, .note = {}});
        QVERIFY(entry);
        const auto marks = [&](const QString &table, const QString &where, const QString &key) {
            QSqlQuery q(t.db().connection());
            q.prepare(
                QStringLiteral("SELECT deleted, dirty FROM %1 WHERE %2 = ?").arg(table, where));
            q.addBindValue(key);
            if (!q.exec() || !q.next())
                return QStringLiteral("missing");
            return QStringLiteral("deleted=%1 dirty=%2")
                .arg(q.value(0).toInt())
                .arg(q.value(1).toInt());
        };
        const QString removed = QStringLiteral("deleted=1 dirty=1");

        QVERIFY(repo.unlink(article, radio));
        QCOMPARE(marks(QStringLiteral("activity_articles"), QStringLiteral("article_id"), article),
                 removed);
        QVERIFY(repo.articlesOfActivity(radio)->isEmpty());
        QVERIFY(repo.link(article, radio)); // back
        QCOMPARE(repo.articlesOfActivity(radio).value(), QStringList{article});
        QVERIFY(repo.link(article, radio)); // twice: harmless

        QVERIFY(repo.removeManualEntry(entry->id));
        QCOMPARE(marks(QStringLiteral("activity_manual_entries"), QStringLiteral("uid"), entry->id),
                 removed);
        QVERIFY(repo.manualEntries(radio)->isEmpty());
        QCOMPARE(repo.countableItems(id)->size(), 0);

        const QJsonObject json =
            PlanJson::toJson(repo.get(id).value(), repo.activities(id).value());
        QVERIFY(repo.remove(id));
        QCOMPARE(marks(QStringLiteral("plans"), QStringLiteral("id"), id), removed);
        QCOMPARE(marks(QStringLiteral("plan_activities"), QStringLiteral("id"), radio), removed);
        QCOMPARE(marks(QStringLiteral("activity_articles"), QStringLiteral("article_id"), article),
                 removed);
        QVERIFY(!repo.get(id));
        QVERIFY(!repo.activity(radio));
        QVERIFY(repo.activitiesOfArticle(article)->isEmpty());
        QVERIFY(!repo.update(plan65()));
        QVERIFY(!repo.addManualEntry(ManualEntry{
            .activityId = radio, .date = QDate(2019, 4, 2), .quantity = 1, .note = {}}));
        // Another plan may take the number of a removed one.
        Plan other = plan65();
        other.title = QStringLiteral("Kế hoạch mới cùng số");
        auto renumbered = repo.create(other);
        QVERIFY2(renumbered, qPrintable(renumbered ? QString() : renumbered.error().message));
        QVERIFY(repo.remove(renumbered->id));

        // Imported again under its id: the plan and its activity come back, without their
        // links and entries.
        auto back = PlanJson::import(t.db(), QJsonDocument(json).toJson());
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->id, id);
        QCOMPARE(marks(QStringLiteral("plans"), QStringLiteral("id"), id),
                 QStringLiteral("deleted=0 dirty=1"));
        QCOMPARE(repo.activities(id)->size(), 1);
        QCOMPARE(repo.activities(id)->first().id, radio);
        QVERIFY(repo.articlesOfActivity(radio)->isEmpty());
    }

    // Units merge (the 2025 reorganisation): an activity's responsible unit is reassigned, the
    // reassignment recorded with who, when and why, and what the plan counts does not move —
    // the same activities, the same counts, only the unit's name differs.
    void reassigningAUnitKeepsTheCountsAndRecordsIt()
    {
        TempDatabase t;
        QVERIFY(UserRepository(t.db()).ensureCurrentUser()); // an administrator
        PlanRepository repo(t.db());
        // This year's plan: the approval counts today.
        const QDate today = QDate::currentDate();
        Plan plan = plan65();
        plan.issueDate = QDate(today.year(), 1, 2);
        plan.periodStart = QDate(today.year(), 1, 1);
        plan.periodEnd = QDate(today.year(), 12, 31);
        const QString id = repo.create(plan)->id;
        Activity meetings = activity(id, Channel::Meetings, 4, QStringLiteral("Hội nghị"));
        meetings.responsibleUnit = QStringLiteral("Phòng Văn hóa và Thông tin");
        const QString meetingsId = repo.addActivity(meetings)->id;
        Activity press = activity(id, Channel::Press, 6, QStringLiteral("Thông tin cho báo chí"));
        press.responsibleUnit = QStringLiteral("Phòng Văn hóa và Thông tin");
        const QString pressId = repo.addActivity(press)->id;
        QVERIFY(repo.addManualEntry(ManualEntry{.activityId = meetingsId,
                                                .date = QDate(today.year(), 1, 2),
                                                .quantity = 2,
                                                .note = QStringLiteral("Hai hội nghị")}));
        Article a;
        a.title = QStringLiteral("Thông cáo báo chí về cải cách hành chính");
        a.bodyHtml = QStringLiteral("<p>Nội dung.</p>");
        const QString article = ArticleRepository(t.db()).create(a)->id;
        QVERIFY(repo.link(article, pressId));
        WorkflowService wf(t.db());
        QVERIFY(wf.apply(article, WorkflowAction::Submit));
        QVERIFY(wf.apply(article, WorkflowAction::Approve));

        const auto counted = [&]() {
            QStringList out;
            const QList<ActivityProgress> progress = PlanProgress(t.db()).activities(id).value();
            for (const ActivityProgress &p : progress)
                out << QStringLiteral("%1 %2 %3+%4 %5")
                           .arg(p.activity.id, p.activity.description)
                           .arg(p.fromArticles)
                           .arg(p.manual)
                           .arg(p.articleIds.join(u','));
            return out;
        };
        const QStringList before = counted();
        QCOMPARE(before.size(), 2);
        QVERIFY2(before.last().contains(QStringLiteral(" 1+0 ")), qPrintable(before.last()));

        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto change = repo.reassignUnit(meetingsId, QStringLiteral("  Phòng Văn hóa – Xã hội "),
                                        QStringLiteral("Quyết định hợp nhất số 12/QĐ-UBND"));
        QVERIFY2(change, qPrintable(change ? QString() : change.error().message));
        QCOMPARE(change->fromUnit, QStringLiteral("Phòng Văn hóa và Thông tin"));
        QCOMPARE(change->toUnit, QStringLiteral("Phòng Văn hóa – Xã hội"));
        QCOMPARE(change->by, t.db().actingUser());
        QVERIFY(change->at >= start);
        QCOMPARE(counted(), before); // the counts, the articles behind them: all unchanged
        QCOMPARE(repo.activity(meetingsId)->responsibleUnit,
                 QStringLiteral("Phòng Văn hóa – Xã hội"));
        QCOMPARE(repo.activity(pressId)->responsibleUnit,
                 QStringLiteral("Phòng Văn hóa và Thông tin"));
        // The activity waits to be sent with its new unit, its record with it.
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT dirty FROM activity_unit_history")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        const QList<UnitChange> history = repo.unitHistory(meetingsId).value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().id, change->id);
        QCOMPARE(history.first().note, QStringLiteral("Quyết định hợp nhất số 12/QĐ-UBND"));
        QCOMPARE(history.first().at, change->at);
        QVERIFY(repo.unitHistory(pressId)->isEmpty());
        QCOMPARE(repo.unitHistoryOfPlan(id)->value(meetingsId).size(), 1);

        // The same unit again (in the other tone-mark style) is no reassignment; a blank unit
        // is none either.
        QCOMPARE(
            repo.reassignUnit(meetingsId, QStringLiteral("phòng văn hoá – xã hội")).error().code,
            QStringLiteral("unchanged"));
        QCOMPARE(repo.reassignUnit(meetingsId, QStringLiteral("  ")).error().code,
                 QStringLiteral("invalid"));
        QCOMPARE(
            repo.reassignUnit(QStringLiteral("nope"), QStringLiteral("Phòng Nội vụ")).error().code,
            QStringLiteral("not-found"));
        QCOMPARE(repo.unitHistory(meetingsId)->size(), 1);

        // Reassigned again: the history lists both, oldest first.
        QVERIFY(repo.reassignUnit(meetingsId, QStringLiteral("Văn phòng HĐND và UBND")));
        const QList<UnitChange> twice = repo.unitHistory(meetingsId).value();
        QCOMPARE(twice.size(), 2);
        QCOMPARE(twice.last().fromUnit, QStringLiteral("Phòng Văn hóa – Xã hội"));
        QCOMPARE(counted(), before);

        // An edit of the activity cannot change its unit past the record; its other fields it
        // changes, the unit it keeps.
        Activity edited = repo.activity(meetingsId).value();
        edited.responsibleUnit = QStringLiteral("Phòng Nội vụ");
        edited.target = edited.target + 1;
        const auto refused = repo.updateActivity(edited);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("unit-reassign"));
        QVERIFY(refused.error().message.contains(QStringLiteral("Văn phòng HĐND và UBND")));
        QCOMPARE(repo.activity(meetingsId)->responsibleUnit,
                 QStringLiteral("Văn phòng HĐND và UBND"));
        QCOMPARE(repo.activity(meetingsId)->target, edited.target - 1);
        edited.responsibleUnit = QStringLiteral("Văn phòng HĐND và UBND");
        QVERIFY(repo.updateActivity(edited));
        QCOMPARE(repo.activity(meetingsId)->target, edited.target);
        QCOMPARE(repo.unitHistory(meetingsId)->size(), 2);
        // An activity without a unit is given one by an edit, with nothing to record.
        Activity bare =
            repo.addActivity(activity(id, Channel::Other, 2, QStringLiteral("Tọa đàm"))).value();
        QVERIFY(bare.responsibleUnit.isEmpty());
        bare.responsibleUnit = QStringLiteral("Phòng Nội vụ");
        QVERIFY(repo.updateActivity(bare));
        QCOMPARE(repo.activity(bare.id)->responsibleUnit, QStringLiteral("Phòng Nội vụ"));
        QVERIFY(repo.unitHistory(bare.id)->isEmpty());
    }

    // Merging a unit into another moves every activity that names it (in the plan, or in all
    // plans), however its name was typed, each move recorded; the other units stay.
    void mergingUnitsMovesEveryActivityOfTheUnit()
    {
        TempDatabase t;
        QVERIFY(UserRepository(t.db()).ensureCurrentUser());
        PlanRepository repo(t.db());
        const QString first = repo.create(plan65())->id;
        Plan other = plan65();
        other.number = QStringLiteral("70/KH-UBND");
        const QString second = repo.create(other)->id;
        const auto add = [&](const QString &plan, const QString &unit) {
            Activity a = activity(plan, Channel::Other, 1, unit);
            a.responsibleUnit = unit;
            return repo.addActivity(a)->id;
        };
        const QString a1 = add(first, QStringLiteral("Trung tâm Văn hóa – Thể thao"));
        const QString a2 = add(first, QStringLiteral("trung tâm văn hoá –  thể thao"));
        const QString a3 = add(first, QStringLiteral("Phòng Nội vụ"));
        const QString b1 = add(second, QStringLiteral("Trung tâm Văn hóa – Thể thao"));
        const QString removed = add(first, QStringLiteral("Trung tâm Văn hóa – Thể thao"));
        QVERIFY(repo.removeActivity(removed));

        QCOMPARE(
            repo.activitiesOfUnit(QStringLiteral("Trung tâm Văn hóa – Thể thao"), first)->size(),
            2);
        auto merged = repo.mergeUnits(QStringLiteral("Trung tâm Văn hóa – Thể thao"),
                                      QStringLiteral("Phòng Văn hóa – Xã hội"), first,
                                      QStringLiteral("Hợp nhất từ 01/07/2025"));
        QVERIFY2(merged, qPrintable(merged ? QString() : merged.error().message));
        QCOMPARE(merged->size(), 2);
        QCOMPARE(merged->first().at, merged->last().at); // one merge, one moment
        QCOMPARE(repo.activity(a1)->responsibleUnit, QStringLiteral("Phòng Văn hóa – Xã hội"));
        QCOMPARE(repo.activity(a2)->responsibleUnit, QStringLiteral("Phòng Văn hóa – Xã hội"));
        QCOMPARE(repo.unitHistory(a2)->first().fromUnit,
                 QStringLiteral("trung tâm văn hoá –  thể thao"));
        QCOMPARE(repo.activity(a3)->responsibleUnit, QStringLiteral("Phòng Nội vụ"));
        QCOMPARE(repo.activity(b1)->responsibleUnit,
                 QStringLiteral("Trung tâm Văn hóa – Thể thao")); // another plan
        QVERIFY(repo.unitHistory(removed)->isEmpty());
        QCOMPARE(repo.responsibleUnits(first).value(),
                 (QStringList{QStringLiteral("Phòng Nội vụ"),
                              QStringLiteral("Phòng Văn hóa – Xã hội")}));

        // In all plans: the one left moves; nothing left to move is no error, and no record.
        auto everywhere = repo.mergeUnits(QStringLiteral("Trung tâm Văn hóa – Thể thao"),
                                          QStringLiteral("Phòng Văn hóa – Xã hội"));
        QVERIFY(everywhere);
        QCOMPARE(everywhere->size(), 1);
        QCOMPARE(everywhere->first().activityId, b1);
        auto nothing = repo.mergeUnits(QStringLiteral("Trung tâm Văn hóa – Thể thao"),
                                       QStringLiteral("Phòng Văn hóa – Xã hội"));
        QVERIFY(nothing);
        QVERIFY(nothing->isEmpty());
        QCOMPARE(repo.mergeUnits(QStringLiteral("Phòng Nội vụ"), QStringLiteral("phòng nội vụ"))
                     .error()
                     .code,
                 QStringLiteral("unchanged"));
        QCOMPARE(repo.mergeUnits(QStringLiteral("Phòng Nội vụ"), QStringLiteral("Sở Nội vụ"),
                                 QStringLiteral("no-such-plan"))
                     .error()
                     .code,
                 QStringLiteral("not-found"));
        QCOMPARE(repo.activity(a3)->responsibleUnit, QStringLiteral("Phòng Nội vụ"));
    }

    // Only a supervisor or an administrator reassigns (the office server refuses anyone else's
    // record), and a record, once written, is neither changed nor removed.
    void reassignmentsAreASupervisorsAndKeptAsRecorded()
    {
        TempDatabase t;
        UserRepository users(t.db());
        QVERIFY(users.ensureCurrentUser());
        QVERIFY(users.add(QStringLiteral("an"), Role::Staff));
        PlanRepository repo(t.db());
        const QString id = repo.create(plan65())->id;
        Activity a = activity(id, Channel::Meetings, 4, QStringLiteral("Hội nghị"));
        a.responsibleUnit = QStringLiteral("Phòng Văn hóa và Thông tin");
        const QString activityId = repo.addActivity(a)->id;

        const QString admin = t.db().actingUser();
        t.db().setActingUser(QStringLiteral("an"));
        auto refused = repo.reassignUnit(activityId, QStringLiteral("Phòng Văn hóa – Xã hội"));
        QCOMPARE(refused.error().code, QStringLiteral("not-allowed"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("an")),
                 qPrintable(refused.error().message));
        QCOMPARE(repo.mergeUnits(QStringLiteral("Phòng Văn hóa và Thông tin"),
                                 QStringLiteral("Phòng Văn hóa – Xã hội"))
                     .error()
                     .code,
                 QStringLiteral("not-allowed"));
        QCOMPARE(repo.activity(activityId)->responsibleUnit,
                 QStringLiteral("Phòng Văn hóa và Thông tin"));

        t.db().setActingUser(admin);
        QVERIFY(repo.reassignUnit(activityId, QStringLiteral("Phòng Văn hóa – Xã hội")));
        QSqlQuery q(t.db().connection());
        QVERIFY(
            !q.exec(QStringLiteral("UPDATE activity_unit_history SET to_unit = 'Phòng Nội vụ'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM activity_unit_history")));
        QVERIFY(q.exec(QStringLiteral("UPDATE activity_unit_history SET dirty = 0"))); // the sync's
        QCOMPARE(repo.unitHistory(activityId)->first().toUnit,
                 QStringLiteral("Phòng Văn hóa – Xã hội"));
    }

    void jsonRoundTrip()
    {
        TempDatabase t;
        PlanRepository repo(t.db());
        const QString id = repo.create(plan65())->id;
        Activity a = activity(id, Channel::Radio, 48, QStringLiteral("Đài truyền thanh"));
        a.unit = QStringLiteral("lượt phát");
        a.due = QDate(2019, 12, 31);
        QVERIFY(repo.addActivity(a));
        const QJsonObject json =
            PlanJson::toJson(repo.get(id).value(), repo.activities(id).value());
        QVERIFY(repo.remove(id));

        auto back = PlanJson::import(t.db(), QJsonDocument(json).toJson());
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->id, id);
        QCOMPARE(back->title, plan65().title);
        QCOMPARE(back->periodStart, QDate(2019, 1, 1));
        auto acts = repo.activities(id);
        QCOMPARE(acts->size(), 1);
        QCOMPARE(acts->first().unit, QStringLiteral("lượt phát"));
        QCOMPARE(acts->first().due, QDate(2019, 12, 31));

        // Importing it again is refused, and leaves nothing half-written.
        auto again = PlanJson::import(t.db(), QJsonDocument(json).toJson());
        QVERIFY(!again);
        QCOMPARE(repo.list()->size(), 1);

        auto bad = PlanJson::import(
            t.db(), QByteArray(R"({"number": "7/KH-UBND", "activities": [{"channel": "tv"}]})"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QStringLiteral("tv")),
                 qPrintable(bad.error().message));
        bad = PlanJson::import(
            t.db(), QByteArray(R"({"number": "7/KH-UBND", "issue_date": "31/02/2019"})"));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("31/02/2019")));
        QCOMPARE(repo.list()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPlanRepository)
#include "TestPlanRepository.moc"
