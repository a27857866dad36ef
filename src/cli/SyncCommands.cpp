// The `sync` commands of pressdesk-cli: joining the office server and syncing with it.
#include "SyncCommands.h"

#include "publish/CredentialStore.h"
#include "server/ServerAddress.h"
#include "server/ServerConnection.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/SqlUtil.h"
#include "sync/ConflictService.h"
#include "sync/SyncEngine.h"
#include "sync/SyncRepository.h"
#include "text/HtmlSanitizer.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace PressDesk {

namespace {

// The desk's password: the system keychain's, else $PRESSDESK_SERVER_PASSWORD, else one
// line on standard input.
QString deskPassword(const ServerAddress &address, const QString &user, bool *fromKeychain)
{
    *fromKeychain = false;
    const QString fromEnv = qEnvironmentVariable("PRESSDESK_SERVER_PASSWORD");
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (auto stored = CredentialStore::read(address.credentialKey(user)); stored) {
        *fromKeychain = true;
        return stored.value();
    }
    return CliContext::secret("PRESSDESK_SERVER_PASSWORD"); // (not set:) standard input
}

QJsonObject reportJson(const SyncReport &r)
{
    return QJsonObject{{QStringLiteral("pushed"), r.pushed},
                       {QStringLiteral("pulled"), r.pulled},
                       {QStringLiteral("conflicts"), r.conflicts},
                       {QStringLiteral("merged"), r.merged},
                       {QStringLiteral("rejected"), QJsonArray::fromStringList(r.rejected)}};
}

QString fieldKey(ArticleField field)
{
    switch (field) {
    case ArticleField::Title:
        return QStringLiteral("title");
    case ArticleField::Lead:
        return QStringLiteral("lead");
    case ArticleField::Body:
        return QStringLiteral("body");
    case ArticleField::Category:
        return QStringLiteral("category");
    case ArticleField::Tags:
        return QStringLiteral("tags");
    case ArticleField::Source:
        return QStringLiteral("source");
    case ArticleField::Author:
        return QStringLiteral("author");
    }
    return {};
}

// A passage as the terminal shows it: plain text, on one line.
QString plainPassage(ArticleField field, const QString &text)
{
    const QString plain = field == ArticleField::Body ? Html::toPlainText(text) : text;
    return plain.simplified();
}

} // namespace

QList<CommandGroup::Command> SyncCommands::commands()
{
    return {{QStringLiteral("sync join"), true, call(&SyncCommands::join)},
            {QStringLiteral("sync"), true, call(&SyncCommands::pass)},
            {QStringLiteral("sync status"), true, call(&SyncCommands::status)},
            {QStringLiteral("sync conflicts"), true, call(&SyncCommands::conflicts)},
            {QStringLiteral("sync resolve"), true, call(&SyncCommands::resolve)}};
}

int SyncCommands::join(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("server"), QString(), QStringLiteral("URL")});
    p.addOption({QStringLiteral("user"), QString(), QStringLiteral("NAME")});
    p.addOption(QCommandLineOption(QStringLiteral("import")));
    if (!p.parse(QStringList{QStringLiteral("sync-join")} + args))
        return usage(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return usage(tr("sync join takes no names: %1").arg(p.positionalArguments().join(u' ')));
    if (!p.isSet(QStringLiteral("server")) || !p.isSet(QStringLiteral("user")))
        return usage(tr("sync join needs --server URL and --user NAME (your login on the office "
                        "server)."));
    auto address = ServerAddress::parse(p.value(QStringLiteral("server")));
    if (!address)
        return fail(address.error());
    const QString user = p.value(QStringLiteral("user"));
    bool fromKeychain = false;
    const QString password = deskPassword(address.value(), user, &fromKeychain);
    if (password.isEmpty())
        return fail(Error{QStringLiteral("password-needed"),
                          tr("Give the password of %1 on the office server in "
                             "$PRESSDESK_SERVER_PASSWORD or as one line on standard input.")
                              .arg(user)});
    auto connection = ServerConnection::open(address.value(), user, password);
    if (!connection)
        return fail(connection.error());

    m_ctx.seedDemo = false; // a new profile made to join starts empty
    if (auto st = open(); !st)
        return fail(st.error());
    auto joined = SyncEngine(db(), *connection.value())
                      .join(address->toString(), p.isSet(QStringLiteral("import")));
    if (!joined)
        return fail(joined.error());
    // Remembered for the next passes (the app's too); without a keychain, asked again.
    if (!fromKeychain && !CredentialStore::keychainDisabled()) {
        if (auto kept = CredentialStore::write(address->credentialKey(user), password); !kept)
            err() << kept.error().message << Qt::endl;
    }
    if (json())
        return m_ctx.printJson(reportJson(joined.value()));
    out() << tr("This profile is now a desk of %1, as %2.").arg(address->toString(), user) << u'\n'
          << tr("Received %n change(s).", nullptr, joined->pulled) << Qt::endl;
    return Success;
}

