// The `portal` commands of pressdesk-cli.
#include "PortalCommands.h"

#include "publish/PortalImporter.h"
#include "publish/PortalRepository.h"
#include "publish/Publisher.h"
#include "publish/WordPressPortal.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace PressDesk {

namespace {

// The application password: PRESSDESK_PORTAL_PASSWORD, else one line on standard input.
// (The system keychain comes with the app's portal settings.)
QString portalPassword()
{
    return CliContext::secret("PRESSDESK_PORTAL_PASSWORD").trimmed();
}

} // namespace

std::unique_ptr<WordPressPortal> PortalCommands::connect(const PortalAccount &account)
{
    auto portal =
        std::make_unique<WordPressPortal>(account.siteUrl, account.userName, portalPassword());
    portal->http().setTrustedCertificate(account.trustedCertSha256);
    return portal;
}

QList<CommandGroup::Command> PortalCommands::commands()
{
    return {{QStringLiteral("portal add"), false, call(&PortalCommands::add)},
            {QStringLiteral("portal list"), true, call(&PortalCommands::list)},
            {QStringLiteral("portal test"), false, call(&PortalCommands::test)},
            {QStringLiteral("portal categories"), true, call(&PortalCommands::categories)},
            {QStringLiteral("portal trust"), false, call(&PortalCommands::trust)},
            {QStringLiteral("portal import"), true, call(&PortalCommands::import)}};
}

int PortalCommands::add(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("url"), QString(), QStringLiteral("URL")});
    p.addOption({QStringLiteral("user"), QString(), QStringLiteral("USER")});
    if (!p.parse(QStringList{QStringLiteral("portal-add")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("url")) ||
        !p.isSet(QStringLiteral("user")))
        return usage(tr("portal add needs a name, --url and --user."));
    // What the user typed, not what is left of it after reading it as an address.
    const QString typed = p.value(QStringLiteral("url"));
    const QUrl url = QUrl::fromUserInput(typed.trimmed());
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return fail(Error{QStringLiteral("bad-url"),
                          tr("“%1” is not a web address (http:// or https://).").arg(typed)});
    if (auto st = open(); !st)
        return fail(st.error());
    auto portal = PortalRepository(db()).add(p.positionalArguments().first(), url,
                                             p.value(QStringLiteral("user")));
    if (!portal)
        return fail(portal.error());
    out() << portal->name << Qt::endl;
    return Success;
}

int PortalCommands::list(const QStringList &)
{
    if (auto st = open(); !st)
        return fail(st.error());
    auto portals = PortalRepository(db()).list();
    if (!portals)
        return fail(portals.error());
    if (json()) {
        QJsonArray arr;
        for (const PortalAccount &a : std::as_const(portals.value()))
            arr << QJsonObject{{QStringLiteral("name"), a.name},
                               {QStringLiteral("kind"), a.kind},
                               {QStringLiteral("url"), a.siteUrl.toString()},
                               {QStringLiteral("user"), a.userName}};
        return m_ctx.printJson(arr);
    }
    QList<QStringList> rows;
    for (const PortalAccount &a : std::as_const(portals.value()))
        rows << QStringList{a.name, a.siteUrl.toString(), a.userName};
    return m_ctx.printRows(rows);
}

int PortalCommands::test(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("portal %1 needs the portal's name.").arg(QStringLiteral("test")));
    auto account = m_ctx.portal(args.first());
    if (!account)
        return fail(account.error());
    auto c = connect(account.value())->testConnection();
    if (!c)
        return fail(c.error());
    (void)PortalRepository(db()).setRestRoot(account->id, c->restRoot);
    out() << tr("Connected to “%1” as %2 (%3): may publish posts and upload images.")
                 .arg(c->siteName, c->userName, c->roles.join(QStringLiteral(", ")))
          << Qt::endl;
    return Success;
}

int PortalCommands::categories(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("portal %1 needs the portal's name.").arg(QStringLiteral("categories")));
    auto account = m_ctx.portal(args.first());
    if (!account)
        return fail(account.error());
    auto categories = connect(account.value())->categories();
    if (!categories)
        return fail(categories.error());
    if (json()) {
        QJsonArray arr;
        for (const PortalCategory &c : std::as_const(categories.value()))
            arr << QJsonObject{{QStringLiteral("id"), c.id},
                               {QStringLiteral("name"), c.name},
                               {QStringLiteral("slug"), c.slug},
                               {QStringLiteral("parent"), c.parent},
                               {QStringLiteral("count"), c.count}};
        return m_ctx.printJson(arr);
    }
    QList<QStringList> rows;
    for (const PortalCategory &c : std::as_const(categories.value()))
        rows << QStringList{QString::number(c.id), c.name, c.slug};
    return m_ctx.printRows(rows);
}

