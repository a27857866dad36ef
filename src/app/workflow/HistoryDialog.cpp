#include "workflow/HistoryDialog.h"

#include "widgets/DiffHtml.h"

#include "store/ArticleRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "text/WordDiff.h"
#include "workflow/WorkflowService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace PressDesk {

HistoryDialog::HistoryDialog(Database &db, const QString &articleId, QWidget *parent)
    : QDialog(parent), m_db(db), m_articleId(articleId)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History and comparison"));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);

    m_timeline = new QTreeWidget(splitter);
    m_timeline->setObjectName(QStringLiteral("historyTimeline"));
    m_timeline->setAccessibleName(tr("Revisions and decisions"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    m_timeline->setHeaderLabels({tr("When"), tr("What"), tr("Who"), tr("State"), tr("Note")});
    m_timeline->header()->setStretchLastSection(true);
    for (int c = 0; c < 4; ++c)
        m_timeline->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *compareBox = new QWidget(splitter);
    auto *compareLayout = new QVBoxLayout(compareBox);
    compareLayout->setContentsMargins(0, 0, 0, 0);
    auto *controls = new QHBoxLayout;
    m_a = new QComboBox(compareBox);
    m_a->setObjectName(QStringLiteral("revisionAComboBox"));
    m_a->setAccessibleName(tr("Older revision"));
    m_a->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_b = new QComboBox(compareBox);
    m_b->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_b->setObjectName(QStringLiteral("revisionBComboBox"));
    m_b->setAccessibleName(tr("Newer revision"));
    m_inline = new QRadioButton(tr("&Inline"), compareBox);
    m_inline->setObjectName(QStringLiteral("inlineRadioButton"));
    m_sideBySide = new QRadioButton(tr("&Side by side"), compareBox);
    m_sideBySide->setObjectName(QStringLiteral("sideBySideRadioButton"));
    m_inline->setChecked(true);
    m_restore = new QPushButton(tr("&Restore the older revision"), compareBox);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setToolTip(tr("Makes the older revision the current content, as a new revision. "
                             "Nothing is deleted."));
    controls->addWidget(new QLabel(tr("Compare"), compareBox));
    controls->addWidget(m_a);
    controls->addWidget(new QLabel(tr("with"), compareBox));
    controls->addWidget(m_b);
    controls->addSpacing(12);
    controls->addWidget(m_inline);
    controls->addWidget(m_sideBySide);
    controls->addStretch(1);
    controls->addWidget(m_restore);
    compareLayout->addLayout(controls);
    m_summary = new QLabel(compareBox);
    m_summary->setObjectName(QStringLiteral("diffSummaryLabel"));
    compareLayout->addWidget(m_summary);
    m_view = new QTextBrowser(compareBox);
    m_view->setObjectName(QStringLiteral("diffView"));
    m_view->document()->setDefaultStyleSheet(DiffHtml::styleSheet());
    m_view->setOpenLinks(false);
    compareLayout->addWidget(m_view, 1);

    splitter->addWidget(m_timeline);
    splitter->addWidget(compareBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const auto changed = [this] {
        showDiff();
    };
    connect(m_a, &QComboBox::currentIndexChanged, this, changed);
    connect(m_b, &QComboBox::currentIndexChanged, this, changed);
    connect(m_inline, &QRadioButton::toggled, this, changed);
    connect(m_restore, &QPushButton::clicked, this, &HistoryDialog::restoreSelected);
    resize(1100, 760);
    reload();
}

void HistoryDialog::reload()
{
    ArticleRepository repo(m_db);
    auto revisions = repo.revisions(m_articleId);
    auto events = AuditLog(m_db).list(m_articleId);
    m_timeline->clear();
    struct Row
    {
        QDateTime at;
        QStringList cells;
    };
    QList<Row> rows;
    if (revisions) {
        for (const Revision &r : std::as_const(revisions.value()))
            rows << Row{r.createdAt,
                        {displayDateTime(r.createdAt), tr("Revision %1").arg(r.number), r.savedBy,
                         statusDisplayName(r.status), r.note}};
    }
    if (events) {
        for (const AuditEntry &e : std::as_const(events.value()))
            rows << Row{e.at,
                        {displayDateTime(e.at), auditActionDisplayName(e.action), e.userName,
                         statusDisplayNameForKey(e.fromStatus) + QStringLiteral(" → ") +
                             statusDisplayNameForKey(e.toStatus),
                         e.comment}};
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &x, const Row &y) { return x.at < y.at; });
    for (const Row &r : std::as_const(rows))
        new QTreeWidgetItem(m_timeline, r.cells);
    m_timeline->scrollToBottom();

    const QSignalBlocker blockA(m_a);
    const QSignalBlocker blockB(m_b);
    m_a->clear();
    m_b->clear();
    if (revisions) {
        for (const Revision &r : std::as_const(revisions.value())) {
            const QString label = tr("Revision %1 (%2, %3)")
                                      .arg(r.number)
                                      .arg(displayDateTime(r.updatedAt),
                                           r.savedBy.isEmpty() ? QStringLiteral("-") : r.savedBy);
            m_a->addItem(label, r.number);
            m_b->addItem(label, r.number);
        }
    }
    // The latest change: the one before last against the last.
    m_b->setCurrentIndex(m_b->count() - 1);
    m_a->setCurrentIndex(std::max(0, m_a->count() - 2));
    showDiff();
}

void HistoryDialog::compare(int a, int b)
{
    const QSignalBlocker blockA(m_a);
    m_a->setCurrentIndex(m_a->findData(a));
    m_b->setCurrentIndex(m_b->findData(b)); // updates the view
    showDiff();
}

void HistoryDialog::setSideBySide(bool on)
{
    (on ? m_sideBySide : m_inline)->setChecked(true);
}

void HistoryDialog::showDiff()
{
    auto revisions = ArticleRepository(m_db).revisions(m_articleId);
    const int a = m_a->currentData().toInt();
    const int b = m_b->currentData().toInt();
    const Revision *ra = nullptr;
    const Revision *rb = nullptr;
    if (revisions) {
        for (const Revision &r : std::as_const(revisions.value())) {
            if (r.number == a)
                ra = &r;
            if (r.number == b)
                rb = &r;
        }
    }
    m_restore->setEnabled(ra && rb && a != m_b->itemData(m_b->count() - 1).toInt());
    if (!ra || !rb) {
        m_view->clear();
        m_summary->clear();
        return;
    }
    const WorkflowService service(m_db);
    const auto segments = Text::wordDiff(service.comparableText(*ra), service.comparableText(*rb));
    int deleted = 0, inserted = 0;
    for (const Text::DiffSegment &s : segments) {
        if (s.kind == Text::DiffSegment::Deleted)
            ++deleted;
        else if (s.kind == Text::DiffSegment::Inserted)
            ++inserted;
    }
    m_summary->setText(a == b ? tr("The same revision.")
                       : deleted + inserted == 0
                           ? tr("No difference a reader would see.")
                           : tr("%1 removal(s) and %2 addition(s) between revision %3 and %4.")
                                 .arg(deleted)
                                 .arg(inserted)
                                 .arg(a)
                                 .arg(b));
    QString html;
    if (m_sideBySide->isChecked()) {
        html = DiffHtml::sideBySide(segments, tr("Revision %1").arg(a), tr("Revision %1").arg(b));
    } else {
        html =
            QStringLiteral("<div>") + Text::diffToInlineHtml(segments) + QStringLiteral("</div>");
    }
    m_view->setHtml(html);
}

bool HistoryDialog::restoreSelected()
{
    const int a = m_a->currentData().toInt();
    if (a <= 0)
        return false;
    if (m_saveHook && !m_saveHook())
        return false;
    auto done = WorkflowService(m_db).restore(m_articleId, a);
    if (!done) {
        QMessageBox::warning(this, windowTitle(), done.error().message);
        return false;
    }
    reload();
    Q_EMIT restored(m_articleId);
    return true;
}

} // namespace PressDesk
