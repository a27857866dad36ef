#include "sync/PlanSyncRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlUtil.h"

#include <QJsonArray>

namespace PressDesk {

namespace {

// Rows of plans that stay on this desk (the untouched demo plan of a profile that joined an
// office later) are never sent, nor their activities, links and entries, nor links of articles
// that stay on it.
const QLatin1String kLocalPlans("(SELECT id FROM sync_local_only WHERE entity = 'plan')");
const QLatin1String kLocalArticles("(SELECT id FROM sync_local_only WHERE entity = 'article')");

QString planPending()
{
    return QStringLiteral("FROM plans WHERE dirty = 1 AND id NOT IN %1").arg(kLocalPlans);
}

QString activityPending()
{
    return QStringLiteral("FROM plan_activities pa JOIN plans p ON p.id = pa.plan_id "
                          "WHERE pa.dirty = 1 AND pa.plan_id NOT IN %1")
        .arg(kLocalPlans);
}

QString linkPending()
{
    return QStringLiteral("FROM activity_articles aa "
                          "JOIN plan_activities pa ON pa.id = aa.activity_id "
                          "JOIN plans p ON p.id = pa.plan_id "
                          "JOIN articles a ON a.id = aa.article_id "
                          "WHERE aa.dirty = 1 AND pa.plan_id NOT IN %1 "
                          "AND aa.article_id NOT IN %2")
        .arg(kLocalPlans, kLocalArticles);
}

QString entryPending()
{
    return QStringLiteral("FROM activity_manual_entries m "
                          "JOIN plan_activities pa ON pa.id = m.activity_id "
                          "JOIN plans p ON p.id = pa.plan_id "
                          "WHERE m.dirty = 1 AND pa.plan_id NOT IN %1")
        .arg(kLocalPlans);
}

QString unitChangePending()
{
    return QStringLiteral("FROM activity_unit_history h "
                          "JOIN plan_activities pa ON pa.id = h.activity_id "
                          "JOIN plans p ON p.id = pa.plan_id "
                          "WHERE h.dirty = 1 AND pa.plan_id NOT IN %1")
        .arg(kLocalPlans);
}

PlanSyncRepository::Marks marksFrom(const QSqlQuery &q, int first)
{
    return {q.value(first).toBool(), q.value(first + 1).toLongLong(), q.value(first + 2).toInt()};
}

QVariant blob(const QByteArray &data)
{
    return data.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(data);
}

// Clean unless edited again since it was frozen; the server's version when it is known.
Status markSent(const Database &db, const QString &table, const QString &key,
                const QVariantList &keyValues, qint64 localRevision, int version)
{
    return Sql::run(db,
                    QStringLiteral("UPDATE %1 SET server_version = CASE WHEN ? > 0 THEN ? ELSE "
                                   "server_version END, dirty = CASE WHEN local_rev = ? THEN 0 "
                                   "ELSE dirty END WHERE %2")
                        .arg(table, key),
                    QVariantList{version, version, localRevision} + keyValues);
}

} // namespace

Result<PlanSyncRepository::Pending> PlanSyncRepository::pending(bool withUnitChanges) const
{
    Pending p;
    auto plans = Sql::exec(
        m_db,
        QStringLiteral("SELECT id, number, title, issuing_body, issue_date, period_start, "
                       "period_end, theme, focus_topics, status, document_name, document_mime, "
                       "CASE WHEN document_sent = 0 THEN document END, document_sent = 0, "
                       "created_at, updated_at, deleted, local_rev, server_version, synced %1 "
                       "ORDER BY created_at, id")
            .arg(planPending()));
    if (!plans)
        return plans.error();
    while (plans->next()) {
        const QSqlQuery &q = plans.value();
        PlanRow r;
        r.id = q.value(0).toString();
        r.number = q.value(1).toString();
        r.title = q.value(2).toString();
        r.issuingBody = q.value(3).toString();
        r.issueDate = q.value(4).toString();
        r.periodStart = q.value(5).toString();
        r.periodEnd = q.value(6).toString();
        r.theme = q.value(7).toString();
        r.focusTopicsJson = q.value(8).toString();
        r.status = q.value(9).toString();
        r.documentName = q.value(10).toString();
        r.documentMime = q.value(11).toString();
        r.document = q.value(12).isNull() ? QByteArray() : q.value(12).toByteArray();
        r.sendDocument = q.value(13).toBool();
        r.createdAt = q.value(14).toString();
        r.updatedAt = q.value(15).toString();
        r.marks = marksFrom(q, 16);
        r.synced = q.value(19).toString();
        p.plans << r;
    }

    auto activities = Sql::exec(
        m_db, QStringLiteral("SELECT pa.id, pa.plan_id, p.number, pa.position, pa.channel, "
                             "pa.focus_topic, pa.description, pa.responsible_unit, "
                             "pa.start_date, pa.due_date, pa.target, pa.unit, pa.status, "
                             "pa.behind_reason, pa.created_at, pa.updated_at, pa.deleted, "
                             "pa.local_rev, pa.server_version, pa.synced %1 "
                             "ORDER BY pa.plan_id, pa.position, pa.id")
                  .arg(activityPending()));
    if (!activities)
        return activities.error();
    while (activities->next()) {
        const QSqlQuery &q = activities.value();
        ActivityRow r;
        r.id = q.value(0).toString();
        r.planId = q.value(1).toString();
        r.planNumber = q.value(2).toString();
        r.position = q.value(3).toInt();
        r.channel = q.value(4).toString();
        r.focusTopic = q.value(5).toString();
        r.description = q.value(6).toString();
        r.responsibleUnit = q.value(7).toString();
        r.startDate = q.value(8).toString();
        r.dueDate = q.value(9).toString();
        r.target = q.value(10).toInt();
        r.unit = q.value(11).toString();
        r.status = q.value(12).toString();
        r.behindReason = q.value(13).toString();
        r.createdAt = q.value(14).toString();
        r.updatedAt = q.value(15).toString();
        r.marks = marksFrom(q, 16);
        r.synced = q.value(19).toString();
        p.activities << r;
    }

    auto links = Sql::exec(m_db, QStringLiteral("SELECT aa.activity_id, aa.article_id, a.title, "
                                                "p.number, aa.linked_at, aa.linked_by, "
                                                "aa.deleted, aa.local_rev, aa.server_version %1 "
                                                "ORDER BY aa.updated_at, aa.activity_id, "
                                                "aa.article_id")
                                     .arg(linkPending()));
    if (!links)
        return links.error();
    while (links->next()) {
        const QSqlQuery &q = links.value();
        LinkRow r;
        r.activityId = q.value(0).toString();
        r.articleId = q.value(1).toString();
        r.articleTitle = q.value(2).toString();
        r.planNumber = q.value(3).toString();
        r.linkedAt = q.value(4).toString();
        r.linkedBy = q.value(5).toString();
        r.marks = marksFrom(q, 6);
        p.links << r;
    }

    auto entries = Sql::exec(
        m_db, QStringLiteral("SELECT m.uid, m.activity_id, p.number, m.entry_date, m.quantity, "
                             "m.note, m.created_by, m.created_at, m.deleted, m.local_rev, "
                             "m.server_version %1 ORDER BY m.id")
                  .arg(entryPending()));
    if (!entries)
        return entries.error();
    while (entries->next()) {
        const QSqlQuery &q = entries.value();
        ManualEntryRow r;
        r.id = q.value(0).toString();
        r.activityId = q.value(1).toString();
        r.planNumber = q.value(2).toString();
        r.entryDate = q.value(3).toString();
        r.quantity = q.value(4).toInt();
        r.note = q.value(5).toString();
        r.createdBy = q.value(6).toString();
        r.createdAt = q.value(7).toString();
        r.marks = marksFrom(q, 8);
        p.entries << r;
    }

    if (!withUnitChanges)
        return p;
    auto changes = Sql::exec(
        m_db, QStringLiteral("SELECT h.id, h.activity_id, p.number, h.from_unit, h.to_unit, "
                             "h.reassigned_at, h.reassigned_by, h.note %1 "
                             "ORDER BY h.reassigned_at, h.id")
                  .arg(unitChangePending()));
    if (!changes)
        return changes.error();
    while (changes->next()) {
        const QSqlQuery &q = changes.value();
        p.unitChanges << UnitChangeRow{q.value(0).toString(), q.value(1).toString(),
                                       q.value(2).toString(), q.value(3).toString(),
                                       q.value(4).toString(), q.value(5).toString(),
                                       q.value(6).toString(), q.value(7).toString()};
    }
    return p;
}

Result<int> PlanSyncRepository::pendingCount() const
{
    auto n = Sql::value(m_db, QStringLiteral("SELECT (SELECT count(*) %1) + (SELECT count(*) %2) "
                                             "+ (SELECT count(*) %3) + (SELECT count(*) %4) "
                                             "+ (SELECT count(*) %5)")
                                  .arg(planPending(), activityPending(), linkPending(),
                                       entryPending(), unitChangePending()));
    if (!n)
        return n.error();
    return n->toInt();
}

QJsonObject PlanSyncRepository::fields(const PlanRow &r)
{
    return {{QStringLiteral("number"), r.number},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("issuing_body"), r.issuingBody},
            {QStringLiteral("issue_date"), r.issueDate},
            {QStringLiteral("period_start"), r.periodStart},
            {QStringLiteral("period_end"), r.periodEnd},
            {QStringLiteral("theme"), r.theme},
            {QStringLiteral("focus_topics"),
             QJsonDocument::fromJson(r.focusTopicsJson.toUtf8()).array()},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("document_name"), r.documentName},
            {QStringLiteral("document_mime"), r.documentMime}};
}

