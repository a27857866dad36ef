#include "plan/PlanWindow.h"

#include "model/Article.h"
#include "plan/PlanCharts.h"
#include "plan/PlanDialogs.h"
#include "plan/PlanProgress.h"
#include "plan/PlanProgressView.h"
#include "plan/PlanRepository.h"
#include "plan/ReportDialog.h"
#include "publish/Publisher.h"
#include "radio/RadioRepository.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "visual/VisualRepository.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace PressDesk {

namespace {

enum Period { WholePlan, Q1, Q2, Q3, Q4, FirstHalf, SecondHalf, Custom };

} // namespace

PlanWindow::PlanWindow(Database &db, QWidget *parent) : QWidget(parent, Qt::Window), m_db(db)
{
    setObjectName(QStringLiteral("planWindow"));
    // Plans edited anywhere; articles published, linked or withdrawn change the counts.
    db.changes().subscribe(this, Change::Plans | Change::Articles | Change::Outbox, [this] {
        if (isVisible())
            refresh();
    });
    setWindowTitle(tr("Plans — PressDesk"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("planCombo"));
    m_plan->setAccessibleName(tr("Plan"));
    m_plan->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *newPlan = new QPushButton(tr("New plan…"), this);
    newPlan->setObjectName(QStringLiteral("newPlanButton"));
    auto *editPlan = new QPushButton(tr("Edit plan…"), this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_period->setAccessibleName(tr("Period"));
    m_from = new QDateEdit(this);
    m_from->setAccessibleName(tr("Period from"));
    m_to = new QDateEdit(this);
    m_to->setAccessibleName(tr("Period until"));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        e->setCalendarPopup(true);
        e->setEnabled(false);
    }
    auto *report = new QPushButton(tr("Report…"), this);
    report->setObjectName(QStringLiteral("reportButton"));
    top->addWidget(new QLabel(tr("Plan:"), this));
    top->addWidget(m_plan, 1);
    top->addWidget(newPlan);
    top->addWidget(editPlan);
    top->addSpacing(16);
    top->addWidget(new QLabel(tr("Period:"), this));
    top->addWidget(m_period);
    top->addWidget(m_from);
    top->addWidget(m_to);
    top->addWidget(report);
    layout->addLayout(top);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new PlanProgressView(left);
    leftLayout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add activity…"), left);
    add->setObjectName(QStringLiteral("addActivityButton"));
    m_editActivity = new QPushButton(tr("Edit activity…"), left);
    m_manual = new QPushButton(tr("Enter by hand…"), left);
    m_manual->setObjectName(QStringLiteral("manualEntryButton"));
    m_manual->setToolTip(tr("Output PressDesk does not hold: a conference held, a banner hung"));
    buttons->addWidget(add);
    buttons->addWidget(m_editActivity);
    buttons->addWidget(m_manual);
    m_pick = new QPushButton(tr("Articles…"), left);
    m_pick->setObjectName(QStringLiteral("pickArticlesButton"));
    m_pick->setToolTip(tr("Choose the articles that serve this activity"));
    buttons->addWidget(m_pick);
    // Units merge (the 2025 reorganisation): the responsible unit reassigned, recorded.
    m_reassign = new QPushButton(tr("Reassign responsible unit…"), left);
    m_reassign->setObjectName(QStringLiteral("reassignUnitButton"));
    m_reassign->setToolTip(tr("Another unit becomes responsible for this activity (a supervisor "
                              "or an administrator); what it counts stays"));
    buttons->addWidget(m_reassign);
    auto *merge = new QPushButton(tr("Merge units…"), left);
    merge->setObjectName(QStringLiteral("mergeUnitsButton"));
    merge->setToolTip(tr("Every activity of one unit becomes another unit's"));
    buttons->addWidget(merge);
    buttons->addStretch(1);
    leftLayout->addLayout(buttons);
    split->addWidget(left);

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *byChannel = new QGroupBox(tr("Progress per channel"), right);
    auto *byChannelLayout = new QVBoxLayout(byChannel);
    m_channels = new ChannelProgressChart(byChannel);
    byChannelLayout->addWidget(m_channels);
    auto *byMonth = new QGroupBox(tr("Output per month"), right);
    auto *byMonthLayout = new QVBoxLayout(byMonth);
    m_months = new OutputOverTimeChart(byMonth);
    byMonthLayout->addWidget(m_months);
    auto *calendarBox = new QGroupBox(tr("Due dates and scheduled publications"), right);
    auto *calendarLayout = new QVBoxLayout(calendarBox);
    m_calendar = new QCalendarWidget(calendarBox);
    m_calendar->setObjectName(QStringLiteral("planCalendar"));
    m_calendar->setAccessibleName(tr("Due dates and scheduled publications"));
    // Qt's own month buttons and day grid have no names a screen reader can read.
    for (const auto &[name, text] :
         {std::pair{"qt_calendar_prevmonth", tr("Previous month")},
          std::pair{"qt_calendar_nextmonth", tr("Next month")},
          std::pair{"qt_calendar_calendarview", tr("Days of the month")}}) {
        if (auto *w = m_calendar->findChild<QWidget *>(QString::fromLatin1(name)))
            w->setAccessibleName(text);
    }
    m_calendar->setGridVisible(true);
    calendarLayout->addWidget(m_calendar);
    rightLayout->addWidget(byChannel);
    rightLayout->addWidget(byMonth);
    rightLayout->addWidget(calendarBox, 1);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_plan, &QComboBox::currentIndexChanged, this, [this] {
        updatePeriodChoices();
        refresh();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_period->currentData().toInt() == Custom;
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        refresh();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &PlanWindow::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &PlanWindow::refresh);
    connect(newPlan, &QPushButton::clicked, this, &PlanWindow::newPlan);
    connect(editPlan, &QPushButton::clicked, this, &PlanWindow::editPlan);
    connect(add, &QPushButton::clicked, this, &PlanWindow::addActivity);
    connect(m_editActivity, &QPushButton::clicked, this, &PlanWindow::editActivity);
    connect(m_manual, &QPushButton::clicked, this, &PlanWindow::addManualEntry);
    connect(m_pick, &QPushButton::clicked, this, &PlanWindow::pickArticles);
    connect(m_reassign, &QPushButton::clicked, this, &PlanWindow::reassignUnit);
    connect(merge, &QPushButton::clicked, this, &PlanWindow::mergeUnits);
    connect(report, &QPushButton::clicked, this, &PlanWindow::showReport);
    connect(m_view, &PlanProgressView::activityActivated, this, &PlanWindow::showArticlesOf);
    connect(m_view, &PlanProgressView::currentActivityChanged, this, [this](const QString &id) {
        m_editActivity->setEnabled(!id.isEmpty());
        m_manual->setEnabled(!id.isEmpty());
        m_pick->setEnabled(!id.isEmpty());
        m_reassign->setEnabled(!id.isEmpty());
    });
    m_editActivity->setEnabled(false);
    m_manual->setEnabled(false);
    m_pick->setEnabled(false);
    m_reassign->setEnabled(false);

    reloadPlans();
    resize(1280, 760);
}

QString PlanWindow::currentPlanId() const
{
    return m_plan->currentData().toString();
}

void PlanWindow::reloadPlans(const QString &select)
{
    const QString keep = select.isEmpty() ? currentPlanId() : select;
    {
        const QSignalBlocker block(m_plan);
        m_plan->clear();
        auto plans = PlanRepository(m_db).list();
        m_plans = plans ? plans.value() : QList<Plan>();
        for (const Plan &p : std::as_const(m_plans)) {
            m_plan->addItem(tr("%1 — %2").arg(p.number, p.title), p.id);
            if (p.id == keep)
                m_plan->setCurrentIndex(m_plan->count() - 1);
        }
    }
    updatePeriodChoices();
    refresh();
}

void PlanWindow::selectPlan(const QString &planId)
{
    const int i = m_plan->findData(planId);
    if (i >= 0)
        m_plan->setCurrentIndex(i);
}

void PlanWindow::updatePeriodChoices()
{
    const QSignalBlocker block(m_period);
    const int keep = m_period->currentData().isValid() ? m_period->currentData().toInt() : 0;
    m_period->clear();
    m_period->addItem(tr("Whole plan"), WholePlan);
    m_period->addItem(tr("Quarter I"), Q1);
    m_period->addItem(tr("Quarter II"), Q2);
    m_period->addItem(tr("Quarter III"), Q3);
    m_period->addItem(tr("Quarter IV"), Q4);
    m_period->addItem(tr("First half"), FirstHalf);
    m_period->addItem(tr("Second half"), SecondHalf);
    m_period->addItem(tr("Dates…"), Custom);
    m_period->setCurrentIndex(std::max(0, m_period->findData(keep)));
    const int i = m_plan->currentIndex();
    if (i >= 0 && i < m_plans.size()) {
        const QSignalBlocker b1(m_from);
        const QSignalBlocker b2(m_to);
        m_from->setDate(m_plans.at(i).periodStart);
        m_to->setDate(m_plans.at(i).periodEnd);
    }
}

std::pair<QDate, QDate> PlanWindow::period() const
{
    const int i = m_plan->currentIndex();
    if (i < 0 || i >= m_plans.size())
        return {};
    const Plan &p = m_plans.at(i);
    const int year = p.periodStart.isValid() ? p.periodStart.year() : QDate::currentDate().year();
    const auto months = [year](int first, int last) {
        return std::pair{QDate(year, first, 1), QDate(year, last, 1).addMonths(1).addDays(-1)};
    };
    switch (m_period->currentData().toInt()) {
    case Q1:
        return months(1, 3);
    case Q2:
        return months(4, 6);
    case Q3:
        return months(7, 9);
    case Q4:
        return months(10, 12);
    case FirstHalf:
        return months(1, 6);
    case SecondHalf:
        return months(7, 12);
    case Custom:
        return {m_from->date(), m_to->date()};
    default:
        return {p.periodStart, p.periodEnd};
    }
}

void PlanWindow::refresh()
{
    const QString planId = currentPlanId();
    if (planId.isEmpty()) {
        m_progress.clear();
        m_view->setProgress({});
        m_channels->setProgress({});
        m_months->setSeries({});
        m_summary->setText(tr("No plan yet: create one with New plan…"));
        return;
    }
    PlanProgress counter(m_db);
    auto progress = counter.activities(planId, from(), to());
    if (!progress) {
        m_summary->setText(progress.error().message);
        return;
    }
    m_progress = progress.value();
    auto unitHistory = PlanRepository(m_db).unitHistoryOfPlan(planId);
    m_view->setProgress(m_progress,
                        unitHistory ? unitHistory.value() : QHash<QString, QList<UnitChange>>());
    m_channels->setProgress(m_progress);
    QMap<QDate, QMap<Channel, int>> series;
    if (auto months = counter.monthly(planId, from(), to()))
        for (const MonthOutput &m : std::as_const(months.value()))
            series.insert(m.month, m.byChannel);
    m_months->setSeries(series);
    int overdue = 0;
    int atRisk = 0;
    int done = 0;
    int target = 0;
    for (const ActivityProgress &p : std::as_const(m_progress)) {
        overdue += p.overdue ? 1 : 0;
        atRisk += p.atRisk ? 1 : 0;
        done += std::min(p.done(), p.activity.target);
        target += p.activity.target;
    }
    QString summary = tr("%1 to %2: %3 of %4 done (%5%).")
                          .arg(from().toString(QStringLiteral("dd/MM/yyyy")),
                               to().toString(QStringLiteral("dd/MM/yyyy")))
                          .arg(done)
                          .arg(target)
                          .arg(target > 0 ? int(100.0 * done / target + 0.5) : 0);
    if (overdue > 0)
        summary += u' ' + tr("<span style=\"color:#b00020\">%n overdue.</span>", nullptr, overdue);
    if (atRisk > 0)
        summary += u' ' + tr("<span style=\"color:#a06000\">%n at risk.</span>", nullptr, atRisk);
    m_summary->setText(summary);
    updateCalendar(m_progress);
}

void PlanWindow::updateCalendar(const QList<ActivityProgress> &progress)
{
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat()); // clear
    // Show the month of the next due date (or the last one, for a plan in the past).
    QDate show;
    const QDate today = QDate::currentDate();
    for (const ActivityProgress &p : progress) {
        const QDate d = p.activity.due;
        if (d.isValid() && d >= today && (!show.isValid() || d < show))
            show = d;
    }
    if (!show.isValid())
        for (const ActivityProgress &p : progress)
            if (p.activity.due.isValid() && (!show.isValid() || p.activity.due > show))
                show = p.activity.due;
    if (show.isValid())
        m_calendar->setCurrentPage(show.year(), show.month());
    QTextCharFormat due;
    due.setFontWeight(QFont::Bold);
    due.setBackground(QColor(0xff, 0xe0, 0xb2));
    QTextCharFormat late = due;
    late.setBackground(QColor(0xff, 0xcd, 0xd2));
    for (const ActivityProgress &p : progress) {
        if (!p.activity.due.isValid())
            continue;
        QTextCharFormat f = p.overdue ? late : due;
        f.setToolTip(tr("Due: %1 (%2/%3 %4)")
                         .arg(p.activity.description)
                         .arg(p.done())
                         .arg(p.activity.target)
                         .arg(p.activity.unit));
        m_calendar->setDateTextFormat(p.activity.due, f);
    }
    // Scheduled publications of any article.
    if (auto scheduled = Publisher(m_db).scheduledPublications()) {
        QTextCharFormat format;
        format.setBackground(QColor(0xbb, 0xde, 0xfb));
        format.setFontUnderline(true);
        for (const auto &p : std::as_const(scheduled.value())) {
            QTextCharFormat f = format;
            f.setToolTip(tr("Scheduled: %1").arg(p.title));
            m_calendar->setDateTextFormat(p.at.toLocalTime().date(), f);
        }
    }
}

