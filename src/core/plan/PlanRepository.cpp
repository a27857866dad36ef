#include "plan/PlanRepository.h"

#include "FileErrors.h"
#include "model/Article.h"
#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlUtil.h"
#include "store/UserRepository.h"
#include "text/TextFold.h"
#include "workflow/Workflow.h"

#include <QCollator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <algorithm>

namespace PressDesk {

namespace {

const QLatin1String kPlanColumns("id, number, title, issuing_body, issue_date, period_start, "
                                 "period_end, theme, focus_topics, status, document_name, "
                                 "created_at, updated_at");
const QLatin1String kActivityColumns("id, plan_id, channel, focus_topic, description, "
                                     "responsible_unit, start_date, due_date, target, unit, "
                                     "status, behind_reason, position");

using Sql::newId;

// Calendar dates as 'yyyy-MM-dd', '' when unknown.
QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("");
}

QDate dateFrom(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QString clean(const QString &s)
{
    return Text::toNfc(s).trimmed();
}

Plan planFrom(const QSqlQuery &q)
{
    Plan p;
    p.id = q.value(0).toString();
    p.number = q.value(1).toString();
    p.title = q.value(2).toString();
    p.issuingBody = q.value(3).toString();
    p.issueDate = dateFrom(q.value(4));
    p.periodStart = dateFrom(q.value(5));
    p.periodEnd = dateFrom(q.value(6));
    p.theme = q.value(7).toString();
    for (const auto &t : QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array())
        p.focusTopics << t.toString();
    p.status = q.value(9).toString();
    p.documentName = q.value(10).toString();
    p.createdAt = Sql::fromIso(q.value(11).toString());
    p.updatedAt = Sql::fromIso(q.value(12).toString());
    return p;
}

Activity activityFrom(const QSqlQuery &q, int offset = 0)
{
    Activity a;
    a.id = q.value(offset + 0).toString();
    a.planId = q.value(offset + 1).toString();
    a.channel = channelFromKey(q.value(offset + 2).toString()).value_or(Channel::Other);
    a.focusTopic = q.value(offset + 3).toString();
    a.description = q.value(offset + 4).toString();
    a.responsibleUnit = q.value(offset + 5).toString();
    a.start = dateFrom(q.value(offset + 6));
    a.due = dateFrom(q.value(offset + 7));
    a.target = q.value(offset + 8).toInt();
    a.unit = q.value(offset + 9).toString();
    a.status = q.value(offset + 10).toString();
    a.behindReason = q.value(offset + 11).toString();
    a.position = q.value(offset + 12).toInt();
    return a;
}

QString topicsJson(const QStringList &topics)
{
    QJsonArray arr;
    for (const QString &t : topics) {
        const QString c = clean(t);
        if (!c.isEmpty())
            arr << c;
    }
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}

Plan normalized(Plan p)
{
    p.number = clean(p.number).simplified();
    p.title = clean(p.title);
    p.issuingBody = clean(p.issuingBody);
    p.theme = clean(p.theme);
    QStringList topics;
    for (const QString &t : std::as_const(p.focusTopics)) {
        if (!clean(t).isEmpty())
            topics << clean(t);
    }
    p.focusTopics = topics;
    if (p.status.isEmpty())
        p.status = QStringLiteral("active");
    return p;
}

Activity normalized(Activity a)
{
    a.focusTopic = clean(a.focusTopic);
    a.description = clean(a.description);
    a.responsibleUnit = clean(a.responsibleUnit);
    a.unit = clean(a.unit);
    a.behindReason = clean(a.behindReason);
    if (a.status.isEmpty())
        a.status = QStringLiteral("open");
    return a;
}

// Marks removed the links and manual entries of the activities `activities` selects (a query
// of plan_activities' ids with one value bound to `key`).
// The links of removed activities go with them. Their manual entries stay as counted (a
// removed activity counts nothing, so they count nothing): when another desk's edit brings the
// activity back (an edit beats a removal it did not know of), they count again, and a manual
// entry is never lost.
Status removeLinks(Database &db, const QString &activities, const QString &key, const QString &now)
{
    return Sql::run(db,
                    QStringLiteral("UPDATE activity_articles SET deleted = 1, dirty = 1, "
                                   "local_rev = local_rev + 1, updated_at = ? "
                                   "WHERE deleted = 0 AND activity_id IN (%1)")
                        .arg(activities),
                    {now, key});
}

// A unit as compared: the same words are the same unit, whatever their case, spaces or
// tone-mark style ("Phòng Văn hoá" is "Phòng Văn hóa").
QString unitKey(const QString &unit)
{
    return Text::exactSearchForm(clean(unit).simplified());
}

UnitChange unitChangeFrom(const QSqlQuery &q)
{
    UnitChange c;
    c.id = q.value(0).toString();
    c.activityId = q.value(1).toString();
    c.fromUnit = q.value(2).toString();
    c.toUnit = q.value(3).toString();
    c.at = Sql::fromIso(q.value(4).toString());
    c.by = q.value(5).toString();
    c.note = q.value(6).toString();
    return c;
}

const QLatin1String kUnitChangeColumns("id, activity_id, from_unit, to_unit, reassigned_at, "
                                       "reassigned_by, note");

} // namespace

Status PlanRepository::validate(const Plan &p) const
{
    if (p.number.isEmpty())
        return Error{QStringLiteral("invalid"),
                     tr("A plan needs its number and symbol (for example 65/KH-UBND).")};
    if (p.periodStart.isValid() && p.periodEnd.isValid() && p.periodEnd < p.periodStart)
        return Error{QStringLiteral("invalid"),
                     tr("The plan's period ends (%1) before it starts (%2).")
                         .arg(p.periodEnd.toString(QStringLiteral("dd/MM/yyyy")),
                              p.periodStart.toString(QStringLiteral("dd/MM/yyyy")))};
    static const QStringList statuses{QStringLiteral("draft"), QStringLiteral("active"),
                                      QStringLiteral("done")};
    if (!statuses.contains(p.status))
        return Error{QStringLiteral("invalid"),
                     tr("Unknown plan status “%1” (draft, active or done).").arg(p.status)};
    return {};
}

Status PlanRepository::validate(const Activity &a) const
{
    if (a.target < 0)
        return Error{QStringLiteral("invalid"), tr("An activity's target cannot be negative.")};
    if (a.start.isValid() && a.due.isValid() && a.due < a.start)
        return Error{QStringLiteral("invalid"),
                     tr("The activity is due (%1) before it starts (%2).")
                         .arg(a.due.toString(QStringLiteral("dd/MM/yyyy")),
                              a.start.toString(QStringLiteral("dd/MM/yyyy")))};
    static const QStringList statuses{QStringLiteral("open"), QStringLiteral("done"),
                                      QStringLiteral("cancelled")};
    if (!statuses.contains(a.status))
        return Error{QStringLiteral("invalid"),
                     tr("Unknown activity status “%1” (open, done or cancelled).").arg(a.status)};
    return {};
}

Result<Plan> PlanRepository::create(Plan raw)
{
    Plan p = normalized(std::move(raw));
    if (auto st = validate(p); !st)
        return st.error();
    if (p.id.isEmpty())
        p.id = newId();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    p.createdAt = p.createdAt.isValid() ? p.createdAt : now;
    p.updatedAt = p.updatedAt.isValid() ? p.updatedAt : p.createdAt;

    auto st = m_db.transaction([&]() -> Status {
        auto dup =
            Sql::exec(m_db,
                      QStringLiteral("SELECT id, issue_date, deleted FROM plans WHERE id = ? "
                                     "OR (number = ? COLLATE NOCASE AND deleted = 0)"),
                      {p.id, p.number});
        if (!dup)
            return dup.error();
        bool removed = false; // the id of a removed plan: it comes back
        while (dup->next()) {
            if (dup->value(0).toString() == p.id && dup->value(2).toBool()) {
                removed = true;
                continue;
            }
            if (dup->value(0).toString() == p.id)
                return Error{QStringLiteral("exists"),
                             tr("This profile already holds that plan (id %1).").arg(p.id)};
            if (dateFrom(dup->value(1)).year() == p.issueDate.year())
                return Error{QStringLiteral("exists"),
                             tr("A plan numbered %1 issued in %2 already exists.")
                                 .arg(p.number)
                                 .arg(p.issueDate.isValid() ? QString::number(p.issueDate.year())
                                                            : tr("an unknown year"))};
        }
        const QVariantList values{p.number,
                                  Sql::text(p.title),
                                  Sql::text(p.issuingBody),
                                  dateText(p.issueDate),
                                  dateText(p.periodStart),
                                  dateText(p.periodEnd),
                                  Sql::text(p.theme),
                                  topicsJson(p.focusTopics),
                                  p.status,
                                  Sql::iso(p.createdAt),
                                  Sql::iso(p.updatedAt),
                                  p.id};
        if (removed)
            return Sql::run(
                m_db,
                QStringLiteral("UPDATE plans SET number = ?, title = ?, issuing_body = ?, "
                               "issue_date = ?, period_start = ?, period_end = ?, theme = ?, "
                               "focus_topics = ?, status = ?, created_at = ?, updated_at = ?, "
                               "document_name = '', document_mime = '', document = NULL, "
                               "document_sent = 0, deleted = 0, dirty = 1, "
                               "local_rev = local_rev + 1 WHERE id = ?"),
                values);
        return Sql::run(m_db,
                        QStringLiteral("INSERT INTO plans (number, title, issuing_body, "
                                       "issue_date, period_start, period_end, theme, "
                                       "focus_topics, status, created_at, updated_at, id) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        values);
    });
    if (!st)
        return st.error();
    return get(p.id);
}

Status PlanRepository::update(const Plan &raw)
{
    const Plan p = normalized(raw);
    if (auto st = validate(p); !st)
        return st;
    auto changed = Sql::affected(
        m_db,
        QStringLiteral("UPDATE plans SET number = ?, title = ?, issuing_body = ?, issue_date = ?, "
                       "period_start = ?, period_end = ?, theme = ?, focus_topics = ?, status = ?, "
                       "updated_at = ?, local_rev = local_rev + 1, dirty = 1 "
                       "WHERE id = ? AND deleted = 0"),
        {p.number, Sql::text(p.title), Sql::text(p.issuingBody), dateText(p.issueDate),
         dateText(p.periodStart), dateText(p.periodEnd), Sql::text(p.theme),
         topicsJson(p.focusTopics), p.status, Sql::iso(QDateTime::currentDateTimeUtc()), p.id});
    if (!changed)
        return changed.error();
    if (changed.value() == 0)
        return Error{QStringLiteral("not-found"), tr("No plan with id %1.").arg(p.id)};
    return {};
}

Result<QList<Plan>> PlanRepository::list() const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT %1 FROM plans WHERE deleted = 0 "
                                            "ORDER BY issue_date DESC, number, created_at")
                                 .arg(kPlanColumns));
    if (!q)
        return q.error();
    QList<Plan> out;
    while (q->next())
        out << planFrom(q.value());
    return out;
}