QJsonObject PlanSyncRepository::fields(const ActivityRow &r)
{
    return {{QStringLiteral("plan_id"), r.planId},
            {QStringLiteral("position"), r.position},
            {QStringLiteral("channel"), r.channel},
            {QStringLiteral("focus_topic"), r.focusTopic},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("responsible_unit"), r.responsibleUnit},
            {QStringLiteral("start_date"), r.startDate},
            {QStringLiteral("due_date"), r.dueDate},
            {QStringLiteral("target"), r.target},
            {QStringLiteral("unit"), r.unit},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("behind_reason"), r.behindReason}};
}

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Status PlanSyncRepository::markPlanSent(const QString &id, qint64 localRevision, int version,
                                        const QJsonObject &sent)
{
    // The document went up with the row, or the server had it already.
    return Sql::run(m_db,
                    QStringLiteral("UPDATE plans SET server_version = CASE WHEN ? > 0 THEN ? "
                                   "ELSE server_version END, synced = CASE WHEN ? > 0 THEN ? "
                                   "ELSE synced END, dirty = CASE WHEN local_rev = ? "
                                   "THEN 0 ELSE dirty END, document_sent = CASE WHEN "
                                   "local_rev = ? THEN 1 ELSE document_sent END WHERE id = ?"),
                    {version, version, version, json(sent), localRevision, localRevision, id});
}

