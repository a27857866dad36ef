#pragma once

#include "Result.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace PressDesk {

// What an administrator does on the office server with a superuser's connection: add people
// (a PostgreSQL login each, member of the office's role for what they do), and check that the
// server still enforces what it promises.
class ServerAdmin
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::ServerAdmin)

public:
    // Creates the login (or changes its password and role when it exists) and records the
    // person in the office. Errors: "bad-user-name", "not-initialised", "server-error".
    static Status addUser(QSqlDatabase &db, const QString &name, Role role, const QString &password,
                          const QString &displayName = {});

    struct Finding
    {
        QString key; // "forced-rls", "no-bypass", "approvals", "audit-chain", "schema"
        bool ok = false;
        QString message; // translated: what holds, or what is wrong and where
    };
    // Every invariant, each with its finding; the caller exits 1 when one is not ok.
    static Result<QList<Finding>> check(QSqlDatabase &db);
};

} // namespace PressDesk