Result<Plan> PlanRepository::get(const QString &id) const
{
    auto row = Sql::one(
        m_db, QStringLiteral("SELECT %1 FROM plans WHERE id = ? AND deleted = 0").arg(kPlanColumns),
        {id});
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error{QStringLiteral("not-found"), tr("No plan with id %1.").arg(id)};
    return planFrom(**row);
}

Result<Plan> PlanRepository::find(const QString &idOrNumber) const
{
    const QString key = clean(idOrNumber).simplified();
    if (key.isEmpty())
        return Error{QStringLiteral("not-found"), tr("Which plan? Give its number or id.")};
    auto all = list();
    if (!all)
        return all.error();
    QList<Plan> byNumber, byPrefix;
    for (const Plan &p : std::as_const(all.value())) {
        if (p.id == key)
            return p;
        if (p.number.compare(key, Qt::CaseInsensitive) == 0)
            byNumber << p;
        else if (key.size() >= 4 && p.id.startsWith(key))
            byPrefix << p;
    }
    const QList<Plan> &found = byNumber.isEmpty() ? byPrefix : byNumber;
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        return Error{QStringLiteral("not-found"), tr("No plan numbered or with id %1.").arg(key)};
    QStringList which;
    for (const Plan &p : found)
        which << QStringLiteral("%1 (%2)").arg(p.id, p.issueDate.toString(QStringLiteral("yyyy")));
    return Error{
        QStringLiteral("ambiguous"),
        tr("Several plans match %1: %2. Give the id.").arg(key, which.join(QStringLiteral(", ")))};
}

