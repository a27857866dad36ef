#include "publish/OutboxPanel.h"

#include "model/Article.h"
#include "publish/PublishController.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace PressDesk {

namespace {

enum Column { TitleColumn, PortalColumn, ActionColumn, StateColumn, NextColumn, ErrorColumn };

QString actionName(const OutboxEntry &e)
{
    if (e.action == QLatin1String("publish"))
        return e.publishAt.isValid()
                   ? OutboxPanel::tr("Publish at %1").arg(displayDateTime(e.publishAt))
                   : OutboxPanel::tr("Publish");
    if (e.action == QLatin1String("trash"))
        return OutboxPanel::tr("Move to trash");
    return OutboxPanel::tr("Withdraw");
}

QString stateName(const OutboxEntry &e)
{
    if (e.state == QLatin1String("done"))
        return OutboxPanel::tr("Sent");
    if (e.state == QLatin1String("cancelled"))
        return OutboxPanel::tr("Cancelled");
    if (e.state == QLatin1String("failed"))
        return e.errorCode == QLatin1String("conflict") ? OutboxPanel::tr("Changed on the portal")
                                                        : OutboxPanel::tr("Failed");
    return e.attempts > 0 ? OutboxPanel::tr("Waiting to retry (%n attempt(s))", nullptr, e.attempts)
                          : OutboxPanel::tr("Queued");
}

} // namespace

OutboxPanel::OutboxPanel(Database &db, PublishController &controller, QWidget *parent)
    : QWidget(parent), m_db(db), m_controller(controller)
{
    setObjectName(QStringLiteral("outboxPanel"));
    db.changes().subscribe(this, Change::Outbox | Change::Portals | Change::Articles,
                           [this] { refresh(); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    // Two by two: the left pane is narrow on a laptop screen.
    auto *buttons = new QGridLayout;
    m_send = new QPushButton(tr("Send now"), this);
    m_send->setObjectName(QStringLiteral("sendNowButton"));
    m_retry = new QPushButton(tr("Retry"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setToolTip(tr("Send failed and waiting entries again now"));
    m_cancel = new QPushButton(tr("Cancel entry"), this);
    m_cancel->setObjectName(QStringLiteral("cancelEntryButton"));
    m_overwrite = new QPushButton(tr("Overwrite…"), this);
    m_overwrite->setObjectName(QStringLiteral("overwriteButton"));
    m_overwrite->setToolTip(tr("Replace the post that was changed on the portal with the "
                               "approved version"));
    buttons->addWidget(m_send, 0, 0);
    buttons->addWidget(m_retry, 0, 1);
    buttons->addWidget(m_cancel, 1, 0);
    buttons->addWidget(m_overwrite, 1, 1);
    buttons->setColumnStretch(2, 1);
    layout->addLayout(buttons);

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Article"), tr("Portal"), tr("Action"), tr("State"), tr("Next attempt"), tr("Error")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    // The panel is narrow: when and why are shown below for the selected entry.
    m_table->setColumnHidden(NextColumn, true);
    m_table->setColumnHidden(ErrorColumn, true);
    layout->addWidget(m_table, 1);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("outboxDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(6);
    m_details->hide();
    layout->addWidget(m_details);

    m_showDone = new QCheckBox(tr("Show sent and cancelled"), this);
    m_showDone->setObjectName(QStringLiteral("showDoneCheck"));
    layout->addWidget(m_showDone);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("outboxProgress"));
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stop);
    layout->addLayout(progressRow);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("outboxStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_progress->hide();
    m_stop->hide();

    connect(m_send, &QPushButton::clicked, this, [this] { m_controller.sendNow(); });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (auto st = Publisher(m_db).retryFailed(); !st)
            m_status->setText(st.error().message);
        refresh();
        m_controller.sendNow();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (auto st = Publisher(m_db).cancel(selectedEntry()); !st)
            m_status->setText(st.error().message);
        refresh();
    });
    connect(m_overwrite, &QPushButton::clicked, this, &OutboxPanel::overwriteSelected);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_controller.stop();
        m_status->setText(tr("Stopping after the current entry…"));
    });
    connect(m_showDone, &QCheckBox::toggled, this, &OutboxPanel::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OutboxPanel::updateButtons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OutboxPanel::showDetails);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_entries.size())
            Q_EMIT articleActivated(m_entries.at(row).articleId);
    });

    connect(&m_controller, &PublishController::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy);
        m_stop->setVisible(busy);
        m_progress->setRange(0, 0); // until the first report
        updateButtons();
    });
    connect(&m_controller, &PublishController::progress, this,
            [this](int done, int total, const QString &title) {
                m_progress->setRange(0, total);
                m_progress->setValue(done);
                m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
                m_status->setText(done < total ? tr("Sending “%1”…").arg(title) : QString());
            });
    connect(&m_controller, &PublishController::finished, this,
            [this](int sent, const QString &error) {
                refresh();
                QString text = tr("%n entry(s) sent.", nullptr, sent);
                int stopped = 0;
                for (const OutboxEntry &e : std::as_const(m_entries))
                    if (!e.lastError.isEmpty() && e.state != QLatin1String("done"))
                        ++stopped;
                if (stopped > 0)
                    text += u' ' + tr("%n entry(s) could not be sent: select one to see why.",
                                      nullptr, stopped);
                if (!error.isEmpty())
                    text += u' ' + error;
                m_status->setText(text);
                // The first problem is shown at once.
                if (stopped > 0 && m_table->selectedItems().isEmpty()) {
                    for (int row = 0; row < m_entries.size(); ++row) {
                        if (!m_entries.at(row).lastError.isEmpty()) {
                            m_table->selectRow(row);
                            break;
                        }
                    }
                }
            });
    refresh();
}

