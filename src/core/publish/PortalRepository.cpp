#include "publish/PortalRepository.h"

#include "publish/OfficePostRepository.h"
#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlUtil.h"

#include <QRegularExpression>
#include <QUuid>

namespace PressDesk {

namespace {

const QString kColumns = QStringLiteral(
    "id, name, kind, site_url, user_name, rest_root, trusted_cert_sha256, created_at");

PortalAccount fromQuery(const QSqlQuery &q)
{
    PortalAccount p;
    p.id = q.value(0).toString();
    p.name = q.value(1).toString();
    p.kind = q.value(2).toString();
    p.siteUrl = QUrl(q.value(3).toString());
    p.userName = q.value(4).toString();
    p.restRoot = QUrl(q.value(5).toString());
    p.trustedCertSha256 = q.value(6).toString().toLatin1();
    p.createdAt = Sql::fromIso(q.value(7).toString());
    return p;
}

} // namespace

QString PortalAccount::siteKeyOf(const QUrl &url)
{
    QUrl key = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                            QUrl::NormalizePathSegments | QUrl::StripTrailingSlash);
    key.setScheme(key.scheme().toLower());
    key.setHost(key.host().toLower());
    if (key.path() == QLatin1String("/"))
        key.setPath({}); // StripTrailingSlash keeps a lone "/"
    if ((key.scheme() == QLatin1String("https") && key.port() == 443) ||
        (key.scheme() == QLatin1String("http") && key.port() == 80))
        key.setPort(-1);
    return key.toString(QUrl::FullyEncoded);
}

static Result<QUrl> checkedSiteUrl(const QUrl &siteUrl)
{
    const QUrl url = siteUrl.adjusted(QUrl::NormalizePathSegments);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return Error{QStringLiteral("bad-url"),
                     PortalRepository::tr("“%1” is not a web address (http:// or https://).")
                         .arg(siteUrl.toString())};
    return url;
}

Result<PortalAccount> PortalRepository::add(const QString &name, const QUrl &siteUrl,
                                            const QString &userName)
{
    PortalAccount p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = name.simplified();
    p.siteUrl = siteUrl.adjusted(QUrl::NormalizePathSegments);
    p.userName = userName.trimmed();
    p.createdAt = QDateTime::currentDateTimeUtc();
    if (p.name.isEmpty())
        return Error{QStringLiteral("invalid"), tr("A portal needs a name.")};
    if (auto url = checkedSiteUrl(siteUrl); !url)
        return url.error();
    if (p.userName.isEmpty())
        return Error{QStringLiteral("invalid"), tr("A portal needs the user name of its account.")};
    if (find(p.name))
        return Error{QStringLiteral("exists"),
                     tr("There is already a portal named %1.").arg(p.name)};
    // With the posts the office already made on that site (a desk of an office server).
    if (auto st = m_db.transaction([&]() -> Status {
            if (auto added = Sql::run(m_db,
                                      QStringLiteral("INSERT INTO portals (") + kColumns +
                                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, '', '', ?)"),
                                      {p.id, p.name, p.kind, p.siteUrl.toString(), p.userName,
                                       Sql::iso(p.createdAt)});
                !added)
                return added;
            return OfficePostRepository(m_db).linkAccount(p);
        });
        !st)
        return st.error();
    return p;
}

Result<QList<PortalAccount>> PortalRepository::list() const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM portals ORDER BY name COLLATE NOCASE"));
    if (!q)
        return q.error();
    QList<PortalAccount> out;
    while (q.value().next())
        out << fromQuery(q.value());
    return out;
}

Result<PortalAccount> PortalRepository::find(const QString &name) const
{
    auto row = Sql::one(m_db,
                        QStringLiteral("SELECT ") + kColumns +
                            QStringLiteral(" FROM portals WHERE name = ? OR id = ?"),
                        {name.simplified(), name.trimmed()});
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error{QStringLiteral("no-portal"), tr("There is no portal named %1.").arg(name)};
    return fromQuery(**row);
}

Status PortalRepository::setRestRoot(const QString &id, const QUrl &restRoot)
{
    return Sql::run(m_db, QStringLiteral("UPDATE portals SET rest_root = ? WHERE id = ?"),
                    {restRoot.toString(), id});
}

Status PortalRepository::update(const QString &id, const QString &name, const QUrl &siteUrl,
                                const QString &userName)
{
    if (name.simplified().isEmpty())
        return Error{QStringLiteral("invalid"), tr("A portal needs a name.")};
    if (auto other = find(name.simplified()); other && other->id != id)
        return Error{QStringLiteral("exists"),
                     tr("There is already a portal named %1.").arg(name.simplified())};
    auto url = checkedSiteUrl(siteUrl);
    if (!url)
        return url.error();
    if (userName.trimmed().isEmpty())
        return Error{QStringLiteral("invalid"), tr("A portal needs the user name of its account.")};
    // A new address is discovered again.
    return Sql::run(m_db,
                    QStringLiteral("UPDATE portals SET name = ?, site_url = ?, user_name = ?, "
                                   "rest_root = CASE WHEN site_url = ? THEN rest_root ELSE '' END "
                                   "WHERE id = ?"),
                    {name.simplified(), url->toString(), userName.trimmed(), url->toString(), id});
}

QString PortalRepository::normalizedFingerprint(const QString &text)
{
    QString hex;
    for (const QChar c : text) {
        if (c.isSpace() || c == u':')
            continue;
        hex += c.toLower();
    }
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    return sha256.match(hex).hasMatch() ? hex : QString();
}

Status PortalRepository::setTrustedCertificate(const QString &id, const QString &sha256Hex)
{
    const QString hex = normalizedFingerprint(sha256Hex);
    if (!sha256Hex.trimmed().isEmpty() && hex.isEmpty())
        return Error{QStringLiteral("invalid"),
                     tr("“%1” is not a SHA-256 fingerprint (64 hexadecimal digits).")
                         .arg(sha256Hex.trimmed())};
    return Sql::run(m_db, QStringLiteral("UPDATE portals SET trusted_cert_sha256 = ? WHERE id = ?"),
                    {Sql::text(hex), id});
}

Status PortalRepository::remove(const QString &id)
{
    return Sql::run(m_db, QStringLiteral("DELETE FROM portals WHERE id = ?"), {id});
}

} // namespace PressDesk