Status PlanSyncRepository::markActivitySent(const QString &id, qint64 localRevision, int version,
                                            const QJsonObject &sent)
{
    if (auto st = markSent(m_db, QStringLiteral("plan_activities"), QStringLiteral("id = ?"), {id},
                           localRevision, version);
        !st)
        return st;
    if (version <= 0)
        return {};
    return Sql::run(m_db, QStringLiteral("UPDATE plan_activities SET synced = ? WHERE id = ?"),
                    {json(sent), id});
}

Status PlanSyncRepository::markLinkSent(const QString &activityId, const QString &articleId,
                                        qint64 localRevision, int version)
{
    return markSent(m_db, QStringLiteral("activity_articles"),
                    QStringLiteral("activity_id = ? AND article_id = ?"), {activityId, articleId},
                    localRevision, version);
}

Status PlanSyncRepository::markManualEntrySent(const QString &id, qint64 localRevision, int version)
{
    return markSent(m_db, QStringLiteral("activity_manual_entries"), QStringLiteral("uid = ?"),
                    {id}, localRevision, version);
}

Status PlanSyncRepository::markUnitChangeSent(const QString &id, int version)
{
    // A record never changes: once the server has it, it is sent.
    return Sql::run(m_db,
                    QStringLiteral("UPDATE activity_unit_history SET dirty = 0, server_version = "
                                   "CASE WHEN ? > 0 THEN ? ELSE server_version END WHERE id = ?"),
                    {version, version, id});
}

Result<PlanSyncRepository::Here> PlanSyncRepository::here(const QString &sql,
                                                          const QVariantList &key) const
{
    auto row = Sql::one(m_db, sql, key);
    if (!row)
        return row.error();
    Here h;
    if (row->has_value()) {
        h.exists = true;
        h.dirty = (*row)->value(0).toBool();
        h.serverVersion = (*row)->value(1).toInt();
    }
    return h;
}

