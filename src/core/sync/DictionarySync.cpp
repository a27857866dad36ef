#include "sync/DictionarySync.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlUtil.h"

#include <QSqlQuery>

namespace PressDesk {

namespace {

// What waits to be sent: changed here, except a word added and removed here before the office
// had it (nothing to tell the office).
const char *const kPendingWhere = "dirty = 1 AND NOT (deleted = 1 AND server_version = 0)";

} // namespace

Status DictionarySync::attach(ServerSession &session)
{
    auto q = session.exec(QStringLiteral("SELECT to_regclass('pd.dictionary_word') IS NOT NULL"));
    if (!q)
        return q.error();
    m_serverHasDictionary = q->next() && q->value(0).toBool();
    return {};
}

Result<int> DictionarySync::freeze()
{
    m_pending.clear();
    m_taken.clear();
    if (!m_serverHasDictionary)
        return 0;
    if (auto st = Sql::run(m_local, QStringLiteral("UPDATE dictionary_words SET dirty = 0 WHERE "
                                                   "dirty = 1 AND deleted = 1 AND "
                                                   "server_version = 0"));
        !st)
        return st.error();
    auto q = Sql::exec(m_local, QStringLiteral("SELECT word, kind, added_at, updated_at, deleted, "
                                               "local_rev FROM dictionary_words WHERE %1 ORDER BY "
                                               "updated_at, word")
                                    .arg(QLatin1String(kPendingWhere)));
    if (!q)
        return q.error();
    while (q->next()) {
        m_pending.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                          q->value(3).toString(), q->value(4).toBool(), q->value(5).toLongLong()});
    }
    return int(m_pending.size());
}

Result<int> DictionarySync::pendingCount()
{
    auto n = Sql::value(m_local, QStringLiteral("SELECT count(*) FROM dictionary_words WHERE %1")
                                     .arg(QLatin1String(kPendingWhere)));
    if (!n)
        return n.error();
    return n->toInt();
}

Result<DictionarySync::Taken> DictionarySync::serverEntry(ServerSession &session, const Entry &e)
{
    auto q = session.exec(QStringLiteral("SELECT version, kind, added_by::text, deleted, %1 FROM "
                                         "pd.dictionary_word WHERE office_id = pd.my_office() "
                                         "AND word = ?")
                              .arg(ServerSession::isoColumn(QStringLiteral("created_at"))),
                          {e.word});
    if (!q)
        return q.error();
    Taken t;
    t.word = e.word;
    t.localRev = e.localRev;
    if (q->next()) {
        t.known = true;
        t.version = q->value(0).toInt();
        t.kind = q->value(1).toString();
        t.addedBy = q->value(2).toString();
        t.deleted = q->value(3).toBool();
        t.addedAt = q->value(4).toString();
    }
    return t;
}

Status DictionarySync::push(ServerSession &server, QList<SyncRejection> &rejected)
{
    m_taken.clear();
    // An addition brings back a removed entry (the later action wins) and sets its kind; an
    // entry already there as this desk has it is not written again. Who added it is the
    // server's to say (pd.dictionary_rules).
    const QString add = QStringLiteral(
        "INSERT INTO pd.dictionary_word (office_id, word, kind, created_at, updated_at) VALUES "
        "(pd.my_office(), ?, ?, ?::timestamptz, ?::timestamptz) ON CONFLICT (office_id, word) DO "
        "UPDATE SET kind = EXCLUDED.kind, deleted = false, created_at = EXCLUDED.created_at, "
        "updated_at = EXCLUDED.updated_at WHERE pd.dictionary_word.deleted OR "
        "pd.dictionary_word.kind <> EXCLUDED.kind");
    const QString remove = QStringLiteral(
        "UPDATE pd.dictionary_word SET deleted = true, updated_at = greatest(updated_at, "
        "?::timestamptz) WHERE office_id = pd.my_office() AND word = ? AND NOT deleted");
    for (const Entry &e : std::as_const(m_pending)) {
        // An entry of an older profile may have no time (migration 18 allowed '').
        const QString updated = e.updatedAt.isEmpty() ? Sql::now() : e.updatedAt;
        const QString added = e.addedAt.isEmpty() ? updated : e.addedAt;
        Taken taken;
        Status st = server.step([&]() -> Status {
            Status written = e.deleted ? server.run(remove, {updated, e.word})
                                       : server.run(add, {e.word, e.kind, added, updated});
            if (!written)
                return written;
            auto there = serverEntry(server, e);
            if (!there)
                return there.error();
            taken = there.value();
            return {};
        });
        if (!st && ServerSession::isConnectionError(st.error()))
            return st;
        if (!st) {
            rejected.append({QString(), tr("The word “%1” of the office dictionary").arg(e.word),
                             st.error().message});
            // Refused (a staff login removing another's word): the desk takes the office's
            // entry back rather than sending the refused change at every pass.
            auto there = serverEntry(server, e);
            if (!there)
                return there.error();
            taken = there.value();
        }
        m_taken << taken;
    }
    return {};
}

