#include "workflow/ReviewQueuePanel.h"

#include "store/Database.h"
#include "workflow/WorkflowBar.h"
#include "workflow/WorkflowService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PressDesk {

namespace {

enum Column {
    TitleColumn,
    AuthorColumn,
    CategoryColumn,
    WordsColumn,
    WaitingColumn,
    ChangesColumn
};

constexpr int SeenRole = Qt::UserRole + 1;
constexpr int LatestRole = Qt::UserRole + 2;

QString waitingText(const QDateTime &since)
{
    const qint64 minutes = std::max<qint64>(0, since.secsTo(QDateTime::currentDateTimeUtc()) / 60);
    if (minutes < 60)
        return ReviewQueuePanel::tr("%n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return ReviewQueuePanel::tr("%n hour(s)", nullptr, int(minutes / 60));
    return ReviewQueuePanel::tr("%n day(s)", nullptr, int(minutes / (24 * 60)));
}

} // namespace

ReviewQueuePanel::ReviewQueuePanel(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("reviewQueuePanel"));
    db.changes().subscribe(this, Change::Articles | Change::Comments | Change::Users,
                           [this] { refresh(); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("reviewQueueTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels(
        {tr("Title"), tr("Author"), tr("Category"), tr("Words"), tr("Waiting"), tr("Changes")});
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    for (int c : {AuthorColumn, WordsColumn, WaitingColumn, ChangesColumn})
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // A long category name would leave the title a few letters: it gets a modest width,
    // shortened with its full name in the tooltip, and can be widened by hand.
    m_tree->header()->setSectionResizeMode(CategoryColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(CategoryColumn, fontMetrics().averageCharWidth() * 12);
    layout->addWidget(m_tree, 1);
    m_empty = new QLabel(tr("Nothing is waiting for review."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("reviewQueueEmptyLabel"));
    layout->addWidget(m_empty, 1);

    auto *buttons = new QHBoxLayout;
    m_approve = new QPushButton(tr("&Approve"), this);
    m_approve->setObjectName(QStringLiteral("queueApproveButton"));
    m_approve->setToolTip(tr("Approve the selected article (Ctrl+Enter)"));
    m_return = new QPushButton(tr("&Return…"), this);
    m_return->setObjectName(QStringLiteral("queueReturnButton"));
    m_return->setToolTip(tr("Return the selected article to its author with a comment "
                            "(Ctrl+Shift+Enter)"));
    buttons->addWidget(m_approve);
    buttons->addWidget(m_return);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_approve, &QPushButton::clicked, this, &ReviewQueuePanel::approveSelected);
    connect(m_return, &QPushButton::clicked, this, &ReviewQueuePanel::returnSelected);
    m_tree->installEventFilter(this);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const int seen = item->data(TitleColumn, SeenRole).toInt();
        const int latest = item->data(TitleColumn, LatestRole).toInt();
        if (seen > 0 && seen < latest)
            Q_EMIT compareRequested(item->data(TitleColumn, Qt::UserRole).toString(), seen, latest);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        updateButtons();
        if (item)
            Q_EMIT articleActivated(item->data(TitleColumn, Qt::UserRole).toString());
    });
    refresh();
}

bool ReviewQueuePanel::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Enter approves, Ctrl+Shift+Enter returns, while the queue has the focus.
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && key->modifiers().testFlag(Qt::ControlModifier)) {
            if (key->modifiers().testFlag(Qt::ShiftModifier))
                returnSelected();
            else
                approveSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReviewQueuePanel::refresh()
{
    const QString keep = selectedArticleId();
    const int keepRow = m_tree->currentIndex().row();
    auto queue = WorkflowService(m_db).reviewQueue();
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    if (queue) {
        for (const QueueItem &q : std::as_const(queue.value())) {
            auto *item = new QTreeWidgetItem(m_tree);
            item->setText(TitleColumn, q.title.isEmpty() ? tr("(untitled)") : q.title);
            item->setToolTip(TitleColumn, q.title);
            item->setData(TitleColumn, Qt::UserRole, q.articleId);
            item->setText(AuthorColumn, q.submittedBy);
            item->setToolTip(AuthorColumn, q.submittedBy);
            item->setText(CategoryColumn, q.categoryName);
            item->setToolTip(CategoryColumn, q.categoryName);
            item->setText(WordsColumn, QString::number(q.wordCount));
            item->setTextAlignment(WordsColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(WaitingColumn, waitingText(q.submittedAt));
            item->setToolTip(WaitingColumn, q.submittedAt.toLocalTime().toString(
                                                QStringLiteral("dd/MM/yyyy HH:mm")));
            // What changed since this reviewer last opened it (double-click to compare).
            item->setData(TitleColumn, SeenRole, q.seenRevision);
            item->setData(TitleColumn, LatestRole, q.latestRevision);
            if (q.seenRevision == 0) {
                item->setText(ChangesColumn, tr("New"));
            } else if (q.seenRevision >= q.latestRevision) {
                item->setText(ChangesColumn, tr("Seen"));
            } else {
                item->setText(ChangesColumn,
                              tr("Changed (%1 → %2)").arg(q.seenRevision).arg(q.latestRevision));
                item->setToolTip(ChangesColumn,
                                 tr("Changed since you opened revision %1; double-click to "
                                    "compare.")
                                     .arg(q.seenRevision));
                QFont bold = item->font(ChangesColumn);
                bold.setBold(true);
                item->setFont(ChangesColumn, bold);
            }
        }
    }
    // Keep the selection; after a decision, the next article in line is selected.
    QTreeWidgetItem *select = nullptr;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(TitleColumn, Qt::UserRole).toString() == keep)
            select = m_tree->topLevelItem(i);
    }
    if (!select && m_tree->topLevelItemCount() > 0 && keepRow >= 0)
        select = m_tree->topLevelItem(std::min(keepRow, m_tree->topLevelItemCount() - 1));
    m_tree->setCurrentItem(select);
    m_tree->setVisible(m_tree->topLevelItemCount() > 0);
    m_empty->setVisible(m_tree->topLevelItemCount() == 0);
    updateButtons();
    Q_EMIT countChanged(count());
}

