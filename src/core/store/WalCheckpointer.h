#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace PressDesk {

class SqliteBulk;

// Copies a profile's WAL into the database on a worker thread, for a connection that leaves
// it alone (Database::leaveCheckpointsToWorker: the app's window). SQLite would otherwise do
// it in whichever thread commits once the WAL passes 1000 pages; after a join left 300 MB
// there, a save on the GUI thread waited 0.55 s for it (bench_wal_save). The checkpoint is SQLite's
// PASSIVE one: it takes no lock a writer or reader waits for, and copies what no reader still needs
// (the rest at the next tick).
class WalCheckpointer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalCheckpointer)

public:
    explicit WalCheckpointer(QString profilePath, QObject *parent = nullptr);
    // Waits for a checkpoint under way: it reads and writes the profile's files.
    ~WalCheckpointer() override;

    // Every intervalMs, a checkpoint when the WAL file is at least as large as SQLite's own
    // threshold (1000 pages of 4 KB). 0 stops.
    void start(int intervalMs = defaultInterval());
    static constexpr int defaultInterval() { return 2000; }
    static constexpr qint64 threshold() { return 4 * 1024 * 1024; }

    // A checkpoint now, off this thread; nothing when one is already under way.
    void checkpointNow();
    bool isBusy() const { return m_running.isRunning(); }

signals:
    // After each checkpoint: how many of the WAL's frames are not in the database yet (0: all
    // are), or -1 when it failed (logged; the next tick tries again).
    void checkpointed(int framesLeft);

private:
    void tick();

    QString m_path;
    QTimer m_timer;
    // Opened by the first checkpoint and kept; used by one worker at a time.
    std::unique_ptr<SqliteBulk> m_connection;
    QFuture<int> m_running;
    QFutureWatcher<int> m_watcher;
};

} // namespace PressDesk
