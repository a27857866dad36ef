#pragma once

#include "CommandGroup.h"

#include <utility>

class QCommandLineParser;

namespace PressDesk {

struct PortalAccount;

// publish ID | queue | retry | cancel, and withdraw: the outbox to the portals.
class PublishCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::PublishCommands)

public:
    using CommandGroup::CommandGroup;
    QList<Command> commands() override;

private:
    int publish(const QStringList &args);
    int queue(const QStringList &args);
    int retry(const QStringList &args);
    int cancel(const QStringList &args);
    int withdraw(const QStringList &args);
    // Sends what is due for one portal; prints what happened to each entry.
    int send(const PortalAccount &account);
    // The article (its id or a prefix) and the --portal of a publish or withdraw command.
    Result<std::pair<QString, PortalAccount>> articleAndPortal(const QCommandLineParser &p);
};

} // namespace PressDesk
