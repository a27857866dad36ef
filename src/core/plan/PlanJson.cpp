#include "plan/PlanJson.h"

#include "plan/PlanRepository.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace PressDesk {

namespace {

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QDate PlanJson::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("dd/MM/yyyy"));
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("d/M/yyyy"));
    return d;
}

QJsonObject PlanJson::toJson(const Plan &p, const QList<Activity> &activities)
{
    QJsonArray acts;
    for (const Activity &a : activities)
        acts << QJsonObject{{QStringLiteral("id"), a.id},
                            {QStringLiteral("channel"), channelKey(a.channel)},
                            {QStringLiteral("focus_topic"), a.focusTopic},
                            {QStringLiteral("description"), a.description},
                            {QStringLiteral("responsible_unit"), a.responsibleUnit},
                            {QStringLiteral("start"), dateText(a.start)},
                            {QStringLiteral("due"), dateText(a.due)},
                            {QStringLiteral("target"), a.target},
                            {QStringLiteral("unit"), a.unit},
                            {QStringLiteral("status"), a.status},
                            {QStringLiteral("behind_reason"), a.behindReason}};
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("pressdesk-plan")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("id"), p.id},
                       {QStringLiteral("number"), p.number},
                       {QStringLiteral("title"), p.title},
                       {QStringLiteral("issuing_body"), p.issuingBody},
                       {QStringLiteral("issue_date"), dateText(p.issueDate)},
                       {QStringLiteral("period_start"), dateText(p.periodStart)},
                       {QStringLiteral("period_end"), dateText(p.periodEnd)},
                       {QStringLiteral("theme"), p.theme},
                       {QStringLiteral("focus_topics"), QJsonArray::fromStringList(p.focusTopics)},
                       {QStringLiteral("status"), p.status},
                       {QStringLiteral("document_name"), p.documentName},
                       {QStringLiteral("activities"), acts}};
}

Result<PlanWithActivities> PlanJson::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error{QStringLiteral("format"),
                     tr("This is not a plan file (JSON object expected): %1")
                         .arg(parseError.error != QJsonParseError::NoError
                                  ? parseError.errorString()
                                  : tr("not an object"))};
    const QJsonObject o = doc.object();
    const QString format = o.value(QLatin1String("format")).toString();
    if (!format.isEmpty() && format != QLatin1String("pressdesk-plan"))
        return Error{QStringLiteral("format"),
                     tr("This file holds “%1”, not a PressDesk plan.").arg(format)};
    if (o.value(QLatin1String("version")).toInt(1) > 1)
        return Error{QStringLiteral("format"),
                     tr("This plan file was written by a newer version of PressDesk.")};

    // A date field: empty is fine, anything else must be a date.
    QString badDate;
    const auto date = [&badDate](const QJsonObject &from, const char *key) {
        const QString text = from.value(QLatin1String(key)).toString();
        if (text.trimmed().isEmpty())
            return QDate();
        const QDate d = parseDate(text);
        if (!d.isValid() && badDate.isEmpty())
            badDate = QStringLiteral("%1 “%2”").arg(QLatin1String(key), text);
        return d;
    };

    PlanWithActivities out;
    Plan &p = out.plan;
    p.id = o.value(QLatin1String("id")).toString();
    p.number = o.value(QLatin1String("number")).toString();
    p.title = o.value(QLatin1String("title")).toString();
    p.issuingBody = o.value(QLatin1String("issuing_body")).toString();
    p.issueDate = date(o, "issue_date");
    p.periodStart = date(o, "period_start");
    p.periodEnd = date(o, "period_end");
    p.theme = o.value(QLatin1String("theme")).toString();
    for (const auto &t : o.value(QLatin1String("focus_topics")).toArray())
        p.focusTopics << t.toString();
    p.status = o.value(QLatin1String("status")).toString(QStringLiteral("active"));

    const QJsonArray acts = o.value(QLatin1String("activities")).toArray();
    for (qsizetype i = 0; i < acts.size(); ++i) {
        const QJsonObject ao = acts.at(i).toObject();
        Activity a;
        a.id = ao.value(QLatin1String("id")).toString();
        const QString channel = ao.value(QLatin1String("channel")).toString();
        const auto c = channelFromKey(channel);
        if (!c)
            return Error{QStringLiteral("format"),
                         tr("Activity %1 has an unknown channel “%2” (portal, radio, visual, "
                            "press, meetings or other).")
                             .arg(i + 1)
                             .arg(channel)};
        a.channel = *c;
        a.focusTopic = ao.value(QLatin1String("focus_topic")).toString();
        a.description = ao.value(QLatin1String("description")).toString();
        a.responsibleUnit = ao.value(QLatin1String("responsible_unit")).toString();
        a.start = date(ao, "start");
        a.due = date(ao, "due");
        const QJsonValue target = ao.value(QLatin1String("target"));
        if (!target.isUndefined() && !target.isDouble())
            return Error{QStringLiteral("format"),
                         tr("Activity %1: the target must be a number.").arg(i + 1)};
        a.target = target.toInt();
        a.unit = ao.value(QLatin1String("unit")).toString();
        a.status = ao.value(QLatin1String("status")).toString(QStringLiteral("open"));
        a.behindReason = ao.value(QLatin1String("behind_reason")).toString();
        a.position = int(i);
        out.activities << a;
    }
    if (!badDate.isEmpty())
        return Error{QStringLiteral("format"),
                     tr("Not a date: %1 (write dates as 2019-02-19 or 19/02/2019).").arg(badDate)};
    return out;
}

Result<Plan> PlanJson::import(Database &db, const QByteArray &json)
{
    auto parsed = fromJson(json);
    if (!parsed)
        return parsed.error();
    PlanRepository repo(db);
    QString planId;
    auto st = db.transaction([&]() -> Status {
        auto plan = repo.create(parsed->plan);
        if (!plan)
            return plan.error();
        planId = plan->id;
        for (Activity a : std::as_const(parsed->activities)) {
            a.planId = planId;
            if (auto added = repo.addActivity(a); !added)
                return Error{added.error().code,
                             tr("Activity %1: %2").arg(a.position + 1).arg(added.error().message)};
        }
        return {};
    });
    if (!st)
        return st.error();
    return repo.get(planId);
}

} // namespace PressDesk
