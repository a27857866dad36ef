#pragma once

#include "publish/PostRegistry.h"
#include "server/ServerAddress.h"

#include <QCoreApplication>

#include <memory>

namespace PressDesk {

class Database;
class ServerConnection;

// The office server's register of posts (pd.article_post, pd.claim_post), asked by the
// Publisher of a desk that joined an office. It connects at the first question, on the
// caller's thread, as the desk's login; the password is the keychain's (or
// $PRESSDESK_SERVER_PASSWORD), and without one the Publisher goes by what the last sync
// brought.
class OfficePostRegistry : public PostRegistry
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::OfficePostRegistry)

public:
    // For a profile that joined an office; nullptr for one that has not.
    static std::unique_ptr<OfficePostRegistry> forDesk(Database &local);
    // On a connection the caller opened (a test, the password typed in).
    OfficePostRegistry(std::unique_ptr<ServerConnection> connection, QString deskId);
    ~OfficePostRegistry() override;

    Result<Claim> claim(const QString &articleId, const QString &site) override;
    Status record(const OfficePost &post) override;

private:
    OfficePostRegistry(ServerAddress address, QString user, QString deskId);
    Status connect();

    ServerAddress m_address;
    QString m_user;
    QString m_deskId;
    std::unique_ptr<ServerConnection> m_connection;
};

} // namespace PressDesk
