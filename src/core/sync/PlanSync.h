#pragma once

#include "Result.h"
#include "sync/PlanSyncRepository.h"
#include "sync/ServerSession.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace PressDesk {

class Database;

// Plans as a part of a sync pass: plans (with their document), their activities, the links of
// articles to activities and the manual entries go up when edited, created or removed here
// (removals as tombstones), and come down from the office server, parents first.
//
// Each row goes up whole (INSERT … ON CONFLICT … DO UPDATE), so a pass cut off and run again
// sends the same rows and the server keeps one of each. Two desks editing the same row: the
// later push wins, field by field as a whole row; a removal made on the server after the
// version a desk's edit was based on stays a removal. A manual entry only ever goes from
// counted to removed. A plan's document goes up only when it changed.
class PlanSync : public SyncPart
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::PlanSync)

public:
    explicit PlanSync(Database &local) : m_local(local) {}

    Result<int> freeze() override;
    Status push(ServerSession &session, QList<SyncRejection> &rejected) override;
    Status acknowledge() override;
    QList<PullKind> pullKinds() override;
    Result<int> pendingCount() override;

    // The demo plan a new profile starts with (resources/demo/plan-65.json), which has the
    // same id in every profile.
    static QString demoPlanId();
    // When a profile joins an office (and at each pass, for desks that joined before plans
    // synced): its demo plan stays on the desk, with its activities, links and entries, unless
    // someone worked on it before. Removed before it reached a server, it stays removed here.
    static Status keepDemoPlanOnTheDesk(Database &local);

private:
    enum class Kind { Plan, Activity, Link, ManualEntry };
    struct Taken
    {
        Kind kind;
        QString id;        // the activity's id for a link
        QString articleId; // a link's article
        qint64 localRevision = 0;
        int version = 0; // the server's version of what was sent; 0: not known
    };

    Database &m_local;
    PlanSyncRepository::Pending m_pending;
    QList<Taken> m_taken;
};

} // namespace PressDesk