Status PlanRepository::remove(const QString &id)
{
    const QString now = Sql::iso(QDateTime::currentDateTimeUtc());
    return m_db.transaction([&]() -> Status {
        auto removed = Sql::affected(
            m_db,
            QStringLiteral("UPDATE plans SET deleted = 1, dirty = 1, local_rev = local_rev + 1, "
                           "updated_at = ?, document_name = '', document_mime = '', "
                           "document = NULL, document_sent = 0 WHERE id = ? AND deleted = 0"),
            {now, id});
        if (!removed)
            return removed.error();
        if (removed.value() == 0)
            return Error{QStringLiteral("not-found"), tr("No plan with id %1.").arg(id)};
        if (auto st = removeLinks(
                m_db, QStringLiteral("SELECT id FROM plan_activities WHERE plan_id = ?"), id, now);
            !st)
            return st;
        return Sql::run(m_db,
                        QStringLiteral("UPDATE plan_activities SET deleted = 1, dirty = 1, "
                                       "local_rev = local_rev + 1, updated_at = ? "
                                       "WHERE plan_id = ? AND deleted = 0"),
                        {now, id});
    });
}

Result<QString> PlanRepository::documentMimeType(const QString &fileName, const QByteArray &data)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool zip = data.startsWith("PK\x03\x04");
    QString mime;
    bool contentMatches = false;
    if (suffix == QLatin1String("pdf")) {
        mime = QStringLiteral("application/pdf");
        contentMatches = data.startsWith("%PDF-");
    } else if (suffix == QLatin1String("doc")) {
        mime = QStringLiteral("application/msword");
        contentMatches = data.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1"));
    } else if (suffix == QLatin1String("docx")) {
        mime = QStringLiteral(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        contentMatches = zip && data.contains("word/");
    } else if (suffix == QLatin1String("odt")) {
        mime = QStringLiteral("application/vnd.oasis.opendocument.text");
        contentMatches = zip && data.left(100).contains("application/vnd.oasis.opendocument.text");
    } else {
        return Error{QStringLiteral("document-type"),
                     tr("%1 cannot be attached: a plan keeps its document as PDF, DOC, DOCX or "
                        "ODT.")
                         .arg(QFileInfo(fileName).fileName())};
    }
    if (!contentMatches)
        return Error{QStringLiteral("document-type"),
                     tr("%1 is not a valid %2 file (it may be damaged or renamed); nothing was "
                        "attached.")
                         .arg(QFileInfo(fileName).fileName(), suffix.toUpper())};
    return mime;
}

Status PlanRepository::attachDocument(const QString &planId, const QString &fileName,
                                      const QByteArray &data)
{
    if (data.size() > maxDocumentSize)
        return Error{QStringLiteral("too-large"),
                     tr("%1 is larger than 50 MB; attach a smaller copy (for example a PDF).")
                         .arg(QFileInfo(fileName).fileName())};
    auto mime = documentMimeType(fileName, data);
    if (!mime)
        return mime.error();
    auto changed = Sql::affected(
        m_db,
        QStringLiteral("UPDATE plans SET document_name = ?, document_mime = ?, document = ?, "
                       "updated_at = ?, local_rev = local_rev + 1, dirty = 1, document_sent = 0 "
                       "WHERE id = ? AND deleted = 0"),
        {QFileInfo(fileName).fileName(), mime.value(), data,
         Sql::iso(QDateTime::currentDateTimeUtc()), planId});
    if (!changed)
        return changed.error();
    if (changed.value() == 0)
        return Error{QStringLiteral("not-found"), tr("No plan with id %1.").arg(planId)};
    return {};
}

