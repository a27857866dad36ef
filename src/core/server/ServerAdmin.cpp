#include "server/ServerAdmin.h"

#include "server/ServerConnection.h"
#include "server/ServerSchema.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace PressDesk {

namespace {

Error queryError(const QSqlQuery &q)
{
    return ServerConnection::translate(q.lastError());
}

Result<bool> initialised(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('pd.person') IS NOT NULL")) || !q.next())
        return queryError(q);
    return q.value(0).toBool();
}

Error notInitialised(const QString &database)
{
    return Error{QStringLiteral("not-initialised"),
                 ServerAdmin::tr("The database “%1” is not a PressDesk office server yet: run "
                                 "“pressdesk-cli server init” first.")
                     .arg(database)};
}

// Names listed for a message, at most a few.
QString some(const QStringList &names)
{
    if (names.size() <= 5)
        return names.join(QStringLiteral(", "));
    return ServerAdmin::tr("%1 and %n more", nullptr, int(names.size() - 5))
        .arg(names.mid(0, 5).join(QStringLiteral(", ")));
}

} // namespace

Status ServerAdmin::addUser(QSqlDatabase &db, const QString &name, Role role,
                            const QString &password, const QString &displayName)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9._-]{0,62}$"));
    if (!valid.match(name).hasMatch()) {
        return Error{QStringLiteral("bad-user-name"),
                     tr("“%1” cannot be a login on the office server: use lower-case letters "
                        "without diacritics, digits, “.”, “-” or “_”, starting with a letter "
                        "(for example nguyen.van.an).")
                         .arg(name)};
    }
    auto ready = initialised(db);
    if (!ready)
        return ready.error();
    if (!ready.value())
        return notInitialised(db.databaseName());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pd.set_person(?, ?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(roleKey(role));
    q.addBindValue(displayName);
    q.addBindValue(password);
    if (!q.exec())
        return queryError(q);
    return {};
}

