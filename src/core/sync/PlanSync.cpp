#include "sync/PlanSync.h"

#include "store/Database.h"
#include "sync/SyncRepository.h"

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

// A removal made on the server after the version this desk's row is based on stays a removal;
// a desk that saw it and still sends the row alive brings it back (a plan imported again, an
// article linked again).
QString deletedUnlessRemovedSince(const QString &table)
{
    return QStringLiteral("deleted = CASE WHEN %1.deleted AND %1.version > ? THEN true "
                          "ELSE EXCLUDED.deleted END")
        .arg(table);
}

const QString kPushPlan =
    QStringLiteral("INSERT INTO pd.plan (id, office_id, number, title, issuing_body, issue_date, "
                   "period_start, period_end, theme, focus_topics, status, document_name, "
                   "document_mime, document, created_at, updated_at, deleted) "
                   "VALUES (?, pd.my_office(), ?, ?, ?, NULLIF(?, '')::date, "
                   "NULLIF(?, '')::date, NULLIF(?, '')::date, ?, "
                   "ARRAY(SELECT jsonb_array_elements_text(?::jsonb)), ?, ?, ?, "
                   "decode(?, 'base64'), ?::timestamptz, ?::timestamptz, ?) "
                   "ON CONFLICT (id) DO UPDATE SET number = EXCLUDED.number, "
                   "title = EXCLUDED.title, issuing_body = EXCLUDED.issuing_body, "
                   "issue_date = EXCLUDED.issue_date, period_start = EXCLUDED.period_start, "
                   "period_end = EXCLUDED.period_end, theme = EXCLUDED.theme, "
                   "focus_topics = EXCLUDED.focus_topics, status = EXCLUDED.status, "
                   "document_name = EXCLUDED.document_name, "
                   "document_mime = EXCLUDED.document_mime, "
                   "document = CASE WHEN ? THEN EXCLUDED.document ELSE pd.plan.document END, "
                   "created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at, ") +
    deletedUnlessRemovedSince(QStringLiteral("pd.plan")) +
    QStringLiteral(" RETURNING version, deleted");

const QString kPushActivity =
    QStringLiteral("INSERT INTO pd.plan_activity (id, office_id, plan_id, position, channel, "
                   "focus_topic, description, responsible_unit, start_date, due_date, target, "
                   "unit, status, behind_reason, created_at, updated_at, deleted) "
                   "VALUES (?, pd.my_office(), ?, ?, ?, ?, ?, ?, NULLIF(?, '')::date, "
                   "NULLIF(?, '')::date, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz, ?) "
                   "ON CONFLICT (id) DO UPDATE SET plan_id = EXCLUDED.plan_id, "
                   "position = EXCLUDED.position, channel = EXCLUDED.channel, "
                   "focus_topic = EXCLUDED.focus_topic, description = EXCLUDED.description, "
                   "responsible_unit = EXCLUDED.responsible_unit, "
                   "start_date = EXCLUDED.start_date, due_date = EXCLUDED.due_date, "
                   "target = EXCLUDED.target, unit = EXCLUDED.unit, status = EXCLUDED.status, "
                   "behind_reason = EXCLUDED.behind_reason, created_at = EXCLUDED.created_at, "
                   "updated_at = EXCLUDED.updated_at, ") +
    deletedUnlessRemovedSince(QStringLiteral("pd.plan_activity")) +
    QStringLiteral(" RETURNING version, deleted");

const QString kPushLink =
    QStringLiteral("INSERT INTO pd.activity_article (office_id, activity_id, article_id, "
                   "linked_at, linked_by, deleted) VALUES (pd.my_office(), ?, ?::uuid, "
                   "?::timestamptz, ?, ?) ON CONFLICT (activity_id, article_id) DO UPDATE SET "
                   "linked_at = EXCLUDED.linked_at, linked_by = EXCLUDED.linked_by, ") +
    deletedUnlessRemovedSince(QStringLiteral("pd.activity_article")) +
    QStringLiteral(" RETURNING version, deleted");