Status PlanRepository::attachDocumentFile(const QString &planId, const QString &path)
{
    QFile file(path);
    if (file.size() > maxDocumentSize)
        return Error{QStringLiteral("too-large"),
                     tr("%1 is larger than 50 MB; attach a smaller copy (for example a PDF).")
                         .arg(QFileInfo(path).fileName())};
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
        return FileErrors::readError(path, file); // in our words, for the app and the CLI
    return attachDocument(planId, path, file.readAll());
}

Result<PlanDocument> PlanRepository::document(const QString &planId) const
{
    auto row = Sql::one(m_db,
                        QStringLiteral("SELECT document_name, document_mime, document FROM plans "
                                       "WHERE id = ? AND deleted = 0"),
                        {planId});
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error{QStringLiteral("not-found"), tr("No plan with id %1.").arg(planId)};
    const QSqlQuery &q = **row;
    if (q.value(0).toString().isEmpty())
        return Error{QStringLiteral("no-document"),
                     tr("The plan's original document has not been attached.")};
    return PlanDocument{q.value(0).toString(), q.value(1).toString(), q.value(2).toByteArray()};
}

Result<Activity> PlanRepository::addActivity(Activity raw)
{
    Activity a = normalized(std::move(raw));
    if (auto st = validate(a); !st)
        return st.error();
    if (a.id.isEmpty())
        a.id = newId();
    auto st = m_db.transaction([&]() -> Status {
        if (auto plan = get(a.planId); !plan)
            return plan.error();
        auto held = Sql::value(m_db,
                               QStringLiteral("SELECT deleted FROM plan_activities "
                                              "WHERE id = ?"),
                               {a.id});
        if (!held)
            return held.error();
        if (held->isValid() && !held->toBool())
            return Error{QStringLiteral("exists"),
                         tr("This profile already holds an activity with id %1.").arg(a.id)};
        const bool removed = held->isValid(); // the id of a removed activity: it comes back
        if (a.position < 0) {
            auto last = Sql::value(m_db,
                                   QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM "
                                                  "plan_activities WHERE plan_id = ? AND "
                                                  "deleted = 0"),
                                   {a.planId});
            if (!last)
                return last.error();
            a.position = last->toInt();
        }
        const QString now = Sql::iso(QDateTime::currentDateTimeUtc());
        const QVariantList values{a.planId,
                                  channelKey(a.channel),
                                  Sql::text(a.focusTopic),
                                  Sql::text(a.description),
                                  Sql::text(a.responsibleUnit),
                                  dateText(a.start),
                                  dateText(a.due),
                                  a.target,
                                  Sql::text(a.unit),
                                  a.status,
                                  Sql::text(a.behindReason),
                                  a.position,
                                  now,
                                  now,
                                  a.id};
        if (removed)
            return Sql::run(
                m_db,
                QStringLiteral("UPDATE plan_activities SET plan_id = ?, channel = ?, "
                               "focus_topic = ?, description = ?, responsible_unit = ?, "
                               "start_date = ?, due_date = ?, target = ?, unit = ?, status = ?, "
                               "behind_reason = ?, position = ?, created_at = ?, updated_at = ?, "
                               "deleted = 0, dirty = 1, local_rev = local_rev + 1 WHERE id = ?"),
                values);
        return Sql::run(m_db,
                        QStringLiteral("INSERT INTO plan_activities (plan_id, channel, "
                                       "focus_topic, description, responsible_unit, start_date, "
                                       "due_date, target, unit, status, behind_reason, position, "
                                       "created_at, updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                       "?, ?, ?, ?, ?, ?, ?, ?)"),
                        values);
    });
    if (!st)
        return st.error();
    return activity(a.id);
}

Status PlanRepository::updateActivity(const Activity &raw)
{
    const Activity a = normalized(raw);
    if (auto st = validate(a); !st)
        return st;
    return m_db.transaction([&]() -> Status {
        auto unit = Sql::value(m_db,
                               QStringLiteral("SELECT responsible_unit FROM plan_activities "
                                              "WHERE id = ? AND deleted = 0"),
                               {a.id});
        if (!unit)
            return unit.error();
        if (!unit->isValid())
            return Error{QStringLiteral("not-found"), tr("No activity with id %1.").arg(a.id)};
        // Once an activity has a unit, another takes it over only by a recorded reassignment
        // (reassignUnit): the history of who was responsible when is what the report shows.
        const QString current = unit->toString();
        if (!current.isEmpty() && current != a.responsibleUnit)
            return Error{QStringLiteral("unit-reassign"),
                         tr("%1 is responsible for this activity. Another unit takes it over by "
                            "Reassign responsible unit… in the plan window (pressdesk-cli plan "
                            "activity reassign), which records the change.")
                             .arg(current)};
        return Sql::run(
            m_db,
            QStringLiteral("UPDATE plan_activities SET channel = ?, focus_topic = ?, "
                           "description = ?, responsible_unit = ?, start_date = ?, due_date = ?, "
                           "target = ?, unit = ?, status = ?, behind_reason = ?, position = ?, "
                           "updated_at = ?, local_rev = local_rev + 1, dirty = 1 "
                           "WHERE id = ? AND deleted = 0"),
            {channelKey(a.channel), Sql::text(a.focusTopic), Sql::text(a.description),
             Sql::text(a.responsibleUnit), dateText(a.start), dateText(a.due), a.target,
             Sql::text(a.unit), a.status, Sql::text(a.behindReason), a.position,
             Sql::iso(QDateTime::currentDateTimeUtc()), a.id});
    });
}

