#pragma once

#include "CliContext.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace PressDesk {

// A group of commands (article, plan, portal …). Each names its commands, says which of them
// can print JSON, and runs them with the shared context.
class CommandGroup
{
public:
    struct Command
    {
        QString name; // the words that select it: "article new", "search", "plan activity add"
        bool json;    // --json gives JSON output; else --json is refused
        std::function<int(const QStringList &args)> run;
    };

    explicit CommandGroup(CliContext &context) : m_ctx(context) {}
    virtual ~CommandGroup() = default;
    CommandGroup(const CommandGroup &) = delete;
    CommandGroup &operator=(const CommandGroup &) = delete;

    virtual QList<Command> commands() = 0;

protected:
    // A command's `run` for a member function of the group: call(&PlanCommands::list).
    template <typename Group>
    std::function<int(const QStringList &)> call(int (Group::*handler)(const QStringList &))
    {
        auto *group = static_cast<Group *>(this);
        return [group, handler](const QStringList &args) {
            return (group->*handler)(args);
        };
    }

    static constexpr int Success = CliContext::Success;
    static constexpr int UserError = CliContext::UserError;
    static constexpr int UsageError = CliContext::UsageError;

    QTextStream &out() { return m_ctx.out(); }
    QTextStream &err() { return m_ctx.err(); }
    bool json() const { return m_ctx.json; }
    Database &db() { return m_ctx.db(); }
    Status open() { return m_ctx.open(); }
    int fail(const Error &error) { return m_ctx.fail(error); }
    int usage(const QString &message) { return m_ctx.usage(message); }

    CliContext &m_ctx;
};

} // namespace PressDesk