// Sent again (its answer lost) or removed here: only counted → removed changes anything.
const QString kPushManualEntry =
    QStringLiteral("INSERT INTO pd.manual_entry (id, office_id, activity_id, entry_date, "
                   "quantity, note, created_by, created_at, deleted) VALUES (?::uuid, "
                   "pd.my_office(), ?, ?::date, ?, ?, ?, ?::timestamptz, ?) "
                   "ON CONFLICT (id) DO UPDATE SET deleted = true "
                   "WHERE EXCLUDED.deleted AND NOT pd.manual_entry.deleted "
                   "RETURNING version, deleted");

} // namespace

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
    auto pending = PlanSyncRepository(m_local).pending();
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
    // One row in a savepoint: what the server refuses is explained and kept waiting here (the
    // next pass sends it again); anything else of the connection ends the pass.
    const auto send = [&](Kind kind, const QString &id, const QString &articleId,
                          const PlanSyncRepository::Marks &marks, const QString &sql,
                          const QVariantList &values, const QString &what) -> Status {
        int version = 0;
        Status st = server.step([&]() -> Status {
            auto q = server.exec(sql, values);
            if (!q)
                return q.error();
            // As sent: the version is this desk's row. Otherwise (a removal kept, an entry
            // removed elsewhere) the pull brings the server's row.
            if (q->next() && q->value(1).toBool() == marks.deleted)
                version = q->value(0).toInt();
            return {};
        });
        if (!st && ServerSession::isConnectionError(st.error()))
            return st;
        if (!st) {
            rejected.append({QString(), what, st.error().message});
            return {};
        }
        m_taken.append({kind, id, articleId, marks.localRev, version});
        return {};
    };

    for (const auto &p : std::as_const(m_pending.plans)) {
        const QVariant document = p.sendDocument && !p.document.isNull()
                                      ? QVariant(QString::fromLatin1(p.document.toBase64()))
                                      : QVariant(QMetaType::fromType<QString>());
        if (auto st =
                send(Kind::Plan, p.id, {}, p.marks, kPushPlan,
                     {p.id, p.number, text(p.title), text(p.issuingBody), text(p.issueDate),
                      text(p.periodStart), text(p.periodEnd), text(p.theme),
                      p.focusTopicsJson.isEmpty() ? QStringLiteral("[]") : p.focusTopicsJson,
                      p.status, text(p.documentName), text(p.documentMime), document, p.createdAt,
                      p.updatedAt, p.marks.deleted, p.sendDocument, p.marks.serverVersion},
                     tr("Plan %1").arg(p.number));
            !st)
            return st;
    }
    for (const auto &a : std::as_const(m_pending.activities)) {
        if (auto st = send(Kind::Activity, a.id, {}, a.marks, kPushActivity,
                           {a.id, a.planId, a.position, a.channel, text(a.focusTopic),
                            text(a.description), text(a.responsibleUnit), text(a.startDate),
                            text(a.dueDate), a.target, text(a.unit), a.status, text(a.behindReason),
                            a.createdAt, a.updatedAt, a.marks.deleted, a.marks.serverVersion},
                           tr("An activity of plan %1").arg(a.planNumber));
            !st)
            return st;
    }
    for (const auto &l : std::as_const(m_pending.links)) {
        if (auto st = send(
                Kind::Link, l.activityId, l.articleId, l.marks, kPushLink,
                {l.activityId, l.articleId, l.linkedAt, text(l.linkedBy), l.marks.deleted,
                 l.marks.serverVersion},
                tr("The link of “%1” to an activity of plan %2").arg(l.articleTitle, l.planNumber));
            !st)
            return st;
    }
    for (const auto &e : std::as_const(m_pending.entries)) {
        if (auto st = send(Kind::ManualEntry, e.id, {}, e.marks, kPushManualEntry,
                           {e.id, e.activityId, e.entryDate, e.quantity, text(e.note),
                            text(e.createdBy), e.createdAt, e.marks.deleted},
                           tr("A manual entry of plan %1 (%2)").arg(e.planNumber, e.entryDate));
            !st)
            return st;
    }
    return {};
}

Status PlanSync::acknowledge()
{
    PlanSyncRepository repo(m_local);
    for (const Taken &t : std::as_const(m_taken)) {
        Status st;
        switch (t.kind) {
        case Kind::Plan:
            st = repo.markPlanSent(t.id, t.localRevision, t.version);
            break;
        case Kind::Activity:
            st = repo.markActivitySent(t.id, t.localRevision, t.version);
            break;
        case Kind::Link:
            st = repo.markLinkSent(t.id, t.articleId, t.localRevision, t.version);
            break;
        case Kind::ManualEntry:
            st = repo.markManualEntrySent(t.id, t.localRevision, t.version);
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
    return kinds;
}

} // namespace PressDesk