Status PlanRepository::removeActivity(const QString &activityId)
{
    const QString now = Sql::iso(QDateTime::currentDateTimeUtc());
    return m_db.transaction([&]() -> Status {
        auto removed = Sql::affected(m_db,
                                     QStringLiteral("UPDATE plan_activities SET deleted = 1, "
                                                    "dirty = 1, local_rev = local_rev + 1, "
                                                    "updated_at = ? WHERE id = ? AND deleted = 0"),
                                     {now, activityId});
        if (!removed)
            return removed.error();
        if (removed.value() == 0)
            return Error{QStringLiteral("not-found"),
                         tr("No activity with id %1.").arg(activityId)};
        return removeLinks(m_db, QStringLiteral("SELECT ?"), activityId, now);
    });
}

Result<QList<Activity>> PlanRepository::activities(const QString &planId) const
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT %1 FROM plan_activities WHERE plan_id = ? AND "
                                      "deleted = 0 ORDER BY position, created_at, id")
                           .arg(kActivityColumns),
                       {planId});
    if (!q)
        return q.error();
    QList<Activity> out;
    while (q->next())
        out << activityFrom(q.value());
    return out;
}

Result<Activity> PlanRepository::activity(const QString &activityId) const
{
    auto row =
        Sql::one(m_db,
                 QStringLiteral("SELECT %1 FROM plan_activities WHERE id = ? AND deleted = 0")
                     .arg(kActivityColumns),
                 {activityId});
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error{QStringLiteral("not-found"), tr("No activity with id %1.").arg(activityId)};
    return activityFrom(**row);
}

Status PlanRepository::mayReassign() const
{
    // As on the office server (step 8), which would refuse the record.
    auto user = UserRepository(m_db).find(m_db.actingUser());
    const Role role = user ? user->role : Role::Staff;
    if (role == Role::Supervisor || role == Role::Admin)
        return {};
    return Error{QStringLiteral("not-allowed"),
                 tr("Only a supervisor or an administrator reassigns the unit responsible for an "
                    "activity; %1 is %2.")
                     .arg(m_db.actingUser().isEmpty() ? tr("this user") : m_db.actingUser(),
                          roleDisplayName(role).toLower())};
}

Result<UnitChange> PlanRepository::recordReassignment(const Activity &a, const QString &toUnit,
                                                      const QString &note, const QDateTime &at)
{
    UnitChange c;
    c.id = newId();
    c.activityId = a.id;
    c.fromUnit = a.responsibleUnit;
    c.toUnit = toUnit;
    c.at = at;
    c.by = m_db.actingUser();
    c.note = clean(note);
    // Only the unit changes: what the activity counts stays as counted.
    if (auto st = Sql::run(m_db,
                           QStringLiteral("UPDATE plan_activities SET responsible_unit = ?, "
                                          "updated_at = ?, local_rev = local_rev + 1, dirty = 1 "
                                          "WHERE id = ? AND deleted = 0"),
                           {c.toUnit, Sql::iso(at), a.id});
        !st)
        return st.error();
    if (auto st = Sql::run(m_db,
                           QStringLiteral("INSERT INTO activity_unit_history (id, activity_id, "
                                          "from_unit, to_unit, reassigned_at, reassigned_by, "
                                          "note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {c.id, c.activityId, Sql::text(c.fromUnit), c.toUnit, Sql::iso(at),
                            Sql::text(c.by), Sql::text(c.note)});
        !st)
        return st.error();
    return c;
}

Result<UnitChange> PlanRepository::reassignUnit(const QString &activityId, const QString &toUnit,
                                                const QString &note)
{
    const QString to = clean(toUnit).simplified();
    if (to.isEmpty())
        return Error{QStringLiteral("invalid"),
                     tr("Name the unit that becomes responsible for the activity.")};
    if (auto st = mayReassign(); !st)
        return st.error();
    UnitChange change;
    auto st = m_db.transaction([&]() -> Status {
        auto a = activity(activityId);
        if (!a)
            return a.error();
        if (unitKey(a->responsibleUnit) == unitKey(to))
            return Error{
                QStringLiteral("unchanged"),
                tr("“%1” is already responsible for this activity.").arg(a->responsibleUnit)};
        auto recorded = recordReassignment(a.value(), to, note, QDateTime::currentDateTimeUtc());
        if (!recorded)
            return recorded.error();
        change = recorded.value();
        return {};
    });
    if (!st)
        return st.error();
    return change;
}

Result<QList<Activity>> PlanRepository::activitiesOfUnit(const QString &unit,
                                                         const QString &planId) const
{
    const QString key = unitKey(unit);
    if (key.isEmpty())
        return QList<Activity>{};
    auto q =
        Sql::exec(m_db,
                  QStringLiteral("SELECT %1 FROM plan_activities pa WHERE pa.deleted = 0 "
                                 "AND (? = '' OR pa.plan_id = ?) AND pa.responsible_unit <> '' "
                                 "AND EXISTS (SELECT 1 FROM plans p WHERE p.id = pa.plan_id "
                                 "AND p.deleted = 0) ORDER BY pa.plan_id, pa.position, pa.id")
                      .arg(kActivityColumns),
                  {Sql::text(planId), Sql::text(planId)});
    if (!q)
        return q.error();
    QList<Activity> out;
    while (q->next()) {
        const Activity a = activityFrom(q.value());
        if (unitKey(a.responsibleUnit) == key)
            out << a;
    }
    return out;
}