Result<bool> PlanSyncRepository::applyPlan(const PlanRow &r)
{
    auto h = here(QStringLiteral("SELECT dirty, server_version FROM plans WHERE id = ?"), {r.id});
    if (!h)
        return h.error();
    if (h->exists && (h->dirty || h->serverVersion >= r.marks.serverVersion))
        return false;
    auto st = Sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO plans (id, number, title, issuing_body, issue_date, period_start, "
            "period_end, theme, focus_topics, status, document_name, document_mime, document, "
            "created_at, updated_at, deleted, server_version, synced, dirty, document_sent) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1) "
            "ON CONFLICT (id) DO UPDATE SET number = excluded.number, title = excluded.title, "
            "issuing_body = excluded.issuing_body, issue_date = excluded.issue_date, "
            "period_start = excluded.period_start, period_end = excluded.period_end, "
            "theme = excluded.theme, focus_topics = excluded.focus_topics, "
            "status = excluded.status, document_name = excluded.document_name, "
            "document_mime = excluded.document_mime, document = excluded.document, "
            "created_at = excluded.created_at, updated_at = excluded.updated_at, "
            "deleted = excluded.deleted, server_version = excluded.server_version, "
            "synced = excluded.synced, dirty = 0, document_sent = 1"),
        {r.id, r.number, Sql::text(r.title), Sql::text(r.issuingBody), Sql::text(r.issueDate),
         Sql::text(r.periodStart), Sql::text(r.periodEnd), Sql::text(r.theme), r.focusTopicsJson,
         r.status, Sql::text(r.documentName), Sql::text(r.documentMime), blob(r.document),
         r.createdAt, r.updatedAt, r.marks.deleted ? 1 : 0, r.marks.serverVersion,
         json(fields(r))});
    if (!st)
        return st.error();
    return true;
}

Result<bool> PlanSyncRepository::applyActivity(const ActivityRow &r)
{
    auto plan = Sql::value(m_db, QStringLiteral("SELECT 1 FROM plans WHERE id = ?"), {r.planId});
    if (!plan)
        return plan.error();
    if (!plan->isValid())
        return false;
    auto h = here(QStringLiteral("SELECT dirty, server_version FROM plan_activities WHERE id = ?"),
                  {r.id});
    if (!h)
        return h.error();
    if (h->exists && (h->dirty || h->serverVersion >= r.marks.serverVersion))
        return false;
    auto st = Sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO plan_activities (id, plan_id, position, channel, focus_topic, "
            "description, responsible_unit, start_date, due_date, target, unit, status, "
            "behind_reason, created_at, updated_at, deleted, server_version, synced, dirty) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) "
            "ON CONFLICT (id) DO UPDATE SET plan_id = excluded.plan_id, "
            "position = excluded.position, channel = excluded.channel, "
            "focus_topic = excluded.focus_topic, description = excluded.description, "
            "responsible_unit = excluded.responsible_unit, start_date = excluded.start_date, "
            "due_date = excluded.due_date, target = excluded.target, unit = excluded.unit, "
            "status = excluded.status, behind_reason = excluded.behind_reason, "
            "created_at = excluded.created_at, updated_at = excluded.updated_at, "
            "deleted = excluded.deleted, server_version = excluded.server_version, "
            "synced = excluded.synced, dirty = 0"),
        {r.id, r.planId, r.position, r.channel, Sql::text(r.focusTopic), Sql::text(r.description),
         Sql::text(r.responsibleUnit), Sql::text(r.startDate), Sql::text(r.dueDate), r.target,
         Sql::text(r.unit), r.status, Sql::text(r.behindReason), r.createdAt, r.updatedAt,
         r.marks.deleted ? 1 : 0, r.marks.serverVersion, json(fields(r))});
    if (!st)
        return st.error();
    return true;
}

