#include "plan/PlanProgressView.h"

#include "model/Article.h"
#include "plan/UnitDialogs.h"

#include <QHeaderView>
#include <QProgressBar>

namespace PressDesk {

namespace {

constexpr int kActivityIdRole = Qt::UserRole + 1;

QProgressBar *bar(int done, int target, bool behind, QWidget *parent)
{
    auto *b = new QProgressBar(parent);
    b->setRange(0, std::max(1, target));
    b->setValue(std::min(done, std::max(1, target)));
    b->setTextVisible(true);
    b->setFormat(target > 0 ? QStringLiteral("%1%").arg(int(100.0 * done / target + 0.5))
                            : QStringLiteral("—"));
    b->setMaximumHeight(16);
    if (behind)
        b->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: #e68a00; }"));
    return b;
}

} // namespace

PlanProgressView::PlanProgressView(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("planProgressView"));
    setAccessibleName(tr("Activities and their progress"));
    setAccessibleDescription(tr("Each activity of the plan with what was done against its "
                                "target; activate a row to see what is behind its count"));
    setColumnCount(5);
    setHeaderLabels({tr("Activity"), tr("Responsible"), tr("Due"), tr("Done"), tr("Progress")});
    // The activity's name takes what the fixed columns leave; long names have tooltips.
    header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int c : {int(UnitColumn), int(DueColumn), int(CountColumn), int(BarColumn)})
        header()->setSectionResizeMode(c, QHeaderView::Interactive);
    header()->setStretchLastSection(false);
    header()->setMinimumSectionSize(60);
    setColumnWidth(UnitColumn, 150);
    setColumnWidth(DueColumn, 150);
    setColumnWidth(CountColumn, 150);
    setColumnWidth(BarColumn, 100);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item, int) {
        const QString id = item->data(NameColumn, kActivityIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT activityActivated(id);
    });
    // A click on a count lists what is behind it.
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item, int column) {
        const QString id = item->data(NameColumn, kActivityIdRole).toString();
        if (column == CountColumn && !id.isEmpty())
            Q_EMIT activityActivated(id);
    });
    connect(this, &QTreeWidget::currentItemChanged, this,
            [this] { Q_EMIT currentActivityChanged(currentActivityId()); });
}

void PlanProgressView::setProgress(const QList<ActivityProgress> &progress,
                                   const QHash<QString, QList<UnitChange>> &unitHistory)
{
    const QString current = currentActivityId();
    clear();
    for (Channel channel : allChannels()) {
        QList<const ActivityProgress *> rows;
        for (const ActivityProgress &p : progress)
            if (p.activity.channel == channel)
                rows << &p;
        if (rows.isEmpty())
            continue;
        auto *group = new QTreeWidgetItem(this);
        group->setText(NameColumn, channelDisplayName(channel));
        QFont bold = group->font(NameColumn);
        bold.setBold(true);
        group->setFont(NameColumn, bold);
        group->setFirstColumnSpanned(false);
        int done = 0;
        int target = 0;
        bool behind = false;
        for (const ActivityProgress *p : std::as_const(rows)) {
            const Activity &a = p->activity;
            auto *item = new QTreeWidgetItem(group);
            item->setData(NameColumn, kActivityIdRole, a.id);
            item->setText(NameColumn, a.description.isEmpty() ? a.focusTopic : a.description);
            item->setToolTip(NameColumn,
                             a.focusTopic.isEmpty()
                                 ? a.description
                                 : tr("%1\nFocus: %2").arg(a.description, a.focusTopic));
            item->setText(UnitColumn, a.responsibleUnit);
            const QList<UnitChange> changes = unitHistory.value(a.id);
            item->setToolTip(UnitColumn, changes.isEmpty()
                                             ? a.responsibleUnit
                                             : tr("%1\nResponsible before: %2")
                                                   .arg(a.responsibleUnit,
                                                        ReassignUnitDialog::unitsBefore(changes)));
            item->setText(DueColumn, a.due.isValid() ? a.due.toString(QStringLiteral("dd/MM/yyyy"))
                                                     : QString());
            QString count = tr("%1/%2 %3").arg(p->done()).arg(a.target).arg(a.unit);
            if (p->manual > 0)
                count += u' ' + tr("(%n by hand)", nullptr, p->manual);
            item->setText(CountColumn, count);
            item->setToolTip(CountColumn, tr("Click to list the articles behind the count"));
            if (p->overdue) {
                item->setForeground(DueColumn, QColor(0xb0, 0x00, 0x20));
                item->setToolTip(DueColumn, tr("Overdue: the due date has passed"));
                item->setText(DueColumn, item->text(DueColumn) + u' ' + tr("(overdue)"));
            } else if (p->atRisk) {
                item->setForeground(DueColumn, QColor(0xa0, 0x60, 0x00));
                item->setToolTip(DueColumn, tr("At risk: little done for the time left"));
                item->setText(DueColumn, item->text(DueColumn) + u' ' + tr("(at risk)"));
            }
            setItemWidget(item, BarColumn,
                          bar(p->done(), a.target, p->overdue || p->atRisk, viewport()));
            done += std::min(p->done(), a.target);
            target += a.target;
            behind = behind || p->overdue || p->atRisk;
            if (a.id == current)
                setCurrentItem(item);
        }
        group->setText(CountColumn, QStringLiteral("%1/%2").arg(done).arg(target));
        setItemWidget(group, BarColumn, bar(done, target, behind, viewport()));
        group->setExpanded(true);
    }
}

QString PlanProgressView::currentActivityId() const
{
    const QTreeWidgetItem *item = currentItem();
    return item ? item->data(NameColumn, kActivityIdRole).toString() : QString();
}

QTreeWidgetItem *PlanProgressView::itemForActivity(const QString &activityId) const
{
    for (int g = 0; g < topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (group->child(i)->data(NameColumn, kActivityIdRole).toString() == activityId)
                return group->child(i);
    }
    return nullptr;
}

} // namespace PressDesk