Result<QList<UnitChange>> PlanRepository::mergeUnits(const QString &fromUnit, const QString &toUnit,
                                                     const QString &planId, const QString &note)
{
    const QString from = clean(fromUnit).simplified();
    const QString to = clean(toUnit).simplified();
    if (from.isEmpty() || to.isEmpty())
        return Error{QStringLiteral("invalid"),
                     tr("Name the unit that merges and the unit it becomes.")};
    if (unitKey(from) == unitKey(to))
        return Error{QStringLiteral("unchanged"),
                     tr("“%1” and “%2” are the same unit.").arg(from, to)};
    if (auto st = mayReassign(); !st)
        return st.error();
    QList<UnitChange> changes;
    auto st = m_db.transaction([&]() -> Status {
        if (!planId.isEmpty()) {
            if (auto plan = get(planId); !plan)
                return plan.error();
        }
        auto moving = activitiesOfUnit(from, planId);
        if (!moving)
            return moving.error();
        // One moment for the whole merge: every record of it carries the same time.
        const QDateTime at = QDateTime::currentDateTimeUtc();
        for (const Activity &a : std::as_const(moving.value())) {
            auto recorded = recordReassignment(a, to, note, at);
            if (!recorded)
                return recorded.error();
            changes << recorded.value();
        }
        return {};
    });
    if (!st)
        return st.error();
    return changes;
}

Result<QList<UnitChange>> PlanRepository::unitHistory(const QString &activityId) const
{
    auto changes = unitChanges(QStringLiteral("activity_id = ?"), activityId);
    if (!changes)
        return changes.error();
    return changes->value(activityId);
}

Result<QHash<QString, QList<UnitChange>>>
PlanRepository::unitHistoryOfPlan(const QString &planId) const
{
    return unitChanges(
        QStringLiteral("activity_id IN (SELECT id FROM plan_activities WHERE plan_id = ?)"),
        planId);
}

Result<QHash<QString, QList<UnitChange>>> PlanRepository::unitChanges(const QString &where,
                                                                      const QString &key) const
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT %1 FROM activity_unit_history WHERE %2 "
                                      "ORDER BY reassigned_at, id")
                           .arg(kUnitChangeColumns, where),
                       {key});
    if (!q)
        return q.error();
    QHash<QString, QList<UnitChange>> out;
    while (q->next()) {
        const UnitChange c = unitChangeFrom(q.value());
        out[c.activityId] << c;
    }
    return out;
}

Result<QStringList> PlanRepository::responsibleUnits(const QString &planId) const
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT DISTINCT pa.responsible_unit FROM plan_activities pa "
                                      "JOIN plans p ON p.id = pa.plan_id WHERE pa.deleted = 0 "
                                      "AND p.deleted = 0 AND pa.responsible_unit <> '' "
                                      "AND (? = '' OR pa.plan_id = ?)"),
                       {Sql::text(planId), Sql::text(planId)});
    if (!q)
        return q.error();
    QStringList units;
    QSet<QString> seen;
    while (q->next()) {
        const QString unit = q->value(0).toString();
        if (!seen.contains(unitKey(unit))) {
            seen.insert(unitKey(unit));
            units << unit;
        }
    }
    // In the order of the Vietnamese alphabet as the system's collation has it.
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    std::sort(units.begin(), units.end(), collator);
    return units;
}

Status PlanRepository::link(const QString &articleId, const QString &activityId)
{
    return m_db.transaction([&]() -> Status {
        if (auto a = activity(activityId); !a)
            return a.error();
        auto exists =
            Sql::value(m_db, QStringLiteral("SELECT 1 FROM articles WHERE id = ? AND deleted = 0"),
                       {articleId});
        if (!exists)
            return exists.error();
        if (!exists->isValid())
            return Error{QStringLiteral("not-found"), tr("No article with id %1.").arg(articleId)};
        // A link that is there stays as it is; one that was removed comes back.
        const QString now = Sql::iso(QDateTime::currentDateTimeUtc());
        return Sql::run(m_db,
                        QStringLiteral("INSERT INTO activity_articles (activity_id, article_id, "
                                       "linked_at, linked_by, updated_at) VALUES (?, ?, ?, ?, ?) "
                                       "ON CONFLICT (activity_id, article_id) DO UPDATE SET "
                                       "linked_at = excluded.linked_at, linked_by = "
                                       "excluded.linked_by, updated_at = excluded.updated_at, "
                                       "deleted = 0, dirty = 1, local_rev = local_rev + 1 "
                                       "WHERE deleted = 1"),
                        {activityId, articleId, now, Sql::text(m_db.actingUser()), now});
    });
}

Status PlanRepository::unlink(const QString &articleId, const QString &activityId)
{
    auto changed =
        Sql::affected(m_db,
                      QStringLiteral("UPDATE activity_articles SET deleted = 1, "
                                     "dirty = 1, local_rev = local_rev + 1, "
                                     "updated_at = ? WHERE activity_id = ? "
                                     "AND article_id = ? AND deleted = 0"),
                      {Sql::iso(QDateTime::currentDateTimeUtc()), activityId, articleId});
    if (!changed)
        return changed.error();
    if (changed.value() == 0)
        return Error{
            QStringLiteral("not-found"),
            tr("The article %1 is not linked to the activity %2.").arg(articleId, activityId)};
    return {};
}

