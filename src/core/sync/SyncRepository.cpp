#include "sync/SyncRepository.h"

#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlUtil.h"
#include "workflow/Workflow.h"

#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace PressDesk {

using Sql::fromIso;
using Sql::iso;

Result<std::optional<SyncRepository::State>> SyncRepository::state() const
{
    auto row = Sql::one(m_db, QStringLiteral("SELECT server_url, user_name, desk_id, epoch, "
                                             "cursors, audit_sent, last_sync, last_attempt, "
                                             "online, last_error, importing, restored_from "
                                             "FROM sync_state "
                                             "WHERE id = 1"));
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<State>();
    QSqlQuery &q = **row;
    State s;
    s.serverUrl = q.value(0).toString();
    s.userName = q.value(1).toString();
    s.deskId = q.value(2).toString();
    s.epoch = q.value(3).toString();
    s.cursors = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    s.auditSent = q.value(5).toLongLong();
    s.lastSync = q.value(6).isNull() ? QDateTime() : fromIso(q.value(6).toString());
    s.lastAttempt = q.value(7).isNull() ? QDateTime() : fromIso(q.value(7).toString());
    s.online = q.value(8).toBool();
    s.lastError = q.value(9).toString();
    s.importing = q.value(10).toBool();
    s.restoredFrom = q.value(11).toString();
    return std::optional<State>(s);
}

Status SyncRepository::confirmRestore()
{
    return Sql::run(m_db, QStringLiteral("UPDATE sync_state SET restored_from = '' WHERE id = 1"));
}

Status SyncRepository::create(const State &s)
{
    return Sql::run(
        m_db,
        QStringLiteral("INSERT INTO sync_state (id, server_url, user_name, desk_id, "
                       "epoch, audit_sent, importing) VALUES (1, ?, ?, ?, ?, ?, ?)"),
        {s.serverUrl, s.userName, s.deskId, Sql::text(s.epoch), s.auditSent, s.importing ? 1 : 0});
}

Status SyncRepository::setEpoch(const QString &epoch)
{
    return Sql::run(m_db, QStringLiteral("UPDATE sync_state SET epoch = ? WHERE id = 1"),
                    QVariantList{epoch});
}

Status SyncRepository::setCursor(const QString &kind, const QString &position)
{
    return Sql::run(m_db,
                    QStringLiteral("UPDATE sync_state SET cursors = json_set(cursors, ?, ?) "
                                   "WHERE id = 1"),
                    {QString(QStringLiteral("$.") + kind), position});
}

Status SyncRepository::setAuditSent(qint64 seq)
{
    return Sql::run(m_db,
                    QStringLiteral("UPDATE sync_state SET audit_sent = max(audit_sent, ?) "
                                   "WHERE id = 1"),
                    {seq});
}

Status SyncRepository::finishImport()
{
    return Sql::run(m_db, QStringLiteral("UPDATE sync_state SET importing = 0 WHERE id = 1"));
}

Status SyncRepository::recordPass(const QString &error, bool reachedServer)
{
    const QString now = iso(QDateTime::currentDateTimeUtc());
    if (error.isEmpty())
        return Sql::run(m_db,
                        QStringLiteral("UPDATE sync_state SET last_sync = ?, last_attempt = ?, "
                                       "online = 1, last_error = '' WHERE id = 1"),
                        {now, now});
    return Sql::run(m_db,
                    QStringLiteral("UPDATE sync_state SET last_attempt = ?, online = ?, "
                                   "last_error = ? WHERE id = 1"),
                    {now, reachedServer ? 1 : 0, error});
}

Status SyncRepository::markCategoriesKnown(const QStringList &serverIds)
{
    for (const QString &id : serverIds) {
        if (auto st = markCategorySent(id); !st)
            return st;
    }
    return {};
}

Status SyncRepository::markLocalOnly(const QString &entity, const QString &id)
{
    return Sql::run(m_db,
                    QStringLiteral("INSERT OR IGNORE INTO sync_local_only (entity, id) "
                                   "VALUES (?, ?)"),
                    {entity, id});
}

