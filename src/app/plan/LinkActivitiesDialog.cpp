#include "plan/LinkActivitiesDialog.h"

#include "plan/PlanDialogHelpers.h"
#include "plan/PlanRepository.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/Search.h"

#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace PressDesk {

using namespace PlanDialogHelpers;

LinkActivitiesDialog::LinkActivitiesDialog(Database &db, const QString &articleId, QWidget *parent)
    : QDialog(parent), m_db(db), m_articleId(articleId)
{
    setObjectName(QStringLiteral("linkActivitiesDialog"));
    setWindowTitle(tr("Plan activities this article serves"));
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("activitiesTree"));
    m_tree->setAccessibleName(tr("Activities of the plans"));
    m_tree->setHeaderLabels({tr("Plan / activity"), tr("Channel")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);
    PlanRepository repo(db);
    QSet<QString> linked;
    if (auto mine = repo.activitiesOfArticle(articleId))
        for (const Activity &a : std::as_const(mine.value()))
            linked.insert(a.id);
    if (auto plans = repo.list()) {
        for (const Plan &p : std::as_const(plans.value())) {
            auto *planItem = new QTreeWidgetItem(m_tree);
            planItem->setText(0, tr("Plan %1: %2").arg(p.number, p.title));
            auto activities = repo.activities(p.id);
            if (!activities)
                continue;
            for (const Activity &a : std::as_const(activities.value())) {
                auto *item = new QTreeWidgetItem(planItem);
                item->setText(0, a.description.isEmpty() ? a.focusTopic : a.description);
                item->setText(1, channelDisplayName(a.channel));
                item->setData(0, Qt::UserRole, a.id);
                item->setCheckState(0, linked.contains(a.id) ? Qt::Checked : Qt::Unchecked);
            }
            planItem->setExpanded(true);
        }
    }
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this));
    resize(640, 420);
}

void LinkActivitiesDialog::accept()
{
    PlanRepository repo(m_db);
    const Status st = m_db.transaction([&]() -> Status {
        for (int p = 0; p < m_tree->topLevelItemCount(); ++p) {
            QTreeWidgetItem *plan = m_tree->topLevelItem(p);
            for (int i = 0; i < plan->childCount(); ++i) {
                QTreeWidgetItem *item = plan->child(i);
                const QString id = item->data(0, Qt::UserRole).toString();
                const Status one = item->checkState(0) == Qt::Checked
                                       ? repo.link(m_articleId, id)
                                       : repo.unlink(m_articleId, id);
                if (!one)
                    return one;
            }
        }
        return {};
    });
    if (!st) {
        m_error->setText(st.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace PressDesk
