#pragma once

#include "Result.h"
#include "plan/Plan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace PressDesk {

class Database;

// One thing that may count for a plan's activity (PlanProgress decides whether it does): a
// linked article in a counting status, at the time it counts, a broadcast of a radio item
// (one row of the aired log), or a manual entry.
struct CountableItem
{
    QString activityId;
    QString articleId; // empty: a manual entry or a broadcast
    QDate day;         // local day it counts on
    QString at;        // UTC ISO 8601 (sorts as text), for ordering articles
    int quantity = 1;
    QString airedId;  // a broadcast: the radio_aired row (each counts 1); else empty
    QString visualId; // a visual campaign item installed: its quantity counts; else empty
};

// A published article linked to one of a plan's activities, with its link on the portal.
struct PlanArticleLink
{
    QString articleId;
    QString title;
    QDateTime publishedAt;
    QString activityId;
    QString link; // empty: not known
};

// The original document of a plan, as issued.
struct PlanDocument
{
    QString name; // "65-KH-UBND.pdf"
    QString mimeType;
    QByteArray data;
};

// Plans, their activities, the articles linked to activities and the manual entries. The only
// place that runs SQL on plans (progress is counted by PlanProgress from what it reads here;
// the sync's bookkeeping of them is PlanSyncRepository's).
//
// Removing marks a row deleted and waiting to be sent (a tombstone that syncs with the office
// server); every reader here skips deleted rows. Creating a plan or an activity with the id of
// a removed one, or linking again, brings it back.
class PlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::PlanRepository)

public:
    explicit PlanRepository(Database &db) : m_db(db) {}

    // Stores a new plan; assigns the id (if empty) and timestamps. Needs a number; refuses a
    // second plan with the same number issued the same year, and a period that ends before it
    // starts. The id of a removed plan brings it back with the new content (no document).
    Result<Plan> create(Plan plan);
    Status update(const Plan &plan);
    Result<QList<Plan>> list() const; // newest issue date first
    Result<Plan> get(const QString &id) const;
    // The plan's id, a unique id prefix of at least 4 characters, or its number
    // ("65/KH-UBND", compared without case) when only one plan has it.
    Result<Plan> find(const QString &idOrNumber) const;
    // Removes the plan with its activities, their links to articles and their manual entries
    // (the articles stay), and drops its document.
    Status remove(const QString &id);

    // The original document: PDF, DOC, DOCX or ODT (recognised by name and content), up to
    // 50 MB. Replaces an earlier one.
    Status attachDocument(const QString &planId, const QString &fileName, const QByteArray &data);
    Status attachDocumentFile(const QString &planId, const QString &path);
    Result<PlanDocument> document(const QString &planId) const; // "no-document" when none
    // The MIME type of a document a plan may keep, or a translated refusal.
    static Result<QString> documentMimeType(const QString &fileName, const QByteArray &data);
    static constexpr qint64 maxDocumentSize = 50 * 1024 * 1024;

    // Activities, in plan order. addActivity puts it last when position < 0 (the id of a
    // removed activity brings it back). Removing one removes its links and manual entries.
    Result<Activity> addActivity(Activity activity);
    // Refuses to change the responsible unit of an activity that has one ("unit-reassign"):
    // that is reassignUnit's, which records it.
    Status updateActivity(const Activity &activity);
    Status removeActivity(const QString &activityId);
    Result<QList<Activity>> activities(const QString &planId) const;
    Result<Activity> activity(const QString &activityId) const;

    // The responsible unit of an activity, reassigned (since the 2025 reorganisation units
    // merge). Each reassignment is recorded (UnitChange) and the activity names its new unit;
    // nothing else of it changes, so what it counts stays as counted. Only a supervisor or an
    // administrator reassigns ("not-allowed"); the new unit must be named and differ from the
    // current one.
    Result<UnitChange> reassignUnit(const QString &activityId, const QString &toUnit,
                                    const QString &note = {});
    // Every activity of the plan (of every plan when planId is empty) whose responsible unit is
    // fromUnit gets toUnit, each reassignment recorded, in one transaction. Units are the same
    // when their words are (case, spaces and the tone-mark style aside: "Văn hoá" is "Văn
    // hóa"). Returns the reassignments (none when no activity had that unit).
    Result<QList<UnitChange>> mergeUnits(const QString &fromUnit, const QString &toUnit,
                                         const QString &planId = {}, const QString &note = {});
    // The activities mergeUnits would reassign.
    Result<QList<Activity>> activitiesOfUnit(const QString &unit, const QString &planId = {}) const;
    // An activity's reassignments, oldest first; of every activity of a plan, by activity.
    Result<QList<UnitChange>> unitHistory(const QString &activityId) const;
    Result<QHash<QString, QList<UnitChange>>> unitHistoryOfPlan(const QString &planId) const;
    // The responsible units the live activities name (of one plan, or all when planId is
    // empty), sorted, each once.
    Result<QStringList> responsibleUnits(const QString &planId = {}) const;

    // An article serves an activity (linking twice is harmless; linking again after an unlink
    // brings the link back).
    Status link(const QString &articleId, const QString &activityId);
    Status unlink(const QString &articleId, const QString &activityId);
    Result<QList<Activity>> activitiesOfArticle(const QString &articleId) const;
    Result<QStringList> articlesOfActivity(const QString &activityId) const; // oldest link first

    // Output counted by hand. The quantity must be positive and the date valid and within the
    // plan's period (an entry outside it would never count: refused with the period named).
    Result<ManualEntry> addManualEntry(ManualEntry entry);
    Status removeManualEntry(const QString &id);
    Result<QList<ManualEntry>> manualEntries(const QString &activityId) const; // by date

    // Every item that may count for the plan's activities, unfiltered by date: linked articles
    // in a counting status (a portal activity counts the publication, the other channels but
    // radio and visual campaigns the approval), the broadcasts of the aired log for radio
    // activities, the installed items of the visual register for visual activities (see
    // PlanProgress) and manual entries.
    Result<QList<CountableItem>> countableItems(const QString &planId) const;
    // The published articles linked to the plan's activities (one row per link).
    Result<QList<PlanArticleLink>> publishedArticles(const QString &planId) const;

private:
    // The reassignments of the activities `where` (SQL over activity_unit_history, one ? for
    // key) names, by activity, oldest first.
    Result<QHash<QString, QList<UnitChange>>> unitChanges(const QString &where,
                                                          const QString &key) const;
    Status validate(const Plan &plan) const;
    Status validate(const Activity &activity) const;
    static Status withinPeriod(const Plan &plan, const QDate &date);
    Status mayReassign() const;
    // The activity names toUnit and the reassignment is recorded (the caller holds a
    // transaction).
    Result<UnitChange> recordReassignment(const Activity &activity, const QString &toUnit,
                                          const QString &note, const QDateTime &at);

    Database &m_db;
};

} // namespace PressDesk
