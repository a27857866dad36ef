#pragma once

#include "CommandGroup.h"

namespace PressDesk {

// radio script | station add | station list | program add | program list | item add |
// rundown | aired | export: the radio channel's stations, programmes, rundowns, reading
// scripts and aired log.
class RadioCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::RadioCommands)

public:
    using CommandGroup::CommandGroup;
    QList<Command> commands() override;

private:
    int script(const QStringList &args);
    int addStation(const QStringList &args);
    int listStations(const QStringList &args);
    int addProgram(const QStringList &args);
    int listPrograms(const QStringList &args);
    int addItem(const QStringList &args);
    int rundown(const QStringList &args);
    int aired(const QStringList &args);
    int exportRundown(const QStringList &args);
};

} // namespace PressDesk