namespace {

const QString kConflictColumns =
    QStringLiteral("id, article_id, revision_id, theirs_revision_id, base_version, login, "
                   "created_at, resolved_at, resolved_by, resolution_id, resolution_sent");

SyncRepository::Conflict conflictFrom(const QSqlQuery &q)
{
    SyncRepository::Conflict c;
    c.id = q.value(0).toString();
    c.articleId = q.value(1).toString();
    c.revisionId = q.value(2).toString();
    c.theirsRevisionId = q.value(3).toString();
    c.baseVersion = q.value(4).toInt();
    c.login = q.value(5).toString();
    c.createdAt = fromIso(q.value(6).toString());
    if (!q.value(7).isNull())
        c.resolvedAt = fromIso(q.value(7).toString());
    c.resolvedBy = q.value(8).toString();
    c.resolutionId = q.value(9).toString();
    c.resolutionSent = q.value(10).toBool();
    return c;
}

} // namespace

Result<SyncRepository::Pending> SyncRepository::freeze(qint64 auditSent)
{
    Pending p;
    ArticleRepository articles(m_db);
    auto st = m_db.transaction([&]() -> Status {
        // What is sent never changes afterwards: the next autosave starts a new revision.
        if (auto sealed = Sql::run(
                m_db, QStringLiteral("UPDATE revisions SET autosave = 0 WHERE autosave = 1 AND "
                                     "server_version = 0 AND article_id IN (SELECT id FROM "
                                     "articles WHERE dirty = 1)"));
            !sealed)
            return sealed;

        // A removed category goes up as a tombstone (the office's desks remove it too).
        auto cats = Sql::exec(m_db, QStringLiteral("SELECT id, name, position, deleted FROM "
                                                   "categories WHERE dirty = 1 "
                                                   "ORDER BY position"));
        if (!cats)
            return cats.error();
        while (cats->next()) {
            p.categories << Category{cats->value(0).toString(), cats->value(1).toString(),
                                     cats->value(2).toInt()};
            if (cats->value(3).toBool())
                p.removedCategories.insert(cats->value(0).toString());
        }

        auto dirty = Sql::exec(
            m_db, QStringLiteral("SELECT id, server_version, local_rev FROM articles "
                                 "WHERE dirty = 1 AND conflict = 0 AND id NOT IN (SELECT id "
                                 "FROM sync_local_only WHERE entity = 'article') "
                                 "ORDER BY updated_at"));
        if (!dirty)
            return dirty.error();
        while (dirty->next()) {
            PendingArticle a;
            a.id = dirty->value(0).toString();
            a.serverVersion = dirty->value(1).toInt();
            a.localRevision = dirty->value(2).toLongLong();
            p.articles << a;
        }
        dirty->finish();
        for (PendingArticle &a : p.articles) {
            auto head = articles.get(a.id);
            if (!head)
                return head.error();
            a.head = head.value();
            auto unsent = Sql::exec(m_db,
                                    QStringLiteral("SELECT id FROM revisions WHERE article_id = ? "
                                                   "AND server_version = 0 AND kind = 'edit'"),
                                    {a.id});
            if (!unsent)
                return unsent.error();
            QSet<QString> ids;
            while (unsent->next())
                ids.insert(unsent->value(0).toString());
            auto all = articles.revisions(a.id);
            if (!all)
                return all.error();
            for (const Revision &r : std::as_const(all.value())) {
                if (ids.contains(r.id))
                    a.revisions << r;
            }
        }

        // Decisions, in the order they were taken.
        QStringList actions;
        for (WorkflowAction action : allActions())
            actions << actionKey(action);
        auto audit = AuditLog(m_db).list({}, -1);
        if (!audit)
            return audit.error();
        for (const AuditEntry &e : std::as_const(audit.value())) {
            if (e.seq > auditSent && actions.contains(e.action))
                p.decisions << e;
        }
        std::sort(p.decisions.begin(), p.decisions.end(),
                  [](const AuditEntry &x, const AuditEntry &y) { return x.seq < y.seq; });

        auto comments = Sql::exec(
            m_db, QStringLiteral("SELECT c.id, c.article_id, c.author, c.created_at, c.body, "
                                 "c.quote, c.resolved, c.server_version FROM comments c "
                                 "WHERE c.dirty = 1 AND c.article_id NOT IN (SELECT id FROM "
                                 "sync_local_only WHERE entity = 'article') "
                                 "ORDER BY c.created_at"));
        if (!comments)
            return comments.error();
        while (comments->next()) {
            PendingComment c;
            c.comment.id = comments->value(0).toString();
            c.comment.articleId = comments->value(1).toString();
            c.comment.author = comments->value(2).toString();
            c.comment.createdAt = fromIso(comments->value(3).toString());
            c.comment.body = comments->value(4).toString();
            c.comment.quote = comments->value(5).toString();
            c.comment.resolved = comments->value(6).toBool();
            c.serverVersion = comments->value(7).toInt();
            p.comments << c;
        }
        comments->finish();

        // A resolution goes with the revision it made, so only once its article is out of
        // conflict here: while another conflict of it is open, its edits (the resolution
        // among them) wait, and so does the resolution.
        auto resolved = Sql::exec(
            m_db, QStringLiteral("SELECT ") + kConflictColumns +
                      QStringLiteral(" FROM sync_conflicts WHERE resolution_sent = 0 AND "
                                     "article_id NOT IN (SELECT article_id FROM sync_conflicts "
                                     "WHERE resolved_at IS NULL) ORDER BY resolved_at"));
        if (!resolved)
            return resolved.error();
        while (resolved->next())
            p.resolutions << conflictFrom(*resolved);
        return {};
    });
    if (!st)
        return st.error();
    return p;
}

