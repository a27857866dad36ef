#include "AppStartup.h"

#include "AppIcons.h"
#include "AppStyle.h"
#include "Language.h"
#include "Settings.h"
#include "backup/BackupScheduler.h"
#include "store/Database.h"
#include "store/DemoContent.h"
#include "store/ProfileBackup.h"
#include "store/UserRepository.h"

#include <QApplication>
#include <QFileInfo>
#include <QLocale>
#include <QtConcurrent>

namespace PressDesk {

void prepareApplication(QApplication &app)
{
    installAppIcons();
    installAppStyle();
    installTranslation(&app, Settings::language());
}

void updateProfileFirst(const QString &path, const std::function<void(QFuture<void>)> &wait)
{
    const int version = Database::schemaVersionOf(path);
    if (version < 0 || version >= Database::latestSchemaVersion())
        return;
    // Its own connection, on the worker thread; closed there when the update is done.
    QFuture<void> work = QtConcurrent::run([path] { (void)Database::open(path); });
    wait(work);
    work.waitForFinished();
}

// The profile did not open: the latest good backup, if the user wants it. The error stays
// the one to show when there is no backup, the user says no, or the restore fails too.
static Result<std::unique_ptr<Database>>
restoreLatestBackup(const QString &path, const Error &error,
                    const std::function<bool(const QString &)> &askToRestore)
{
    // A profile from a newer PressDesk is not damaged: updating PressDesk opens it.
    if (!askToRestore || !QFileInfo::exists(path) || error.code == QLatin1String("newer-schema"))
        return error;
    const QString backup = ProfileBackup::latestGood(BackupScheduler::folder(path), path);
    if (backup.isEmpty())
        return error;
    auto info = ProfileBackup::inspect(backup);
    if (!info)
        return error;
    const QString question =
        QApplication::translate(
            "main",
            "The profile cannot be opened:\n%1\n\nRestore its latest good backup, of %2 "
            "(%n article(s))? The profile that does not open is kept aside.",
            nullptr, int(info->articles))
            .arg(error.message,
                 QLocale().toString(QFileInfo(backup).lastModified(), QLocale::ShortFormat));
    if (!askToRestore(question))
        return error;
    if (auto restored = ProfileBackup::restore(backup, path); !restored)
        return restored.error();
    return Database::open(path);
}

Result<StartupProfile> openStartupProfile(const QString &path,
                                          const std::function<bool(const QString &)> &askToRestore)
{
    auto db = Database::open(path);
    if (!db)
        db = restoreLatestBackup(path, db.error(), askToRestore);
    if (!db)
        return db.error();
    StartupProfile out{std::move(db).value(), {}};
    if (out.db->isNew()) {
        if (auto seeded = DemoContent::seed(*out.db); !seeded)
            out.warnings << seeded.error().message;
    }
    // Who is working: revisions and workflow decisions carry this name.
    if (auto user = UserRepository(*out.db).ensureCurrentUser(); !user)
        out.warnings << user.error().message;
    return out;
}

} // namespace PressDesk
