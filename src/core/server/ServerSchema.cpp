#include "server/ServerSchema.h"

#include "server/ServerConnection.h"
#include "workflow/Workflow.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace PressDesk {

namespace {

// The steps in order. A new step is a new file: never edit one a server may have applied.
const char *const kSteps[] = {
    ":/pressdesk/server/001_roles.sql",           ":/pressdesk/server/002_office.sql",
    ":/pressdesk/server/003_plans.sql",           ":/pressdesk/server/004_posts.sql",
    ":/pressdesk/server/005_merge.sql",           ":/pressdesk/server/006_registers.sql",
    ":/pressdesk/server/007_dictionary.sql",      ":/pressdesk/server/008_unit_history.sql",
    ":/pressdesk/server/009_office_glossary.sql", ":/pressdesk/server/010_unit_rule.sql",
};

// The role that may do what a transition needs: the least of its roles.
QString minRole(const Transition &t)
{
    for (Role r : {Role::Staff, Role::Supervisor, Role::Admin}) {
        if (t.roles.contains(r))
            return roleKey(r);
    }
    return roleKey(Role::Admin);
}

Error sqlError(const QSqlQuery &q, const QString &what)
{
    Error e = ServerConnection::translate(q.lastError());
    e.message = ServerSchema::tr("%1: %2").arg(what, e.message);
    return e;
}

} // namespace

QString ServerSchema::rolePrefix(const QString &databaseName)
{
    // Role names are used unquoted in the SQL files: lower-case letters, digits and "_".
    QString prefix = databaseName.toLower();
    static const QRegularExpression other(QStringLiteral("[^a-z0-9_]"));
    prefix.replace(other, QStringLiteral("_"));
    if (prefix.isEmpty() || !prefix.at(0).isLetter())
        prefix.prepend(QStringLiteral("pd_"));
    return prefix.left(40);
}

QString ServerSchema::roleName(const QString &databaseName, const QString &role)
{
    return rolePrefix(databaseName) + u'_' + role;
}

int ServerSchema::latestVersion()
{
    return int(std::size(kSteps));
}

QList<ServerSchema::Step> ServerSchema::steps(const QString &databaseName)
{
    QList<Step> out;
    int version = 0;
    for (const char *path : kSteps) {
        ++version;
        QFile file{QLatin1String(path)};
        if (!file.open(QIODevice::ReadOnly))
            qFatal("server schema step %s is missing from this build", path);
        QString sql = QString::fromUtf8(file.readAll());
        for (const QString &role : {QStringLiteral("staff"), QStringLiteral("supervisor"),
                                    QStringLiteral("admin"), QStringLiteral("owner")}) {
            sql.replace(QStringLiteral("{{") + role + QStringLiteral("}}"),
                        roleName(databaseName, role));
        }
        out.append({version, QFileInfo(file).completeBaseName(), sql});
    }
    return out;
}