Status SyncRepository::markCategorySent(const QString &id)
{
    return Sql::run(m_db, QStringLiteral("UPDATE categories SET dirty = 0 WHERE id = ?"), {id});
}

Status SyncRepository::mergeCategoryInto(const QString &localId, const QString &serverId)
{
    auto row = Sql::row(m_db, QStringLiteral("SELECT name, position FROM categories WHERE id = ?"),
                        {localId});
    if (!row)
        return row.error();
    if (!row->has_value())
        return {};
    const QString name = (*row)->at(0).toString();
    const int position = (*row)->at(1).toInt();
    // This desk's row goes (it never reached the server) and frees its name (names are unique
    // here) for the office's row, which has it until the pull brings the office's own.
    if (auto st = Sql::run(m_db,
                           QStringLiteral("UPDATE categories SET name = name || char(31) || id, "
                                          "deleted = 1, dirty = 0 WHERE id = ?"),
                           {localId});
        !st)
        return st;
    if (auto st = Sql::run(m_db,
                           QStringLiteral("INSERT OR IGNORE INTO categories (id, name, position, "
                                          "dirty, deleted) VALUES (?, ?, ?, 0, 0)"),
                           {serverId, name, position});
        !st)
        return st;
    for (const QLatin1String table : {QLatin1String("articles"), QLatin1String("revisions")}) {
        if (auto st = Sql::run(m_db,
                               QStringLiteral("UPDATE %1 SET category_id = ? WHERE "
                                              "category_id = ?")
                                   .arg(table),
                               {serverId, localId});
            !st)
            return st;
    }
    return Sql::run(m_db,
                    QStringLiteral("UPDATE OR IGNORE portal_categories SET category_id = ? "
                                   "WHERE category_id = ?"),
                    {serverId, localId});
}

Status SyncRepository::markRevisionSent(const QString &revisionId, int serverVersion,
                                        const QString &kind)
{
    return Sql::run(m_db,
                    QStringLiteral("UPDATE revisions SET server_version = ?, kind = ? "
                                   "WHERE id = ?"),
                    {serverVersion, kind, revisionId});
}

