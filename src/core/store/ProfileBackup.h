#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace PressDesk {

// Backups of a profile that restore: made while PressDesk keeps working, checked before they
// are trusted, and a restore that never loses the profile it replaces.
//
// A backup is SQLite's own consistent copy of the live database (`VACUUM INTO`, one read
// transaction: writers on other connections carry on, in WAL mode they are never blocked),
// never a copy of the file — a file copied while it is written, or without its -wal file, is
// a damaged or stale profile. (SQLite's C backup API would do the same, but the app reaches
// SQLite only through Qt's driver: on Windows that driver carries its own copy of SQLite, and
// a second copy linked into PressDesk must not touch the first one's connection.)
//
// Every function opens its own connection, so it can run on any thread (the app's scheduled
// backups run on a worker) and on a profile that Database::open refuses (a damaged one).
class ProfileBackup
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::ProfileBackup)

public:
    // What a file holds when it is a PressDesk profile.
    struct Info
    {
        int schema = 0; // PRAGMA user_version: the migrations applied
        qint64 articles = 0;
        QString lastSaved; // the newest revision's time (UTC ISO 8601), '' when none
    };

    // A consistent copy of the profile at `profilePath` written to `outPath` (replaced when it
    // exists, only once the new copy is complete). Disk full, an unwritable folder, a damaged
    // profile: an Error in the user's words, and nothing left half-written.
    static Status backup(const QString &profilePath, const QString &outPath);

    // `path` is a PressDesk profile that this version can open, and SQLite finds nothing
    // damaged in it (quick_check); else why not, in the user's words.
    static Result<Info> inspect(const QString &path);

    // The full check a person asks for (`db check`): SQLite's integrity check and the foreign
    // keys. `problems` is empty when the profile is sound.
    struct Check
    {
        Info info;
        QStringList problems;
    };
    static Result<Check> check(const QString &path);

    // Puts the backup at `backupPath` in place of the profile at `profilePath`: the backup is
    // inspected first (a file that is not a profile, is damaged or was written by a newer
    // PressDesk is refused and nothing changes); the current profile, with its -wal and -shm
    // files, is moved aside to "<profile>.before-restore-<yyyyMMdd-HHmmss>" (its path is
    // returned; '' when there was none). PressDesk must not have the profile open meanwhile.
    static Result<QString> restore(const QString &backupPath, const QString &profilePath);

    // The scheduled backups of a profile, one a day, in a folder of the user's choice:
    // "<profile's file name without .sqlite>-<yyyy-MM-dd>.sqlite" ("pressdesk-2026-12-04.sqlite"),
    // so that the backups of two profiles can share a folder.
    static QString scheduledName(const QString &profilePath, const QDate &day);
    // Deletes the profile's scheduled backups in `folder` beyond the newest `daily` days and,
    // older than those, the newest of each of `weekly` weeks; nothing else in the folder is
    // touched. Returns the files deleted.
    static QStringList rotate(const QString &folder, const QString &profilePath, int daily = 7,
                              int weekly = 4);
    // The newest of the profile's scheduled backups in `folder` that inspect() accepts; ''
    // when there is none.
    static QString latestGood(const QString &folder, const QString &profilePath);
    // Where scheduled backups go unless the user chose a folder: "backups" beside the profile.
    static QString defaultFolder(const QString &profilePath);
};

} // namespace PressDesk