int SyncCommands::pass(const QStringList &args)
{
    const bool afterRestore = args == QStringList{QStringLiteral("--after-restore")};
    if (!args.isEmpty() && !afterRestore)
        return usage(tr("Unknown sync command: %1").arg(args.join(u' ')));
    if (auto st = open(); !st)
        return fail(st.error());
    auto status = SyncEngine::status(db());
    if (!status)
        return fail(status.error());
    if (!status->joined)
        return fail(Error{QStringLiteral("not-joined"),
                          tr("This profile is not a desk of an office server yet: run "
                             "“pressdesk-cli sync join --server URL --user NAME” first.")});
    // A restored profile: said before asking for a password; --after-restore confirms.
    if (auto state = SyncRepository(db()).state(); state && state->has_value()) {
        if (afterRestore) {
            if (auto st = SyncRepository(db()).confirmRestore(); !st)
                return fail(st.error());
        } else if (auto waits = SyncEngine::notRestored(**state); !waits) {
            return fail(waits.error());
        }
    }
    auto address = ServerAddress::parse(status->serverUrl);
    if (!address)
        return fail(address.error());
    bool fromKeychain = false;
    const QString password = deskPassword(address.value(), status->userName, &fromKeychain);
    auto connection = ServerConnection::open(address.value(), status->userName, password);
    if (!connection) {
        if (auto st = SyncEngine::recordFailure(db(), connection.error()); !st)
            err() << st.error().message << Qt::endl;
        return fail(connection.error());
    }
    auto report = SyncEngine(db(), *connection.value()).runPass();
    if (!report) {
        if (auto st = SyncEngine::recordFailure(db(), report.error()); !st)
            err() << st.error().message << Qt::endl;
        return fail(report.error());
    }
    if (json())
        return m_ctx.printJson(reportJson(report.value()));
    out() << tr("Sent %n change(s).", nullptr, report->pushed) << u'\n'
          << tr("Received %n change(s).", nullptr, report->pulled) << u'\n';
    if (report->merged > 0)
        out() << tr("%n article(s) were also edited on another desk: the edits were merged.",
                    nullptr, report->merged)
              << u'\n';
    if (report->conflicts > 0)
        out() << tr("%n article(s) were edited on another desk in the same places: both "
                    "versions are kept until someone chooses (sync conflicts).",
                    nullptr, report->conflicts)
              << u'\n';
    for (const QString &r : std::as_const(report->rejected))
        out() << tr("Refused by the office server: %1").arg(r) << u'\n';
    out().flush();
    return Success;
}

int SyncCommands::status(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("sync status takes no names: %1").arg(args.join(u' ')));
    if (auto st = open(); !st)
        return fail(st.error());
    auto s = SyncEngine::status(db());
    if (!s)
        return fail(s.error());
    if (json()) {
        return m_ctx.printJson(
            QJsonObject{{QStringLiteral("joined"), s->joined},
                        {QStringLiteral("server"), s->serverUrl},
                        {QStringLiteral("user"), s->userName},
                        {QStringLiteral("pending"), s->pending},
                        {QStringLiteral("last_sync"),
                         s->lastSync.isValid() ? QJsonValue(Sql::iso(s->lastSync)) : QJsonValue()},
                        {QStringLiteral("online"), s->online},
                        {QStringLiteral("conflicts"), s->conflicts},
                        {QStringLiteral("last_error"), s->lastError}});
    }
    if (!s->joined) {
        out() << tr("This profile is not a desk of an office server.") << Qt::endl;
        return Success;
    }
    out() << tr("Office server: %1 (as %2)").arg(s->serverUrl, s->userName) << u'\n'
          << tr("%n change(s) waiting to be sent", nullptr, s->pending) << u'\n'
          << (s->lastSync.isValid()
                  ? tr("Last synced: %1")
                        .arg(QLocale().toString(s->lastSync.toLocalTime(), QLocale::ShortFormat))
                  : tr("Not synced yet"))
          << u'\n';
    if (!s->online)
        out() << tr("The office server could not be reached: %1").arg(s->lastError) << u'\n';
    if (s->conflicts > 0)
        out() << tr("%n article(s) in conflict", nullptr, s->conflicts) << u'\n';
    out().flush();
    return Success;
}