Status SyncRepository::markArticleSent(const QString &id, qint64 localRevision, int serverVersion)
{
    // Based on the version its content made on the server, so the pull that follows does not
    // write back what this desk just sent; also when it was edited again meanwhile (those
    // edits are made on top of what was sent).
    return Sql::run(m_db,
                    QStringLiteral("UPDATE articles SET dirty = CASE WHEN local_rev = ? THEN 0 "
                                   "ELSE dirty END, server_version = max(server_version, ?) "
                                   "WHERE id = ?"),
                    {localRevision, serverVersion, id});
}

Status SyncRepository::markCommentSent(const QString &id)
{
    return Sql::run(m_db,
                    QStringLiteral("UPDATE comments SET dirty = 0, server_version = "
                                   "max(server_version, 1) WHERE id = ?"),
                    {id});
}

Result<QStringList> SyncRepository::unseenRejections() const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT what, reason FROM sync_rejections "
                                            "WHERE seen = 0 ORDER BY seq"));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString() + QStringLiteral(": ") + q->value(1).toString();
    return out;
}

Status SyncRepository::markRejectionsSeen()
{
    return Sql::run(m_db, QStringLiteral("UPDATE sync_rejections SET seen = 1 WHERE seen = 0"));
}

Status SyncRepository::addRejection(const QString &articleId, const QString &what,
                                    const QString &reason)
{
    // A change kept waiting is refused again at every pass: told once.
    return Sql::run(m_db,
                    QStringLiteral("INSERT INTO sync_rejections (at, article_id, what, reason) "
                                   "SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM "
                                   "sync_rejections WHERE article_id = ? AND what = ? AND "
                                   "reason = ?)"),
                    {iso(QDateTime::currentDateTimeUtc()), Sql::text(articleId), what, reason,
                     Sql::text(articleId), what, reason});
}

Status SyncRepository::applyConflict(const Conflict &c, bool *released)
{
    if (released)
        *released = false;
    if (auto st = Sql::run(m_db,
                           QStringLiteral("INSERT OR IGNORE INTO sync_conflicts (id, article_id, "
                                          "revision_id, theirs_revision_id, base_version, login, "
                                          "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {c.id, c.articleId, c.revisionId, c.theirsRevisionId, c.baseVersion,
                            c.login, iso(c.createdAt)});
        !st)
        return st;
    if (c.resolvedAt.isValid()) {
        // Resolved on the server (here or on another desk): the server's resolution is the
        // record. A resolution of this desk that came later goes up as an edit like any other.
        auto closed = Sql::affected(
            m_db,
            QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ?, "
                           "resolution_id = ?, resolution_sent = 1 WHERE id = ? AND "
                           "(resolved_at IS NULL OR resolution_sent = 0)"),
            {iso(c.resolvedAt), c.resolvedBy, c.resolutionId, c.id});
        if (!closed)
            return closed.error();
    }
    return recountConflicts(c.articleId, released);
}

Status SyncRepository::recountConflicts(const QString &articleId, bool *released)
{
    auto open = Sql::value(m_db,
                           QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE "
                                          "article_id = ? AND resolved_at IS NULL"),
                           {articleId});
    if (!open)
        return open.error();
    const int inConflict = open->toInt() > 0 ? 1 : 0;
    auto changed = Sql::affected(m_db,
                                 QStringLiteral("UPDATE articles SET conflict = ? WHERE id = ? "
                                                "AND conflict <> ?"),
                                 {inConflict, articleId, inConflict});
    if (!changed)
        return changed.error();
    if (released)
        *released = changed.value() > 0 && inConflict == 0;
    return {};
}