void PlanWindow::showArticlesOf(const QString &activityId)
{
    const ActivityProgress *found = nullptr;
    for (const ActivityProgress &p : std::as_const(m_progress))
        if (p.activity.id == activityId)
            found = &p;
    if (!found)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("activityArticlesDialog"));
    dialog.setWindowTitle(tr("Behind the count: %1").arg(found->activity.description));
    auto *layout = new QVBoxLayout(&dialog);
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("activityArticles"));
    list->setWordWrap(true); // a slogan is a long line
    enum Role { ArticleRole = Qt::UserRole, ItemRole, ProgramRole, DateRole };
    ArticleRepository articles(m_db);
    for (const QString &id : found->articleIds) {
        auto a = articles.get(id);
        if (!a)
            continue;
        auto *item = new QListWidgetItem(
            tr("%1 — %2, %3")
                .arg(a->title, statusDisplayName(a->status), displayDateTime(a->statusChangedAt)),
            list);
        item->setData(ArticleRole, id);
    }
    RadioRepository radio(m_db);
    for (const QString &id : found->airedIds) {
        auto aired = radio.airedEntry(id);
        if (!aired)
            continue;
        auto radioItem = radio.item(aired->itemId);
        if (!radioItem)
            continue;
        auto *item = new QListWidgetItem(
            tr("Aired %1 on %2 — %3")
                .arg(displayDateTime(aired->airedAt), aired->stationName, aired->itemTitle),
            list);
        item->setData(ItemRole, aired->itemId);
        item->setData(ProgramRole, radioItem->programId);
        item->setData(DateRole, radioItem->broadcastDate);
    }
    VisualRepository visual(m_db);
    for (const QString &id : found->visualIds) {
        auto v = visual.item(id);
        if (!v)
            continue;
        QString text =
            tr("%1 × %2 at %3, put up on %4 — %5")
                .arg(v->quantity)
                .arg(visualFormDisplayName(v->form), v->location(),
                     v->installedDate.toString(QStringLiteral("dd/MM/yyyy")), v->content);
        if (v->removedDate.isValid())
            text += tr(" (taken down on %1)")
                        .arg(v->removedDate.toString(QStringLiteral("dd/MM/yyyy")));
        if (!v->photos.isEmpty())
            text += tr(" — %n photo(s)", nullptr, int(v->photos.size()));
        auto *item = new QListWidgetItem(text, list);
        item->setData(ItemRole, id);
    }
    if (auto manual = PlanRepository(m_db).manualEntries(activityId)) {
        for (const ManualEntry &e : std::as_const(manual.value())) {
            if (e.date < from() || e.date > to())
                continue;
            auto *item =
                new QListWidgetItem(tr("By hand: %1 %2 on %3 — %4")
                                        .arg(e.quantity)
                                        .arg(found->activity.unit,
                                             e.date.toString(QStringLiteral("dd/MM/yyyy")), e.note),
                                    list);
            item->setForeground(QColor(0x55, 0x55, 0x55));
        }
    }
    if (list->count() == 0)
        list->addItem(tr("Nothing counted in this period yet."));
    const QString planId = found->activity.planId;
    connect(list, &QListWidget::itemActivated, &dialog,
            [this, &dialog, planId](QListWidgetItem *item) {
                const QString articleId = item->data(ArticleRole).toString();
                const QString itemId = item->data(ItemRole).toString();
                if (!articleId.isEmpty())
                    Q_EMIT articleActivated(articleId);
                else if (item->data(ProgramRole).isValid())
                    Q_EMIT radioItemActivated(item->data(ProgramRole).toString(),
                                              item->data(DateRole).toDate(), itemId);
                else if (!itemId.isEmpty())
                    Q_EMIT visualItemActivated(planId, itemId);
                else
                    return;
                dialog.accept();
            });
    layout->addWidget(list);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(close, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(close);
    dialog.resize(620, 360);
    dialog.exec();
}