int SyncCommands::conflicts(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("sync conflicts takes no names: %1").arg(args.join(u' ')));
    if (auto st = open(); !st)
        return fail(st.error());
    ConflictService service(db());
    auto open = service.open();
    if (!open)
        return fail(open.error());
    QJsonArray list;
    for (const SyncRepository::Conflict &c : std::as_const(open.value())) {
        auto sides = service.sides(c.id);
        if (!sides)
            return fail(sides.error());
        if (json()) {
            QJsonArray passages;
            for (const ArticleConflict &p : std::as_const(sides->merge.conflicts))
                passages.append(QJsonObject{{QStringLiteral("field"), fieldKey(p.field)},
                                            {QStringLiteral("base"), p.passage.base},
                                            {QStringLiteral("mine"), p.passage.mine},
                                            {QStringLiteral("theirs"), p.passage.theirs}});
            list.append(QJsonObject{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("article_id"), c.articleId},
                                    {QStringLiteral("title"), sides->title},
                                    {QStringLiteral("theirs_by"), sides->theirsBy},
                                    {QStringLiteral("created_at"), Sql::iso(c.createdAt)},
                                    {QStringLiteral("passages"), passages}});
            continue;
        }
        out() << c.id << u"  “" << sides->title << u"”  "
              << tr("the other version by %1").arg(sides->theirsBy) << u'\n';
        for (const ArticleConflict &p : std::as_const(sides->merge.conflicts)) {
            out() << u"  " << ArticleMerge::fieldName(p.field) << u":\n"
                  << u"    " << tr("mine:   %1").arg(plainPassage(p.field, p.passage.mine)) << u'\n'
                  << u"    " << tr("theirs: %1").arg(plainPassage(p.field, p.passage.theirs))
                  << u'\n';
        }
    }
    if (json())
        return m_ctx.printJson(list);
    if (open->isEmpty())
        out() << tr("No conflicts.") << u'\n';
    out().flush();
    return Success;
}

int SyncCommands::resolve(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("take"), QString(), QStringLiteral("SIDE")});
    p.addOption({QStringLiteral("body-file"), QString(), QStringLiteral("F")});
    if (!p.parse(QStringList{QStringLiteral("sync-resolve")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(tr("sync resolve takes one conflict id."));
    const bool take = p.isSet(QStringLiteral("take"));
    if (take == p.isSet(QStringLiteral("body-file")))
        return usage(tr("sync resolve needs either --take mine|theirs|both or --body-file F."));
    const QString side = p.value(QStringLiteral("take"));
    std::optional<ConflictService::Take> chosen;
    if (side == QLatin1String("mine"))
        chosen = ConflictService::Take::Mine;
    else if (side == QLatin1String("theirs"))
        chosen = ConflictService::Take::Theirs;
    else if (side == QLatin1String("both"))
        chosen = ConflictService::Take::Both;
    if (take && !chosen)
        return usage(tr("--take is mine, theirs or both, not %1.").arg(side));
    QString body;
    if (!take) {
        auto read = m_ctx.readTextFile(p.value(QStringLiteral("body-file")));
        if (!read)
            return fail(read.error());
        body = read.value();
    }
    if (auto st = open(); !st)
        return fail(st.error());
    ConflictService service(db());
    const QString id = p.positionalArguments().first();
    const auto run = [&]() -> Result<Article> {
        if (take)
            return service.resolve(id, *chosen);
        // The body written by the user; the other fields as merged, this desk's where they
        // conflict.
        auto sides = service.sides(id);
        if (!sides)
            return sides.error();
        Revision content = sides->merge.merged;
        content.bodyHtml = body;
        return service.resolveWith(id, content);
    };
    auto resolved = run();
    if (!resolved)
        return fail(resolved.error());
    if (json())
        return m_ctx.printJson(
            QJsonObject{{QStringLiteral("article_id"), resolved->id},
                        {QStringLiteral("title"), resolved->title},
                        {QStringLiteral("status"), statusKey(resolved->status)}});
    out() << tr("Resolved: “%1” is saved as a new revision; the next sync sends it to the "
                "office.")
                 .arg(resolved->title)
          << Qt::endl;
    return Success;
}

} // namespace PressDesk
