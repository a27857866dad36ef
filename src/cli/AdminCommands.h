#pragma once

#include "CommandGroup.h"

namespace PressDesk {

// The profile's administration: user add | list, category list | add | remove, audit list | verify
// | export, db generate | backup | restore | check.
class AdminCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::AdminCommands)

public:
    using CommandGroup::CommandGroup;
    QList<Command> commands() override;

private:
    int userAdd(const QStringList &args);
    int userList(const QStringList &args);
    int categoryList(const QStringList &args);
    int categoryAdd(const QStringList &args);
    int categoryRemove(const QStringList &args);
    int auditList(const QStringList &args);
    int auditVerify(const QStringList &args);
    int auditExport(const QStringList &args);
    int generate(const QStringList &args);
    int backup(const QStringList &args);
    int restore(const QStringList &args);
    int check(const QStringList &args);
};

} // namespace PressDesk
