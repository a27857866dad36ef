// The `server` commands of pressdesk-cli: the office server's administration.
#include "ServerCommands.h"

#include "server/ServerAddress.h"
#include "server/ServerAdmin.h"
#include "server/ServerConnection.h"
#include "server/ServerSchema.h"
#include "workflow/Workflow.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace PressDesk {

namespace {

const QString &serverOption()
{
    static const QString name = QStringLiteral("server");
    return name;
}

// A new person's password: $PRESSDESK_SERVER_PASSWORD, else one line on standard input
// (without its line end: spaces in it count).
QString newPassword()
{
    return CliContext::secret("PRESSDESK_SERVER_PASSWORD");
}

constexpr int kMinimumPasswordLength = 8;

} // namespace

Result<std::unique_ptr<ServerConnection>> ServerCommands::connectAdmin(const QString &url)
{
    auto address = ServerAddress::parse(url);
    if (!address)
        return address.error();
    // No user and no password of ours: libpq finds them as psql does.
    auto connection = ServerConnection::open(address.value(), QString(), QString());
    if (!connection && connection.error().code == QLatin1String("server-password-needed")) {
        Error e = connection.error();
        e.message = tr("%1 Give the administrator's password as for psql: in $PGPASSWORD or in "
                       "~/.pgpass (%APPDATA%\\postgresql\\pgpass.conf on Windows).")
                        .arg(e.message);
        return e;
    }
    return connection;
}

QList<CommandGroup::Command> ServerCommands::commands()
{
    return {{QStringLiteral("server init"), true, call(&ServerCommands::init)},
            {QStringLiteral("server user add"), true, call(&ServerCommands::userAdd)},
            {QStringLiteral("server check"), true, call(&ServerCommands::check)}};
}

