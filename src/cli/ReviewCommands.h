#pragma once

#include "CommandGroup.h"

class QJsonObject;

namespace PressDesk {

struct AuditEntry;

// The review of an article: article submit | approve | return, history, restore and diff.
class ReviewCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::ReviewCommands)

public:
    using CommandGroup::CommandGroup;
    QList<Command> commands() override;

    // One audit log entry as `article history` and `audit list` print it in JSON.
    static QJsonObject auditEntryJson(const AuditEntry &e);

private:
    int decide(const QString &action, const QStringList &args);
    int history(const QStringList &args);
    int restore(const QStringList &args);
    int diff(const QStringList &args);
};

} // namespace PressDesk
