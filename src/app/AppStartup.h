#pragma once

#include "Result.h"

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