Result<QList<ServerAdmin::Finding>> ServerAdmin::check(QSqlDatabase &db)
{
    auto ready = initialised(db);
    if (!ready)
        return ready.error();
    if (!ready.value())
        return notInitialised(db.databaseName());

    QSqlQuery q(db);
    QList<Finding> findings;
    if (!q.exec(QStringLiteral("SELECT current_database(), "
                               "(SELECT coalesce(max(version), 0) FROM pd.schema_migration)")) ||
        !q.next())
        return queryError(q);
    const QString database = q.value(0).toString();
    const int version = q.value(1).toInt();
    const QString staff = ServerSchema::roleName(database, QStringLiteral("staff"));
    const QString supervisor = ServerSchema::roleName(database, QStringLiteral("supervisor"));
    const QString owner = ServerSchema::roleName(database, QStringLiteral("owner"));

    // The schema this program expects.
    findings.append({QStringLiteral("schema"), version == ServerSchema::latestVersion(),
                     version == ServerSchema::latestVersion()
                         ? tr("The schema is at version %1.").arg(version)
                         : tr("The schema is at version %1; this PressDesk expects %2: run "
                              "“pressdesk-cli server init”.")
                               .arg(version)
                               .arg(ServerSchema::latestVersion())});

    // Row-level security, forced, on every table; every table the owner's.
    if (!q.exec(QStringLiteral("SELECT c.relname, c.relrowsecurity AND c.relforcerowsecurity, "
                               "pg_get_userbyid(c.relowner) "
                               "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                               "WHERE n.nspname = 'pd' AND c.relkind IN ('r', 'p') ORDER BY 1")))
        return queryError(q);
    QStringList unforced;
    QStringList foreign;
    int tables = 0;
    while (q.next()) {
        ++tables;
        if (!q.value(1).toBool())
            unforced << q.value(0).toString();
        if (q.value(2).toString() != owner)
            foreign << q.value(0).toString();
    }
    findings.append(
        {QStringLiteral("forced-rls"), unforced.isEmpty() && foreign.isEmpty(),
         !unforced.isEmpty() ? tr("Row-level security is not forced on: %1.").arg(some(unforced))
         : !foreign.isEmpty()
             ? tr("Not owned by %1 (so not bound by its rules): %2.").arg(owner, some(foreign))
             : tr("Row-level security is forced on all %n tables.", nullptr, tables)});

    // Nobody of the office, nor the owner, may bypass it.
    q.prepare(QStringLiteral(
        "WITH RECURSIVE members (oid) AS ("
        "  SELECT oid FROM pg_roles WHERE rolname IN (?, ?)"
        "  UNION SELECT m.member FROM pg_auth_members m JOIN members ON m.roleid = members.oid) "
        "SELECT r.rolname FROM pg_roles r JOIN members USING (oid) "
        "WHERE r.rolsuper OR r.rolbypassrls ORDER BY 1"));
    q.addBindValue(staff);
    q.addBindValue(owner);
    if (!q.exec())
        return queryError(q);
    QStringList bypass;
    while (q.next())
        bypass << q.value(0).toString();
    // Nor write what only the server writes, nor remove anything.
    q.prepare(QStringLiteral(
        "SELECT c.relname || ' (' || p.priv || ')' "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "CROSS JOIN (VALUES ('DELETE'), ('TRUNCATE'), ('INSERT'), ('UPDATE')) AS p (priv) "
        "WHERE n.nspname = 'pd' AND c.relkind = 'r' AND has_table_privilege(?, c.oid, p.priv) "
        "AND (p.priv IN ('DELETE', 'TRUNCATE') "
        "     OR (c.relname NOT IN ('article', 'category', 'comment', 'plan', 'plan_activity', "
        "                           'activity_article', 'manual_entry', 'article_post', "
        "                           'office_profile', 'radio_station', 'radio_program', "
        "                           'radio_item', "
        "                           'radio_aired', 'visual_slogan', 'visual_item', "
        "                           'visual_photo', 'dictionary_word') "
        "         AND NOT (c.relname IN ('applied_mutation', 'blob') AND p.priv = 'INSERT'))) "
        "ORDER BY 1"));
    q.addBindValue(staff);
    if (!q.exec())
        return queryError(q);
    QStringList writable;
    while (q.next())
        writable << q.value(0).toString();
    findings.append(
        {QStringLiteral("no-bypass"), bypass.isEmpty() && writable.isEmpty(),
         !bypass.isEmpty() ? tr("These logins of the office are superusers or may bypass row-level "
                                "security: %1.")
                                 .arg(some(bypass))
         : !writable.isEmpty()
             ? tr("The office's people may write or remove what only the server writes: %1.")
                   .arg(some(writable))
             : tr("No login of the office is a superuser or may bypass row-level security; "
                  "nobody may remove rows or write history directly.")});

    // Every approval by a supervisor, for the hash of the content it approved; every approved
    // head still matching its approval.
    q.prepare(QStringLiteral(
        "SELECT a.article_id::text, a.version, a.approved_by::text FROM pd.approval a "
        "WHERE NOT CASE WHEN EXISTS (SELECT FROM pg_roles WHERE rolname = a.approved_by) "
        "               THEN pg_has_role(a.approved_by, ?, 'MEMBER') ELSE false END "
        "   OR a.hash IS DISTINCT FROM ("
        "      SELECT pd.content_hash(r.title, r.lead, r.body_html, r.category_id, r.tags, "
        "                             r.source) "
        "      FROM pd.article_revision r "
        "      WHERE r.article_id = a.article_id AND r.version <= a.version "
        "        AND r.kind IN ('edit', 'merge', 'import') "
        "      ORDER BY r.version DESC, r.number DESC LIMIT 1) "
        "UNION ALL "
        "SELECT id::text, version, approved_by FROM pd.article "
        "WHERE status IN ('approved', 'scheduled', 'published') "
        "  AND approved_hash IS DISTINCT FROM pd.article_hash(article) "
        "ORDER BY 1"));
    q.addBindValue(supervisor);
    if (!q.exec())
        return queryError(q);
    QStringList badApprovals;
    while (q.next())
        badApprovals << tr("article %1 version %2 (%3)")
                            .arg(q.value(0).toString().left(8))
                            .arg(q.value(1).toInt())
                            .arg(q.value(2).toString());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM pd.approval")) || !q.next())
        return queryError(q);
    const int approvals = q.value(0).toInt();
    findings.append({QStringLiteral("approvals"), badApprovals.isEmpty(),
                     badApprovals.isEmpty()
                         ? tr("All %n approvals are a supervisor's, each for the hash of the "
                              "content approved.",
                              nullptr, approvals)
                         : tr("Approvals that are not a supervisor's or not for the content "
                              "approved: %1.")
                               .arg(some(badApprovals))});

    // The audit chain of each office: unbroken from its first entry to its head.
    if (!q.exec(QStringLiteral(
            "SELECT e.office_id::text, e.seq, e.prev_hash, e.entry_hash, "
            "pd.audit_entry_hash(e), lag(e.entry_hash) OVER w, lag(e.seq) OVER w "
            "FROM pd.audit_entry e WINDOW w AS (PARTITION BY e.office_id ORDER BY e.seq) "
            "ORDER BY e.office_id, e.seq")))
        return queryError(q);
    QStringList broken;
    QHash<QString, QPair<qint64, QString>> last; // office -> (seq, hash)
    int entries = 0;
    while (q.next()) {
        ++entries;
        const QString office = q.value(0).toString();
        const qint64 seq = q.value(1).toLongLong();
        const QString prev = q.value(5).isNull() ? QString(64, u'0') : q.value(5).toString();
        const qint64 prevSeq = q.value(6).isNull() ? 0 : q.value(6).toLongLong();
        if (seq != prevSeq + 1)
            broken << tr("entries missing before %1").arg(seq);
        else if (q.value(2).toString() != prev)
            broken << tr("entry %1 does not follow the one before it").arg(seq);
        else if (q.value(3).toString() != q.value(4).toString())
            broken << tr("entry %1 was changed").arg(seq);
        last.insert(office, {seq, q.value(3).toString()});
    }
    if (!q.exec(QStringLiteral("SELECT office_id::text, seq, entry_hash FROM pd.audit_head")))
        return queryError(q);
    int heads = 0;
    while (q.next()) {
        ++heads;
        const auto found = last.value(q.value(0).toString(), {0, QString(64, u'0')});
        if (found.first != q.value(1).toLongLong() || found.second != q.value(2).toString())
            broken << tr("the log ends at entry %1 but its head is entry %2")
                          .arg(found.first)
                          .arg(q.value(1).toLongLong());
    }
    if (heads < last.size())
        broken << tr("the head of the log is missing");
    findings.append({QStringLiteral("audit-chain"), broken.isEmpty(),
                     broken.isEmpty()
                         ? tr("The audit log's chain is intact (%n entries).", nullptr, entries)
                         : tr("The audit log's chain is broken: %1.").arg(some(broken))});
    return findings;
}

} // namespace PressDesk
