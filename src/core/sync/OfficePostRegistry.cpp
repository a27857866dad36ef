#include "sync/OfficePostRegistry.h"

#include "publish/CredentialStore.h"
#include "server/ServerConnection.h"
#include "store/Database.h"
#include "store/SqlUtil.h"
#include "sync/PostSync.h"
#include "sync/ServerSession.h"
#include "sync/SyncRepository.h"

#include <QSqlQuery>

namespace PressDesk {

std::unique_ptr<OfficePostRegistry> OfficePostRegistry::forDesk(Database &local)
{
    auto state = SyncRepository(local).state();
    if (!state || !state->has_value())
        return {};
    const SyncRepository::State &s = **state;
    auto address = ServerAddress::parse(s.serverUrl);
    if (!address)
        return {};
    return std::unique_ptr<OfficePostRegistry>(
        new OfficePostRegistry(address.value(), s.userName, s.deskId));
}

OfficePostRegistry::OfficePostRegistry(ServerAddress address, QString user, QString deskId)
    : m_address(std::move(address)), m_user(std::move(user)), m_deskId(std::move(deskId))
{}

OfficePostRegistry::OfficePostRegistry(std::unique_ptr<ServerConnection> connection, QString deskId)
    : m_address(connection->address()), m_user(connection->user()), m_deskId(std::move(deskId)),
      m_connection(std::move(connection))
{}

OfficePostRegistry::~OfficePostRegistry() = default;

Status OfficePostRegistry::connect()
{
    if (m_connection)
        return {};
    QString password = qEnvironmentVariable("PRESSDESK_SERVER_PASSWORD");
    if (auto stored = CredentialStore::read(m_address.credentialKey(m_user)); stored)
        password = stored.value();
    if (password.isEmpty())
        return Error{
            QStringLiteral("password-needed"),
            tr("The password of %1 on the office server is not kept on this desk.").arg(m_user)};
    auto opened = ServerConnection::open(m_address, m_user, password);
    if (!opened)
        return opened.error();
    m_connection = std::move(opened).value();
    return {};
}

Result<PostRegistry::Claim> OfficePostRegistry::claim(const QString &articleId, const QString &site)
{
    if (auto st = connect(); !st)
        return st.error();
    ServerSession server(*m_connection);
    auto q = server.exec(
        QStringLiteral("SELECT outcome, article_id, site, remote_id, link, slug, remote_status, "
                       "modified_gmt, pushed_hash, coalesce((SELECT nullif(display_name, '') "
                       "FROM pd.person WHERE login = holder), holder::text), %1 "
                       "FROM (SELECT ?::uuid AS article_id, ?::text AS site, c.* "
                       "FROM pd.claim_post(?::uuid, ?, ?) c) claimed")
            .arg(ServerSession::isoColumn(QStringLiteral("held_since"))),
        {articleId, site, articleId, site, m_deskId});
    if (!q) {
        if (ServerSession::isConnectionError(q.error()))
            m_connection.reset(); // asked again next time on a new connection
        return q.error();
    }
    if (!q->next())
        return Error{QStringLiteral("server-error"),
                     tr("The office server did not answer the claim of a post.")};
    Claim claim;
    const QString outcome = q->value(0).toString();
    if (outcome == QLatin1String("known")) {
        claim.outcome = Claim::Outcome::Known;
        claim.known = OfficePost{articleId,
                                 site,
                                 q->value(3).toLongLong(),
                                 q->value(4).toString(),
                                 q->value(5).toString(),
                                 q->value(6).toString(),
                                 q->value(7).toString(),
                                 q->value(8).toString()};
    } else if (outcome == QLatin1String("busy")) {
        claim.outcome = Claim::Outcome::Busy;
        claim.holder = q->value(9).toString();
        claim.since = Sql::fromIso(q->value(10).toString());
    } else if (outcome == QLatin1String("taken")) {
        claim.outcome = Claim::Outcome::Taken;
    }
    return claim;
}

Status OfficePostRegistry::record(const OfficePost &post)
{
    if (auto st = connect(); !st)
        return st;
    ServerSession server(*m_connection);
    auto kept = PostSync::record(server, post);
    if (!kept) {
        if (ServerSession::isConnectionError(kept.error()))
            m_connection.reset();
        return kept.error();
    }
    if (kept->has_value())
        return Error{QStringLiteral("post-kept"),
                     tr("The office holds another post of this article on %1.").arg(post.site)};
    return {};
}

} // namespace PressDesk
