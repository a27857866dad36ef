// The office profile and the radio and visual registers syncing between desks through the office
// server (the real PostgreSQL of the test command): a station, a programme, a rundown item and its
// broadcast made on one desk reach the others, and every desk counts the broadcast for the plan; a
// banner put up with its evidence photo reaches the others with the photo; a broadcast
// removed is removed everywhere; edits of different fields of an item on two desks merge; two
// desks that added a station of the same name keep both; the demo's stations and banners stay
// on the desk that had them; and the server refuses what the app would not do.
#include "ExifPhoto.h"
#include "TestOfficeServer.h"
#include "office/OfficeRepository.h"
#include "plan/PlanProgress.h"
#include "plan/PlanRepository.h"
#include "radio/RadioRepository.h"
#include "server/ServerAdmin.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/DemoContent.h"
#include "store/ImageStore.h"
#include "visual/VisualRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace PressDesk;

namespace {

using Desk = TestDesk;

// What a desk counts for an activity: "aired+installed+manual".
QString countOf(Database &db, const QString &planId, const QString &activityId)
{
    auto progress = PlanProgress(db).activities(planId);
    if (!progress)
        return QStringLiteral("error: ") + progress.error().message;
    for (const ActivityProgress &p : progress.value()) {
        if (p.activity.id == activityId)
            return QStringLiteral("%1+%2+%3").arg(p.aired).arg(p.installed).arg(p.manual);
    }
    return QStringLiteral("no such activity");
}

} // namespace

class TestRegisterSync : public QObject
{
    Q_OBJECT

    TestOfficeServer m_office;
    QTemporaryDir m_dir;
    QString m_staff1, m_staff2, m_sup;

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

    // A plan of this year with a radio and a visual activity: {plan, radio, visual}.
    static std::tuple<QString, QString, QString> newPlan(Desk &desk, const QString &number)
    {
        const int year = QDate::currentDate().year();
        Plan p;
        p.number = number;
        p.title = QStringLiteral("Tuyên truyền cải cách hành chính năm %1").arg(year);
        p.periodStart = QDate(year, 1, 1);
        p.periodEnd = QDate(year, 12, 31);
        PlanRepository plans(*desk.db);
        auto plan = plans.create(p);
        if (!plan)
            qFatal("plan: %s", qPrintable(plan.error().message));
        QStringList ids;
        for (Channel channel : {Channel::Radio, Channel::VisualCampaign}) {
            Activity a;
            a.planId = plan->id;
            a.channel = channel;
            a.target = 10;
            a.description = channel == Channel::Radio ? QStringLiteral("Phát trên đài")
                                                      : QStringLiteral("Băng rôn, pano");
            a.unit = QStringLiteral("lượt");
            auto added = plans.addActivity(a);
            if (!added)
                qFatal("activity: %s", qPrintable(added.error().message));
            ids << added->id;
        }
        return {plan->id, ids.at(0), ids.at(1)};
    }

    // A station and its programme: {station, programme}.
    static std::pair<QString, QString> newProgram(Desk &desk, const QString &stationName)
    {
        RadioRepository radio(*desk.db);
        Station s;
        s.name = stationName;
        auto station = radio.addStation(s);
        if (!station)
            qFatal("station: %s", qPrintable(station.error().message));
        Program p;
        p.name = QStringLiteral("Thời sự buổi sáng");
        p.stationId = station->id;
        p.startTime = QStringLiteral("06:00");
        p.lengthMinutes = 15;
        auto program = radio.addProgram(p);
        if (!program)
            qFatal("programme: %s", qPrintable(program.error().message));
        return {station->id, program->id};
    }