Result<ServerSchema::Applied> ServerSchema::apply(QSqlDatabase &db, const QString &officeName)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT current_database(), "
                               "pg_encoding_to_char(encoding), "
                               "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
                               "to_regclass('pd.schema_migration') IS NOT NULL "
                               "FROM pg_database WHERE datname = current_database()")) ||
        !q.next())
        return sqlError(q, tr("Reading the server's state failed"));
    const QString database = q.value(0).toString();
    if (q.value(1).toString() != QLatin1String("UTF8")) {
        return Error{QStringLiteral("server-encoding"),
                     tr("The database “%1” is not in UTF-8 (it is %2): Vietnamese text needs "
                        "UTF-8. Create it with ENCODING 'UTF8'.")
                         .arg(database, q.value(1).toString())};
    }
    if (!q.value(2).toBool()) {
        return Error{QStringLiteral("not-allowed"),
                     tr("Setting up the office server needs a PostgreSQL superuser (such as "
                        "postgres); the login “%1” is not one.")
                         .arg(db.userName())};
    }
    Applied applied;
    if (q.value(3).toBool()) {
        if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM pd.schema_migration")) ||
            !q.next())
            return sqlError(q, tr("Reading the server's schema version failed"));
        applied.from = q.value(0).toInt();
    }
    if (applied.from > latestVersion()) {
        return Error{QStringLiteral("server-too-new"),
                     tr("The office server's schema (version %1) is newer than this PressDesk "
                        "knows (version %2). Install the newer PressDesk.")
                         .arg(applied.from)
                         .arg(latestVersion())};
    }
    applied.to = applied.from;

    const QString owner = roleName(database, QStringLiteral("owner"));
    const auto inTransaction = [&](const std::function<Status()> &work) -> Status {
        if (!db.transaction())
            return ServerConnection::translate(db.lastError());
        Status st = work();
        if (st && !db.commit())
            st = ServerConnection::translate(db.lastError());
        if (!st)
            db.rollback();
        return st;
    };

    for (const Step &step : steps(database)) {
        if (step.version <= applied.from)
            continue;
        auto st = inTransaction([&]() -> Status {
            if (step.version > 1 && !q.exec(QStringLiteral("SET LOCAL ROLE ") + owner))
                return sqlError(q, tr("Step %1 of the server schema").arg(step.name));
            if (!q.exec(step.sql))
                return sqlError(q, tr("Step %1 of the server schema").arg(step.name));
            q.prepare(QStringLiteral("INSERT INTO pd.schema_migration (version, name) "
                                     "VALUES (?, ?)"));
            q.addBindValue(step.version);
            q.addBindValue(step.name);
            if (!q.exec())
                return sqlError(q, tr("Recording step %1").arg(step.name));
            return {};
        });
        if (!st)
            return st.error();
        applied.to = step.version;
    }

    // The workflow as this program knows it, and the office.
    auto st = inTransaction([&]() -> Status {
        if (!q.exec(QStringLiteral("SET LOCAL ROLE ") + owner) ||
            !q.exec(QStringLiteral("DELETE FROM pd.transition")))
            return sqlError(q, tr("Writing the workflow"));
        q.prepare(QStringLiteral("INSERT INTO pd.transition (action, from_status, to_status, "
                                 "min_role, comment_required) VALUES (?, ?, ?, ?, ?)"));
        for (const Transition &t : Workflow::table()) {
            for (ArticleStatus from : t.from) {
                q.addBindValue(actionKey(t.action));
                q.addBindValue(statusKey(from));
                q.addBindValue(statusKey(t.to));
                q.addBindValue(minRole(t));
                q.addBindValue(t.commentRequired);
                if (!q.exec())
                    return sqlError(q, tr("Writing the workflow"));
            }
        }
        if (!q.exec(QStringLiteral("RESET ROLE")))
            return sqlError(q, tr("Writing the workflow"));
        // A desk that dies in the middle of a pass (a laptop closed, a network gone) leaves
        // its transaction and its locks behind until the server notices: it ends them after a
        // minute, so other desks are not held up longer.
        if (!q.exec(QStringLiteral("ALTER DATABASE \"%1\" SET "
                                   "idle_in_transaction_session_timeout = '60s'")
                        .arg(QString(database).replace(u'"', QStringLiteral("\"\"")))))
            return sqlError(q, tr("Writing the workflow"));
        q.prepare(QStringLiteral("INSERT INTO pd.office (name) SELECT ? "
                                 "WHERE NOT EXISTS (SELECT FROM pd.office)"));
        q.addBindValue(officeName.isEmpty() ? database : officeName);
        if (!q.exec())
            return sqlError(q, tr("Recording the office"));
        return {};
    });
    if (!st)
        return st.error();
    return applied;
}

QString ServerSchema::hbaLines(const QString &databaseName)
{
    const QString staff = roleName(databaseName, QStringLiteral("staff"));
    return QStringLiteral(
               "# PressDesk, database %1: the office's people (members of %2), over TLS,\n"
               "# with SCRAM passwords. Replace 192.168.1.0/24 with the office's network.\n"
               "hostssl  %1  +%2  192.168.1.0/24  scram-sha-256\n"
               "hostssl  %1  +%2  127.0.0.1/32    scram-sha-256\n"
               "hostssl  %1  +%2  ::1/128         scram-sha-256\n")
        .arg(databaseName, staff);
}

} // namespace PressDesk
