// The `user`, `category`, `audit` and `db` commands of pressdesk-cli.
#include "AdminCommands.h"

#include "ReviewCommands.h"
#include "store/ArticleRepository.h"
#include "store/AuditLog.h"
#include "store/CategoryRepository.h"
#include "store/CorpusGenerator.h"
#include "store/Database.h"
#include "store/ProfileBackup.h"
#include "store/UserRepository.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace PressDesk {

QList<CommandGroup::Command> AdminCommands::commands()
{
    return {{QStringLiteral("user add"), false, call(&AdminCommands::userAdd)},
            {QStringLiteral("user list"), true, call(&AdminCommands::userList)},
            {QStringLiteral("category list"), true, call(&AdminCommands::categoryList)},
            {QStringLiteral("category add"), false, call(&AdminCommands::categoryAdd)},
            {QStringLiteral("category remove"), false, call(&AdminCommands::categoryRemove)},
            {QStringLiteral("audit list"), true, call(&AdminCommands::auditList)},
            {QStringLiteral("audit verify"), true, call(&AdminCommands::auditVerify)},
            {QStringLiteral("audit export"), false, call(&AdminCommands::auditExport)},
            {QStringLiteral("db generate"), false, call(&AdminCommands::generate)},
            {QStringLiteral("db backup"), false, call(&AdminCommands::backup)},
            {QStringLiteral("db restore"), false, call(&AdminCommands::restore)},
            {QStringLiteral("db check"), true, call(&AdminCommands::check)}};
}

int AdminCommands::userAdd(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("role"), QString(), QStringLiteral("R")});
    p.addOption({QStringLiteral("display-name"), QString(), QStringLiteral("D")});
    if (!p.parse(QStringList{QStringLiteral("user-add")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(tr("user add needs exactly one name."));
    const auto role = roleFromKey(p.value(QStringLiteral("role")));
    if (!role)
        return usage(tr("--role must be staff, supervisor or admin."));
    if (auto st = open(); !st)
        return fail(st.error());
    auto u = UserRepository(db()).add(p.positionalArguments().first(), *role,
                                      p.value(QStringLiteral("display-name")));
    if (!u)
        return fail(u.error());
    out() << u->name << Qt::endl;
    return Success;
}

int AdminCommands::userList(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("user list takes no arguments."));
    if (auto st = open(); !st)
        return fail(st.error());
    auto users = UserRepository(db()).list();
    if (!users)
        return fail(users.error());
    if (json()) {
        QJsonArray arr;
        for (const User &u : std::as_const(users.value()))
            arr << QJsonObject{{QStringLiteral("name"), u.name},
                               {QStringLiteral("display_name"), u.displayName},
                               {QStringLiteral("role"), roleKey(u.role)},
                               {QStringLiteral("current"), u.name == db().actingUser()}};
        return m_ctx.printJson(arr);
    }
    QList<QStringList> rows;
    for (const User &u : std::as_const(users.value()))
        rows << QStringList{
            (u.name == db().actingUser() ? QStringLiteral("* ") : QStringLiteral("  ")) + u.name,
            roleDisplayName(u.role), u.displayName};
    return m_ctx.printRows(rows);
}

int AdminCommands::categoryList(const QStringList &)
{
    if (auto st = open(); !st)
        return fail(st.error());
    auto list = CategoryRepository(db()).list();
    if (!list)
        return fail(list.error());
    if (json()) {
        QJsonArray arr;
        for (const Category &c : list.value())
            arr << QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}};
        return m_ctx.printJson(arr);
    }
    QList<QStringList> rows;
    for (const Category &c : list.value())
        rows << QStringList{c.id, c.name};
    return m_ctx.printRows(rows);
}

int AdminCommands::categoryAdd(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("category add needs exactly one name."));
    if (auto st = open(); !st)
        return fail(st.error());
    auto c = CategoryRepository(db()).create(args.first());
    if (!c)
        return fail(c.error());
    out() << c->id << Qt::endl;
    return Success;
}

