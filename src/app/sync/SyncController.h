#pragma once

#include "sync/SyncEngine.h"
#include "sync/SyncWorker.h"

#include <QElapsedTimer>
#include <QObject>

class QThread;
class QTimer;

namespace PressDesk {

class Database;

// The window's side of the office server. Runs a sync pass on the worker thread (SyncWorker)
// when the window opens, a few seconds after local saves (articles, comments), every minute,
// and on "Sync now"; one at a time, never on the window's thread. Joins an office for the
// Office server dialog.
class SyncController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    explicit SyncController(Database &db, QObject *parent = nullptr);
    ~SyncController() override;

    // Where the profile stands (a local read of the window's store); joined is false when it
    // cannot be read.
    SyncStatus status() const;
    bool isRunning() const { return m_running; } // a pass
    bool isJoining() const { return m_joining; }
    bool isBusy() const { return m_running || m_joining; }
    // The last pass found no password, or the server refused it: until the user types one
    // (syncNow with a password), only "Sync now" tries again.
    bool needsPassword() const { return m_needsPassword; }
    // The last pass's error in the user's language ("" when it ran, or none ran yet).
    QString lastError() const { return m_lastError; }
    SyncReport lastReport() const { return m_lastReport; }
    // Besides the last pass's result: the keychain could not keep the typed password.
    QString lastNote() const { return m_lastNote; }

    // A pass now, or right after the one running. With a password (typed by the user), the
    // pass signs in with it and keeps it once the server took it: in the keychain when
    // remember, else for this session.
    void syncNow(const QString &password = {}, bool remember = false);
    // Makes the profile a desk of the office (SyncEngine::join) on the worker; joinFinished()
    // tells how it went.
    void join(const QString &serverUrl, const QString &userName, const QString &password,
              bool remember, bool upload);

    // How long local saves wait before a pass (tests may shorten it), and the pause between
    // passes without saves.
    void setDebounceInterval(int ms);
    void setPeriodicInterval(int ms);

    // Waits for the running pass or join (tests).
    bool waitForIdle(int timeoutMs);

Q_SIGNALS:
    void passStarted();
    // error: "" when the pass ran.
    void passFinished(const PressDesk::SyncReport &report, const QString &error);
    void joinStarted();
    void joinFinished(bool ok, const PressDesk::Error &error, const QString &note);
    // Something the status shows changed: a pass started or ended, the profile joined.
    void statusChanged();

    // To the worker.
    void passRequested(const PressDesk::SyncPassRequest &request);
    void joinRequested(const PressDesk::SyncJoinRequest &request);

private:
    enum class Trigger { Start, LocalChange, Timer, User };
    void requestPass(Trigger trigger, const SyncPassRequest &request = {});
    void localChanged();
    void passDone(const SyncOutcome &outcome);
    void joinDone(const SyncOutcome &outcome);

    Database &m_db;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;
    QTimer *m_debounce = nullptr;
    QTimer *m_quiet = nullptr; // a change right after a pass is looked at once it settled
    QTimer *m_periodic = nullptr;
    bool m_running = false;
    bool m_joining = false;
    bool m_needsPassword = false;
    bool m_serverFailed = false; // the last pass did not run
    bool m_changedDuringPass = false;
    bool m_userAskedAgain = false;
    SyncPassRequest m_nextRequest;
    QElapsedTimer m_sincePass; // since the last pass ended: its own writes are not ours
    QString m_lastError;
    QString m_lastNote;
    SyncReport m_lastReport;
};

} // namespace PressDesk
