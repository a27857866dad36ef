#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUrl>

namespace PressDesk {

class Database;

struct PortalAccount
{
    QString id;
    QString name; // the office's name for it: "Cổng huyện"
    QString kind = QStringLiteral("wordpress");
    QUrl siteUrl;
    QString userName;
    QUrl restRoot; // remembered after the first discovery
    QByteArray trustedCertSha256;
    QDateTime createdAt;

    // The portal's site as the office's desks share it (each desk has its own account):
    // scheme and host in lower case, no default port, no trailing slash.
    QString siteKey() const { return siteKeyOf(siteUrl); }
    static QString siteKeyOf(const QUrl &url);
};

// The portal accounts of the profile (without passwords).
class PortalRepository
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::PortalRepository)

public:
    explicit PortalRepository(Database &db) : m_db(db) {}

    Result<PortalAccount> add(const QString &name, const QUrl &siteUrl, const QString &userName);
    Result<QList<PortalAccount>> list() const;
    Result<PortalAccount> find(const QString &name) const;
    Status setRestRoot(const QString &id, const QUrl &restRoot);
    // Name, address and account of an existing portal (the settings dialog).
    Status update(const QString &id, const QString &name, const QUrl &siteUrl,
                  const QString &userName);
    // Trust exactly this certificate (SHA-256, 64 hex digits) although it does not verify;
    // empty: trust only certificates that verify.
    Status setTrustedCertificate(const QString &id, const QString &sha256Hex);
    // Forgets the portal, its links to posts and its queued work.
    Status remove(const QString &id);

    static QString normalizedFingerprint(const QString &text); // "AB:CD…" -> "abcd…", or empty

private:
    Database &m_db;
};

} // namespace PressDesk