Result<bool> PlanSyncRepository::applyLink(const LinkRow &r)
{
    auto parents = Sql::value(m_db,
                              QStringLiteral("SELECT EXISTS (SELECT 1 FROM plan_activities WHERE "
                                             "id = ?) AND EXISTS (SELECT 1 FROM articles WHERE "
                                             "id = ?)"),
                              {r.activityId, r.articleId});
    if (!parents)
        return parents.error();
    if (!parents->toBool())
        return false;
    auto h = here(QStringLiteral("SELECT dirty, server_version FROM activity_articles "
                                 "WHERE activity_id = ? AND article_id = ?"),
                  {r.activityId, r.articleId});
    if (!h)
        return h.error();
    if (h->exists && (h->dirty || h->serverVersion >= r.marks.serverVersion))
        return false;
    auto st = Sql::run(
        m_db,
        QStringLiteral("INSERT INTO activity_articles (activity_id, article_id, linked_at, "
                       "linked_by, updated_at, deleted, server_version, dirty) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, 0) "
                       "ON CONFLICT (activity_id, article_id) DO UPDATE SET "
                       "linked_at = excluded.linked_at, linked_by = excluded.linked_by, "
                       "updated_at = excluded.updated_at, deleted = excluded.deleted, "
                       "server_version = excluded.server_version, dirty = 0"),
        {r.activityId, r.articleId, r.linkedAt, Sql::text(r.linkedBy), r.linkedAt,
         r.marks.deleted ? 1 : 0, r.marks.serverVersion});
    if (!st)
        return st.error();
    return true;
}

Result<bool> PlanSyncRepository::applyManualEntry(const ManualEntryRow &r)
{
    auto activity = Sql::value(m_db, QStringLiteral("SELECT 1 FROM plan_activities WHERE id = ?"),
                               {r.activityId});
    if (!activity)
        return activity.error();
    if (!activity->isValid())
        return false;
    auto h = here(QStringLiteral("SELECT dirty, server_version FROM activity_manual_entries "
                                 "WHERE uid = ?"),
                  {r.id});
    if (!h)
        return h.error();
    if (h->exists && (h->dirty || h->serverVersion >= r.marks.serverVersion))
        return false;
    auto st = Sql::run(
        m_db,
        QStringLiteral("INSERT INTO activity_manual_entries (uid, activity_id, entry_date, "
                       "quantity, note, created_by, created_at, updated_at, deleted, "
                       "server_version, dirty) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) "
                       "ON CONFLICT (uid) DO UPDATE SET deleted = excluded.deleted, "
                       "server_version = excluded.server_version, dirty = 0"),
        {r.id, r.activityId, r.entryDate, r.quantity, Sql::text(r.note), Sql::text(r.createdBy),
         r.createdAt, r.createdAt, r.marks.deleted ? 1 : 0, r.marks.serverVersion});
    if (!st)
        return st.error();
    return true;
}

Result<bool> PlanSyncRepository::applyUnitChange(const UnitChangeRow &r)
{
    auto activity = Sql::value(m_db, QStringLiteral("SELECT 1 FROM plan_activities WHERE id = ?"),
                               {r.activityId});
    if (!activity)
        return activity.error();
    if (!activity->isValid())
        return false;
    // Written once, as recorded; this desk's own record comes back only marked sent.
    auto st = Sql::run(
        m_db,
        QStringLiteral("INSERT INTO activity_unit_history (id, activity_id, from_unit, to_unit, "
                       "reassigned_at, reassigned_by, note, server_version, dirty) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT (id) DO UPDATE SET "
                       "server_version = excluded.server_version, dirty = 0"),
        {r.id, r.activityId, Sql::text(r.fromUnit), r.toUnit, r.reassignedAt,
         Sql::text(r.reassignedBy), Sql::text(r.note), r.serverVersion});
    if (!st)
        return st.error();
    return true;
}

Result<bool> PlanSyncRepository::isUntouchedOrRemovedDemo(const QString &planId) const
{
    auto n = Sql::value(
        m_db,
        QStringLiteral(
            "SELECT count(*) FROM plans p WHERE p.id = ? AND p.server_version = 0 AND "
            "(p.deleted = 1 OR (p.local_rev = 1 AND NOT EXISTS (SELECT 1 FROM plan_activities pa "
            "WHERE pa.plan_id = p.id AND (pa.local_rev > 1 OR pa.deleted = 1)) AND NOT EXISTS "
            "(SELECT 1 FROM activity_manual_entries m JOIN plan_activities pa ON "
            "pa.id = m.activity_id WHERE pa.plan_id = p.id)))"),
        {planId});
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

} // namespace PressDesk
