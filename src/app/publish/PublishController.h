#pragma once

#include "publish/OutboxWorker.h"
#include "publish/PortalRepository.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <optional>

class QThread;
class QTimer;
class QWidget;

namespace PressDesk {

class Database;

// The window's side of publishing: finds each portal's password (this session, the system
// keychain, or by asking), hands due work to the worker thread, and wakes up every half
// minute for retries and scheduled work.
class PublishController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishController)

public:
    PublishController(Database &db, QWidget *window);
    ~PublishController() override;

    // Sends what is due on every portal now; asks for passwords it does not have when
    // interactive. Does nothing while a run is going on.
    void sendNow(bool interactive = true);
    void stop();
    bool isBusy() const { return m_busy; }

    // This session's password for the portal, else the keychain's, else the user's answer
    // (interactive only). nullopt: cancelled or unknown.
    std::optional<QString> password(const PortalAccount &account, bool interactive);
    // Wait for the current run (tests).
    bool waitForIdle(int timeoutMs);

Q_SIGNALS:
    void busyChanged(bool busy);
    void progress(int done, int total, const QString &title);
    void finished(int sent, const QString &error);
    void runRequested(const QList<PressDesk::PortalJob> &jobs); // to the worker

private:
    Database &m_db;
    QPointer<QWidget> m_window;
    QThread *m_thread = nullptr;
    OutboxWorker *m_worker = nullptr;
    QTimer *m_timer = nullptr;
    std::atomic_bool m_stop{false};
    bool m_busy = false;
};

} // namespace PressDesk
