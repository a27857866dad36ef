#pragma once

#include "CommandGroup.h"

namespace PressDesk {

// sync join | sync | sync status | sync conflicts | sync resolve: this profile as a desk of
// the office server.
class SyncCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::SyncCommands)

public:
    using CommandGroup::CommandGroup;
    QList<Command> commands() override;

private:
    int join(const QStringList &args);
    int pass(const QStringList &args);
    int status(const QStringList &args);
    int conflicts(const QStringList &args);
    int resolve(const QStringList &args);
};

} // namespace PressDesk
