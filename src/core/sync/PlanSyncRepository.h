#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace PressDesk {

class Database;

// The sync's side of the plans in the local profile: what waits to be sent (plans, activities,
// links of articles to activities, manual entries, each a row as stored), marking what the
// server took, and writing the rows the server sends. PlanRepository keeps the plans' rules;
// this class only moves rows. Dates are the stored text ('yyyy-MM-dd', '' when unknown), times
// UTC ISO 8601.
class PlanSyncRepository
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::PlanSyncRepository)

public:
    explicit PlanSyncRepository(Database &db) : m_db(db) {}

    // What every row carries for the sync.
    struct Marks
    {
        bool deleted = false;
        qint64 localRev = 0;   // the local revision frozen (pending rows)
        int serverVersion = 0; // the server version it is based on (0: not on the server)
    };
    struct PlanRow
    {
        QString id, number, title, issuingBody, issueDate, periodStart, periodEnd, theme;
        QString focusTopicsJson = QStringLiteral("[]");
        QString status, documentName, documentMime;
        QByteArray document;      // null: none
        bool sendDocument = true; // pending: the document changed since the server had it
        QString createdAt, updatedAt;
        QString synced; // the fields as this desk last synced them (JSON; "": never)
        Marks marks;
    };
    struct ActivityRow
    {
        QString id, planId, planNumber;
        int position = 0;
        QString channel, focusTopic, description, responsibleUnit, startDate, dueDate;
        int target = 0;
        QString unit, status, behindReason, createdAt, updatedAt;
        QString synced; // as for plans
        Marks marks;
    };
    struct LinkRow
    {
        QString activityId, articleId, articleTitle, planNumber, linkedAt, linkedBy;
        Marks marks;
    };
    struct ManualEntryRow
    {
        QString id, activityId, planNumber, entryDate;
        int quantity = 1;
        QString note, createdBy, createdAt;
        Marks marks;
    };
    // A reassignment of an activity's responsible unit (history: only ever added).
    struct UnitChangeRow
    {
        QString id, activityId, planNumber, fromUnit, toUnit, reassignedAt, reassignedBy, note;
        int serverVersion = 0;
    };
    struct Pending
    {
        QList<PlanRow> plans;
        QList<ActivityRow> activities;
        QList<LinkRow> links;
        QList<ManualEntryRow> entries;
        QList<UnitChangeRow> unitChanges;
        int size() const
        {
            return int(plans.size() + activities.size() + links.size() + entries.size() +
                       unitChanges.size());
        }
    };

    // Every row waiting to be sent, parents first; not the plans that stay on this desk (nor
    // their rows), nor links of articles that stay on it. Reassignments of units only when
    // the server has them (withUnitChanges: server step 8).
    Result<Pending> pending(bool withUnitChanges = true) const;
    Result<int> pendingCount() const;

    // A row's fields that two desks may edit apart (the server's column names), as JSON, and
    // the ones edited here since this desk last synced the row (all of them for a new row).
    static QJsonObject fields(const PlanRow &row);
    static QJsonObject fields(const ActivityRow &row);
    template <typename Row> static QStringList editedColumns(const Row &row)
    {
        const QJsonObject now = fields(row);
        const QJsonObject then = QJsonDocument::fromJson(row.synced.toUtf8()).object();
        QStringList edited;
        for (auto it = now.begin(); it != now.end(); ++it) {
            if (row.synced.isEmpty() || then.value(it.key()) != it.value())
                edited << it.key();
        }
        return edited;
    }

    // The server took the row and has it as `version` (0: not known, or merged there with
    // another desk's edits: the pull brings it): clean unless it was edited again meanwhile
    // (its local revision moved on). A plan or activity the server has as this desk sent it
    // is synced as `sent` (fields()).
    Status markPlanSent(const QString &id, qint64 localRevision, int version,
                        const QJsonObject &sent);
    Status markActivitySent(const QString &id, qint64 localRevision, int version,
                            const QJsonObject &sent);
    Status markLinkSent(const QString &activityId, const QString &articleId, qint64 localRevision,
                        int version);
    Status markManualEntrySent(const QString &id, qint64 localRevision, int version);
    Status markUnitChangeSent(const QString &id, int version);

    // Rows from the server, written clean; a row edited here and not yet sent is kept (this
    // desk's version goes up at the next pass), and one this desk has in that version already
    // is left alone. A row whose parent this profile does not hold is skipped. Returns whether
    // the row was written.
    Result<bool> applyPlan(const PlanRow &row);
    Result<bool> applyActivity(const ActivityRow &row);
    Result<bool> applyLink(const LinkRow &row);
    Result<bool> applyManualEntry(const ManualEntryRow &row);
    Result<bool> applyUnitChange(const UnitChangeRow &row);

    // The demo plan as a new profile has it: not edited, not on a server, none of its
    // activities edited or removed, no manual entry counted for it; or removed before it
    // ever reached a server.
    Result<bool> isUntouchedOrRemovedDemo(const QString &planId) const;

private:
    // How a row stands here: not there, edited and not sent, or clean at a version.
    struct Here
    {
        bool exists = false;
        bool dirty = false;
        int serverVersion = 0;
    };
    Result<Here> here(const QString &sql, const QVariantList &key) const;

    Database &m_db;
};

} // namespace PressDesk