Result<QList<Activity>> PlanRepository::activitiesOfArticle(const QString &articleId) const
{
    QString columns;
    for (const QString &c : QString(kActivityColumns).split(QStringLiteral(", ")))
        columns += (columns.isEmpty() ? QStringLiteral("pa.") : QStringLiteral(", pa.")) + c;
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT %1 FROM activity_articles aa "
                                      "JOIN plan_activities pa ON pa.id = aa.activity_id "
                                      "JOIN plans p ON p.id = pa.plan_id "
                                      "WHERE aa.article_id = ? AND aa.deleted = 0 AND "
                                      "pa.deleted = 0 AND p.deleted = 0 "
                                      "ORDER BY p.issue_date DESC, p.number, pa.position")
                           .arg(columns),
                       {articleId});
    if (!q)
        return q.error();
    QList<Activity> out;
    while (q->next())
        out << activityFrom(q.value());
    return out;
}

Result<QStringList> PlanRepository::articlesOfActivity(const QString &activityId) const
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT article_id FROM activity_articles WHERE "
                                      "activity_id = ? AND deleted = 0 ORDER BY linked_at, "
                                      "article_id"),
                       {activityId});
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Status PlanRepository::withinPeriod(const Plan &plan, const QDate &date)
{
    const QString format = QStringLiteral("dd/MM/yyyy");
    const bool early = plan.periodStart.isValid() && date < plan.periodStart;
    const bool late = plan.periodEnd.isValid() && date > plan.periodEnd;
    if (!early && !late)
        return {};
    QString message;
    if (plan.periodStart.isValid() && plan.periodEnd.isValid())
        message = tr("The day %1 is outside the period of plan %2 (%3 to %4): an entry on that "
                     "day would not count. Give a day within the period.")
                      .arg(date.toString(format), plan.number, plan.periodStart.toString(format),
                           plan.periodEnd.toString(format));
    else if (early)
        message = tr("The day %1 is before plan %2 starts (%3): an entry on that day would not "
                     "count. Give a day within the plan's period.")
                      .arg(date.toString(format), plan.number, plan.periodStart.toString(format));
    else
        message = tr("The day %1 is after plan %2 ends (%3): an entry on that day would not "
                     "count. Give a day within the plan's period.")
                      .arg(date.toString(format), plan.number, plan.periodEnd.toString(format));
    return Error{QStringLiteral("out-of-period"), message};
}

Result<ManualEntry> PlanRepository::addManualEntry(ManualEntry e)
{
    if (e.quantity <= 0)
        return Error{QStringLiteral("invalid"),
                     tr("A manual entry counts at least one (to correct one, remove it).")};
    if (!e.date.isValid())
        return Error{QStringLiteral("invalid"), tr("A manual entry needs the day it happened.")};
    e.note = clean(e.note);
    e.createdBy = e.createdBy.isEmpty() ? m_db.actingUser() : e.createdBy;
    e.createdAt = QDateTime::currentDateTimeUtc();
    e.id = newId();
    auto st = m_db.transaction([&]() -> Status {
        auto a = activity(e.activityId);
        if (!a)
            return a.error();
        // An entry outside the plan's period would never count: say so rather than store it.
        auto plan = get(a->planId);
        if (!plan)
            return plan.error();
        if (Status inPeriod = withinPeriod(plan.value(), e.date); !inPeriod)
            return inPeriod;
        return Sql::run(m_db,
                        QStringLiteral("INSERT INTO activity_manual_entries (uid, activity_id, "
                                       "entry_date, quantity, note, created_by, created_at, "
                                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        {e.id, e.activityId, dateText(e.date), e.quantity, Sql::text(e.note),
                         Sql::text(e.createdBy), Sql::iso(e.createdAt), Sql::iso(e.createdAt)});
    });
    if (!st)
        return st.error();
    return e;
}

Status PlanRepository::removeManualEntry(const QString &id)
{
    auto removed = Sql::affected(m_db,
                                 QStringLiteral("UPDATE activity_manual_entries SET deleted = 1, "
                                                "dirty = 1, local_rev = local_rev + 1, "
                                                "updated_at = ? WHERE uid = ? AND deleted = 0"),
                                 {Sql::iso(QDateTime::currentDateTimeUtc()), id});
    if (!removed)
        return removed.error();
    if (removed.value() == 0)
        return Error{QStringLiteral("not-found"), tr("No manual entry with id %1.").arg(id)};
    return {};
}

Result<QList<ManualEntry>> PlanRepository::manualEntries(const QString &activityId) const
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT uid, activity_id, entry_date, quantity, note, "
                                      "created_by, created_at FROM activity_manual_entries "
                                      "WHERE activity_id = ? AND deleted = 0 "
                                      "ORDER BY entry_date, created_at, uid"),
                       {activityId});
    if (!q)
        return q.error();
    QList<ManualEntry> out;
    while (q->next()) {
        ManualEntry e;
        e.id = q->value(0).toString();
        e.activityId = q->value(1).toString();
        e.date = dateFrom(q->value(2));
        e.quantity = q->value(3).toInt();
        e.note = q->value(4).toString();
        e.createdBy = q->value(5).toString();
        e.createdAt = Sql::fromIso(q->value(6).toString());
        out << e;
    }
    return out;
}

