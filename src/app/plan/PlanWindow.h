#pragma once

#include "plan/Plan.h"

#include <QWidget>

#include <utility>

class QCalendarWidget;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace PressDesk {

class ChannelProgressChart;
class Database;
class OutputOverTimeChart;
class PlanProgressView;

// The plan tracker: a plan's activities by channel with their progress counted from the
// store, charts (per channel against target; output per month), a calendar of due dates and
// scheduled publications, and the periodic report.
class PlanWindow : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanWindow)

public:
    explicit PlanWindow(Database &db, QWidget *parent = nullptr);

    void refresh();
    void selectPlan(const QString &planId);
    QString currentPlanId() const;
    PlanProgressView *progressView() const { return m_view; }
    // The range the period selector stands for.
    std::pair<QDate, QDate> period() const;
    QDate from() const { return period().first; }
    QDate to() const { return period().second; }
    // What is behind an activity's count (a dialog): its articles, broadcasts or the visual
    // items put up, and the entries made by hand; double-click opens one where it is kept.
    void showArticlesOf(const QString &activityId);

Q_SIGNALS:
    void articleActivated(const QString &articleId);
    // A broadcast behind a radio count: its item in its programme's rundown of that day.
    void radioItemActivated(const QString &programId, const QDate &date, const QString &itemId);
    // An item of the visual register behind a visual count.
    void visualItemActivated(const QString &planId, const QString &itemId);

private:
    void reloadPlans(const QString &select = {});
    void updatePeriodChoices();
    void newPlan();
    void editPlan();
    void addActivity();
    void editActivity();
    void addManualEntry();
    void reassignUnit();
    void mergeUnits();
    void pickArticles();
    void showReport();
    void updateCalendar(const QList<ActivityProgress> &progress);

    Database &m_db;
    QList<Plan> m_plans;
    QList<ActivityProgress> m_progress;
    QComboBox *m_plan = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_summary = nullptr;
    PlanProgressView *m_view = nullptr;
    ChannelProgressChart *m_channels = nullptr;
    OutputOverTimeChart *m_months = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QPushButton *m_editActivity = nullptr;
    QPushButton *m_manual = nullptr;
    QPushButton *m_pick = nullptr;
    QPushButton *m_reassign = nullptr;
};

} // namespace PressDesk
