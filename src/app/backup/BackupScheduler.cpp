#include "backup/BackupScheduler.h"

#include "Settings.h"
#include "store/ProfileBackup.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QtConcurrent>

namespace PressDesk {

BackupScheduler::BackupScheduler(const QString &profilePath, QObject *parent)
    : QObject(parent), m_profile(profilePath)
{
    connect(&m_watcher, &QFutureWatcher<Status>::finished, this, [this] {
        const Status st = m_watcher.result();
        if (st)
            ProfileBackup::rotate(QFileInfo(m_target).absolutePath(), m_profile);
        Q_EMIT finished(st.ok(), st ? m_target : st.error().message);
    });
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::backupIfDue);
    // Not during start-up: the first look a minute after, then hourly (a desk left open
    // overnight makes the next day's).
    m_timer.setSingleShot(false);
    m_timer.start(std::chrono::minutes(1));
}

BackupScheduler::~BackupScheduler()
{
    m_watcher.waitForFinished(); // the worker holds its own connection to the profile
}

QString BackupScheduler::folder(const QString &profilePath)
{
    const QString chosen = Settings::value(Settings::Key::BackupFolder).toString();
    return chosen.isEmpty() ? ProfileBackup::defaultFolder(profilePath) : chosen;
}

void BackupScheduler::backupIfDue()
{
    m_timer.setInterval(std::chrono::hours(1));
    if (!Settings::value(Settings::Key::BackupsEnabled).toBool())
        return;
    const QString today =
        QDir(folder(m_profile))
            .filePath(ProfileBackup::scheduledName(m_profile, QDate::currentDate()));
    if (!QFileInfo::exists(today))
        backupNow();
}

bool BackupScheduler::backupNow()
{
    if (isRunning())
        return false;
    m_target = QDir(folder(m_profile))
                   .filePath(ProfileBackup::scheduledName(m_profile, QDate::currentDate()));
    m_watcher.setFuture(QtConcurrent::run([profile = m_profile, target = m_target] {
        return ProfileBackup::backup(profile, target);
    }));
    return true;
}

} // namespace PressDesk