void ReviewQueuePanel::selectArticle(const QString &id)
{
    const QSignalBlocker block(m_tree);
    QTreeWidgetItem *match = nullptr;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(TitleColumn, Qt::UserRole).toString() == id)
            match = m_tree->topLevelItem(i);
    }
    m_tree->setCurrentItem(match);
    updateButtons();
}

int ReviewQueuePanel::count() const
{
    return m_tree->topLevelItemCount();
}

QString ReviewQueuePanel::selectedArticleId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(TitleColumn, Qt::UserRole).toString() : QString();
}

bool ReviewQueuePanel::approveSelected()
{
    return decideSelected(int(WorkflowAction::Approve));
}

bool ReviewQueuePanel::returnSelected()
{
    return decideSelected(int(WorkflowAction::Return));
}

bool ReviewQueuePanel::decideSelected(int action)
{
    const QString id = selectedArticleId();
    if (id.isEmpty())
        return false;
    const int seen = m_tree->currentItem()->data(TitleColumn, SeenRole).toInt();
    const auto read = [this, seen](const QString &articleId) {
        ReadMark mark = m_readHook ? m_readHook(articleId) : ReadMark{};
        if (mark.revision <= 0)
            mark = ReadMark{seen, {}};
        return mark;
    };
    const bool done = decideWithUi(
        m_db, this, id, static_cast<WorkflowAction>(action),
        DecisionHooks{m_saveHook, read, [this, id](int readRevision, int latest, bool compare) {
                          Q_EMIT readOutdated(id, readRevision, latest, compare);
                      }});
    refresh();
    if (done) {
        Q_EMIT decided(id);
        if (const QString next = selectedArticleId(); !next.isEmpty())
            Q_EMIT articleActivated(next);
    }
    return done;
}

void ReviewQueuePanel::updateButtons()
{
    const Role role = WorkflowService(m_db).actingRole();
    const bool canDecide = role != Role::Staff && !selectedArticleId().isEmpty();
    m_approve->setEnabled(canDecide);
    m_return->setEnabled(canDecide);
}

} // namespace PressDesk
