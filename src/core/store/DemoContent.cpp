#include "store/DemoContent.h"

#include "plan/PlanJson.h"
#include "plan/PlanRepository.h"
#include "store/ArticleRepository.h"
#include "store/CategoryRepository.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PressDesk {

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
        for (const Activity &activity : std::as_const(activities.value())) {
            if (activity.channel == Channel::Portal)
                return plans.link(created->id, activity.id);
        }
        return {};
    });
}

} // namespace PressDesk
