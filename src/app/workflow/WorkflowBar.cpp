#include "workflow/WorkflowBar.h"

#include "publish/Publisher.h"
#include "store/ArticleRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "workflow/ReturnDialog.h"
#include "workflow/WorkflowService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <utility>

namespace PressDesk {

namespace {

// Colours of the state chip: neutral for work in progress, green when approved or out,
// amber when someone must act.
QString chipStyle(ArticleStatus s)
{
    QString bg = QStringLiteral("#e8e8e8");
    switch (s) {
    case ArticleStatus::Submitted:
    case ArticleStatus::Returned:
        bg = QStringLiteral("#fde7b0");
        break;
    case ArticleStatus::Approved:
    case ArticleStatus::Scheduled:
    case ArticleStatus::Published:
        bg = QStringLiteral("#cdebd3");
        break;
    default:
        break;
    }
    return QStringLiteral("QLabel { background: %1; color: #202020; border-radius: 3px; "
                          "padding: 2px 8px; font-weight: bold; }")
        .arg(bg);
}

} // namespace

bool decideWithUi(Database &db, QWidget *parent, const QString &articleId, WorkflowAction action,
                  const std::function<bool()> &saveHook)
{
    if (articleId.isEmpty())
        return false;
    if (saveHook && !saveHook())
        return false;
    QString comment;
    if (action == WorkflowAction::Return) {
        auto article = ArticleRepository(db).get(articleId);
        ReturnDialog dialog(article ? article->title : QString(), parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        comment = dialog.comment();
    }
    auto done = WorkflowService(db).apply(articleId, action, comment);
    if (!done) {
        QMessageBox::warning(parent, actionDisplayName(action), done.error().message);
        return false;
    }
    return true;
}

WorkflowBar::WorkflowBar(Database &db, QWidget *parent) : QFrame(parent), m_db(db)
{
    db.changes().subscribe(this, Change::Articles | Change::Outbox | Change::Users,
                           [this] { refresh(); });
    setObjectName(QStringLiteral("workflowBar"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("workflowStatusLabel"));
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("workflowDetailLabel"));
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addWidget(m_detail, 1);
    m_buttons = new QHBoxLayout;
    m_buttons->setSpacing(6);
    layout->addLayout(m_buttons);
    auto *preview = new QPushButton(tr("Preview"), this);
    preview->setObjectName(QStringLiteral("previewButton"));
    preview->setToolTip(tr("Read the article as it will look on the portal (Ctrl+Shift+P)"));
    connect(preview, &QPushButton::clicked, this, &WorkflowBar::previewRequested);
    layout->addWidget(preview);
    auto *history = new QPushButton(tr("History…"), this);
    history->setObjectName(QStringLiteral("historyButton"));
    history->setToolTip(tr("Every revision and decision; compare two revisions (Ctrl+H)"));
    connect(history, &QPushButton::clicked, this, &WorkflowBar::historyRequested);
    layout->addWidget(history);
    setVisible(false);
}

void WorkflowBar::showArticle(const QString &id)
{
    m_articleId = id;
    refresh();
}

void WorkflowBar::refresh()
{
    // Later, not now: refresh() runs inside a button's clicked signal.
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->setObjectName(QString());
            w->deleteLater();
        }
        delete item;
    }
    auto article =
        m_articleId.isEmpty() ? Result<Article>(Error{}) : ArticleRepository(m_db).get(m_articleId);
    setVisible(bool(article));
    if (!article)
        return;
    m_status->setText(statusDisplayName(article->status));
    m_status->setStyleSheet(chipStyle(article->status));

    QString detail;
    if (!article->approvedHash.isEmpty()) {
        detail = tr("Approved by %1 on %2")
                     .arg(article->approvedBy, displayDateTime(article->approvedAt));
    } else {
        // Why is it here: the last decision, if any.
        auto events = AuditLog(m_db).list(m_articleId);
        if (events && !events->isEmpty()) {
            const AuditEntry &e = events->last();
            if (e.action == QLatin1String("edit") && e.fromStatus != e.toStatus &&
                (e.fromStatus == statusKey(ArticleStatus::Approved) ||
                 e.fromStatus == statusKey(ArticleStatus::Scheduled)))
                detail = tr("The approval was voided by an edit on %1; submit it again.")
                             .arg(displayDateTime(e.at));
            else if (e.action == actionKey(WorkflowAction::Return))
                detail = tr("Returned by %1: %2").arg(e.userName, e.comment);
            else if (e.action == actionKey(WorkflowAction::Submit))
                detail = tr("Submitted by %1 on %2").arg(e.userName, displayDateTime(e.at));
        }
    }
    if (article->status == ArticleStatus::Published ||
        article->status == ArticleStatus::Scheduled) {
        if (auto posts = Publisher(m_db).postsOf(m_articleId); posts && !posts->isEmpty()) {
            const ArticlePost &p = posts->first();
            detail = article->status == ArticleStatus::Published
                         ? tr("On %1: %2").arg(p.portalName, p.link)
                         : tr("Scheduled on %1: %2").arg(p.portalName, p.link);
        }
    }
    m_detail->setText(detail);
    m_detail->setToolTip(detail);

    const WorkflowService service(m_db);
    bool publishShown = false;
    bool withdrawShown = false;
    for (WorkflowAction action : Workflow::available(article->status, service.actingRole())) {
        // Publishing and withdrawing go through the portal's outbox, not a local decision.
        if (action == WorkflowAction::Publish || action == WorkflowAction::Schedule) {
            if (std::exchange(publishShown, true))
                continue;
            auto *button = new QPushButton(tr("Publish…"), this);
            button->setObjectName(QStringLiteral("publishButton"));
            connect(button, &QPushButton::clicked, this, &WorkflowBar::publishRequested);
            m_buttons->addWidget(button);
            continue;
        }
        if (action == WorkflowAction::Withdraw || action == WorkflowAction::Unschedule) {
            if (std::exchange(withdrawShown, true))
                continue;
            auto *button = new QPushButton(tr("Withdraw from the portal…"), this);
            button->setObjectName(QStringLiteral("withdrawButton"));
            connect(button, &QPushButton::clicked, this, &WorkflowBar::withdrawRequested);
            m_buttons->addWidget(button);
            continue;
        }
        auto *button = new QPushButton(actionDisplayName(action), this);
        button->setObjectName(actionKey(action) + QStringLiteral("Button"));
        connect(button, &QPushButton::clicked, this, [this, action] { decide(action); });
        m_buttons->addWidget(button);
    }
}

bool WorkflowBar::decide(WorkflowAction action)
{
    const QString id = m_articleId;
    const bool done = decideWithUi(m_db, this, id, action, m_saveHook);
    refresh();
    if (done)
        Q_EMIT decided(id);
    return done;
}

} // namespace PressDesk
