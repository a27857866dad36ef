#pragma once

#include <QDateTime>
#include <QLabel>

namespace PressDesk {

class Database;
class SyncController;
struct SyncStatus;

// The office server in the main window's status bar: "Synced 10:42", "3 changes waiting to
// be sent", "Cannot reach the server" (the error in the tooltip), "2 conflicts", "Syncing…";
// hidden while the profile has not joined an office. Clicking it opens the Office server
// dialog. Reads SyncEngine::status() on the window's store when the controller or the store
// says something changed.
class SyncStatusWidget : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    SyncStatusWidget(Database &db, SyncController &controller, QWidget *parent = nullptr);

    SyncController &controller() const { return m_controller; }

    // Reads the status again and shows it.
    void refresh();
    // File → Office server…: one dialog at a time, window-modal, the window's work going on.
    void openServerDialog();

    // When a pass ended, in local time: "10:42" today, else "19/02/2019 10:42".
    static QString timeText(const QDateTime &when);

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void display(const QString &text, const QString &colour);

    Database &m_db;
    SyncController &m_controller;
};

} // namespace PressDesk
