#pragma once

#include "Result.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace PressDesk {

class Database;

// A plan with its activities, as read from or written to a file.
struct PlanWithActivities
{
    Plan plan;
    QList<Activity> activities;
};

// The plan file format of `pressdesk-cli plan import|export` and resources/demo/plan-65.json:
//
//   {"format": "pressdesk-plan", "version": 1,
//    "id": "…" (optional), "number": "65/KH-UBND", "title": "…", "issuing_body": "…",
//    "issue_date": "2019-02-19", "period_start": "2019-01-01", "period_end": "2019-12-31",
//    "theme": "…", "focus_topics": ["…"], "status": "active",
//    "activities": [{"id": "…" (optional), "channel": "portal", "focus_topic": "…",
//                    "description": "…", "responsible_unit": "…", "start": "2019-02-19",
//                    "due": "2019-12-31", "target": 24, "unit": "bài", "status": "open",
//                    "behind_reason": ""}]}
//
// Dates are yyyy-MM-dd (dd/MM/yyyy is read too). Links to articles and manual entries are not
// part of it: they belong to the profile that holds the articles.
class PlanJson
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::PlanJson)

public:
    static QJsonObject toJson(const Plan &plan, const QList<Activity> &activities);
    static Result<PlanWithActivities> fromJson(const QByteArray &json);
    // Reads a plan file into the profile: the plan and its activities, in one transaction.
    static Result<Plan> import(Database &db, const QByteArray &json);

    // "2019-02-19" or "19/02/2019"; invalid QDate otherwise.
    static QDate parseDate(const QString &text);
};

} // namespace PressDesk
