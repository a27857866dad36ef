#pragma once

#include "publish/Publisher.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace PressDesk {

class Database;
class PublishController;

// The outbox as the user sees it: what waits to go to the portals, what failed and why,
// with Send now, Retry, Cancel and — for a post changed on the portal — Overwrite; a progress
// bar and Stop while a batch goes out.
class OutboxPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxPanel)

public:
    OutboxPanel(Database &db, PublishController &controller, QWidget *parent = nullptr);

    void refresh();
    int pendingCount() const { return m_pending; }
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void countChanged(int pending);
    void articleActivated(const QString &id);

private:
    void updateButtons();
    void showDetails();
    qint64 selectedEntry() const;
    void overwriteSelected();

    Database &m_db;
    PublishController &m_controller;
    QList<OutboxEntry> m_entries;
    int m_pending = 0;
    QTableWidget *m_table = nullptr;
    QCheckBox *m_showDone = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_overwrite = nullptr;
    QPushButton *m_stop = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_details = nullptr; // the selected entry: what, when, why it stopped
};

} // namespace PressDesk
