// The `portal` commands of pressdesk-cli.
#include "Cli.h"

#include "publish/PortalImporter.h"
#include "publish/PortalRepository.h"
#include "publish/Publisher.h"
#include "publish/WordPressPortal.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
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
    if (sub == QLatin1String("trust")) {
        QCommandLineParser p;
        p.addOption(QCommandLineOption(QStringLiteral("clear")));
        if (!p.parse(QStringList{QStringLiteral("portal-trust")} + args.mid(1)))
            return usage(p.errorText());
        const QStringList pos = p.positionalArguments();
        const bool clear = p.isSet(QStringLiteral("clear"));
        if (pos.size() != (clear ? 1 : 2))
            return usage(tr("portal trust needs the portal's name and the certificate's SHA-256 "
                            "fingerprint (or --clear)."));
        if (auto st = openDatabase(); !st)
            return fail(st.error());
        PortalRepository repo(*m_db);
        auto account = repo.find(pos.first());
        if (!account)
            return fail(account.error());
        if (auto st = repo.setTrustedCertificate(account->id, clear ? QString() : pos.at(1)); !st)
            return fail(st.error());
        m_out << (clear
                      ? tr("%1: only certificates that verify are trusted.").arg(account->name)
                      : tr("%1: the certificate %2 is trusted.")
                            .arg(account->name, PortalRepository::normalizedFingerprint(pos.at(1))))
              << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("import"))
        return portalImport(args.mid(1));
    return usage(tr("Unknown portal command: %1").arg(sub));
}

int Cli::portalImport(const QStringList &args)
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
    if (auto st = openDatabase(); !st)
        return fail(st.error());
    auto account = PortalRepository(*m_db).find(p.positionalArguments().first());
    if (!account)
        return fail(account.error());
    WordPressPortal portal(account->siteUrl, account->userName, portalPassword());
    portal.http().setTrustedCertificate(account->trustedCertSha256);
    bool showedProgress = false;
    auto summary =
        PortalImporter(*m_db).run(account.value(), portal, options, [&](int done, int total) {
            if (total > 1 && !m_json) {
                m_err << tr("Page %1 of %2").arg(done).arg(total) << u'\r' << Qt::flush;
                showedProgress = true;
            }
            return true;
        });
    if (showedProgress)
        m_err << u'\n' << Qt::flush;
    if (!summary)
        return fail(summary.error());
    const ImportSummary &s = summary.value();
    if (m_json) {
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
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        m_out.flush();
    } else {
        m_out << tr("%n post(s) imported from %1.", nullptr, s.imported).arg(account->name);
        if (s.skipped > 0)
            m_out << u' '
                  << tr("%n post(s) were already in PressDesk and were skipped.", nullptr,
                        s.skipped);
        m_out << Qt::endl;
    }
    for (const ImportFailure &f : s.failed)
        m_err << tr("Not imported: “%1” (post %2): %3").arg(f.title).arg(f.remoteId).arg(f.reason)
              << Qt::endl;
    if (s.stoppedBy)
        m_err << tr("Error: %1").arg(s.stoppedBy->message) << u'\n'
              << tr("The import stopped before the end; what was imported stays. Run the same "
                    "command again to continue.")
              << Qt::endl;
    return s.failed.isEmpty() && !s.stoppedBy ? Success : UserError;
}

} // namespace PressDesk

