#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace PressDesk {

// The office server's schema: SQL files shipped with PressDesk (resources/server/NNN_*.sql),
// applied in order, each once, each in its own transaction, recorded in pd.schema_migration.
// Role names carry the database's name (a cluster may hold a training and a real office):
// for database "pressdesk" they are pressdesk_staff, pressdesk_supervisor, pressdesk_admin
// and pressdesk_owner (which owns every object and has no login).
class ServerSchema
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::ServerSchema)

public:
    struct Step
    {
        int version;
        QString name; // "001_roles"
        QString sql;  // with the role names filled in
    };

    // The prefix of the database's role names ("pressdesk" for database "pressdesk").
    static QString rolePrefix(const QString &databaseName);
    static QString roleName(const QString &databaseName, const QString &role); // staff…owner

    static QList<Step> steps(const QString &databaseName);
    static int latestVersion();

    struct Applied
    {
        int from = 0; // the version the server had
        int to = 0;   // the version it has now
    };
    // Creates or upgrades the schema on a connection of a superuser (or a role with
    // CREATEROLE that owns the database), then writes the workflow's transition table from
    // Workflow::table() and records the office. Running it again changes nothing.
    static Result<Applied> apply(QSqlDatabase &db, const QString &officeName);

    // The lines an administrator adds to pg_hba.conf for this database (its roles, TLS and
    // SCRAM passwords, the office network as a placeholder to fill in).
    static QString hbaLines(const QString &databaseName);
};

} // namespace PressDesk
