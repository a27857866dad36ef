#pragma once

#include "Result.h"
#include "publish/OfficePostRepository.h"
#include "sync/ServerSession.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace PressDesk {

class Database;

// Which post each article became on each portal site, as a part of a sync pass: the links
// this desk made (publishing, importing a portal's posts) go up, those of other desks come
// down and become this desk's links on its accounts of the same site, so that it updates that
// post rather than making a second one. The office keeps the first post recorded for an
// article on a site; a desk that made another (it published while the office could not be
// asked) is told, and follows the office's post from then on.
class PostSync : public SyncPart
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::PostSync)

public:
    explicit PostSync(Database &local) : m_local(local) {}

    Result<int> freeze() override;
    Status push(ServerSession &session, QList<SyncRejection> &rejected) override;
    Status acknowledge() override;
    QList<PullKind> pullKinds() override;
    Result<int> pendingCount() override;

    // Records the post on the server (in the caller's transaction or not). Returns the
    // office's own record when it keeps another post for that article on that site.
    static Result<std::optional<OfficePost>> record(ServerSession &session, const OfficePost &post);

private:
    Database &m_local;
    QList<OfficePost> m_pending;
    QList<OfficePost> m_sent;
    QList<OfficePost> m_kept; // the office's own, where it refused this desk's
};

} // namespace PressDesk
