#include "sync/RegisterSync.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlUtil.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QSqlQuery>

#include <algorithm>

namespace PressDesk {

// How a column is stored on the server (the desk stores text, integers and reals).
enum class ColumnType {
    Text, // text
    Int,  // integer (NULL allowed where the table allows it)
    Real, // double precision, NULL allowed
    Date, // date; the desk's 'yyyy-MM-dd', NULL or '' for none
    Time, // timestamptz; the desk's UTC ISO 8601
    Uuid, // uuid; NULL allowed where the table allows it
};

struct RegisterColumn
{
    const char *name;
    ColumnType type;
};

// A column that names a row of another table of the desk: a pulled row whose parent the desk
// does not hold is not written (it belongs to something that stays elsewhere).
struct RegisterParent
{
    const char *column;
    const char *table;     // the desk's table
    const char *key;       // its key column
    const char *localKind; // the sync_local_only entity of that table ("" none)
};

struct RegisterSync::Table
{
    const char *kind;   // the pull's cursor key and the sync_local_only entity
    const char *local;  // the desk's table
    const char *server; // the server's table
    QList<RegisterColumn> columns;
    QList<RegisterParent> parents;
    const char *what; // for a refusal: "A radio station" (translated with tr())
    bool appendOnly;  // a broadcast: only ever removed once sent
    bool uniqueName;  // one live row per name on a desk (radio stations)
};

namespace {

using T = ColumnType;

const QList<RegisterSync::Table> &tables()
{
    static const QList<RegisterSync::Table> all{
        // One row, named by the office's id on every desk (RegisterSync::attach).
        {"office_profile",
         "office_profile",
         "pd.office_profile",
         {{"name", T::Text},
          {"parent_body", T::Text},
          {"place", T::Text},
          {"signer_name", T::Text},
          {"signer_title", T::Text},
          {"recipients", T::Text},
          {"number_suffix", T::Text},
          {"tone_style", T::Text},
          {"glossary", T::Text}},
         {},
         QT_TRANSLATE_NOOP("PressDesk::RegisterSync", "The office profile"),
         false,
         false},
        {"radio_station",
         "radio_stations",
         "pd.radio_station",
         {{"name", T::Text}, {"kind", T::Text}, {"note", T::Text}},
         {},
         QT_TRANSLATE_NOOP("PressDesk::RegisterSync", "A radio station"),
         false,
         true},
        {"radio_program",
         "radio_programs",
         "pd.radio_program",
         {{"name", T::Text},
          {"station_id", T::Uuid},
          {"weekday", T::Int},
          {"start_time", T::Text},
          {"length_minutes", T::Int}},
         {{"station_id", "radio_stations", "id", "radio_station"}},
         QT_TRANSLATE_NOOP("PressDesk::RegisterSync", "A radio programme"),
         false,
         false},
        {"radio_item",
         "radio_items",
         "pd.radio_item",
         {{"program_id", T::Uuid},
          {"broadcast_date", T::Date},
          {"position", T::Int},
          {"article_id", T::Uuid},
          {"title", T::Text},
          {"script", T::Text},
          {"activity_id", T::Text},
          {"duration_seconds", T::Int},
          {"created_by", T::Text}},
         {{"program_id", "radio_programs", "id", "radio_program"},
          {"article_id", "articles", "id", "article"},
          {"activity_id", "plan_activities", "id", ""}},
         QT_TRANSLATE_NOOP("PressDesk::RegisterSync", "An item of a radio rundown"),
         false,
         false},
        {"radio_aired",
         "radio_aired",
         "pd.radio_aired",
         {{"item_id", T::Uuid},
          {"station_id", T::Uuid},
          {"aired_at", T::Time},
          {"recorded_by", T::Text}},
         {{"item_id", "radio_items", "id", "radio_item"},
          {"station_id", "radio_stations", "id", "radio_station"}},
         QT_TRANSLATE_NOOP("PressDesk::RegisterSync", "A broadcast"),
         true,
         false},
        {"visual_slogan",
         "visual_slogans",
         "pd.visual_slogan",
         {{"plan_id", T::Text}, {"text", T::Text}, {"topic", T::Text}, {"created_by", T::Text}},
         {{"plan_id", "plans", "id", "plan"}},
         QT_TRANSLATE_NOOP("PressDesk::RegisterSync", "A slogan of a plan"),
         false,
         false},
        {"visual_item",
         "visual_items",
         "pd.visual_item",
         {{"activity_id", T::Text},
          {"slogan_id", T::Uuid},
          {"content", T::Text},
          {"form", T::Text},
          {"size", T::Text},
          {"quantity", T::Int},
          {"commune", T::Text},
          {"place", T::Text},
          {"latitude", T::Real},
          {"longitude", T::Real},
          {"responsible_unit", T::Text},
          {"planned_date", T::Date},
          {"installed_date", T::Date},
          {"removed_date", T::Date},
          {"status", T::Text},
          {"created_by", T::Text}},
         {{"activity_id", "plan_activities", "id", ""},
          {"slogan_id", "visual_slogans", "id", "visual_slogan"}},
         QT_TRANSLATE_NOOP("PressDesk::RegisterSync", "An item of the visual register"),
         false,
         false},
        {"visual_photo",
         "visual_photos",
         "pd.visual_photo",
         {{"item_id", T::Uuid},
          {"image_hash", T::Text},
          {"file_name", T::Text},
          {"taken_at", T::Text},
          {"latitude", T::Real},
          {"longitude", T::Real},
          {"created_by", T::Text}},
         {{"item_id", "visual_items", "id", "visual_item"}, {"image_hash", "images", "hash", ""}},
         QT_TRANSLATE_NOOP("PressDesk::RegisterSync", "An evidence photo"),
         false,
         false},
    };
    return all;
}

QString columnName(const RegisterColumn &c)
{
    return QString::fromLatin1(c.name);
}

// What the server's INSERT takes for a column.
QString pushValue(ColumnType type)
{
    switch (type) {
    case T::Text:
        return QStringLiteral("?");
    case T::Int:
        return QStringLiteral("?::integer");
    case T::Real:
        return QStringLiteral("?::double precision");
    case T::Date:
        return QStringLiteral("NULLIF(?, '')::date");
    case T::Time:
        return QStringLiteral("?::timestamptz");
    case T::Uuid:
        return QStringLiteral("?::uuid");
    }
    return QStringLiteral("?");
}

// What the pull reads of a column: as the desk stores it.
QString pullValue(const RegisterColumn &c)
{
    const QString name = columnName(c);
    switch (c.type) {
    case T::Date:
        return QStringLiteral("to_char(%1, 'YYYY-MM-DD')").arg(name);
    case T::Time:
        return ServerSession::isoColumn(name);
    case T::Uuid:
        return name + QStringLiteral("::text");
    default:
        return name;
    }
}

// A NULL the PostgreSQL driver binds as NULL.
QVariant bindable(const QVariant &v)
{
    return v.isNull() ? QVariant(QMetaType::fromType<QString>()) : v;
}

QJsonObject fieldsOf(const RegisterSync::Table &t, const QVariantList &values)
{
    QJsonObject o;
    for (int i = 0; i < t.columns.size(); ++i)
        o.insert(columnName(t.columns.at(i)), QJsonValue::fromVariant(values.value(i)));
    return o;
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString localOnly(const char *kind)
{
    return QStringLiteral("(SELECT id FROM sync_local_only WHERE entity = '%1')")
        .arg(QLatin1String(kind));
}

// The desk's rows of the table that wait to be sent: edited here, not staying here, nor
// belonging to something that stays here.
QString pendingWhere(const RegisterSync::Table &t)
{
    QString where = QStringLiteral("FROM %1 WHERE dirty = 1 AND id NOT IN %2")
                        .arg(QLatin1String(t.local), localOnly(t.kind));
    for (const RegisterParent &p : t.parents) {
        if (*p.localKind)
            where += QStringLiteral(" AND (%1 IS NULL OR %1 NOT IN %2)")
                         .arg(QLatin1String(p.column), localOnly(p.localKind));
        else if (qstrcmp(p.table, "plan_activities") == 0) // an activity of a plan kept here
            where += QStringLiteral(" AND (%1 IS NULL OR %1 NOT IN (SELECT id FROM "
                                    "plan_activities WHERE plan_id IN %2))")
                         .arg(QLatin1String(p.column), localOnly("plan"));
    }
    return where;
}

QString pushSql(const RegisterSync::Table &t, const QStringList &edited)
{
    QStringList names{QStringLiteral("id"), QStringLiteral("office_id")};
    QStringList values{QStringLiteral("?::uuid"), QStringLiteral("pd.my_office()")};
    for (const RegisterColumn &c : t.columns) {
        names << columnName(c);
        values << pushValue(c.type);
    }
    names << QStringLiteral("created_at") << QStringLiteral("updated_at")
          << QStringLiteral("deleted");
    values << QStringLiteral("?::timestamptz") << QStringLiteral("?::timestamptz")
           << QStringLiteral("?");
    const QString table = QLatin1String(t.server);
    QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET ")
            .arg(table, names.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
    if (t.appendOnly) {
        // Sent again (its answer lost) or removed here: only recorded → removed changes it.
        return sql + QStringLiteral("deleted = true WHERE EXCLUDED.deleted AND NOT %1.deleted "
                                    "RETURNING version, deleted")
                         .arg(table);
    }
    for (const QString &c : edited)
        sql += c + QStringLiteral(" = EXCLUDED.") + c + QStringLiteral(", ");
    // An edit beats a removal it did not know of (see PlanSync).
    sql += QStringLiteral("updated_at = greatest(%1.updated_at, EXCLUDED.updated_at), "
                          "deleted = CASE WHEN EXCLUDED.deleted THEN %1.deleted OR %1.version "
                          "<= ? ELSE false END RETURNING version, deleted")
               .arg(table);
    return sql;
}

// A name no live row of the table but `except` has: "name (2)", "name (3)" …
Result<QString> freeName(Database &db, const char *table, const QString &name,
                         const QString &except)
{
    for (int copy = 2;; ++copy) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(name).arg(copy);
        auto taken = Sql::value(db,
                                QStringLiteral("SELECT 1 FROM %1 WHERE name = ? COLLATE NOCASE "
                                               "AND deleted = 0 AND id <> ?")
                                    .arg(QLatin1String(table)),
                                {candidate, except});
        if (!taken)
            return taken.error();
        if (!taken->isValid())
            return candidate;
    }
}

} // namespace

Status RegisterSync::attach(ServerSession &session)
{
    auto q = session.exec(QStringLiteral("SELECT to_regclass('pd.visual_photo') IS NOT NULL, "
                                         "pd.my_office()::text"));
    if (!q)
        return q.error();
    m_serverHasRegisters = q->next() && q->value(0).toBool();
    if (!m_serverHasRegisters)
        return {};
    // The office profile is the office's: on every desk its row is named by the office's id.
    // A desk whose profile has another name (a profile that joined, or joined before the
    // profile synced) takes the office's when the office has one, else sends its own.
    const QString office = q->value(1).toString();
    auto here = Sql::value(m_local, QStringLiteral("SELECT id FROM office_profile"));
    if (!here)
        return here.error();
    if (!here->isValid() || here->toString() == office)
        return {};
    auto there = session.exec(QStringLiteral("SELECT 1 FROM pd.office_profile"));
    if (!there)
        return there.error();
    const bool officeHasOne = there->next();
    return Sql::run(m_local,
                    QStringLiteral("UPDATE office_profile SET id = ?, server_version = 0, "
                                   "synced = '', dirty = CASE WHEN ? THEN 0 ELSE 1 END"),
                    {office, officeHasOne});
}

Status RegisterSync::keepLocalWorkOnTheDesk(Database &local)
{
    for (const Table &t : tables()) {
        if (qstrcmp(t.kind, "office_profile") == 0)
            continue; // the office's, not the desk's
        if (auto st = Sql::run(local, QStringLiteral("INSERT OR IGNORE INTO sync_local_only "
                                                     "(entity, id) SELECT '%1', id FROM %2")
                                          .arg(QLatin1String(t.kind), QLatin1String(t.local)));
            !st)
            return st;
    }
    return {};
}

Status RegisterSync::markRowsOfLocalWork()
{
    // Parents before children, so that what stays here takes what belongs to it along.
    const QString localPlans = localOnly("plan");
    const QStringList marks{
        QStringLiteral("INSERT OR IGNORE INTO sync_local_only (entity, id) SELECT 'radio_item', "
                       "id FROM radio_items WHERE article_id IN %1 OR activity_id IN (SELECT id "
                       "FROM plan_activities WHERE plan_id IN %2)")
            .arg(localOnly("article"), localPlans),
        QStringLiteral("INSERT OR IGNORE INTO sync_local_only (entity, id) SELECT 'radio_aired', "
                       "id FROM radio_aired WHERE item_id IN %1")
            .arg(localOnly("radio_item")),
        QStringLiteral("INSERT OR IGNORE INTO sync_local_only (entity, id) SELECT "
                       "'visual_slogan', id FROM visual_slogans WHERE plan_id IN %1")
            .arg(localPlans),
        QStringLiteral("INSERT OR IGNORE INTO sync_local_only (entity, id) SELECT 'visual_item', "
                       "id FROM visual_items WHERE activity_id IN (SELECT id FROM "
                       "plan_activities WHERE plan_id IN %1) OR slogan_id IN %2")
            .arg(localPlans, localOnly("visual_slogan")),
        QStringLiteral("INSERT OR IGNORE INTO sync_local_only (entity, id) SELECT "
                       "'visual_photo', id FROM visual_photos WHERE item_id IN %1")
            .arg(localOnly("visual_item")),
    };
    for (const QString &sql : marks) {
        if (auto st = Sql::run(m_local, sql); !st)
            return st;
    }
    return {};
}

Result<int> RegisterSync::freeze()
{
    m_pending.clear();
    m_taken.clear();
    if (!m_serverHasRegisters)
        return 0;
    if (auto st = markRowsOfLocalWork(); !st)
        return st.error();
    for (const Table &t : tables()) {
        QStringList columns{QStringLiteral("id")};
        for (const RegisterColumn &c : t.columns)
            columns << columnName(c);
        columns << QStringLiteral("created_at") << QStringLiteral("updated_at")
                << QStringLiteral("deleted") << QStringLiteral("local_rev")
                << QStringLiteral("server_version") << QStringLiteral("synced");
        auto q = Sql::exec(m_local, QStringLiteral("SELECT %1 %2 ORDER BY created_at, id")
                                        .arg(columns.join(QStringLiteral(", ")), pendingWhere(t)));
        if (!q)
            return q.error();
        const int n = int(t.columns.size());
        while (q->next()) {
            Row r;
            r.table = &t;
            r.id = q->value(0).toString();
            for (int i = 0; i < n; ++i)
                r.values << q->value(1 + i);
            r.createdAt = q->value(n + 1).toString();
            r.updatedAt = q->value(n + 2).toString();
            r.deleted = q->value(n + 3).toBool();
            r.localRev = q->value(n + 4).toLongLong();
            r.serverVersion = q->value(n + 5).toInt();
            r.synced = q->value(n + 6).toString();
            m_pending << r;
        }
    }
    return int(m_pending.size());
}

Result<int> RegisterSync::pendingCount()
{
    QStringList counts;
    for (const Table &t : tables())
        counts << QStringLiteral("(SELECT count(*) %1)").arg(pendingWhere(t));
    auto n = Sql::value(m_local, QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + ")));
    if (!n)
        return n.error();
    return n->toInt();
}

Status RegisterSync::push(ServerSession &server, QList<SyncRejection> &rejected)
{
    m_taken.clear();
    for (const Row &r : std::as_const(m_pending)) {
        const Table &t = *r.table;
        const QJsonObject now = fieldsOf(t, r.values);
        // The fields edited here since this desk last synced the row (all of them when new);
        // a removal is only a removal.
        QStringList edited;
        if (!r.deleted) {
            const QJsonObject then = QJsonDocument::fromJson(r.synced.toUtf8()).object();
            for (auto it = now.begin(); it != now.end(); ++it) {
                if (r.synced.isEmpty() || then.value(it.key()) != it.value())
                    edited << it.key();
            }
        }
        QVariantList values{r.id};
        for (const QVariant &v : r.values)
            values << bindable(v);
        values << r.createdAt << r.updatedAt << r.deleted;
        if (!t.appendOnly)
            values << r.serverVersion;
        Taken taken{&t, r.id, r.localRev, 0, now};
        Status st = server.step([&]() -> Status {
            auto q = server.exec(pushSql(t, edited), values);
            if (!q)
                return q.error();
            // This desk's row is the server's when the server has it as sent (nobody else's
            // write in between); else the pull brings the server's row.
            if (q->next() && q->value(1).toBool() == r.deleted &&
                q->value(0).toInt() == r.serverVersion + 1)
                taken.version = q->value(0).toInt();
            return {};
        });
        if (!st && ServerSession::isConnectionError(st.error()))
            return st;
        if (!st) {
            rejected.append({QString(), tr(t.what), st.error().message});
            continue;
        }
        m_taken << taken;
    }
    return {};
}

Status RegisterSync::acknowledge()
{
    for (const Taken &t : std::as_const(m_taken)) {
        if (auto st = Sql::run(
                m_local,
                QStringLiteral("UPDATE %1 SET server_version = CASE WHEN ? > 0 THEN ? ELSE "
                               "server_version END, synced = CASE WHEN ? > 0 THEN ? ELSE synced "
                               "END, dirty = CASE WHEN local_rev = ? THEN 0 ELSE dirty END "
                               "WHERE id = ?")
                    .arg(QLatin1String(t.table->local)),
                {t.version, t.version, t.version, json(t.sent), t.localRevision, t.id});
            !st)
            return st;
    }
    m_taken.clear();
    m_pending.clear();
    return {};
}

namespace {

// The desk's INSERT … ON CONFLICT of a pulled row: id, the columns, the times, the marks.
QString upsertSql(const RegisterSync::Table &t)
{
    QStringList names{QStringLiteral("id")};
    for (const RegisterColumn &c : t.columns)
        names << columnName(c);
    names << QStringLiteral("created_at") << QStringLiteral("updated_at")
          << QStringLiteral("deleted") << QStringLiteral("server_version")
          << QStringLiteral("synced") << QStringLiteral("dirty");
    QStringList update, marks;
    for (const QString &name : std::as_const(names)) {
        marks << QStringLiteral("?");
        if (name != QLatin1String("id"))
            update << name + QStringLiteral(" = excluded.") + name;
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
        .arg(QLatin1String(t.local), names.join(QStringLiteral(", ")),
             marks.join(QStringLiteral(", ")), update.join(QStringLiteral(", ")));
}

// Two desks added a station of the same name while apart: both are kept, and every desk
// decides alike which gives way (the greater id), renamed "… (2)" and the rename sent, so
// that the office sees both and removes the one it does not want. `name` is the pulled row's;
// returns whether the pulled row is the one renamed (then `name` is its new name).
Result<bool> giveWayOnName(Database &db, const RegisterSync::Table &t, const QString &id,
                           QString &name)
{
    auto other = Sql::value(db,
                            QStringLiteral("SELECT id FROM %1 WHERE name = ? COLLATE NOCASE "
                                           "AND deleted = 0 AND id <> ?")
                                .arg(QLatin1String(t.local)),
                            {name, id});
    if (!other)
        return other.error();
    if (!other->isValid())
        return false;
    const QString otherId = other->toString();
    const QString yielding = id > otherId ? id : otherId;
    auto free = freeName(db, t.local, name, yielding);
    if (!free)
        return free.error();
    if (yielding == id) {
        name = free.value();
        return true;
    }
    if (auto st = Sql::run(db,
                           QStringLiteral("UPDATE %1 SET name = ?, updated_at = ?, local_rev = "
                                          "local_rev + 1, dirty = 1 WHERE id = ?")
                               .arg(QLatin1String(t.local)),
                           {free.value(), Sql::now(), otherId});
        !st)
        return st.error();
    return false;
}

} // namespace

Status RegisterSync::applyPulled(const Table &t, const QString &upsert, QSqlQuery &q)
{
    const int n = int(t.columns.size());
    const QString id = q.value(0).toString();
    const int version = q.value(n + 4).toInt();
    // Edited here and not yet sent: this desk's version goes up at the next pass.
    auto here = Sql::one(m_local,
                         QStringLiteral("SELECT dirty, server_version FROM %1 WHERE id = ?")
                             .arg(QLatin1String(t.local)),
                         {id});
    if (!here)
        return here.error();
    if (here->has_value() && ((*here)->value(0).toBool() || (*here)->value(1).toInt() >= version))
        return {};
    QVariantList fields;
    for (int i = 0; i < n; ++i)
        fields << q.value(1 + i);
    for (int i = 0; i < n; ++i) {
        const auto parent =
            std::find_if(t.parents.cbegin(), t.parents.cend(), [&](const RegisterParent &p) {
                return qstrcmp(p.column, t.columns.at(i).name) == 0;
            });
        if (parent == t.parents.cend() || fields.at(i).toString().isEmpty())
            continue;
        auto found = Sql::value(m_local,
                                QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?")
                                    .arg(QLatin1String(parent->table), QLatin1String(parent->key)),
                                {fields.at(i)});
        if (!found)
            return found.error();
        if (!found->isValid())
            return {}; // it belongs to something this desk does not hold
    }
    const bool deleted = q.value(n + 3).toBool();
    const QString synced = json(fieldsOf(t, fields));
    bool renamed = false;
    if (t.uniqueName && !deleted) {
        QString name = fields.at(0).toString();
        auto gaveWay = giveWayOnName(m_local, t, id, name);
        if (!gaveWay)
            return gaveWay.error();
        renamed = gaveWay.value();
        fields[0] = name;
    }
    // Renamed here: the rename goes up at the next pass.
    return Sql::run(m_local, upsert,
                    QVariantList{id} + fields +
                        QVariantList{q.value(n + 1), q.value(n + 2), deleted ? 1 : 0, version,
                                     synced, renamed ? 1 : 0});
}

QList<PullKind> RegisterSync::pullKinds()
{
    QList<PullKind> kinds;
    if (!m_serverHasRegisters)
        return kinds;
    for (const Table &table : tables()) {
        const Table *t = &table;
        QStringList columns{QStringLiteral("id::text")};
        for (const RegisterColumn &c : t->columns)
            columns << pullValue(c);
        columns << ServerSession::isoColumn(QStringLiteral("created_at"))
                << ServerSession::isoColumn(QStringLiteral("updated_at"))
                << QStringLiteral("deleted") << QStringLiteral("version");
        kinds.append({QString::fromLatin1(t->kind), QString::fromLatin1(t->server),
                      columns.join(QStringLiteral(", ")), int(t->columns.size()) + 5,
                      [this, t, upsert = upsertSql(*t)](QSqlQuery &q) {
                          return applyPulled(*t, upsert, q);
                      }});
    }
    return kinds;
}

} // namespace PressDesk