namespace PressDesk {

namespace {

// Sends what is due for one portal; prints what happened to each entry.
int sendQueue(Database &db, const PortalAccount &account, QTextStream &out, QTextStream &err)
{
    WordPressPortal portal(account.siteUrl, account.userName, portalPassword());
    portal.http().setTrustedCertificate(account.trustedCertSha256);
    auto sent = Publisher(db).run(account, portal);
    if (!sent) {
        err << Cli::tr("Error: %1").arg(sent.error().message) << Qt::endl;
        return Cli::UserError;
    }
    auto left = Publisher(db).queue();
    int failures = 0;
    if (left) {
        for (const OutboxEntry &e : std::as_const(left.value())) {
            if (e.portalId != account.id || e.lastError.isEmpty())
                continue;
            ++failures;
            err << (e.state == QLatin1String("failed") ? Cli::tr("Failed: %1: %2")
                                                       : Cli::tr("Will retry: %1: %2"))
                       .arg(e.articleTitle, e.lastError)
                << Qt::endl;
        }
    }
    out << Cli::tr("%n entry(s) sent to %1.", nullptr, sent.value()).arg(account.name) << Qt::endl;
    return failures == 0 ? Cli::Success : Cli::UserError;
}

} // namespace

int Cli::runPublish(const QStringList &args)
{
    if (args.value(0) == QLatin1String("queue")) {
        if (auto st = openDatabase(); !st)
            return fail(st.error());
        auto entries = Publisher(*m_db).queue();
        if (!entries)
            return fail(entries.error());
        if (m_json) {
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
            m_out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        } else {
            for (const OutboxEntry &e : std::as_const(entries.value()))
                m_out << e.id << u'\t' << e.action << u'\t' << e.state << u'\t' << e.attempts
                      << u'\t' << e.portalName << u'\t' << e.articleTitle << u'\t' << e.lastError
                      << u'\n';
        }
        m_out.flush();
        return Success;
    }
    if (args.value(0) == QLatin1String("retry")) {
        if (auto st = openDatabase(); !st)
            return fail(st.error());
        if (auto st = Publisher(*m_db).retryFailed(); !st)
            return fail(st.error());
        auto portals = PortalRepository(*m_db).list();
        if (!portals)
            return fail(portals.error());
        int code = Success;
        for (const PortalAccount &a : std::as_const(portals.value()))
            code = std::max(code, sendQueue(*m_db, a, m_out, m_err));
        return code;
    }
    if (args.value(0) == QLatin1String("cancel")) {
        bool ok = false;
        const qint64 entry = args.value(1).toLongLong(&ok);
        if (args.size() != 2 || !ok)
            return usage(tr("publish cancel needs an outbox entry number (see publish queue)."));
        if (auto st = openDatabase(); !st)
            return fail(st.error());
        if (auto st = Publisher(*m_db).cancel(entry); !st)
            return fail(st.error());
        return Success;
    }
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
    if (auto st = openDatabase(); !st)
        return fail(st.error());
    auto id = ArticleRepository(*m_db).resolveId(p.positionalArguments().first());
    if (!id)
        return fail(id.error());
    auto account = PortalRepository(*m_db).find(p.value(QStringLiteral("portal")));
    if (!account)
        return fail(account.error());
    auto queued = Publisher(*m_db).enqueuePublish(id.value(), account->name, at.toUTC(),
                                                  p.isSet(QStringLiteral("overwrite")));
    if (!queued)
        return fail(queued.error());
    return sendQueue(*m_db, account.value(), m_out, m_err);
}

int Cli::runWithdraw(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("portal"), QString(), QStringLiteral("NAME")});
    p.addOption(QCommandLineOption(QStringLiteral("trash")));
    if (!p.parse(QStringList{QStringLiteral("withdraw")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("portal")))
        return usage(tr("withdraw needs an article id and --portal NAME."));
    if (auto st = openDatabase(); !st)
        return fail(st.error());
    auto id = ArticleRepository(*m_db).resolveId(p.positionalArguments().first());
    if (!id)
        return fail(id.error());
    auto account = PortalRepository(*m_db).find(p.value(QStringLiteral("portal")));
    if (!account)
        return fail(account.error());
    auto queued = Publisher(*m_db).enqueueWithdraw(id.value(), account->name,
                                                   p.isSet(QStringLiteral("trash")));
    if (!queued)
        return fail(queued.error());
    return sendQueue(*m_db, account.value(), m_out, m_err);
}

} // namespace PressDesk
