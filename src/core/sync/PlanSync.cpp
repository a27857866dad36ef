#include "sync/PlanSync.h"

#include "store/Database.h"
#include "sync/SyncRepository.h"

#include <QSet>
#include <QSqlQuery>

namespace PressDesk {

namespace {

// Plans carry their document (up to 50 MB): a few per page.
constexpr int kPlanPage = 10;

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// A date column as the desks store it: 'yyyy-MM-dd', '' when unknown.
QString dateColumn(const QString &column)
{
    return QStringLiteral("coalesce(to_char(%1, 'YYYY-MM-DD'), '')").arg(column);
}

// Concurrent removal and edit: an edit beats a removal it did not know of. A row this desk
// removes stays alive when another desk wrote it since this desk's version (a stale removal);
// a row this desk sends alive is alive, also when another desk removed it meanwhile (the
// work on it is not lost; a plan imported again, an article linked again).
QString deletedRule(const QString &table)
{
    return QStringLiteral("deleted = CASE WHEN EXCLUDED.deleted THEN %1.deleted OR %1.version "
                          "<= ? ELSE false END")
        .arg(table);
}

// The columns this desk edited, each taken from what it sends; the others stay as the server
// has them (another desk may have edited them: disjoint fields merge).
QString editedSet(const QStringList &columns)
{
    QString set;
    for (const QString &c : columns)
        set += c + QStringLiteral(" = EXCLUDED.") + c + QStringLiteral(", ");
    return set;
}

QString pushPlan(const QStringList &edited, bool document)
{
    return QStringLiteral(
               "INSERT INTO pd.plan (id, office_id, number, title, issuing_body, issue_date, "
               "period_start, period_end, theme, focus_topics, status, document_name, "
               "document_mime, document, created_at, updated_at, deleted) "
               "VALUES (?, pd.my_office(), ?, ?, ?, NULLIF(?, '')::date, "
               "NULLIF(?, '')::date, NULLIF(?, '')::date, ?, "
               "ARRAY(SELECT jsonb_array_elements_text(?::jsonb)), ?, ?, ?, "
               "decode(?, 'base64'), ?::timestamptz, ?::timestamptz, ?) "
               "ON CONFLICT (id) DO UPDATE SET ") +
           editedSet(edited) +
           (document ? QStringLiteral("document = EXCLUDED.document, ") : QString()) +
           QStringLiteral("updated_at = greatest(pd.plan.updated_at, EXCLUDED.updated_at), ") +
           deletedRule(QStringLiteral("pd.plan")) + QStringLiteral(" RETURNING version, deleted");
}

// An activity another desk counted work for (linked an article, counted a manual entry) that
// this desk had not seen when it removed the activity: the removal was made without knowing
// of that work, and the activity stays.
QString activityRemovalRule()
{
    return QStringLiteral(
        "deleted = CASE WHEN EXCLUDED.deleted THEN pd.plan_activity.deleted OR "
        "(pd.plan_activity.version <= ? AND NOT EXISTS (SELECT 1 FROM pd.manual_entry e WHERE "
        "e.activity_id = pd.plan_activity.id AND NOT e.deleted AND NOT "
        "pg_visible_in_snapshot(e.change_xid, ?::pg_snapshot)) AND NOT EXISTS (SELECT 1 FROM "
        "pd.activity_article l WHERE l.activity_id = pd.plan_activity.id AND NOT l.deleted AND "
        "NOT pg_visible_in_snapshot(l.change_xid, ?::pg_snapshot))) ELSE false END");
}

QString pushActivity(const QStringList &edited)
{
    return QStringLiteral(
               "INSERT INTO pd.plan_activity (id, office_id, plan_id, position, channel, "
               "focus_topic, description, responsible_unit, start_date, due_date, target, "
               "unit, status, behind_reason, created_at, updated_at, deleted) "
               "VALUES (?, pd.my_office(), ?, ?, ?, ?, ?, ?, NULLIF(?, '')::date, "
               "NULLIF(?, '')::date, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz, ?) "
               "ON CONFLICT (id) DO UPDATE SET ") +
           editedSet(edited) +
           QStringLiteral(
               "updated_at = greatest(pd.plan_activity.updated_at, EXCLUDED.updated_at), ") +
           activityRemovalRule() + QStringLiteral(" RETURNING version, deleted");
}

const QString kPushLink =
    QStringLiteral("INSERT INTO pd.activity_article (office_id, activity_id, article_id, "
                   "linked_at, linked_by, deleted) VALUES (pd.my_office(), ?, ?::uuid, "
                   "?::timestamptz, ?, ?) ON CONFLICT (activity_id, article_id) DO UPDATE SET "
                   "linked_at = EXCLUDED.linked_at, linked_by = EXCLUDED.linked_by, ") +
    deletedRule(QStringLiteral("pd.activity_article")) +
    QStringLiteral(" RETURNING version, deleted");

// Work counted under an activity (a link, a manual entry) or an activity edited here brings
// back what another desk removed meanwhile above it: the activity, its plan.
const QString kReviveActivity =
    QStringLiteral("UPDATE pd.plan_activity SET deleted = false WHERE id = ? AND deleted");
const QString kRevivePlanOf =
    QStringLiteral("UPDATE pd.plan SET deleted = false WHERE deleted AND id = (SELECT plan_id "
                   "FROM pd.plan_activity WHERE id = ?)");

// Sent again (its answer lost) or removed here: only counted → removed changes anything.
const QString kPushManualEntry =
    QStringLiteral("INSERT INTO pd.manual_entry (id, office_id, activity_id, entry_date, "
                   "quantity, note, created_by, created_at, deleted) VALUES (?::uuid, "
                   "pd.my_office(), ?, ?::date, ?, ?, ?, ?::timestamptz, ?) "
                   "ON CONFLICT (id) DO UPDATE SET deleted = true "
                   "WHERE EXCLUDED.deleted AND NOT pd.manual_entry.deleted "
                   "RETURNING version, deleted");

// A reassignment sent again (its answer lost) is the one the server has: nothing changes.
const QString kPushUnitChange = QStringLiteral(
    "INSERT INTO pd.unit_reassignment (id, office_id, activity_id, from_unit, to_unit, "
    "reassigned_at, reassigned_by, note) VALUES (?::uuid, pd.my_office(), ?, ?, ?, "
    "?::timestamptz, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING version, false");

} // namespace

Status PlanSync::attach(ServerSession &session)
{
    auto q = session.exec(QStringLiteral("SELECT to_regclass('pd.unit_reassignment') IS NOT NULL"));
    if (!q)
        return q.error();
    m_serverHasUnitChanges = q->next() && q->value(0).toBool();
    return {};
}

QString PlanSync::demoPlanId()
{
    return QStringLiteral("0c6f2a65-1902-4d19-a065-6b4b48000065");
}

Status PlanSync::keepDemoPlanOnTheDesk(Database &local)
{
    auto untouched = PlanSyncRepository(local).isUntouchedOrRemovedDemo(demoPlanId());
    if (!untouched)
        return untouched.error();
    if (!untouched.value())
        return {};
    return SyncRepository(local).markLocalOnly(QStringLiteral("plan"), demoPlanId());
}

Result<int> PlanSync::freeze()
{
    m_taken.clear();
    // A desk that joined before plans synced decides about its demo plan at its first pass.
    if (auto st = keepDemoPlanOnTheDesk(m_local); !st)
        return st.error();
    auto pending = PlanSyncRepository(m_local).pending(m_serverHasUnitChanges);
    if (!pending)
        return pending.error();
    m_pending = std::move(pending).value();
    return m_pending.size();
}

Result<int> PlanSync::pendingCount()
{
    return PlanSyncRepository(m_local).pendingCount();
}

Status PlanSync::push(ServerSession &server, QList<SyncRejection> &rejected)
{
    m_taken.clear();
    // One row in a savepoint (with what it brings back above it): what the server refuses is
    // explained and kept waiting here (the next pass sends it again); anything else of the
    // connection ends the pass.
    const auto send = [&](Taken taken, const PlanSyncRepository::Marks &marks, const QString &sql,
                          const QVariantList &values, const QString &what,
                          const QString &reviveAbove = {}) -> Status {
        Status st = server.step([&]() -> Status {
            // A plan or activity removed on the server: by which transaction (what that
            // removal took with it comes back with the row).
            QString removedBy;
            if (taken.kind == Kind::Plan || taken.kind == Kind::Activity) {
                auto before = server.exec(
                    QStringLiteral("SELECT change_xid::text FROM %1 WHERE id = ? AND deleted")
                        .arg(taken.kind == Kind::Plan ? QStringLiteral("pd.plan")
                                                      : QStringLiteral("pd.plan_activity")),
                    {taken.id});
                if (!before)
                    return before.error();
                if (before->next())
                    removedBy = before->value(0).toString();
            }
            auto q = server.exec(sql, values);
            if (!q)
                return q.error();
            const bool alive = q->next() && !q->value(1).toBool();
            if (alive && !removedBy.isEmpty()) {
                const bool plan = taken.kind == Kind::Plan;
                if (plan) {
                    if (auto revived = server.run(
                            QStringLiteral("UPDATE pd.plan_activity SET deleted = false WHERE "
                                           "plan_id = ? AND deleted AND change_xid = ?::xid8"),
                            {taken.id, removedBy});
                        !revived)
                        return revived;
                }
                if (auto revived = server.run(
                        QStringLiteral("UPDATE pd.activity_article SET deleted = false WHERE "
                                       "deleted AND change_xid = ?::xid8 AND activity_id IN "
                                       "(SELECT id FROM pd.plan_activity WHERE %1 = ?)")
                            .arg(plan ? QStringLiteral("plan_id") : QStringLiteral("id")),
                        {removedBy, taken.id});
                    !revived)
                    return revived;
            }
            // The version is this desk's row when the server has it as sent: the deletion as
            // sent and nobody else's write in between. Otherwise (merged with another desk's
            // edits, a stale removal kept alive, an entry removed elsewhere) the pull brings
            // the server's row.
            if (q->isValid() && q->value(1).toBool() == marks.deleted &&
                q->value(0).toInt() == marks.serverVersion + 1)
                taken.version = q->value(0).toInt();
            // Alive (sent alive, or a removal the server judged stale): what is above it is
            // alive too.
            if (alive && !reviveAbove.isEmpty()) {
                if (taken.kind != Kind::Activity) {
                    if (auto revived = server.run(kReviveActivity, {reviveAbove}); !revived)
                        return revived;
                }
                if (auto revived = server.run(kRevivePlanOf, {reviveAbove}); !revived)
                    return revived;
            }
            return {};
        });
        if (!st && ServerSession::isConnectionError(st.error()))
            return st;
        if (!st) {
            rejected.append({QString(), what, st.error().message});
            return {};
        }
        taken.localRevision = marks.localRev;
        m_taken.append(taken);
        return {};
    };

    for (const auto &p : std::as_const(m_pending.plans)) {
        const QVariant document = p.sendDocument && !p.document.isNull()
                                      ? QVariant(QString::fromLatin1(p.document.toBase64()))
                                      : QVariant(QMetaType::fromType<QString>());
        // A removal is only a removal: the fields and document stay as the server has them
        // (another desk's edit may keep the plan).
        if (auto st = send({Kind::Plan, p.id, {}, 0, 0, PlanSyncRepository::fields(p)}, p.marks,
                           p.marks.deleted
                               ? pushPlan({}, false)
                               : pushPlan(PlanSyncRepository::editedColumns(p), p.sendDocument),
                           {p.id, p.number, text(p.title), text(p.issuingBody), text(p.issueDate),
                            text(p.periodStart), text(p.periodEnd), text(p.theme),
                            p.focusTopicsJson.isEmpty() ? QStringLiteral("[]") : p.focusTopicsJson,
                            p.status, text(p.documentName), text(p.documentMime), document,
                            p.createdAt, p.updatedAt, p.marks.deleted, p.marks.serverVersion},
                           tr("Plan %1").arg(p.number));
            !st)
            return st;
    }
    // What this desk has seen of the office: its last pull's snapshot (every kind is pulled in
    // one snapshot; "1:1:" sees nothing, before any pull).
    QString seen = QStringLiteral("1:1:");
    if (!m_pending.activities.isEmpty()) {
        auto state = SyncRepository(m_local).state();
        if (!state)
            return state.error();
        if (state->has_value()) {
            const QString cursor =
                (*state)->cursors.value(QStringLiteral("manual_entry")).toString();
            if (cursor.count(u':') == 2)
                seen = cursor;
        }
    }
    // An activity's reassignments go before the activity when the server has it: the server
    // changes a unit only with its reassignment written first (step 10). A new activity's go
    // after it (they name it).
    QSet<QString> newActivities;
    for (const auto &a : std::as_const(m_pending.activities)) {
        if (a.marks.serverVersion == 0)
            newActivities.insert(a.id);
    }
    const auto sendUnitChanges = [&](bool ofNewActivities) -> Status {
        for (const auto &c : std::as_const(m_pending.unitChanges)) {
            if (newActivities.contains(c.activityId) != ofNewActivities)
                continue;
            // Taken as sent when the server had it already (no row returned): the version
            // comes with the pull.
            if (auto st =
                    send({Kind::UnitChange, c.id, {}, 0, 0, {}}, {false, 0, 0}, kPushUnitChange,
                         {c.id, c.activityId, text(c.fromUnit), c.toUnit, c.reassignedAt,
                          text(c.reassignedBy), text(c.note)},
                         tr("The reassignment of an activity of plan %1 from “%2” to “%3”")
                             .arg(c.planNumber, c.fromUnit, c.toUnit));
                !st)
                return st;
        }
        return {};
    };
    if (auto st = sendUnitChanges(false); !st)
        return st;
    for (const auto &a : std::as_const(m_pending.activities)) {
        if (auto st =
                send({Kind::Activity, a.id, {}, 0, 0, PlanSyncRepository::fields(a)}, a.marks,
                     pushActivity(a.marks.deleted ? QStringList()
                                                  : PlanSyncRepository::editedColumns(a)),
                     {a.id, a.planId, a.position, a.channel, text(a.focusTopic),
                      text(a.description), text(a.responsibleUnit), text(a.startDate),
                      text(a.dueDate), a.target, text(a.unit), a.status, text(a.behindReason),
                      a.createdAt, a.updatedAt, a.marks.deleted, a.marks.serverVersion, seen, seen},
                     tr("An activity of plan %1").arg(a.planNumber), a.id);
            !st)
            return st;
    }
    for (const auto &l : std::as_const(m_pending.links)) {
        if (auto st = send(
                {Kind::Link, l.activityId, l.articleId, 0, 0, {}}, l.marks, kPushLink,
                {l.activityId, l.articleId, l.linkedAt, text(l.linkedBy), l.marks.deleted,
                 l.marks.serverVersion},
                tr("The link of “%1” to an activity of plan %2").arg(l.articleTitle, l.planNumber),
                l.activityId);
            !st)
            return st;
    }
    for (const auto &e : std::as_const(m_pending.entries)) {
        if (auto st = send({Kind::ManualEntry, e.id, {}, 0, 0, {}}, e.marks, kPushManualEntry,
                           {e.id, e.activityId, e.entryDate, e.quantity, text(e.note),
                            text(e.createdBy), e.createdAt, e.marks.deleted},
                           tr("A manual entry of plan %1 (%2)").arg(e.planNumber, e.entryDate),
                           e.activityId);
            !st)
            return st;
    }
    return sendUnitChanges(true);
}

Status PlanSync::acknowledge()
{
    PlanSyncRepository repo(m_local);
    for (const Taken &t : std::as_const(m_taken)) {
        Status st;
        switch (t.kind) {
        case Kind::Plan:
            st = repo.markPlanSent(t.id, t.localRevision, t.version, t.sent);
            break;
        case Kind::Activity:
            st = repo.markActivitySent(t.id, t.localRevision, t.version, t.sent);
            break;
        case Kind::Link:
            st = repo.markLinkSent(t.id, t.articleId, t.localRevision, t.version);
            break;
        case Kind::ManualEntry:
            st = repo.markManualEntrySent(t.id, t.localRevision, t.version);
            break;
        case Kind::UnitChange:
            st = repo.markUnitChangeSent(t.id, t.version);
            break;
        }
        if (!st)
            return st;
    }
    m_taken.clear();
    m_pending = {};
    return {};
}

QList<PullKind> PlanSync::pullKinds()
{
    const auto iso = [](const char *column) {
        return ServerSession::isoColumn(QLatin1String(column));
    };
    const auto written = [](const Result<bool> &r) -> Status {
        if (!r)
            return r.error();
        return {};
    };
    QList<PullKind> kinds;
    kinds.append(
        {QStringLiteral("plan"), QStringLiteral("pd.plan"),
         QStringLiteral("id, number, title, issuing_body, %1, %2, %3, theme, "
                        "array_to_json(focus_topics)::text, status, document_name, "
                        "document_mime, encode(document, 'base64'), %4, %5, deleted, version")
             .arg(dateColumn(QStringLiteral("issue_date")),
                  dateColumn(QStringLiteral("period_start")),
                  dateColumn(QStringLiteral("period_end")), iso("created_at"), iso("updated_at")),
         17,
         [this, written](QSqlQuery &q) -> Status {
             PlanSyncRepository::PlanRow r;
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
             r.document = q.value(12).isNull()
                              ? QByteArray()
                              : QByteArray::fromBase64(q.value(12).toString().toLatin1());
             r.createdAt = q.value(13).toString();
             r.updatedAt = q.value(14).toString();
             r.marks.deleted = q.value(15).toBool();
             r.marks.serverVersion = q.value(16).toInt();
             return written(PlanSyncRepository(m_local).applyPlan(r));
         },
         kPlanPage});
    kinds.append(
        {QStringLiteral("plan_activity"), QStringLiteral("pd.plan_activity"),
         QStringLiteral("id, plan_id, position, channel, focus_topic, description, "
                        "responsible_unit, %1, %2, target, unit, status, behind_reason, %3, %4, "
                        "deleted, version")
             .arg(dateColumn(QStringLiteral("start_date")), dateColumn(QStringLiteral("due_date")),
                  iso("created_at"), iso("updated_at")),
         17, [this, written](QSqlQuery &q) -> Status {
             PlanSyncRepository::ActivityRow r;
             r.id = q.value(0).toString();
             r.planId = q.value(1).toString();
             r.position = q.value(2).toInt();
             r.channel = q.value(3).toString();
             r.focusTopic = q.value(4).toString();
             r.description = q.value(5).toString();
             r.responsibleUnit = q.value(6).toString();
             r.startDate = q.value(7).toString();
             r.dueDate = q.value(8).toString();
             r.target = q.value(9).toInt();
             r.unit = q.value(10).toString();
             r.status = q.value(11).toString();
             r.behindReason = q.value(12).toString();
             r.createdAt = q.value(13).toString();
             r.updatedAt = q.value(14).toString();
             r.marks.deleted = q.value(15).toBool();
             r.marks.serverVersion = q.value(16).toInt();
             return written(PlanSyncRepository(m_local).applyActivity(r));
         }});
    kinds.append({QStringLiteral("activity_article"), QStringLiteral("pd.activity_article"),
                  QStringLiteral("activity_id, article_id::text, %1, linked_by, deleted, version")
                      .arg(iso("linked_at")),
                  6, [this, written](QSqlQuery &q) -> Status {
                      PlanSyncRepository::LinkRow r;
                      r.activityId = q.value(0).toString();
                      r.articleId = q.value(1).toString();
                      r.linkedAt = q.value(2).toString();
                      r.linkedBy = q.value(3).toString();
                      r.marks.deleted = q.value(4).toBool();
                      r.marks.serverVersion = q.value(5).toInt();
                      return written(PlanSyncRepository(m_local).applyLink(r));
                  }});
    kinds.append({QStringLiteral("manual_entry"), QStringLiteral("pd.manual_entry"),
                  QStringLiteral("id::text, activity_id, %1, quantity, note, created_by, %2, "
                                 "deleted, version")
                      .arg(dateColumn(QStringLiteral("entry_date")), iso("created_at")),
                  9, [this, written](QSqlQuery &q) -> Status {
                      PlanSyncRepository::ManualEntryRow r;
                      r.id = q.value(0).toString();
                      r.activityId = q.value(1).toString();
                      r.entryDate = q.value(2).toString();
                      r.quantity = q.value(3).toInt();
                      r.note = q.value(4).toString();
                      r.createdBy = q.value(5).toString();
                      r.createdAt = q.value(6).toString();
                      r.marks.deleted = q.value(7).toBool();
                      r.marks.serverVersion = q.value(8).toInt();
                      return written(PlanSyncRepository(m_local).applyManualEntry(r));
                  }});
    if (!m_serverHasUnitChanges)
        return kinds;
    kinds.append({QStringLiteral("unit_reassignment"), QStringLiteral("pd.unit_reassignment"),
                  QStringLiteral("id::text, activity_id, from_unit, to_unit, %1, reassigned_by, "
                                 "note, version")
                      .arg(iso("reassigned_at")),
                  8, [this, written](QSqlQuery &q) -> Status {
                      PlanSyncRepository::UnitChangeRow r;
                      r.id = q.value(0).toString();
                      r.activityId = q.value(1).toString();
                      r.fromUnit = q.value(2).toString();
                      r.toUnit = q.value(3).toString();
                      r.reassignedAt = q.value(4).toString();
                      r.reassignedBy = q.value(5).toString();
                      r.note = q.value(6).toString();
                      r.serverVersion = q.value(7).toInt();
                      return written(PlanSyncRepository(m_local).applyUnitChange(r));
                  }});
    return kinds;
}

} // namespace PressDesk
