#pragma once

#include "CommandGroup.h"

#include <memory>
#include <vector>

namespace PressDesk {

// pressdesk-cli: parses the global options and runs one command of one command group.
// Exit codes: 0 success, 1 user error (message on stderr), 2 usage error.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::Cli)

public:
    enum ExitCode {
        Success = CliContext::Success,
        UserError = CliContext::UserError,
        UsageError = CliContext::UsageError
    };

    Cli();
    ~Cli();
    int run(const QStringList &arguments);
    // The message and the usage text on stderr; returns UsageError.
    int usage(const QString &message);

private:
    CliContext m_ctx;
    std::vector<std::unique_ptr<CommandGroup>> m_groups;
    QList<CommandGroup::Command> m_commands;
};

} // namespace PressDesk
