#pragma once

#include "Result.h"
#include "sync/ServerSession.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>

class QSqlQuery;

namespace PressDesk {

class Database;

// The office profile and the radio and visual registers as a part of a sync pass (server step
// 6, resources/server/006_registers.sql): who the office is (one row, named by the office's id
// on every desk: a joining desk takes the office's, or sends its own when the office has none);
// stations, programmes, rundown items and the aired log;
// the plans' slogans, the visual items put up and their evidence photos (the images themselves
// go up and come down as the office's blobs, before the rows). Every table is described once
// (RegisterSync.cpp, tables()) and moved by the same code, parents first.
//
// A row goes up when it was created, edited or removed here (removals as tombstones), as an
// INSERT … ON CONFLICT DO UPDATE of only the fields this desk edited since it last synced the
// row (two desks editing different fields of an item both keep their edit; the same field:
// the later push wins), and comes down when another desk wrote it. An edit beats a removal it
// did not know of, as for plans. A broadcast is never rewritten on the server, only removed.
//
// What stays on the desk: rows of a plan or article that stays on it (the demo's radio item and
// broadcasts, its banners), and, when a profile joins an office without uploading its work,
// every register row it had before (the demo's stations and programme). A server not yet
// upgraded to step 6 is left alone: the rows wait here until an administrator runs
// `pressdesk-cli server init` again.
class RegisterSync : public SyncPart
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::RegisterSync)

public:
    explicit RegisterSync(Database &local) : m_local(local) {}

    Status attach(ServerSession &session) override;
    Result<int> freeze() override;
    Status push(ServerSession &session, QList<SyncRejection> &rejected) override;
    Status acknowledge() override;
    QList<PullKind> pullKinds() override;
    Result<int> pendingCount() override;

    // When a profile joins an office without uploading its work: what it has in the registers
    // stays on the desk.
    static Status keepLocalWorkOnTheDesk(Database &local);

    struct Table; // RegisterSync.cpp

private:
    struct Row
    {
        const Table *table = nullptr;
        QString id;
        QVariantList values; // the table's columns, as stored here
        QString createdAt, updatedAt;
        bool deleted = false;
        qint64 localRev = 0;
        int serverVersion = 0;
        QString synced;
    };
    struct Taken
    {
        const Table *table = nullptr;
        QString id;
        qint64 localRevision = 0;
        int version = 0; // the server's version of what was sent; 0: not known
        QJsonObject sent;
    };
    // Rows that must stay here because what they belong to does.
    Status markRowsOfLocalWork();
    // A row the server sent (the pull's columns of `t`), written through `upsert`.
    Status applyPulled(const Table &t, const QString &upsert, QSqlQuery &q);

    Database &m_local;
    bool m_serverHasRegisters = true;
    QList<Row> m_pending;
    QList<Taken> m_taken;
};

} // namespace PressDesk
