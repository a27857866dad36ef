#pragma once

#include "Result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace PressDesk {

// The profile's daily backup, made while PressDesk is open (ProfileBackup: SQLite's consistent
// copy, on a worker thread with its own connection, so typing goes on meanwhile). A minute
// after start and then every hour it looks for today's backup in the folder of Settings; when
// there is none it makes one, then keeps 7 daily and 4 weekly backups (ProfileBackup::rotate).
class BackupScheduler : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupScheduler)

public:
    explicit BackupScheduler(const QString &profilePath, QObject *parent = nullptr);
    ~BackupScheduler() override;

    // The folder of Settings, else "backups" beside the profile.
    static QString folder(const QString &profilePath);

    // Makes today's backup now unless one is being made (returns false then).
    bool backupNow();
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    // A backup ended: the file written, or why not (in the user's words).
    void finished(bool ok, const QString &fileOrError);

private:
    void backupIfDue();

    QString m_profile;
    QTimer m_timer;
    QFutureWatcher<Status> m_watcher;
    QString m_target;
};

} // namespace PressDesk