    static QString newItem(Desk &desk, const QString &programId, const QString &activityId,
                           const QString &title)
    {
        RadioItem i;
        i.programId = programId;
        i.broadcastDate = QDate::currentDate().addDays(-1);
        i.title = title;
        i.script = title + QStringLiteral(". Ủy ban nhân dân xã thông báo.");
        i.activityId = activityId;
        auto added = RadioRepository(*desk.db).addItem(i);
        if (!added)
            qFatal("item: %s", qPrintable(added.error().message));
        return added->id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PRESSDESK_REQUIRE_POSTGRES(m_office.pg());
        const QString error = m_office.setUp(QStringLiteral("UBND xã Vân Canh"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_staff1 =
            m_office.addPerson(QStringLiteral("an"), Role::Staff, QStringLiteral("Nguyễn Văn An"));
        m_staff2 = m_office.addPerson(QStringLiteral("cuong"), Role::Staff);
        m_sup = m_office.addPerson(QStringLiteral("binh"), Role::Supervisor);
        QVERIFY(!m_staff1.isEmpty() && !m_staff2.isEmpty() && !m_sup.isEmpty());
    }

    void cleanupTestCase()
    {
        const QString error = m_office.tearDown();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Forced row-level security on the registers' tables too.
    void theServerCheckHolds()
    {
        QCOMPARE(m_office.failedChecks(), QStringList());
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON "
                                      "n.oid = c.relnamespace WHERE n.nspname = 'pd' AND "
                                      "c.relrowsecurity AND c.relforcerowsecurity AND c.relname "
                                      "IN ('radio_station', 'radio_program', 'radio_item', "
                                      "'radio_aired', 'visual_slogan', 'visual_item', "
                                      "'visual_photo')"))
                     .toInt(),
                 7);
    }

    // The radio editor makes the station, the programme and a day's item and records its
    // broadcast; the supervisor's desk gets all of it and counts the broadcast for the plan;
    // unmarked there, it stops counting on the editor's desk too.
    void aBroadcastReachesTheOtherDeskAndCounts()
    {
        auto an = join(m_staff1);
        auto binh = join(m_sup);
        const auto [plan, radioActivity, visualActivity] =
            newPlan(*an, QStringLiteral("7/KH-UBND"));
        const auto [station, program] =
            newProgram(*an, QStringLiteral("Đài Truyền thanh xã Vân Canh"));
        const QString item = newItem(*an, program, radioActivity, QStringLiteral("Lịch tiếp dân"));
        auto aired = RadioRepository(*an->db).markAired(
            item, station, QDateTime(QDate::currentDate().addDays(-1), QTime(6, 5)));
        QVERIFY2(aired, qPrintable(aired ? QString() : aired.error().message));
        QCOMPARE(countOf(*an->db, plan, radioActivity), QStringLiteral("1+0+0"));
        // The plan and its two activities; station, programme, item, broadcast.
        QCOMPARE(an->pending(), 3 + 4);

        QVERIFY_PASS(an->sync());
        QCOMPARE(an->pending(), 0);
        QCOMPARE(admin(QStringLiteral("SELECT last_login::text FROM pd.radio_aired WHERE id = "
                                      "?::uuid"),
                       {aired->id})
                     .toString(),
                 m_staff1);

        QVERIFY_PASS(binh->sync());
        QCOMPARE(binh->pending(), 0);
        RadioRepository there(*binh->db);
        QCOMPARE(there.station(station)->name, QStringLiteral("Đài Truyền thanh xã Vân Canh"));
        const Program p = there.program(program).value();
        QCOMPARE(p.startTime, QStringLiteral("06:00"));
        QCOMPARE(p.lengthMinutes, 15);
        const Rundown r = there.rundown(program, QDate::currentDate().addDays(-1)).value();
        QCOMPARE(r.items.size(), 1);
        QCOMPARE(r.items.first().script,
                 QStringLiteral("Lịch tiếp dân. Ủy ban nhân dân xã thông báo."));
        QCOMPARE(r.items.first().activityId, radioActivity);
        const QList<AiredEntry> log = there.airedOfItem(item).value();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().airedAt, aired->airedAt);
        QCOMPARE(log.first().recordedBy, m_staff1);
        QCOMPARE(countOf(*binh->db, plan, radioActivity), QStringLiteral("1+0+0"));

