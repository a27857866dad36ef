#pragma once

#include "plan/Plan.h"

#include <QHash>
#include <QTreeWidget>

namespace PressDesk {

// A plan's activities grouped by channel: what, who, until when, and how far (a progress
// bar and "done/target unit"). Overdue activities are red, at-risk ones amber. Activating a
// row asks for the articles behind its count. An activity whose responsible unit was
// reassigned names the earlier units, with the day each stopped, in its unit's tooltip.
class PlanProgressView : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanProgressView)

public:
    enum Column { NameColumn, UnitColumn, DueColumn, CountColumn, BarColumn };

    explicit PlanProgressView(QWidget *parent = nullptr);

    void setProgress(const QList<ActivityProgress> &progress,
                     const QHash<QString, QList<UnitChange>> &unitHistory = {});
    QString currentActivityId() const;
    // The row of an activity (tests, selection after a refresh).
    QTreeWidgetItem *itemForActivity(const QString &activityId) const;

Q_SIGNALS:
    void activityActivated(const QString &activityId);
    void currentActivityChanged(const QString &activityId);
};

} // namespace PressDesk
