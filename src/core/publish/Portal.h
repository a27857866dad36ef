#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace PressDesk {

// What "Test connection" found: the site, who we are there and whether that account can do
// what the office needs.
struct PortalConnection
{
    QUrl restRoot;
    QString siteName;
    QString userName;                 // the account's display name on the portal
    QStringList roles;                // "administrator", "editor", …
    bool canPublish = false;          // publish_posts
    bool canUpload = false;           // upload_files
    bool canManageCategories = false; // manage_categories
};

struct PortalCategory
{
    qint64 id = 0;
    QString name;
    QString slug;
    qint64 parent = 0;
    int count = 0; // posts in it
};

// A content portal PressDesk publishes to. The first implementation is WordPressPortal;
// publishing, media and import follow in the publisher.
class Portal
{
public:
    virtual ~Portal() = default;

    // Checks the address, the credentials and the capabilities; a failure is explained in
    // plain words (wrong password, application passwords unavailable, not a WordPress site…).
    virtual Result<PortalConnection> testConnection() = 0;
    virtual Result<QList<PortalCategory>> categories() = 0;
};

} // namespace PressDesk