Result<QList<CountableItem>> PlanRepository::countableItems(const QString &planId) const
{
    // CROSS JOIN keeps SQLite's join order: from the plan's links to the articles (left to
    // itself, it walks every approved or published article of the store by status instead).
    // The counting time is the publication time on the portal, else the approval's; SQLite
    // turns it into the local day (as Qt does, from the system's time zone).
    // A radio activity counts broadcasts instead (the aired log, migration 16): those of the
    // items that name it, and those of the items that name no activity made from an article
    // linked to it; each aired row counts 1 on the local day it aired.
    // A visual activity counts the items of its register (migration 17) that were installed:
    // each by its quantity, on its installation day (a calendar day as typed); an item since
    // removed still counts, as it was installed. A linked article counts nothing there.
    const QString radio = channelKey(Channel::Radio);
    const QString visual = channelKey(Channel::VisualCampaign);
    auto q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT activity_id, article_id, at, date(at, 'localtime'), 1, '', '' FROM ("
            " SELECT aa.activity_id, a.id AS article_id, CASE WHEN pa.channel <> ? "
            "  THEN coalesce(a.approved_at, a.status_changed_at) "
            "  WHEN a.status = ? THEN a.status_changed_at END AS at "
            " FROM plan_activities pa "
            " CROSS JOIN activity_articles aa ON aa.activity_id = pa.id "
            " CROSS JOIN articles a ON a.id = aa.article_id "
            " WHERE pa.plan_id = ? AND pa.deleted = 0 AND pa.channel NOT IN (?, ?) "
            " AND aa.deleted = 0 "
            " AND a.status IN (?, ?, ?) AND a.deleted = 0) "
            "WHERE at IS NOT NULL "
            "UNION ALL "
            "SELECT pa.id, '', r.aired_at, date(r.aired_at, 'localtime'), 1, r.id, '' "
            "FROM plan_activities pa "
            "CROSS JOIN radio_items i ON i.activity_id = pa.id "
            "CROSS JOIN radio_aired r ON r.item_id = i.id "
            "WHERE pa.plan_id = ? AND pa.deleted = 0 AND pa.channel = ? AND i.deleted = 0 "
            "AND r.deleted = 0 "
            "UNION ALL "
            "SELECT pa.id, '', r.aired_at, date(r.aired_at, 'localtime'), 1, r.id, '' "
            "FROM plan_activities pa "
            "CROSS JOIN activity_articles aa ON aa.activity_id = pa.id "
            "CROSS JOIN radio_items i ON i.article_id = aa.article_id "
            "CROSS JOIN radio_aired r ON r.item_id = i.id "
            "WHERE pa.plan_id = ? AND pa.deleted = 0 AND pa.channel = ? AND aa.deleted = 0 "
            "AND i.activity_id IS NULL AND i.deleted = 0 AND r.deleted = 0 "
            "UNION ALL "
            "SELECT pa.id, '', v.installed_date, v.installed_date, v.quantity, '', v.id "
            "FROM plan_activities pa "
            "CROSS JOIN visual_items v ON v.activity_id = pa.id "
            "WHERE pa.plan_id = ? AND pa.deleted = 0 AND pa.channel = ? AND v.deleted = 0 "
            "AND v.installed_date IS NOT NULL "
            "UNION ALL "
            "SELECT m.activity_id, '', '', m.entry_date, m.quantity, '', '' "
            "FROM plan_activities pa JOIN activity_manual_entries m ON m.activity_id = pa.id "
            "WHERE pa.plan_id = ? AND pa.deleted = 0 AND m.deleted = 0"),
        {channelKey(Channel::Portal), statusKey(ArticleStatus::Published), planId, radio, visual,
         statusKey(ArticleStatus::Published), statusKey(ArticleStatus::Approved),
         statusKey(ArticleStatus::Scheduled), planId, radio, planId, radio, planId, visual,
         planId});
    if (!q)
        return q.error();
    QList<CountableItem> items;
    while (q.value().next()) {
        CountableItem it;
        it.activityId = q->value(0).toString();
        it.articleId = q->value(1).toString();
        it.at = q->value(2).toString();
        const QString day = q->value(3).toString(); // yyyy-MM-dd
        if (day.size() == 10)
            it.day = QDate(QStringView(day).left(4).toInt(), QStringView(day).mid(5, 2).toInt(),
                           QStringView(day).mid(8, 2).toInt());
        it.quantity = q->value(4).toInt();
        it.airedId = q->value(5).toString();
        it.visualId = q->value(6).toString();
        items << it;
    }
    return items;
}

Result<QList<PlanArticleLink>> PlanRepository::publishedArticles(const QString &planId) const
{
    auto q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT a.id, a.title, a.status_changed_at, aa.activity_id, "
            " (SELECT ap.link FROM article_posts ap WHERE ap.article_id = a.id AND ap.link <> '' "
            "  ORDER BY ap.remote_status = 'publish' DESC, ap.portal_id LIMIT 1) "
            "FROM plan_activities pa "
            "CROSS JOIN activity_articles aa ON aa.activity_id = pa.id "
            "CROSS JOIN articles a ON a.id = aa.article_id "
            "WHERE pa.plan_id = ? AND pa.deleted = 0 AND aa.deleted = 0 AND a.deleted = 0 "
            "AND a.status = ?"),
        {planId, statusKey(ArticleStatus::Published)});
    if (!q)
        return q.error();
    QList<PlanArticleLink> links;
    while (q.value().next())
        links << PlanArticleLink{q->value(0).toString(), q->value(1).toString(),
                                 Sql::fromIso(q->value(2).toString()), q->value(3).toString(),
                                 q->value(4).toString()};
    return links;
}

} // namespace PressDesk