int AdminCommands::categoryRemove(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("move-to"), QString(), QStringLiteral("NAME")});
    if (!p.parse(QStringList{QStringLiteral("category-remove")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(tr("category remove needs exactly one name."));
    if (auto st = open(); !st)
        return fail(st.error());
    CategoryRepository repo(db());
    auto c = repo.find(p.positionalArguments().constFirst());
    if (!c)
        return fail(c.error());
    std::optional<Category> target;
    if (p.isSet(QStringLiteral("move-to"))) {
        auto t = repo.find(p.value(QStringLiteral("move-to")));
        if (!t)
            return fail(t.error());
        target = t.value();
    }
    auto used = repo.usage(c->id);
    if (!used)
        return fail(used.error());
    if (auto st = repo.remove(c->id, target ? target->id : QString()); !st) {
        if (st.error().code == QLatin1String("in-use"))
            return fail(
                Error{st.error().code, st.error().message + u' ' +
                                           tr("Give --move-to NAME to move them (each move is an "
                                              "edit: approvals are voided).")});
        return fail(st.error());
    }
    if (used->articles > 0 && target)
        out() << tr("Moved %n article(s) to %1.", nullptr, used->articles).arg(target->name)
              << u'\n';
    out() << tr("Removed the category %1.").arg(c->name) << Qt::endl;
    return Success;
}

int AdminCommands::auditList(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("article"), QString(), QStringLiteral("ID")});
    if (!p.parse(QStringList{QStringLiteral("audit-list")} + args))
        return usage(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return usage(tr("audit list takes no positional arguments."));
    if (auto st = open(); !st)
        return fail(st.error());
    QString articleId;
    if (p.isSet(QStringLiteral("article"))) {
        auto id = m_ctx.articleId(p.value(QStringLiteral("article")));
        if (!id)
            return fail(id.error());
        articleId = id.value();
    }
    auto entries = AuditLog(db()).list(articleId);
    if (!entries)
        return fail(entries.error());
    if (json()) {
        QJsonArray arr;
        for (const AuditEntry &e : std::as_const(entries.value()))
            arr << ReviewCommands::auditEntryJson(e);
        return m_ctx.printJson(arr);
    }
    QList<QStringList> rows;
    for (const AuditEntry &e : std::as_const(entries.value())) {
        QStringList row{QString::number(e.seq),
                        displayDateTime(e.at),
                        e.userName,
                        auditActionDisplayName(e.action),
                        e.articleId.left(8),
                        statusDisplayNameForKey(e.fromStatus) + QStringLiteral(" → ") +
                            statusDisplayNameForKey(e.toStatus)};
        if (!e.comment.isEmpty())
            row << e.comment;
        rows << row;
    }
    return m_ctx.printRows(rows);
}

int AdminCommands::auditVerify(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("audit verify takes no arguments."));
    if (auto st = open(); !st)
        return fail(st.error());
    auto v = AuditLog(db()).verify();
    if (!v)
        return fail(v.error());
    if (json()) {
        QJsonObject o{{QStringLiteral("intact"), v->ok}, {QStringLiteral("entries"), v->entries}};
        if (!v->ok) {
            o.insert(QStringLiteral("first_broken"), v->firstBroken);
            o.insert(QStringLiteral("problem"), v->problem);
        }
        m_ctx.printJson(o);
    }
    if (!v->ok)
        return fail(Error{QStringLiteral("audit-broken"),
                          tr("The audit log has been tampered with at entry %1. %2")
                              .arg(v->firstBroken)
                              .arg(v->problem)});
    if (!json())
        out() << tr("The audit log is intact: %n entry(s) verified.", nullptr, v->entries)
              << Qt::endl;
    return Success;
}

int AdminCommands::auditExport(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("out"), QString(), QStringLiteral("FILE")});
    if (!p.parse(QStringList{QStringLiteral("audit-export")} + args))
        return usage(p.errorText());
    if (!p.isSet(QStringLiteral("out")))
        return usage(tr("audit export needs --out FILE."));
    if (auto st = open(); !st)
        return fail(st.error());
    // The CSV is built in memory (the log is small) so that a file problem gets our words.
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    if (auto st = AuditLog(db()).exportCsv(&csv); !st)
        return fail(st.error());
    if (auto st = m_ctx.writeFile(p.value(QStringLiteral("out")), csv.data()); !st)
        return fail(st.error());
    return Success;
}

