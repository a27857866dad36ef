#pragma once

#include "CommandGroup.h"

#include <memory>

namespace PressDesk {

class ServerConnection;

// server init | user add | check: what an administrator does on the office server.
// They work on the server only (no profile is opened).
class ServerCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::ServerCommands)

public:
    using CommandGroup::CommandGroup;
    QList<Command> commands() override;

    // The administrator's connection to the server at `url`, authenticated as psql does: the
    // user from the URL (else the system's user name), the password from libpq's own
    // $PGPASSWORD or ~/.pgpass, or peer authentication.
    static Result<std::unique_ptr<ServerConnection>> connectAdmin(const QString &url);

private:
    int init(const QStringList &args);
    int userAdd(const QStringList &args);
    int check(const QStringList &args);
};

} // namespace PressDesk