        // Recorded by mistake: removed at the supervisor's desk, gone from every count.
        QVERIFY(there.removeAired(aired->id));
        QVERIFY_PASS(binh->sync());
        QVERIFY_PASS(an->sync());
        QCOMPARE(countOf(*an->db, plan, radioActivity), QStringLiteral("0+0+0"));
        QVERIFY(RadioRepository(*an->db).airedOfItem(item)->isEmpty());
        QCOMPARE(an->pending(), 0);
        QCOMPARE(binh->pending(), 0);
    }

    // Banners put up, with the photo of them hung: the other desk counts them and has the
    // photo, with the date and place the phone wrote into it.
    void aBannerWithItsPhotoReachesTheOtherDesk()
    {
        auto an = join(m_staff1);
        auto cuong = join(m_staff2);
        const auto [plan, radioActivity, visualActivity] =
            newPlan(*an, QStringLiteral("8/KH-UBND"));
        VisualRepository visual(*an->db);
        VisualSlogan s;
        s.planId = plan;
        s.text = QStringLiteral("Cải cách hành chính vì nhân dân phục vụ");
        auto slogan = visual.addSlogan(s);
        QVERIFY(slogan);
        VisualItem banners;
        banners.activityId = visualActivity;
        banners.sloganId = slogan->id;
        banners.content = slogan->text;
        banners.form = VisualForm::Banner;
        banners.quantity = 6;
        banners.commune = QStringLiteral("Xã Vân Canh");
        banners.place = QStringLiteral("Đường 422");
        banners.latitude = 21.0385;
        banners.longitude = 105.7368;
        auto item = visual.addItem(banners);
        QVERIFY2(item, qPrintable(item ? QString() : item.error().message));
        QVERIFY(visual.install(item->id, QDate::currentDate().addDays(-2)));
        const QByteArray jpeg = ExifPhoto::photoWithExif("2026:11:30 08:15:00", 21.0385, 105.7368);
        auto photo = visual.addPhoto(item->id, jpeg, QStringLiteral("IMG_0412.jpg"));
        QVERIFY2(photo, qPrintable(photo ? QString() : photo.error().message));
        QCOMPARE(countOf(*an->db, plan, visualActivity), QStringLiteral("0+6+0"));

        QVERIFY_PASS(an->sync());
        QVERIFY_PASS(cuong->sync());
        QCOMPARE(cuong->pending(), 0);
        const VisualItem there = VisualRepository(*cuong->db).item(item->id).value();
        QCOMPARE(there.quantity, 6);
        QCOMPARE(there.status, VisualStatus::Installed);
        QCOMPARE(there.installedDate, QDate::currentDate().addDays(-2));
        QCOMPARE(there.place, QStringLiteral("Đường 422"));
        QCOMPARE(there.sloganId, slogan->id);
        QVERIFY(there.latitude && qAbs(*there.latitude - 21.0385) < 1e-9);
        QCOMPARE(there.photos.size(), 1);
        QCOMPARE(there.photos.first().fileName, QStringLiteral("IMG_0412.jpg"));
        QCOMPARE(there.photos.first().takenAt, photo->takenAt);
        QCOMPARE(ImageStore(*cuong->db).data(there.photos.first().imageHash).value(), jpeg);
        QCOMPARE(VisualRepository(*cuong->db).slogans(plan)->size(), 1);
        QCOMPARE(countOf(*cuong->db, plan, visualActivity), QStringLiteral("0+6+0"));

        // Taken down on the other desk: still counted (it was up), and marked so on both.
        QVERIFY(VisualRepository(*cuong->db).remove(item->id, QDate::currentDate()));
        QVERIFY_PASS(cuong->sync());
        QVERIFY_PASS(an->sync());
        QCOMPARE(VisualRepository(*an->db).item(item->id)->status, VisualStatus::Removed);
        QCOMPARE(countOf(*an->db, plan, visualActivity), QStringLiteral("0+6+0"));
    }

    // One desk rewrites an item's script while another reorders the rundown: both edits stand,
    // on both desks.
    void editsOfDifferentFieldsMerge()
    {
        auto an = join(m_staff1);
        auto cuong = join(m_staff2);
        const auto [plan, radioActivity, visualActivity] =
            newPlan(*an, QStringLiteral("9/KH-UBND"));
        const auto [station, program] = newProgram(*an, QStringLiteral("Loa thôn Hậu Ái"));
        const QString first = newItem(*an, program, radioActivity, QStringLiteral("Tin thứ nhất"));
        const QString second = newItem(*an, program, radioActivity, QStringLiteral("Tin thứ hai"));
        QVERIFY_PASS(an->sync());
        QVERIFY_PASS(cuong->sync());

        QVERIFY(RadioRepository(*an->db).setScript(first, QStringLiteral("Kịch bản đã sửa.")));
        QVERIFY(RadioRepository(*cuong->db).moveItem(second, 1));
        QVERIFY_PASS(an->sync());
        QVERIFY_PASS(cuong->sync());
        QVERIFY_PASS(an->sync());
        for (Desk *desk : {an.get(), cuong.get()}) {
            const Rundown r = RadioRepository(*desk->db)
                                  .rundown(program, QDate::currentDate().addDays(-1))
                                  .value();
            QCOMPARE(r.items.size(), 2);
            QCOMPARE(r.items.at(0).id, second);
            QCOMPARE(r.items.at(1).id, first);
            QCOMPARE(r.items.at(1).script, QStringLiteral("Kịch bản đã sửa."));
        }
        QCOMPARE(an->pending(), 0);
        QCOMPARE(cuong->pending(), 0);
    }

    // Two desks add the office's station while apart: neither is lost. The one that reached
    // the server second is renamed "… (2)" where it meets the other, and the rename goes round.
    void aStationAddedOnTwoDesksIsKeptTwice()
    {
        auto an = join(m_staff1);
        auto cuong = join(m_staff2);
        const QString name = QStringLiteral("Đài Truyền thanh xã Song Phương");
        Station s;
        s.name = name;
        auto mine = RadioRepository(*an->db).addStation(s);
        auto theirs = RadioRepository(*cuong->db).addStation(s);
        QVERIFY(mine && theirs);
        QVERIFY_PASS(an->sync());
        QVERIFY_PASS(cuong->sync()); // pushes its own, pulls an's: renamed here
        QVERIFY_PASS(cuong->sync()); // the rename goes up
        QVERIFY_PASS(an->sync());    // decides the same rename
        QVERIFY_PASS(an->sync());    // and sends it: the office agrees
        for (Desk *desk : {an.get(), cuong.get()}) {
            QStringList names;
            const QList<Station> stations = RadioRepository(*desk->db).stations().value();
            for (const Station &st : stations) {
                if (st.name.startsWith(name))
                    names << st.name;
            }
            names.sort();
            QCOMPARE(names, QStringList({name, name + QStringLiteral(" (2)")}));
        }
        QCOMPARE(admin(QStringLiteral("SELECT count(DISTINCT name) FROM pd.radio_station WHERE "
                                      "name LIKE ?"),
                       {QString(name + u'%')})
                     .toInt(),
                 2);
        QCOMPARE(an->pending(), 0);
        QCOMPARE(cuong->pending(), 0);
    }

    // The office profile filled in on one desk is the office's: a desk that joins takes it
    // (not the one its set-up assistant wrote), and an edit on any desk reaches the others.
    void theOfficeProfileIsTheOffices()
    {
        auto an = join(m_staff1);
        OfficeProfile office;
        office.name = QStringLiteral("UBND xã Vân Canh");
        office.parentBody = QStringLiteral("UBND thành phố Hà Nội");
        office.place = QStringLiteral("Vân Canh");
        office.signerName = QStringLiteral("Nguyễn Văn Hùng");
        office.signerTitle = QStringLiteral("Chủ tịch");
        office.recipients = {QStringLiteral("UBND thành phố (để b/c);"),
                             QStringLiteral("Lưu: VT.")};
        office.numberSuffix = QStringLiteral("UBND");
        office.glossary = {{QStringLiteral("TTVH"), QStringLiteral("Trung tâm Văn hóa")},
                           {QStringLiteral("TP"), QString()}};
        QVERIFY(OfficeRepository(*an->db).save(office));
        QVERIFY_PASS(an->sync());
        QCOMPARE(an->pending(), 0);
        QCOMPARE(admin(QStringLiteral("SELECT name FROM pd.office_profile")).toString(),
                 office.name);

        // A new desk whose assistant wrote another name.
        auto cuong = m_office.join(m_dir.path(), m_staff2, [](Database &db) {
            OfficeProfile mine;
            mine.name = QStringLiteral("UBND huyện Hoài Đức");
            if (!OfficeRepository(db).save(mine))
                qFatal("office");
        });
        QVERIFY_PASS(cuong->sync());
        OfficeProfile there = OfficeRepository(*cuong->db).load().value();
        QCOMPARE(there.name, office.name);
        QCOMPARE(there.parentBody, office.parentBody);
        QCOMPARE(there.recipients, office.recipients);
        QCOMPARE(there.signerName, office.signerName);
        // The office's abbreviations too: a script made on this desk reads TTVH out.
        QCOMPARE(there.glossary, office.glossary);
        QCOMPARE(Text::readingScript(QStringLiteral("TTVH xã"), there.effectiveGlossary()),
                 QStringLiteral("Trung tâm Văn hóa xã"));
        QCOMPARE(cuong->pending(), 0);

        there.signerName = QStringLiteral("Trần Thị Mai");
        QVERIFY(OfficeRepository(*cuong->db).save(there));
        QVERIFY_PASS(cuong->sync());
        QVERIFY_PASS(an->sync());
        QCOMPARE(OfficeRepository(*an->db).load()->signerName, QStringLiteral("Trần Thị Mai"));
        QCOMPARE(OfficeRepository(*an->db).load()->name, office.name);
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.office_profile")).toInt(), 1);
    }

    // A new profile's demo (Plan 65's radio item and broadcasts, its stations and programme,
    // its banners) stays on the desk that joined; the office gets none of it.
    void theDemoRegistersStayOnTheDesk()
    {
        auto an = join(m_staff1, true);
        QVERIFY(!RadioRepository(*an->db).stations()->isEmpty());
        QCOMPARE(an->pending(), 0);
        QVERIFY_PASS(an->sync());
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.radio_station WHERE name = ?"),
                       {QStringLiteral("Đài Truyền thanh huyện Hoài Đức")})
                     .toInt(),
                 0);
        // Work on the demo plan after joining stays too; a new station does not.
        VisualItem panel;
        panel.activityId = VisualRepository(*an->db).items()->first().activityId;
        panel.form = VisualForm::Panel;
        panel.place = QStringLiteral("Trụ sở xã");
        QVERIFY(VisualRepository(*an->db).addItem(panel));
        Station s;
        s.name = QStringLiteral("Loa xã Tiền Yên");
        QVERIFY(RadioRepository(*an->db).addStation(s));
        QCOMPARE(an->pending(), 1);
        QVERIFY_PASS(an->sync());
        QCOMPARE(an->pending(), 0);
        QCOMPARE(
            admin(QStringLiteral("SELECT count(*) FROM pd.radio_station WHERE name = ?"), {s.name})
                .toInt(),
            1);
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pd.visual_item WHERE place = ?"),
                       {panel.place})
                     .toInt(),
                 0);
    }

    // A broadcast on the server is what was on air: a staff login with psql cannot rewrite or
    // delete it, only remove it once.
    void theServerKeepsBroadcastsAsRecorded()
    {
        auto an = join(m_staff1);
        const auto [plan, radioActivity, visualActivity] =
            newPlan(*an, QStringLiteral("10/KH-UBND"));
        const auto [station, program] = newProgram(*an, QStringLiteral("Loa thôn Lai Xá"));
        const QString item = newItem(*an, program, radioActivity, QStringLiteral("Thông báo"));
        auto aired = RadioRepository(*an->db).markAired(
            item, station, QDateTime(QDate::currentDate().addDays(-1), QTime(6, 1)));
        QVERIFY(aired);
        QVERIFY_PASS(an->sync());

        auto asAn = m_office.psqlAs(m_staff1);
        QVERIFY(asAn->isOpen());
        const auto run = [&](const QString &sql, const QVariantList &values) {
            return TestOfficeServer::runAs(*asAn, sql, values);
        };
        QCOMPARE(run(QStringLiteral("DELETE FROM pd.radio_aired WHERE id = ?::uuid"), {aired->id}),
                 QStringLiteral("42501"));
        QCOMPARE(run(QStringLiteral("DELETE FROM pd.radio_station WHERE id = ?::uuid"), {station}),
                 QStringLiteral("42501"));
        QCOMPARE(run(QStringLiteral("UPDATE pd.radio_aired SET aired_at = aired_at + interval "
                                    "'1 day' WHERE id = ?::uuid"),
                     {aired->id}),
                 QStringLiteral("PD002"));
        QCOMPARE(run(QStringLiteral("UPDATE pd.radio_aired SET deleted = true WHERE id = ?::uuid"),
                     {aired->id}),
                 QStringLiteral("done"));
        QCOMPARE(run(QStringLiteral("UPDATE pd.radio_aired SET deleted = false WHERE id = "
                                    "?::uuid"),
                     {aired->id}),
                 QStringLiteral("PD002"));
        // Another office's login sees none of it (row-level security): checked by the server
        // check above; here the desk learns the removal.
        QVERIFY_PASS(an->sync());
        QCOMPARE(countOf(*an->db, plan, radioActivity), QStringLiteral("0+0+0"));
    }
};

QTEST_GUILESS_MAIN(TestRegisterSync)
#include "TestRegisterSync.moc"