int AdminCommands::generate(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("articles"), QString(), QStringLiteral("N")});
    p.addOption({QStringLiteral("seed"), QString(), QStringLiteral("S"), QStringLiteral("1")});
    if (!p.parse(QStringList{QStringLiteral("db")} + args))
        return usage(p.errorText());
    const auto articles = CliContext::number(QStringLiteral("--articles"),
                                             p.value(QStringLiteral("articles")), 1, 1000000);
    if (!articles)
        return usage(articles.error().message);
    const auto seed = CliContext::number(QStringLiteral("--seed"), p.value(QStringLiteral("seed")),
                                         0, std::numeric_limits<uint>::max());
    if (!seed)
        return usage(seed.error().message);
    const int n = int(articles.value());
    if (auto st = open(); !st)
        return fail(st.error());
    auto st = CorpusGenerator::generate(db(), n, uint(seed.value()), [this, n](int done) {
        err() << tr("%1 of %2 articles").arg(done).arg(n) << u'\r' << Qt::flush;
    });
    err() << u'\n' << Qt::flush;
    if (!st)
        return fail(st.error());
    out() << tr("Generated %n article(s).", nullptr, n) << Qt::endl;
    return Success;
}

// The profile these commands work on, without opening it: a damaged one must still be
// checked, and one being restored must not be held open.
static QString profilePath(const CliContext &context)
{
    return Database::resolvePath(context.dbPath);
}

int AdminCommands::backup(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("out"), QString(), QStringLiteral("FILE")});
    if (!p.parse(QStringList{QStringLiteral("db")} + args))
        return usage(p.errorText());
    if (!p.isSet(QStringLiteral("out")) || !p.positionalArguments().isEmpty())
        return usage(tr("db backup needs --out FILE."));
    const QString out = p.value(QStringLiteral("out"));
    if (auto st = ProfileBackup::backup(profilePath(m_ctx), out); !st)
        return fail(st.error());
    auto info = ProfileBackup::inspect(out);
    if (!info)
        return fail(info.error());
    err() << tr("Backup written to %1: %n article(s).", nullptr, int(info->articles))
                 .arg(QDir::toNativeSeparators(out))
          << Qt::endl;
    return Success;
}

int AdminCommands::restore(const QStringList &args)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--")))
        return usage(tr("db restore needs the backup file."));
    const QString profile = profilePath(m_ctx);
    auto aside = ProfileBackup::restore(args.first(), profile);
    if (!aside)
        return fail(aside.error());
    auto info = ProfileBackup::inspect(profile);
    if (!info)
        return fail(info.error());
    err() << tr("Restored %1 from %2: %n article(s).", nullptr, int(info->articles))
                 .arg(QDir::toNativeSeparators(profile), QDir::toNativeSeparators(args.first()))
          << Qt::endl;
    if (!aside->isEmpty())
        err() << tr("The profile it replaced is kept as %1.")
                     .arg(QDir::toNativeSeparators(aside.value()))
              << Qt::endl;
    return Success;
}

int AdminCommands::check(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("db check takes no arguments: it checks the profile (--db)."));
    const QString profile = profilePath(m_ctx);
    auto result = ProfileBackup::check(profile);
    if (!result)
        return fail(result.error());
    const ProfileBackup::Check &c = result.value();
    if (json()) {
        QJsonObject o{{QStringLiteral("ok"), c.problems.isEmpty()},
                      {QStringLiteral("path"), QDir::toNativeSeparators(profile)},
                      {QStringLiteral("schema"), c.info.schema},
                      {QStringLiteral("articles"), c.info.articles},
                      {QStringLiteral("last_saved"), c.info.lastSaved},
                      {QStringLiteral("problems"), QJsonArray::fromStringList(c.problems)}};
        m_ctx.printJson(o);
    } else if (c.problems.isEmpty()) {
        out() << tr("The profile is sound: %n article(s), schema %1, nothing damaged and no "
                    "broken link between its records.",
                    nullptr, int(c.info.articles))
                     .arg(c.info.schema)
              << Qt::endl;
    } else {
        for (const QString &problem : c.problems)
            out() << problem << Qt::endl;
    }
    if (c.problems.isEmpty())
        return Success;
    return fail(Error{QStringLiteral("damaged"),
                      tr("The profile is damaged (%n problem(s) above). Restore the latest "
                         "backup: db restore FILE.",
                         nullptr, int(c.problems.size()))});
}

} // namespace PressDesk
