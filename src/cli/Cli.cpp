#include "Cli.h"

#include "AdminCommands.h"
#include "ArticleCommands.h"
#include "OfficeCommands.h"
#include "PlanCommands.h"
#include "PortalCommands.h"
#include "PublishCommands.h"
#include "RadioCommands.h"
#include "ReviewCommands.h"
#include "ServerCommands.h"
#include "SyncCommands.h"
#include "TextCommands.h"
#include "VisualCommands.h"

namespace PressDesk {

Cli::Cli()
{
    m_groups.push_back(std::make_unique<ArticleCommands>(m_ctx));
    m_groups.push_back(std::make_unique<ReviewCommands>(m_ctx));
    m_groups.push_back(std::make_unique<AdminCommands>(m_ctx));
    m_groups.push_back(std::make_unique<PortalCommands>(m_ctx));
    m_groups.push_back(std::make_unique<PublishCommands>(m_ctx));
    m_groups.push_back(std::make_unique<PlanCommands>(m_ctx));
    m_groups.push_back(std::make_unique<RadioCommands>(m_ctx));
    m_groups.push_back(std::make_unique<VisualCommands>(m_ctx));
    m_groups.push_back(std::make_unique<ServerCommands>(m_ctx));
    m_groups.push_back(std::make_unique<SyncCommands>(m_ctx));
    m_groups.push_back(std::make_unique<TextCommands>(m_ctx));
    m_groups.push_back(std::make_unique<OfficeCommands>(m_ctx));
    for (const auto &group : m_groups)
        m_commands += group->commands();
}

Cli::~Cli() = default;

int Cli::usage(const QString &message)
{
    return m_ctx.usage(message);
}

int Cli::run(const QStringList &arguments)
{
    QStringList args;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--db")) {
            if (i + 1 >= arguments.size())
                return usage(tr("--db needs a file name."));
            m_ctx.dbPath = arguments.at(++i);
        } else if (a.startsWith(QLatin1String("--db="))) {
            m_ctx.dbPath = a.mid(5);
        } else if (a == QLatin1String("--user") && args.isEmpty()) {
            // Global only before the command: `portal add … --user USER` is the portal's.
            if (i + 1 >= arguments.size())
                return usage(tr("--user needs a user name."));
            m_ctx.userName = arguments.at(++i);
        } else if (a.startsWith(QLatin1String("--user=")) && args.isEmpty()) {
            m_ctx.userName = a.mid(7);
        } else if (a == QLatin1String("--json")) {
            m_ctx.json = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            m_ctx.out() << CliContext::usageText() << Qt::flush;
            return Success;
        } else if (a == QLatin1String("--version")) {
            m_ctx.out() << QCoreApplication::applicationVersion() << Qt::endl;
            return Success;
        } else {
            args << a;
        }
    }
    if (args.isEmpty())
        return usage(tr("No command given."));

    // The command whose words start the arguments, the longest that does ("publish queue"
    // before "publish ID").
    const CommandGroup::Command *command = nullptr;
    qsizetype words = 0;
    qsizetype known = 0; // how many words start some command: "plan activity" of "plan x"
    for (const CommandGroup::Command &c : std::as_const(m_commands)) {
        const QStringList name = c.name.split(u' ');
        qsizetype same = 0;
        while (same < name.size() && same < args.size() && name.at(same) == args.at(same))
            ++same;
        known = std::max(known, same);
        if (same == name.size() && same > words) {
            command = &c;
            words = same;
        }
    }
    if (!command) {
        if (known == 0)
            return usage(tr("Unknown command: %1").arg(args.first()));
        return usage(
            tr("Unknown %1 command: %2").arg(args.mid(0, known).join(u' '), args.value(known)));
    }
    if (m_ctx.json && !command->json)
        return usage(tr("--json is not available for %1.").arg(command->name));
    return command->run(args.mid(words));
}

} // namespace PressDesk
