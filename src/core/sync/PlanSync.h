#pragma once

#include "Result.h"
#include "sync/PlanSyncRepository.h"
#include "sync/ServerSession.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace PressDesk {

class Database;

// Plans as a part of a sync pass: plans (with their document), their activities, the links of
// articles to activities and the manual entries go up when edited, created or removed here
// (removals as tombstones), and come down from the office server, parents first.
//
// Each row goes up as an INSERT … ON CONFLICT … DO UPDATE, so a pass cut off and run again
// sends the same rows and the server keeps one of each. Two desks editing the same plan or
// activity: only the fields each edited are written (disjoint fields merge; a field both
// edited takes the later push). An edit beats a removal it did not know of: a stale removal
// leaves the row alive, and a row sent alive (edited, linked, counted) brings back its
// activity and plan if another desk removed them meanwhile. A manual entry only ever goes
// from counted to removed, so it is never lost. A plan's document goes up only when it
// changed. See docs/ARCHITECTURE.md, "Conflicts".
class PlanSync : public SyncPart
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::PlanSync)

public:
    explicit PlanSync(Database &local) : m_local(local) {}

    Status attach(ServerSession &session) override;
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
    enum class Kind { Plan, Activity, Link, ManualEntry, UnitChange };
    struct Taken
    {
        Kind kind;
        QString id;        // the activity's id for a link
        QString articleId; // a link's article
        qint64 localRevision = 0;
        int version = 0;  // the server's version of what was sent; 0: not known
        QJsonObject sent; // a plan's or activity's fields as sent
    };

    Database &m_local;
    PlanSyncRepository::Pending m_pending;
    QList<Taken> m_taken;
    bool m_serverHasUnitChanges = false; // server step 8 (attach)
};

} // namespace PressDesk
