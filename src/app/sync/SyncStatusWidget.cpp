#include "sync/SyncStatusWidget.h"

#include "store/Database.h"
#include "sync/ServerDialog.h"
#include "sync/SyncController.h"
#include "sync/SyncEngine.h"

#include <QMouseEvent>

namespace PressDesk {

SyncStatusWidget::SyncStatusWidget(Database &db, SyncController &controller, QWidget *parent)
    : QLabel(parent), m_db(db), m_controller(controller)
{
    setObjectName(QStringLiteral("syncStatusWidget"));
    setCursor(Qt::PointingHandCursor);
    setTextFormat(Qt::PlainText);
    connect(&controller, &SyncController::statusChanged, this, &SyncStatusWidget::refresh);
    // What waits to be sent follows the saves; what a pass wrote, its end.
    // Sync: a pass by another process (pressdesk-cli sync) moves the state too.
    db.changes().subscribe(this, Change::Articles | Change::Comments | Change::Sync,
                           [this] { refresh(); });
    connect(this, &SyncStatusWidget::clicked, this, &SyncStatusWidget::openServerDialog);
    refresh();
}

QString SyncStatusWidget::timeText(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    if (local.date() == QDate::currentDate())
        return local.toString(QStringLiteral("HH:mm"));
    return local.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

void SyncStatusWidget::display(const QString &text, const QString &colour)
{
    setText(text);
    setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(colour));
}

void SyncStatusWidget::refresh()
{
    auto read = SyncEngine::status(m_db);
    if (!read || !read->joined) {
        hide();
        return;
    }
    const SyncStatus &st = read.value();
    static const QString red = QStringLiteral("#b00020");
    static const QString amber = QStringLiteral("#8a6d00");

    // The details, whatever the label says.
    QStringList tip;
    tip << tr("Office server: %1 (as %2)").arg(st.serverUrl, st.userName);
    tip << (st.lastSync.isValid() ? tr("Last synced: %1").arg(timeText(st.lastSync))
                                  : tr("Not synced yet."));
    if (st.pending > 0)
        tip << tr("%n change(s) waiting to be sent.", nullptr, st.pending);
    if (st.conflicts > 0)
        tip << tr("%n conflict(s) waiting for a decision.", nullptr, st.conflicts);
    for (const QString &refused : st.refused.mid(qMax(0, int(st.refused.size()) - 5)))
        tip << tr("Refused by the server: %1").arg(refused);
    const QString error = m_controller.needsPassword() ? m_controller.lastError() : st.lastError;
    if (!error.isEmpty())
        tip << error;
    tip << tr("Click for the office server.");

    if (m_controller.isBusy())
        display(tr("Syncing…"), {});
    else if (m_controller.needsPassword())
        display(tr("Server password needed"), red);
    else if (!st.lastError.isEmpty())
        display(st.online ? tr("Sync failed") : tr("Cannot reach the server"), red);
    else if (!st.refused.isEmpty())
        display(tr("%n change(s) refused", nullptr, int(st.refused.size())), amber);
    else if (st.conflicts > 0)
        display(tr("%n conflict(s)", nullptr, st.conflicts), amber);
    else if (st.pending > 0)
        display(tr("%n change(s) waiting to be sent", nullptr, st.pending), {});
    else if (st.lastSync.isValid())
        display(tr("Synced %1", "the time of the last sync").arg(timeText(st.lastSync)), {});
    else
        display(tr("Not synced yet"), {});
    setToolTip(tip.join(u'\n'));
    QLabel::show();
}

void SyncStatusWidget::openServerDialog()
{
    QWidget *top = window();
    if (auto *open = top->findChild<ServerDialog *>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new ServerDialog(m_db, m_controller, top);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SyncStatusWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QLabel::mouseReleaseEvent(event);
}

} // namespace PressDesk
