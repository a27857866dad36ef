#pragma once

#include "Result.h"
#include "plan/Plan.h"
#include "report/PlanReport.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>

namespace PressDesk {

class Database;

// Output of one month, per channel (for the plan's chart).
struct MonthOutput
{
    QDate month; // its first day
    QMap<Channel, int> byChannel;
    int total() const;
};

// Counts a plan's progress from the store; nothing is typed in but manual entries.
//
// What counts, for an activity and a range [from, to] (by default the plan's period):
// - Its window is [start, due] (an empty start or due falls back to the plan's period), cut to
//   [from, to]. Days are the user's local calendar days.
// - A linked article on a Portal activity counts when its current status is Published and its
//   publication day lies in the window. The publication time is articles.status_changed_at:
//   for a Published article it is when it became Published (the time of its last 'publish'
//   entry in the audit log, or the portal's date for a post imported from the portal, which
//   has no 'publish' entry). A withdrawn, reopened or archived article no longer counts.
// - A linked article on a press, meetings or other activity (the article is the material)
//   counts when Approved, Scheduled or Published, by its approval day (approved_at; for an
//   imported post, which has none, its publication day).
// - A Radio activity counts broadcasts, not articles: each row of the aired log (radio_aired,
//   not removed) of a radio item (not removed) counts 1, by the local day it aired, for the
//   activity the item names, or, when the item names none, for every radio activity of the
//   plan that the item's article is linked to. One item aired on two stations counts 2; an
//   article linked to a radio activity counts nothing until a broadcast of it is recorded,
//   whatever its status.
// - A VisualCampaign activity counts what was put up, not articles: each item of the visual
//   register (visual_items, not removed from the register) that names the activity and has
//   an installation day counts its quantity on that day. An item taken down since (status
//   removed) still counts, on its installation day: the plan asks for banners hung in the
//   period, and one hung in March and taken down in May was hung. A planned item, not yet
//   installed, counts nothing; an article linked to a visual activity counts nothing.
// - An article linked to several activities counts for each of them.
// - Manual entries count their quantity by their day, in the same window, on every channel.
//
// The flags describe the whole activity as of `today` (default: the current date), whatever
// the range asked; they are raised only for open activities with a target:
// - overdue: the due day (or the plan's end) has passed and done < target;
// - atRisk: not overdue, done < target, the end is near (14 days or less left, or less than a
//   quarter of the activity's time) and done is behind the time elapsed
//   (done < target × elapsed / duration; without a known start, any shortfall is behind).
class PlanProgress
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::PlanProgress)

public:
    explicit PlanProgress(Database &db) : m_db(db) {}

    // One per activity, in plan order. Three queries whatever the number of articles.
    Result<QList<ActivityProgress>> activities(const QString &planId, const QDate &from = {},
                                               const QDate &to = {}, const QDate &today = {}) const;

    // Every month of [from, to] (default: the plan's period), with what counted in it per
    // channel: each article and each broadcast once per channel (even when it serves two
    // activities of the channel), visual items and manual entries by their quantity.
    Result<QList<MonthOutput>> monthly(const QString &planId, const QDate &from = {},
                                       const QDate &to = {}) const;

    // The plan's linked articles published in [from, to] (default: the plan's period), oldest
    // first, with their address on the portal (a published post's first), each with the first
    // activity (in plan order) it counted for, else the first it is linked to.
    Result<QList<ReportArticle>> publishedArticles(const QString &planId, const QDate &from = {},
                                                   const QDate &to = {}) const;

    // The flag rules above, for one activity whose whole window starts at `start` (may be
    // invalid) and ends at `due`, with `done` counted over that window.
    static void setFlags(ActivityProgress &progress, const QDate &start, const QDate &due, int done,
                         const QDate &today);

private:
    Database &m_db;
};

} // namespace PressDesk
