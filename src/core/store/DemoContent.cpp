#include "store/DemoContent.h"

#include "office/OfficeRepository.h"
#include "plan/PlanJson.h"
#include "plan/PlanRepository.h"
#include "radio/RadioRepository.h"
#include "store/ArticleRepository.h"
#include "store/CategoryRepository.h"
#include "store/Database.h"
#include "visual/VisualRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PressDesk {

namespace {

// The office of the demo's time (2019, before the districts were abolished in 2025): the
// district's culture and information office, under its People's Committee. Data like the rest
// of the demo: an office that is not the demo sets its own (Settings → Office).
Status seedOffice(Database &db)
{
    OfficeRepository offices(db);
    auto current = offices.load();
    if (!current)
        return current.error();
    if (current.value() != OfficeProfile{})
        return {}; // the office has said who it is
    OfficeProfile office;
    office.name = QStringLiteral("Phòng Văn hóa và Thông tin");
    office.parentBody = QStringLiteral("UBND huyện Hoài Đức");
    office.place = QStringLiteral("Hoài Đức");
    office.signerTitle = QStringLiteral("Trưởng phòng");
    office.recipients = {QStringLiteral("UBND huyện (để b/c);"), QStringLiteral("Lưu: VT.")};
    office.numberSuffix = QStringLiteral("VHTT");
    return offices.save(office);
}

} // namespace

Status DemoContent::seed(Database &db)
{
    QFile file(QStringLiteral(":/pressdesk/demo/article.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("demo"), QStringLiteral("demo content missing from build")};
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();

    Article a;
    a.id = o.value(QLatin1String("id")).toString();
    a.title = o.value(QLatin1String("title")).toString();
    a.lead = o.value(QLatin1String("lead")).toString();
    a.bodyHtml = o.value(QLatin1String("body_html")).toString();
    a.source = o.value(QLatin1String("source")).toString();
    a.author = o.value(QLatin1String("author")).toString();
    for (const auto &t : o.value(QLatin1String("tags")).toArray())
        a.tags << t.toString();
    a.createdAt =
        QDateTime::fromString(o.value(QLatin1String("created_at")).toString(), Qt::ISODate);
    const auto category =
        CategoryRepository(db).find(o.value(QLatin1String("category")).toString());
    if (category)
        a.categoryId = category->id;
    return db.transaction([&]() -> Status {
        auto created = ArticleRepository(db).create(a);
        if (!created)
            return created.error();

        // The plan the article reports, with the article linked to its portal activity.
        QFile planFile(QStringLiteral(":/pressdesk/demo/plan-65.json"));
        if (!planFile.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("demo"), QStringLiteral("demo plan missing from build")};
        auto plan = PlanJson::import(db, planFile.readAll());
        if (!plan)
            return plan.error();
        PlanRepository plans(db);
        auto activities = plans.activities(plan->id);
        if (!activities)
            return activities.error();
        // The first portal activity (the plan's own order), the first radio one and the
        // first visual one.
        bool linked = false;
        QString radioActivity;
        const Activity *visualActivity = nullptr;
        for (const Activity &activity : std::as_const(activities.value())) {
            if (activity.channel == Channel::Portal && !linked) {
                if (auto st = plans.link(created->id, activity.id); !st)
                    return st;
                linked = true;
            }
            if (activity.channel == Channel::Radio && radioActivity.isEmpty())
                radioActivity = activity.id;
            if (activity.channel == Channel::VisualCampaign && !visualActivity)
                visualActivity = &activity;
        }
        if (auto st = seedOffice(db); !st)
            return st;
        if (auto st = seedRadio(db, created->id, radioActivity); !st)
            return st;
        return visualActivity ? seedVisual(db, plan.value(), *visualActivity) : Status{};
    });
}

// The radio of the plan's time: the district's station and a commune's loudspeakers, the
// morning bulletin, the article read the day after the plan was issued and aired on both — so
// a new user sees the plan's radio activity counted from the aired log.
Status DemoContent::seedRadio(Database &db, const QString &articleId, const QString &activityId)
{
    if (activityId.isEmpty())
        return {};
    RadioRepository radio(db);
    Station district;
    district.name = QStringLiteral("Đài Truyền thanh huyện Hoài Đức");
    auto station = radio.addStation(district);
    if (!station)
        return station.error();
    Station commune;
    commune.name = QStringLiteral("Loa truyền thanh xã Vân Canh");
    commune.kind = StationKind::Loudspeakers;
    auto speakers = radio.addStation(commune);
    if (!speakers)
        return speakers.error();
    Program bulletin;
    bulletin.name = QStringLiteral("Thời sự Hoài Đức");
    bulletin.stationId = station->id;
    bulletin.startTime = QStringLiteral("06:00");
    bulletin.lengthMinutes = 15;
    auto program = radio.addProgram(bulletin);
    if (!program)
        return program.error();
    const QDate day(2019, 2, 20);
    auto item = radio.addItemFromArticle(articleId, program->id, day, activityId);
    if (!item)
        return item.error();
    for (const QString &stationId : {station->id, speakers->id}) {
        if (auto aired = radio.markAired(item->id, stationId, QDateTime(day, QTime(6, 5))); !aired)
            return aired.error();
    }
    return {};
}

// The plan's visual campaign: its theme in the slogan library, six banners of it along the
// main road of the district's town, put up the week after the plan was issued, and a panel at a
// commune's office still planned — so a new user sees the visual activity count 6 (what was
// installed; the planned panel counts nothing yet).
Status DemoContent::seedVisual(Database &db, const Plan &plan, const Activity &activity)
{
    VisualRepository visual(db);
    VisualSlogan theme;
    theme.planId = plan.id;
    theme.text = plan.theme;
    theme.topic = plan.theme;
    auto slogan = visual.addSlogan(theme);
    if (!slogan)
        return slogan.error();
    VisualItem banners;
    banners.activityId = activity.id;
    banners.sloganId = slogan->id;
    banners.form = VisualForm::Banner;
    banners.size = QStringLiteral("0,8 × 7 m");
    banners.quantity = 6;
    banners.commune = QStringLiteral("Thị trấn Trạm Trôi");
    banners.place = QStringLiteral("Quốc lộ 32");
    banners.responsibleUnit = activity.responsibleUnit;
    banners.plannedDate = QDate(2019, 2, 25);
    banners.installedDate = QDate(2019, 2, 26);
    if (auto added = visual.addItem(banners); !added)
        return added.error();
    VisualItem panel;
    panel.activityId = activity.id;
    panel.sloganId = slogan->id;
    panel.form = VisualForm::Panel;
    panel.size = QStringLiteral("3 × 6 m");
    panel.quantity = 1;
    panel.commune = QStringLiteral("Xã Vân Canh");
    panel.place = QStringLiteral("Trước trụ sở UBND xã");
    panel.responsibleUnit = QStringLiteral("UBND xã Vân Canh");
    panel.plannedDate = QDate(2019, 3, 15);
    if (auto added = visual.addItem(panel); !added)
        return added.error();
    return {};
}

} // namespace PressDesk