Result<QList<SyncRepository::Conflict>> SyncRepository::conflicts(bool openOnly,
                                                                  const QString &articleId) const
{
    QString sql = QStringLiteral("SELECT ") + kConflictColumns +
                  QStringLiteral(" FROM sync_conflicts WHERE (? = '' OR article_id = ?)");
    if (openOnly)
        sql += QStringLiteral(" AND resolved_at IS NULL");
    sql += QStringLiteral(" ORDER BY created_at, id");
    auto q = Sql::exec(m_db, sql, {Sql::text(articleId), Sql::text(articleId)});
    if (!q)
        return q.error();
    QList<Conflict> out;
    while (q->next())
        out << conflictFrom(*q);
    return out;
}

Result<std::optional<SyncRepository::Conflict>> SyncRepository::conflict(const QString &id) const
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT ") + kConflictColumns +
                           QStringLiteral(" FROM sync_conflicts WHERE id = ?"),
                       {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Conflict>{};
    return std::optional<Conflict>{conflictFrom(*q)};
}

Status SyncRepository::resolveConflict(const QString &id, const QString &user,
                                       const QString &revisionId)
{
    auto row = conflict(id);
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error{QStringLiteral("not-found"), tr("There is no such conflict.")};
    if (auto st = Sql::run(m_db,
                           QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?, "
                                          "resolved_by = ?, resolution_id = ?, "
                                          "resolution_sent = 0 WHERE id = ?"),
                           {iso(QDateTime::currentDateTimeUtc()), user, revisionId, id});
        !st)
        return st;
    return recountConflicts((*row)->articleId);
}

Status SyncRepository::basedOnRevision(const QString &articleId, const QString &revisionId)
{
    return Sql::run(m_db,
                    QStringLiteral("UPDATE articles SET server_version = max(server_version, "
                                   "coalesce((SELECT server_version FROM revisions WHERE id = ? "
                                   "AND kind IN ('edit', 'merge', 'import')), 0)) WHERE id = ?"),
                    {revisionId, articleId});
}

Status SyncRepository::basedOnVersion(const QString &articleId, int serverVersion)
{
    return Sql::run(m_db,
                    QStringLiteral("UPDATE articles SET server_version = max(server_version, ?) "
                                   "WHERE id = ?"),
                    {serverVersion, articleId});
}

Status SyncRepository::markResolutionSent(const QString &id)
{
    return Sql::run(
        m_db, QStringLiteral("UPDATE sync_conflicts SET resolution_sent = 1 WHERE id = ?"), {id});
}

Result<SyncRepository::ArticleSync> SyncRepository::articleSync(const QString &id) const
{
    auto row = Sql::row(m_db,
                        QStringLiteral("SELECT dirty, conflict, server_version FROM articles "
                                       "WHERE id = ?"),
                        {id});
    if (!row)
        return row.error();
    ArticleSync s;
    if (row->has_value()) {
        s.exists = true;
        s.dirty = (*row)->at(0).toBool();
        s.conflict = (*row)->at(1).toBool();
        s.serverVersion = (*row)->at(2).toInt();
    }
    return s;
}

Status SyncRepository::applyCategory(const Category &c, bool deleted)
{
    auto dirty =
        Sql::value(m_db, QStringLiteral("SELECT dirty FROM categories WHERE id = ?"), {c.id});
    if (!dirty)
        return dirty.error();
    if (dirty->isValid()) {
        if (dirty->toBool())
            return {}; // edited here too: this desk's name goes up at the next pass
        return Sql::run(m_db,
                        QStringLiteral("UPDATE categories SET name = ?, position = ?, "
                                       "deleted = ? WHERE id = ?"),
                        {c.name, c.position, deleted ? 1 : 0, c.id});
    }
    // A new category; the same name under another id here keeps its place and gets a mark
    // until someone merges the two.
    auto clash = Sql::value(m_db, QStringLiteral("SELECT count(*) FROM categories WHERE name = ?"),
                            {c.name});
    if (!clash)
        return clash.error();
    const QString name =
        clash->toInt() > 0 ? tr("%1 (from the office server)").arg(c.name) : c.name;
    return Sql::run(m_db,
                    QStringLiteral("INSERT INTO categories (id, name, position, dirty, deleted) "
                                   "VALUES (?, ?, ?, 0, ?)"),
                    {c.id, name, c.position, deleted ? 1 : 0});
}