Status DictionarySync::acknowledge()
{
    for (const Taken &t : std::as_const(m_taken)) {
        // Changed here again since it was sent: that change goes at the next pass.
        Status st =
            t.known
                ? Sql::run(m_local,
                           QStringLiteral("UPDATE dictionary_words SET kind = ?, added_by = ?, "
                                          "added_at = ?, deleted = ?, server_version = ?, "
                                          "dirty = 0 WHERE word = ? AND local_rev = ?"),
                           {t.kind, t.addedBy, t.addedAt, t.deleted ? 1 : 0, t.version, t.word,
                            t.localRev})
                : Sql::run(m_local,
                           QStringLiteral("UPDATE dictionary_words SET dirty = 0 WHERE word = ? "
                                          "AND local_rev = ?"),
                           {t.word, t.localRev});
        if (!st)
            return st;
    }
    m_taken.clear();
    m_pending.clear();
    return {};
}

Status DictionarySync::applyPulled(QSqlQuery &q)
{
    const QString word = q.value(0).toString();
    const bool deleted = q.value(5).toBool();
    const int version = q.value(6).toInt();
    // Changed here and not yet sent: this desk's change goes up at the next pass.
    auto here = Sql::row(m_local,
                         QStringLiteral("SELECT dirty, server_version FROM dictionary_words "
                                        "WHERE word = ?"),
                         {word});
    if (!here)
        return here.error();
    if (here->has_value() && ((*here)->value(0).toBool() || (*here)->value(1).toInt() >= version))
        return {};
    if (!here->has_value() && deleted)
        return {}; // removed before this desk ever had it
    return Sql::run(
        m_local,
        QStringLiteral("INSERT INTO dictionary_words (word, kind, added_by, added_at, "
                       "updated_at, deleted, server_version, dirty) VALUES (?, ?, ?, "
                       "?, ?, ?, ?, 0) ON CONFLICT (word) DO UPDATE SET kind = "
                       "excluded.kind, added_by = excluded.added_by, added_at = "
                       "excluded.added_at, updated_at = excluded.updated_at, deleted "
                       "= excluded.deleted, server_version = excluded.server_version, "
                       "dirty = 0"),
        {word, q.value(1), q.value(2), q.value(3), q.value(4), deleted ? 1 : 0, version});
}

QList<PullKind> DictionarySync::pullKinds()
{
    if (!m_serverHasDictionary)
        return {};
    return {{QStringLiteral("dictionary_word"), QStringLiteral("pd.dictionary_word"),
             QStringLiteral("word, kind, added_by::text, %1, %2, deleted, version")
                 .arg(ServerSession::isoColumn(QStringLiteral("created_at")),
                      ServerSession::isoColumn(QStringLiteral("updated_at"))),
             7, [this](QSqlQuery &q) {
                 return applyPulled(q);
             }}};
}

} // namespace PressDesk