void OutboxPanel::refresh()
{
    const qint64 selected = selectedEntry();
    auto entries = Publisher(m_db).queue(m_showDone->isChecked());
    m_entries = entries ? entries.value() : QList<OutboxEntry>();
    m_table->setRowCount(int(m_entries.size()));
    int pending = 0;
    for (int row = 0; row < m_entries.size(); ++row) {
        const OutboxEntry &e = m_entries.at(row);
        if (e.state == QLatin1String("queued") || e.state == QLatin1String("failed"))
            ++pending;
        const QStringList cells{e.articleTitle,
                                e.portalName,
                                actionName(e),
                                stateName(e),
                                e.state == QLatin1String("queued") && e.nextAttemptAt.isValid() &&
                                        e.attempts > 0
                                    ? displayDateTime(e.nextAttemptAt)
                                    : QString(),
                                e.lastError};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(e.lastError.isEmpty() ? cells.at(c)
                                                   : cells.at(c) + u'\n' + e.lastError);
            if (e.state == QLatin1String("failed"))
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            m_table->setItem(row, c, item);
        }
        if (e.id == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnToContents(StateColumn);
    showDetails();
    if (!entries)
        m_status->setText(entries.error().message);
    if (pending != m_pending) {
        m_pending = pending;
        Q_EMIT countChanged(pending);
    }
    updateButtons();
}

qint64 OutboxPanel::selectedEntry() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size() || m_table->selectedItems().isEmpty())
        return 0;
    return m_entries.at(row).id;
}

void OutboxPanel::showDetails()
{
    const int row = m_table->selectedItems().isEmpty() ? -1 : m_table->currentRow();
    if (row < 0 || row >= m_entries.size()) {
        m_details->hide();
        return;
    }
    const OutboxEntry &e = m_entries.at(row);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> — %2")
                 .arg(e.articleTitle.toHtmlEscaped(), actionName(e).toHtmlEscaped());
    lines << tr("State: %1").arg(stateName(e).toHtmlEscaped());
    if (e.state == QLatin1String("queued") && e.attempts > 0 && e.nextAttemptAt.isValid())
        lines << tr("Next attempt: %1").arg(displayDateTime(e.nextAttemptAt));
    if (!e.lastError.isEmpty())
        lines << QStringLiteral("<span style=\"color:#b00020\">%1</span>")
                     .arg(e.lastError.toHtmlEscaped());
    m_details->setText(lines.join(QStringLiteral("<br>")));
    m_details->show();
}

void OutboxPanel::updateButtons()
{
    const int row = m_table->selectedItems().isEmpty() ? -1 : m_table->currentRow();
    const OutboxEntry *e = row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
    const bool busy = m_controller.isBusy();
    m_send->setEnabled(!busy && m_pending > 0);
    m_retry->setEnabled(!busy && m_pending > 0);
    m_cancel->setEnabled(
        e && (e->state == QLatin1String("queued") || e->state == QLatin1String("failed")));
    m_overwrite->setEnabled(!busy && e && e->state == QLatin1String("failed") &&
                            e->errorCode == QLatin1String("conflict"));
}

void OutboxPanel::overwriteSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const OutboxEntry e = m_entries.at(row);
    QMessageBox ask(QMessageBox::Warning, tr("Overwrite the portal's version?"),
                    tr("“%1” was changed on %2 after PressDesk last sent it. Overwriting "
                       "replaces those changes with the version approved here; they cannot be "
                       "recovered from PressDesk.")
                        .arg(e.articleTitle, e.portalName),
                    QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("overwriteQuestion"));
    auto *yes = ask.addButton(tr("Overwrite"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != yes)
        return;
    if (auto st = Publisher(m_db).overwrite(e.id); !st) {
        m_status->setText(st.error().message);
        return;
    }
    refresh();
    m_controller.sendNow();
}

} // namespace PressDesk
