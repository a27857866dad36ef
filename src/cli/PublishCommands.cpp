// The `publish` and `withdraw` commands of pressdesk-cli.
#include "PublishCommands.h"

#include "PortalCommands.h"
#include "publish/PortalRepository.h"
#include "publish/Publisher.h"
#include "publish/WordPressPortal.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "sync/OfficePostRegistry.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace PressDesk {

QList<CommandGroup::Command> PublishCommands::commands()
{
    return {{QStringLiteral("publish"), false, call(&PublishCommands::publish)},
            {QStringLiteral("publish queue"), true, call(&PublishCommands::queue)},
            {QStringLiteral("publish retry"), false, call(&PublishCommands::retry)},
            {QStringLiteral("publish cancel"), false, call(&PublishCommands::cancel)},
            {QStringLiteral("withdraw"), false, call(&PublishCommands::withdraw)}};
}

int PublishCommands::send(const PortalAccount &account)
{
    const auto portal = PortalCommands::connect(account);
    // A desk of an office asks the office before it makes a post, with the desk's password
    // from the keychain or $PRESSDESK_SERVER_PASSWORD.
    const auto registry = OfficePostRegistry::forDesk(db());
    Publisher publisher(db());
    publisher.setRegistry(registry.get());
    auto sent = publisher.run(account, *portal);
    if (!sent)
        return fail(sent.error());
    auto left = Publisher(db()).queue();
    int failures = 0;
    if (left) {
        for (const OutboxEntry &e : std::as_const(left.value())) {
            if (e.portalId != account.id || e.lastError.isEmpty())
                continue;
            ++failures;
            err() << (e.state == QLatin1String("failed") ? tr("Failed: %1: %2")
                                                         : tr("Will retry: %1: %2"))
                         .arg(e.articleTitle, e.lastError)
                  << Qt::endl;
        }
    }
    out() << tr("%n entry(s) sent to %1.", nullptr, sent.value()).arg(account.name) << Qt::endl;
    return failures == 0 ? Success : UserError;
}

int PublishCommands::queue(const QStringList &)
{
    if (auto st = open(); !st)
        return fail(st.error());
    auto entries = Publisher(db()).queue();
    if (!entries)
        return fail(entries.error());
    if (json()) {
        QJsonArray arr;
        for (const OutboxEntry &e : std::as_const(entries.value()))
            arr << QJsonObject{{QStringLiteral("id"), e.id},
                               {QStringLiteral("article_id"), e.articleId},
                               {QStringLiteral("title"), e.articleTitle},
                               {QStringLiteral("portal"), e.portalName},
                               {QStringLiteral("action"), e.action},
                               {QStringLiteral("state"), e.state},
                               {QStringLiteral("attempts"), e.attempts},
                               {QStringLiteral("error"), e.lastError},
                               {QStringLiteral("error_code"), e.errorCode}};
        return m_ctx.printJson(arr);
    }
    QList<QStringList> rows;
    for (const OutboxEntry &e : std::as_const(entries.value()))
        rows << QStringList{
            QString::number(e.id), e.action,       e.state,    QString::number(e.attempts),
            e.portalName,          e.articleTitle, e.lastError};
    return m_ctx.printRows(rows);
}

int PublishCommands::retry(const QStringList &)
{
    if (auto st = open(); !st)
        return fail(st.error());
    if (auto st = Publisher(db()).retryFailed(); !st)
        return fail(st.error());
    auto portals = PortalRepository(db()).list();
    if (!portals)
        return fail(portals.error());
    int code = Success;
    for (const PortalAccount &a : std::as_const(portals.value()))
        code = std::max(code, send(a));
    return code;
}

int PublishCommands::cancel(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("publish cancel needs an outbox entry number (see publish queue)."));
    const auto entry = CliContext::number(QStringLiteral("ENTRY"), args.first(), 1,
                                          std::numeric_limits<qint64>::max());
    if (!entry)
        return usage(entry.error().message);
    if (auto st = open(); !st)
        return fail(st.error());
    if (auto st = Publisher(db()).cancel(entry.value()); !st)
        return fail(st.error());
    return Success;
}

int PublishCommands::publish(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("portal"), QString(), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("at"), QString(), QStringLiteral("ISO-DATETIME")});
    p.addOption(QCommandLineOption(QStringLiteral("overwrite")));
    if (!p.parse(QStringList{QStringLiteral("publish")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("portal")))
        return usage(tr("publish needs an article id and --portal NAME."));
    QDateTime at;
    if (p.isSet(QStringLiteral("at"))) {
        at = QDateTime::fromString(p.value(QStringLiteral("at")), Qt::ISODate);
        if (!at.isValid())
            return usage(tr("--at needs a date and time like 2026-12-01T08:00:00+07:00."));
    }
    const auto target = articleAndPortal(p);
    if (!target)
        return fail(target.error());
    const auto &[id, account] = target.value();
    auto queued = Publisher(db()).enqueuePublish(id, account.name, at.toUTC(),
                                                 p.isSet(QStringLiteral("overwrite")));
    if (!queued)
        return fail(queued.error());
    return send(account);
}

Result<std::pair<QString, PortalAccount>>
PublishCommands::articleAndPortal(const QCommandLineParser &p)
{
    auto id = m_ctx.articleId(p.positionalArguments().first());
    if (!id)
        return id.error();
    auto account = m_ctx.portal(p.value(QStringLiteral("portal")));
    if (!account)
        return account.error();
    return std::pair{id.value(), account.value()};
}

int PublishCommands::withdraw(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("portal"), QString(), QStringLiteral("NAME")});
    p.addOption(QCommandLineOption(QStringLiteral("trash")));
    if (!p.parse(QStringList{QStringLiteral("withdraw")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("portal")))
        return usage(tr("withdraw needs an article id and --portal NAME."));
    const auto target = articleAndPortal(p);
    if (!target)
        return fail(target.error());
    const auto &[id, account] = target.value();
    auto queued =
        Publisher(db()).enqueueWithdraw(id, account.name, p.isSet(QStringLiteral("trash")));
    if (!queued)
        return fail(queued.error());
    return send(account);
}

} // namespace PressDesk