void PlanWindow::newPlan()
{
    PlanDialog dialog(m_db, Plan{}, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadPlans(dialog.plan().id);
}

void PlanWindow::editPlan()
{
    const int i = m_plan->currentIndex();
    if (i < 0 || i >= m_plans.size())
        return;
    PlanDialog dialog(m_db, m_plans.at(i), this);
    if (dialog.exec() == QDialog::Accepted)
        reloadPlans(dialog.plan().id);
}

void PlanWindow::addActivity()
{
    const int i = m_plan->currentIndex();
    if (i < 0 || i >= m_plans.size())
        return;
    Activity a;
    a.planId = m_plans.at(i).id;
    a.start = m_plans.at(i).periodStart;
    a.due = m_plans.at(i).periodEnd;
    ActivityDialog dialog(m_db, a, m_plans.at(i).focusTopics, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void PlanWindow::editActivity()
{
    const int i = m_plan->currentIndex();
    const QString id = m_view->currentActivityId();
    auto a = PlanRepository(m_db).activity(id);
    if (!a || i < 0 || i >= m_plans.size())
        return;
    ActivityDialog dialog(m_db, a.value(), m_plans.at(i).focusTopics, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void PlanWindow::addManualEntry()
{
    auto a = PlanRepository(m_db).activity(m_view->currentActivityId());
    if (!a)
        return;
    ManualEntryDialog dialog(m_db, a.value(), this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void PlanWindow::reassignUnit()
{
    auto a = PlanRepository(m_db).activity(m_view->currentActivityId());
    if (!a)
        return;
    ReassignUnitDialog dialog(m_db, a.value(), this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void PlanWindow::mergeUnits()
{
    // The selected activity's unit first: the usual way in is from an activity of it.
    auto a = PlanRepository(m_db).activity(m_view->currentActivityId());
    MergeUnitsDialog dialog(m_db, currentPlanId(), a ? a->responsibleUnit : QString(), this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void PlanWindow::pickArticles()
{
    auto a = PlanRepository(m_db).activity(m_view->currentActivityId());
    if (!a)
        return;
    ActivityArticlesPicker dialog(m_db, a.value(), this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void PlanWindow::showReport()
{
    const QString planId = currentPlanId();
    if (planId.isEmpty())
        return;
    ReportDialog dialog(m_db, planId, from(), to(), this);
    dialog.exec();
    refresh(); // reasons typed in the report are the activities'
}

} // namespace PressDesk
