// The `portal` commands of pressdesk-cli.
#include "Cli.h"

#include "publish/PortalRepository.h"
#include "publish/WordPressPortal.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace PressDesk {

namespace {

// The application password: PRESSDESK_PORTAL_PASSWORD, else one line on standard input.
// (The system keychain comes with the app's portal settings.)
QString portalPassword()
{
    const QString fromEnv = qEnvironmentVariable("PRESSDESK_PORTAL_PASSWORD");
    if (!fromEnv.isEmpty())
        return fromEnv;
    char line[1024] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return {};
    return QString::fromUtf8(line).trimmed();
}

} // namespace

int Cli::runPortal(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("add")) {
        QCommandLineParser p;
        p.addOption({QStringLiteral("url"), QString(), QStringLiteral("URL")});
        p.addOption({QStringLiteral("user"), QString(), QStringLiteral("USER")});
        if (!p.parse(QStringList{QStringLiteral("portal-add")} + args.mid(1)))
            return usage(p.errorText());
        if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("url")) ||
            !p.isSet(QStringLiteral("user")))
            return usage(tr("portal add needs a name, --url and --user."));
        if (auto st = openDatabase(); !st)
            return fail(st.error());
        auto portal = PortalRepository(*m_db).add(
            p.positionalArguments().first(), QUrl::fromUserInput(p.value(QStringLiteral("url"))),
            p.value(QStringLiteral("user")));
        if (!portal)
            return fail(portal.error());
        m_out << portal->name << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("list")) {
        if (auto st = openDatabase(); !st)
            return fail(st.error());
        auto portals = PortalRepository(*m_db).list();
        if (!portals)
            return fail(portals.error());
        if (m_json) {
            QJsonArray arr;
            for (const PortalAccount &a : std::as_const(portals.value()))
                arr << QJsonObject{{QStringLiteral("name"), a.name},
                                   {QStringLiteral("kind"), a.kind},
                                   {QStringLiteral("url"), a.siteUrl.toString()},
                                   {QStringLiteral("user"), a.userName}};
            m_out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        } else {
            for (const PortalAccount &a : std::as_const(portals.value()))
                m_out << a.name << u'\t' << a.siteUrl.toString() << u'\t' << a.userName << u'\n';
        }
        m_out.flush();
        return Success;
    }
    if (sub == QLatin1String("test") || sub == QLatin1String("categories")) {
        if (args.size() != 2)
            return usage(tr("portal %1 needs the portal's name.").arg(sub));
        if (auto st = openDatabase(); !st)
            return fail(st.error());
        PortalRepository repo(*m_db);
        auto account = repo.find(args.at(1));
        if (!account)
            return fail(account.error());
        WordPressPortal portal(account->siteUrl, account->userName, portalPassword());
        portal.http().setTrustedCertificate(account->trustedCertSha256);
        if (sub == QLatin1String("test")) {
            auto c = portal.testConnection();
            if (!c)
                return fail(c.error());
            (void)repo.setRestRoot(account->id, c->restRoot);
            m_out << tr("Connected to “%1” as %2 (%3): may publish posts and upload images.")
                         .arg(c->siteName, c->userName, c->roles.join(QStringLiteral(", ")))
                  << Qt::endl;
            return Success;
        }
        auto categories = portal.categories();
        if (!categories)
            return fail(categories.error());
        if (m_json) {
            QJsonArray arr;
            for (const PortalCategory &c : std::as_const(categories.value()))
                arr << QJsonObject{{QStringLiteral("id"), c.id},
                                   {QStringLiteral("name"), c.name},
                                   {QStringLiteral("slug"), c.slug},
                                   {QStringLiteral("parent"), c.parent},
                                   {QStringLiteral("count"), c.count}};
            m_out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        } else {
            for (const PortalCategory &c : std::as_const(categories.value()))
                m_out << c.id << u'\t' << c.name << u'\t' << c.slug << u'\n';
        }
        m_out.flush();
        return Success;
    }
    return usage(tr("Unknown portal command: %1").arg(sub));
}

} // namespace PressDesk