int ServerCommands::init(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({serverOption(), QString(), QStringLiteral("URL")});
    p.addOption({QStringLiteral("office"), QString(), QStringLiteral("NAME")});
    if (!p.parse(QStringList{QStringLiteral("server-init")} + args))
        return usage(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return usage(tr("server init takes no names: %1").arg(p.positionalArguments().join(u' ')));
    if (!p.isSet(serverOption()))
        return usage(tr("server init needs --server URL, the office server's address."));
    auto connection = connectAdmin(p.value(serverOption()));
    if (!connection)
        return fail(connection.error());
    ServerConnection &c = *connection.value();
    const QString database = c.address().database;
    QString office = p.value(QStringLiteral("office")).trimmed();
    if (office.isEmpty())
        office = database;

    auto applied = ServerSchema::apply(c.db(), office);
    if (!applied)
        return fail(applied.error());
    const QString hba = ServerSchema::hbaLines(database);
    if (json()) {
        QJsonObject roles;
        for (const char *role : {"staff", "supervisor", "admin", "owner"})
            roles.insert(QLatin1String(role),
                         ServerSchema::roleName(database, QString::fromLatin1(role)));
        return m_ctx.printJson(QJsonObject{{QStringLiteral("version"), applied->to},
                                           {QStringLiteral("previous"), applied->from},
                                           {QStringLiteral("database"), database},
                                           {QStringLiteral("roles"), roles},
                                           {QStringLiteral("pg_hba"), hba}});
    }
    out() << tr("Office server schema at version %1 (was %2)").arg(applied->to).arg(applied->from)
          << u'\n' << u'\n'
          << tr("Add these lines to the server's pg_hba.conf (fill in the office network), "
                "then reload PostgreSQL:")
          << u'\n' << u'\n' << hba;
    if (!hba.endsWith(u'\n'))
        out() << u'\n';
    out().flush();
    return Success;
}

int ServerCommands::userAdd(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({serverOption(), QString(), QStringLiteral("URL")});
    p.addOption({QStringLiteral("role"), QString(), QStringLiteral("ROLE")});
    p.addOption({QStringLiteral("display-name"), QString(), QStringLiteral("TEXT")});
    if (!p.parse(QStringList{QStringLiteral("server-user-add")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(tr("server user add needs exactly one name."));
    if (!p.isSet(serverOption()))
        return usage(tr("server user add needs --server URL, the office server's address."));
    const auto role = roleFromKey(p.value(QStringLiteral("role")));
    if (!role)
        return usage(tr("--role must be staff, supervisor or admin."));
    const QString name = p.positionalArguments().first();

    // The address first: a mistake in it is told before the password is asked for.
    if (auto address = ServerAddress::parse(p.value(serverOption())); !address)
        return fail(address.error());
    const QString password = newPassword();
    if (password.isEmpty())
        return fail(Error{QStringLiteral("password-needed"),
                          tr("%1 needs a password: give it in $PRESSDESK_SERVER_PASSWORD or as "
                             "one line on standard input.")
                              .arg(name)});
    // Qt's PostgreSQL driver hands the password to libpq in the system's 8-bit code page; on
    // Windows (even with the Vietnamese code page) letters with diacritics do not survive it,
    // so such a password could be set here and never typed in there.
    for (const QChar c : password) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return fail(Error{QStringLiteral("password-not-ascii"),
                              tr("Use a password without Vietnamese diacritics or other "
                                 "special letters (only a–z, A–Z, digits, spaces and signs such "
                                 "as ! @ # -): desks on Windows cannot send other letters to "
                                 "the office server.")});
    }
    if (password.toUcs4().size() < kMinimumPasswordLength)
        return fail(Error{QStringLiteral("password-too-short"),
                          tr("The password for %1 is too short: use at least %2 characters.")
                              .arg(name)
                              .arg(kMinimumPasswordLength)});

    auto connection = connectAdmin(p.value(serverOption()));
    if (!connection)
        return fail(connection.error());
    ServerConnection &c = *connection.value();
    if (auto st = ServerAdmin::addUser(c.db(), name, *role, password,
                                       p.value(QStringLiteral("display-name")));
        !st)
        return fail(st.error());
    if (json())
        return m_ctx.printJson(
            QJsonObject{{QStringLiteral("user"), name}, {QStringLiteral("role"), roleKey(*role)}});
    out() << tr("%1 may now sign in to the office server %2 as %3.")
                 .arg(name, c.address().toString(), roleDisplayName(*role))
          << Qt::endl;
    return Success;
}

int ServerCommands::check(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({serverOption(), QString(), QStringLiteral("URL")});
    if (!p.parse(QStringList{QStringLiteral("server-check")} + args))
        return usage(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return usage(tr("server check takes no names: %1").arg(p.positionalArguments().join(u' ')));
    if (!p.isSet(serverOption()))
        return usage(tr("server check needs --server URL, the office server's address."));
    auto connection = connectAdmin(p.value(serverOption()));
    if (!connection)
        return fail(connection.error());
    auto findings = ServerAdmin::check(connection.value()->db());
    if (!findings)
        return fail(findings.error());

    int failed = 0;
    for (const ServerAdmin::Finding &f : std::as_const(findings.value()))
        failed += f.ok ? 0 : 1;
    if (json()) {
        QJsonArray list;
        for (const ServerAdmin::Finding &f : std::as_const(findings.value()))
            list << QJsonObject{{QStringLiteral("key"), f.key},
                                {QStringLiteral("ok"), f.ok},
                                {QStringLiteral("message"), f.message}};
        m_ctx.printJson(
            QJsonObject{{QStringLiteral("ok"), failed == 0}, {QStringLiteral("findings"), list}});
    } else {
        for (const ServerAdmin::Finding &f : std::as_const(findings.value()))
            out() << (f.ok ? tr("OK: %1") : tr("FAILED: %1")).arg(f.message) << u'\n';
        out().flush();
    }
    if (failed > 0)
        return fail(Error{QStringLiteral("check-failed"),
                          tr("%n check(s) on the office server failed.", nullptr, failed)});
    return Success;
}

} // namespace PressDesk
