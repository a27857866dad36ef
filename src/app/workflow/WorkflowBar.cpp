#include "workflow/WorkflowBar.h"

#include "publish/Publisher.h"
#include "store/ArticleRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "widgets/ElidedLabel.h"
#include "workflow/ReturnDialog.h"
#include "workflow/WorkflowService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
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
                  const DecisionHooks &hooks)
{
    if (articleId.isEmpty())
        return false;
    if (hooks.save && !hooks.save())
        return false;
    QString comment;
    if (action == WorkflowAction::Return) {
        auto article = ArticleRepository(db).get(articleId);
        ReturnDialog dialog(article ? article->title : QString(), parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        comment = dialog.comment();
    }
    WorkflowService service(db);
    auto done = action == WorkflowAction::Approve
                    ? service.approve(articleId, hooks.read ? hooks.read(articleId) : ReadMark{})
                    : service.apply(articleId, action, comment);
    if (done)
        return true;
    if (done.error().code != QLatin1String("changed-since-read")) {
        QMessageBox::warning(parent, actionDisplayName(action), done.error().message);
        return false;
    }
    // The text changed after the reviewer opened it: say so, show the latest, and offer the
    // comparison between what was read and the latest revision.
    const QStringList revisions = done.error().detail.split(u' ');
    const int read = revisions.value(0).toInt();
    const int latest = revisions.value(1).toInt();
    QMessageBox box(QMessageBox::Warning, WorkflowBar::tr("Not approved"), done.error().message,
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("approvalRefusedBox"));
    QPushButton *compare = nullptr;
    if (read > 0 && read < latest) {
        compare = box.addButton(WorkflowBar::tr("Show what changed"), QMessageBox::AcceptRole);
        compare->setObjectName(QStringLiteral("showChangesButton"));
    }
    box.addButton(QMessageBox::Close);
    if (compare)
        box.setDefaultButton(compare);
    else
        box.setDefaultButton(QMessageBox::Close);
    box.exec();
    if (hooks.outdated)
        hooks.outdated(read, latest, compare && box.clickedButton() == compare);
    return false;
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
    m_detail = new ElidedLabel(this);
    m_detail->setObjectName(QStringLiteral("workflowDetailLabel"));
    m_portalLink = new QLabel(this);
    m_portalLink->setObjectName(QStringLiteral("viewOnPortalLink"));
    m_portalLink->setTextFormat(Qt::RichText);
    m_portalLink->setOpenExternalLinks(true);
    m_portalLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_portalLink->hide();
    layout->addWidget(m_status);
    layout->addWidget(m_detail, 1);
    layout->addWidget(m_portalLink);
    m_buttons = new QHBoxLayout;
    m_buttons->setSpacing(6);
    layout->addLayout(m_buttons);
    m_preview = new QPushButton(tr("Preview"), this);
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_preview->setToolTip(tr("Read the article as it will look on the portal (Ctrl+Shift+P)"));
    connect(m_preview, &QPushButton::clicked, this, &WorkflowBar::previewRequested);
    layout->addWidget(m_preview);
    m_history = new QPushButton(tr("History…"), this);
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_history->setToolTip(tr("Every revision and decision; compare two revisions (Ctrl+H)"));
    connect(m_history, &QPushButton::clicked, this, &WorkflowBar::historyRequested);
    layout->addWidget(m_history);
    m_more = new QToolButton(this);
    m_more->setObjectName(QStringLiteral("workflowMoreButton"));
    m_more->setText(tr("More") + QStringLiteral(" ▾"));
    m_more->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0; }"));
    m_more->setToolTip(tr("The actions that do not fit on the bar"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_more->setMenu(new QMenu(m_more));
    m_more->hide();
    layout->addWidget(m_more);
    setVisible(false);
}

QSize WorkflowBar::minimumSizeHint() const
{
    // The chip and "More": everything else gives way, so the window never has to grow.
    const QMargins m = contentsMargins() + layout()->contentsMargins();
    const int width = m.left() + m_status->sizeHint().width() + layout()->spacing() +
                      m_detail->minimumSizeHint().width() + layout()->spacing() +
                      m_more->sizeHint().width() + m.right();
    return {width, QFrame::minimumSizeHint().height()};
}

void WorkflowBar::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    arrangeButtons();
}

void WorkflowBar::arrangeButtons()
{
    if (m_arranging)
        return;
    m_arranging = true;
    const int spacing = layout()->spacing();
    const QMargins m = contentsMargins() + layout()->contentsMargins();
    // Room for buttons: what the chip, a little of the detail and the link leave.
    int room = width() - m.left() - m.right() - m_status->sizeHint().width() - spacing -
               m_detail->fontMetrics().averageCharWidth() * 12 - spacing;
    if (!m_portalLink->isHidden())
        room -= m_portalLink->sizeHint().width() + spacing;
    int all = 0;
    for (const QPushButton *b : std::as_const(m_actions))
        all += b->sizeHint().width() + spacing;
    const bool overflow = all > room;
    if (overflow)
        room -= m_more->sizeHint().width() + spacing;
    QMenu *menu = m_more->menu();
    menu->clear();
    int used = 0;
    bool full = false;
    for (QPushButton *b : std::as_const(m_actions)) {
        const int w = b->sizeHint().width() + spacing;
        // In order: once one does not fit, the rest go to the menu too.
        full = full || (overflow && used + w > room);
        b->setVisible(!full);
        if (full) {
            // Queued: the decision rebuilds this menu, so not while its action is firing.
            QAction *a = menu->addAction(b->text());
            a->setToolTip(b->toolTip());
            connect(a, &QAction::triggered, b, &QPushButton::click, Qt::QueuedConnection);
        } else {
            used += w;
        }
    }
    m_more->setVisible(overflow);
    m_arranging = false;
}

void WorkflowBar::showArticle(const QString &id)
{
    m_articleId = id;
    refresh();
}

void WorkflowBar::refresh()
{
    // Later, not now: refresh() runs inside a button's clicked signal.
    m_actions.clear();
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
    m_portalLink->hide();
    if (!article) {
        arrangeButtons();
        return;
    }
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
            // The address in full is long: a short link opens it in the browser.
            if (!p.link.isEmpty()) {
                m_portalLink->setText(
                    QStringLiteral("<a href=\"%1\">%2</a>")
                        .arg(p.link.toHtmlEscaped(), tr("View on the portal").toHtmlEscaped()));
                m_portalLink->setToolTip(p.link);
                m_portalLink->show();
            }
        }
    }
    m_detail->setFullText(detail);

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
            m_actions << button;
            continue;
        }
        if (action == WorkflowAction::Withdraw || action == WorkflowAction::Unschedule) {
            if (std::exchange(withdrawShown, true))
                continue;
            auto *button = new QPushButton(tr("Withdraw from the portal…"), this);
            button->setObjectName(QStringLiteral("withdrawButton"));
            connect(button, &QPushButton::clicked, this, &WorkflowBar::withdrawRequested);
            m_buttons->addWidget(button);
            m_actions << button;
            continue;
        }
        auto *button = new QPushButton(actionDisplayName(action), this);
        button->setObjectName(actionKey(action) + QStringLiteral("Button"));
        connect(button, &QPushButton::clicked, this, [this, action] { decide(action); });
        m_buttons->addWidget(button);
        m_actions << button;
    }
    m_actions << m_preview << m_history;
    arrangeButtons();
}

bool WorkflowBar::decide(WorkflowAction action)
{
    const QString id = m_articleId;
    const bool done = decideWithUi(
        m_db, this, id, action,
        DecisionHooks{m_saveHook, m_readHook, [this, id](int read, int latest, bool compare) {
                          Q_EMIT readOutdated(id, read, latest, compare);
                      }});
    refresh();
    if (done)
        Q_EMIT decided(id);
    return done;
}

} // namespace PressDesk