int PortalCommands::trust(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(QCommandLineOption(QStringLiteral("clear")));
    if (!p.parse(QStringList{QStringLiteral("portal-trust")} + args))
        return usage(p.errorText());
    const QStringList pos = p.positionalArguments();
    const bool clear = p.isSet(QStringLiteral("clear"));
    if (pos.size() != (clear ? 1 : 2))
        return usage(tr("portal trust needs the portal's name and the certificate's SHA-256 "
                        "fingerprint (or --clear)."));
    auto account = m_ctx.portal(pos.first());
    if (!account)
        return fail(account.error());
    if (auto st = PortalRepository(db()).setTrustedCertificate(account->id,
                                                               clear ? QString() : pos.at(1));
        !st)
        return fail(st.error());
    out() << (clear ? tr("%1: only certificates that verify are trusted.").arg(account->name)
                    : tr("%1: the certificate %2 is trusted.")
                          .arg(account->name, PortalRepository::normalizedFingerprint(pos.at(1))))
          << Qt::endl;
    return Success;
}

int PortalCommands::import(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("since"), QString(), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("category"), QString(), QStringLiteral("NAME")});
    if (!p.parse(QStringList{QStringLiteral("portal-import")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(tr("portal import needs the portal's name."));
    ImportOptions options;
    if (p.isSet(QStringLiteral("since"))) {
        // A day starts in the user's time zone; a date and time may carry its own offset.
        const QString text = p.value(QStringLiteral("since")).trimmed();
        const QDate day = QDate::fromString(text, Qt::ISODate);
        options.since = day.isValid() && text.size() == 10
                            ? day.startOfDay()
                            : QDateTime::fromString(text, Qt::ISODate);
        if (!options.since.isValid())
            return usage(tr("--since needs a date like 2024-01-31 or a date and time like "
                            "2024-01-31T08:00:00+07:00."));
        options.since = options.since.toUTC();
    }
    options.category = p.value(QStringLiteral("category"));
    auto account = m_ctx.portal(p.positionalArguments().first());
    if (!account)
        return fail(account.error());
    const auto portal = connect(account.value());
    bool showedProgress = false;
    auto summary =
        PortalImporter(db()).run(account.value(), *portal, options, [&](int done, int total) {
            if (total > 1 && !json()) {
                err() << tr("Page %1 of %2").arg(done).arg(total) << u'\r' << Qt::flush;
                showedProgress = true;
            }
            return true;
        });
    if (showedProgress)
        err() << u'\n' << Qt::flush;
    if (!summary)
        return fail(summary.error());
    const ImportSummary &s = summary.value();
    if (json()) {
        QJsonArray failed;
        for (const ImportFailure &f : s.failed)
            failed << QJsonObject{{QStringLiteral("remote_id"), f.remoteId},
                                  {QStringLiteral("title"), f.title},
                                  {QStringLiteral("reason"), f.reason}};
        QJsonObject o{{QStringLiteral("portal"), account->name},
                      {QStringLiteral("imported"), s.imported},
                      {QStringLiteral("skipped"), s.skipped},
                      {QStringLiteral("failed"), failed},
                      {QStringLiteral("articles"), QJsonArray::fromStringList(s.articleIds)},
                      {QStringLiteral("complete"), !s.stoppedBy && !s.cancelled}};
        if (s.stoppedBy)
            o.insert(QStringLiteral("error"), s.stoppedBy->message);
        m_ctx.printJson(o);
    } else {
        out() << tr("%n post(s) imported from %1.", nullptr, s.imported).arg(account->name);
        if (s.skipped > 0)
            out() << u' '
                  << tr("%n post(s) were already in PressDesk and were skipped.", nullptr,
                        s.skipped);
        out() << Qt::endl;
    }
    for (const ImportFailure &f : s.failed)
        err() << tr("Not imported: “%1” (post %2): %3").arg(f.title).arg(f.remoteId).arg(f.reason)
              << Qt::endl;
    if (s.stoppedBy)
        err() << tr("Error: %1").arg(s.stoppedBy->message) << u'\n'
              << tr("The import stopped before the end; what was imported stays. Run the same "
                    "command again to continue.")
              << Qt::endl;
    return s.failed.isEmpty() && !s.stoppedBy ? Success : UserError;
}

} // namespace PressDesk