Status SyncRepository::applyComment(const Comment &c, int serverVersion)
{
    auto dirty =
        Sql::value(m_db, QStringLiteral("SELECT dirty FROM comments WHERE id = ?"), {c.id});
    if (!dirty)
        return dirty.error();
    if (dirty->isValid()) {
        if (dirty->toBool())
            return {};
        // The office stamps a comment with its own time when it arrives: every desk, the
        // author's too, shows and orders comments by that.
        return Sql::run(m_db,
                        QStringLiteral("UPDATE comments SET resolved = ?, server_version = ?, "
                                       "created_at = ? WHERE id = ?"),
                        {c.resolved ? 1 : 0, serverVersion, iso(c.createdAt), c.id});
    }
    return Sql::run(m_db,
                    QStringLiteral("INSERT INTO comments (id, article_id, author, created_at, "
                                   "body, quote, resolved, dirty, server_version) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)"),
                    {c.id, c.articleId, c.author, iso(c.createdAt), c.body, Sql::text(c.quote),
                     c.resolved ? 1 : 0, serverVersion});
}

Status SyncRepository::applyUser(const QString &name, const QString &displayName,
                                 const QString &role)
{
    if (!roleFromKey(role))
        return {}; // no longer one of the office: the profile keeps the name for the history
    auto updated = Sql::affected(m_db,
                                 QStringLiteral("UPDATE users SET display_name = CASE WHEN ? = '' "
                                                "THEN display_name ELSE ? END, role = ?, "
                                                "deleted = 0 WHERE name = ?"),
                                 {displayName, displayName, role, name});
    if (!updated)
        return updated.error();
    if (updated.value() > 0)
        return {};
    return Sql::run(m_db,
                    QStringLiteral("INSERT INTO users (id, name, display_name, role, created_at) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                    {QUuid::createUuid().toString(QUuid::WithoutBraces), name,
                     Sql::text(displayName), role, iso(QDateTime::currentDateTimeUtc())});
}

Result<int> SyncRepository::pendingCount(qint64 auditSent) const
{
    QStringList actions;
    for (WorkflowAction action : allActions())
        actions << u'\'' + actionKey(action) + u'\'';
    auto n = Sql::value(
        m_db,
        QStringLiteral(
            "SELECT (SELECT count(*) FROM articles WHERE dirty = 1 AND conflict = 0 AND id NOT "
            "IN (SELECT id FROM sync_local_only WHERE entity = 'article')) "
            "+ (SELECT count(*) FROM audit_log WHERE seq > ? AND action IN (%1)) "
            "+ (SELECT count(*) FROM comments WHERE dirty = 1 AND article_id NOT IN (SELECT id "
            "FROM sync_local_only WHERE entity = 'article')) "
            "+ (SELECT count(*) FROM categories WHERE dirty = 1)")
            .arg(actions.join(u',')),
        {auditSent});
    if (!n)
        return n.error();
    return n->toInt();
}

Result<int> SyncRepository::conflictCount() const
{
    auto n = Sql::value(m_db, QStringLiteral("SELECT count(DISTINCT article_id) FROM "
                                             "sync_conflicts WHERE resolved_at IS NULL"));
    if (!n)
        return n.error();
    return n->toInt();
}

Result<int> SyncRepository::localWorkCount(const QString &demoArticleId) const
{
    auto n = Sql::value(m_db,
                        QStringLiteral("SELECT count(*) FROM articles WHERE deleted = 0 AND "
                                       "NOT (id = ? AND local_rev = 1)"),
                        {demoArticleId});
    if (!n)
        return n.error();
    return n->toInt();
}

} // namespace PressDesk
