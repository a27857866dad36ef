#pragma once

#include "CommandGroup.h"

namespace PressDesk {

// plan new | import | export | list | show | progress | attach | activity add | activity
// reassign | unit merge | link | unlink | manual | report: the communication plans and their
// progress.
class PlanCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::PlanCommands)

public:
    using CommandGroup::CommandGroup;
    QList<Command> commands() override;

private:
    int create(const QStringList &args);
    int import(const QStringList &args);
    int exportPlan(const QStringList &args);
    int list(const QStringList &args);
    int progress(bool show, const QStringList &args);
    int link(bool linking, const QStringList &args);
    int addActivity(const QStringList &args);
    int reassign(const QStringList &args);
    int mergeUnits(const QStringList &args);
    int manual(const QStringList &args);
    int attach(const QStringList &args);
    int report(const QStringList &args);
};

} // namespace PressDesk
