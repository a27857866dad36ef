#pragma once

#include "Result.h"

#include <QFuture>
#include <QStringList>

#include <functional>
#include <memory>

class QApplication;

namespace PressDesk {

class Database;

// What main() does before its window, shared with bench_startup so that the benchmark times
// the real start-up and not a copy of it.

// The application's icons, style and the user's language: after the QApplication exists,
// before any widget (every tr() then sees the language).
void prepareApplication(QApplication &app);

// A profile an older PressDesk wrote is brought up to date before the window opens; with a
// year of articles that takes a while (migration 20 indexes every article's exact words: about
// a minute for 100 000). When the profile at `path` waits for an update, it runs on a worker
// thread and `wait` is called with the work, to show that the program is busy until it ends;
// returns at once when there is nothing to do (and for a new profile). Whatever goes wrong is
// left for openStartupProfile() to report.
void updateProfileFirst(const QString &path, const std::function<void(QFuture<void>)> &wait);

// The profile at `path` opened (created and migrated as needed), the demo article and plan
// loaded into a new one, and the person working on this desk known. Warnings are what went
// wrong without stopping start-up (the demo not loaded…), in the user's language.
// When the profile does not open and a good backup of it exists (BackupScheduler's folder),
// `askToRestore` is asked the question; on yes the backup replaces the profile (which is kept
// aside) and start-up goes on with it.
struct StartupProfile
{
    std::unique_ptr<Database> db;
    QStringList warnings;
};
Result<StartupProfile>
openStartupProfile(const QString &path,
                   const std::function<bool(const QString &question)> &askToRestore = {});

} // namespace PressDesk
