#include "store/ProfileBackup.h"

#include "store/Database.h"
#include "store/SqlQuery.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace PressDesk {

namespace {

// A connection of its own to one file, closed and removed with the object.
class Connection
{
public:
    Connection(const QString &path, bool readOnly)
        : m_name(QStringLiteral("pressdesk-backup-") +
                 QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;"
                                                       "QSQLITE_BUSY_TIMEOUT=5000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

QString profileStem(const QString &profilePath)
{
    return QFileInfo(profilePath).completeBaseName();
}

// "<stem>-yyyy-MM-dd.sqlite": the day, else an invalid date.
QDate scheduledDay(const QString &fileName, const QString &stem)
{
    const QString prefix = stem + u'-';
    if (!fileName.startsWith(prefix) || !fileName.endsWith(QLatin1String(".sqlite")) ||
        fileName.size() != prefix.size() + 10 + 7)
        return {};
    return QDate::fromString(fileName.mid(prefix.size(), 10), Qt::ISODate);
}

// The profile's scheduled backups in `folder`, newest day first.
QList<std::pair<QDate, QString>> scheduledBackups(const QString &folder, const QString &stem)
{
    QList<std::pair<QDate, QString>> backups;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({stem + QStringLiteral("-*.sqlite")}, QDir::Files)) {
        if (const QDate day = scheduledDay(name, stem); day.isValid())
            backups.append({day, dir.filePath(name)});
    }
    std::sort(backups.begin(), backups.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    return backups;
}

bool removeIfThere(const QString &path)
{
    return !QFile::exists(path) || QFile::remove(path);
}

} // namespace

// Opens `path` read-only and reads what makes it a PressDesk profile this version can open;
// quick: also SQLite's quick_check (every page read once).
static Result<ProfileBackup::Info> readInfo(Connection &connection, const QString &path,
                                            bool quickCheck)
{
    QSqlDatabase db = connection.db();
    if (!db.open())
        return Database::sqlError(db.lastError());
    QSqlQuery q(db);
    // A file that is not SQLite fails on the first read.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Database::sqlError(q.lastError());
    ProfileBackup::Info info;
    info.schema = q.value(0).toInt();
    q.finish();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                               "name IN ('articles', 'revisions', 'categories')")) ||
        !q.next())
        return Database::sqlError(q.lastError());
    const bool ourTables = q.value(0).toInt() == 3;
    q.finish();
    if (info.schema < 1 || !ourTables)
        return Error{
            QStringLiteral("not-a-profile"),
            ProfileBackup::tr("%1 is not a PressDesk profile (an SQLite database of another "
                              "program).")
                .arg(QDir::toNativeSeparators(path))};
    if (info.schema > Database::latestSchemaVersion())
        return Error{
            QStringLiteral("newer-schema"),
            ProfileBackup::tr("%1 was written by a newer version of PressDesk (schema %2; this "
                              "version knows up to %3). Update PressDesk first.")
                .arg(QDir::toNativeSeparators(path))
                .arg(info.schema)
                .arg(Database::latestSchemaVersion())};
    if (quickCheck) {
        if (!q.exec(QStringLiteral("PRAGMA quick_check(5)")))
            return Database::sqlError(q.lastError());
        QStringList problems;
        while (q.next())
            problems << q.value(0).toString();
        q.finish();
        if (problems != QStringList{QStringLiteral("ok")})
            return Error{QStringLiteral("corrupt"), ProfileBackup::tr("%1 is damaged: %2")
                                                        .arg(QDir::toNativeSeparators(path),
                                                             problems.join(QStringLiteral("; ")))};
    }
    if (!q.exec(QStringLiteral(
            "SELECT count(*), coalesce(max(updated_at), '') FROM articles WHERE deleted = 0")) ||
        !q.next())
        return Database::sqlError(q.lastError());
    info.articles = q.value(0).toLongLong();
    info.lastSaved = q.value(1).toString();
    return info;
}

static Status mustExist(const QString &path)
{
    if (QFileInfo(path).isFile())
        return {};
    return Error{QStringLiteral("not-found"),
                 ProfileBackup::tr("There is no file %1.").arg(QDir::toNativeSeparators(path))};
}

Result<ProfileBackup::Info> ProfileBackup::inspect(const QString &path)
{
    if (auto st = mustExist(path); !st)
        return st.error();
    Connection connection(path, true);
    return readInfo(connection, path, true);
}

Result<ProfileBackup::Check> ProfileBackup::check(const QString &path)
{
    if (auto st = mustExist(path); !st)
        return st.error();
    Connection connection(path, true);
    auto info = readInfo(connection, path, false);
    if (!info)
        return info.error();
    Check out{info.value(), {}};
    QSqlQuery q(connection.db());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(20)")))
        return Database::sqlError(q.lastError());
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            out.problems << line;
    }
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Database::sqlError(q.lastError());
    while (q.next() && out.problems.size() < 40) {
        out.problems << tr("a row of %1 (row %2) refers to a missing row of %3")
                            .arg(q.value(0).toString(), q.value(1).toString(),
                                 q.value(2).toString());
    }
    return out;
}

Status ProfileBackup::backup(const QString &profilePath, const QString &outPath)
{
    if (auto st = mustExist(profilePath); !st)
        return st;
    const QFileInfo out(outPath);
    if (out.absoluteFilePath() == QFileInfo(profilePath).absoluteFilePath())
        return Error{QStringLiteral("same-file"),
                     tr("A backup cannot replace the profile itself: choose another file.")};
    if (!QDir().mkpath(out.absolutePath()))
        return Error{QStringLiteral("cannot-write"),
                     tr("Cannot create the folder %1 for the backup.")
                         .arg(QDir::toNativeSeparators(out.absolutePath()))};
    const QString part = out.absoluteFilePath() + QStringLiteral(".part");
    if (!removeIfThere(part))
        return Error{QStringLiteral("cannot-write"),
                     tr("Cannot replace %1: the folder is read-only or the file is in use.")
                         .arg(QDir::toNativeSeparators(part))};
    {
        Connection connection(profilePath, true);
        QSqlDatabase db = connection.db();
        if (!db.open())
            return Database::sqlError(db.lastError());
        QSqlQuery q(db);
        // One read transaction: the copy is the profile as of one moment, whatever other
        // connections write meanwhile.
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(part);
        if (!q.exec()) {
            const Error error = Database::sqlError(q.lastError());
            q.finish();
            QFile::remove(part);
            return error;
        }
    }
    // Trusted only once it reads back whole.
    if (auto info = inspect(part); !info) {
        QFile::remove(part);
        return info.error();
    }
    if (!removeIfThere(outPath) || !QFile::rename(part, outPath)) {
        QFile::remove(part);
        return Error{QStringLiteral("cannot-write"),
                     tr("Cannot write the backup %1: the folder is read-only or the file is in "
                        "use.")
                         .arg(QDir::toNativeSeparators(outPath))};
    }
    return {};
}

Result<QString> ProfileBackup::restore(const QString &backupPath, const QString &profilePath)
{
    auto info = inspect(backupPath);
    if (!info)
        return info.error();
    const QFileInfo profile(profilePath);
    if (QFileInfo(backupPath).absoluteFilePath() == profile.absoluteFilePath())
        return Error{QStringLiteral("same-file"),
                     tr("This backup is the profile itself: choose a backup file.")};

    // The current profile and its journal files move aside together, as they are.
    static const QStringList suffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};
    const QString aside = profile.absoluteFilePath() + QStringLiteral(".before-restore-") +
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QStringList moved;
    const auto putBack = [&] {
        for (const QString &suffix : std::as_const(moved)) {
            QFile::remove(profilePath + suffix);
            QFile::rename(aside + suffix, profilePath + suffix);
        }
    };
    for (const QString &suffix : suffixes) {
        if (!QFile::exists(profilePath + suffix))
            continue;
        if (!QFile::rename(profilePath + suffix, aside + suffix)) {
            putBack();
            return Error{QStringLiteral("in-use"),
                         tr("The profile %1 cannot be moved aside: close PressDesk (and any "
                            "pressdesk-cli using it) and try again. Nothing was changed.")
                             .arg(QDir::toNativeSeparators(profilePath))};
        }
        moved << suffix;
    }
    if (!QDir().mkpath(profile.absolutePath())) {
        putBack();
        return Error{QStringLiteral("cannot-write"),
                     tr("Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(profile.absolutePath()))};
    }
    const QString part = profilePath + QStringLiteral(".part");
    QFile::remove(part);
    if (!QFile::copy(backupPath, part) || !QFile::rename(part, profilePath)) {
        QFile::remove(part);
        putBack();
        return Error{QStringLiteral("cannot-write"),
                     tr("Cannot copy the backup into place (is the disk full?). The profile "
                        "was left as it was.")};
    }
    // It opens (and an older backup is brought up to this version's schema) before we say so.
    auto opened = Database::open(profilePath);
    if (!opened) {
        QFile::remove(profilePath);
        putBack();
        return opened.error();
    }
    // A desk of an office server put back to an older copy of itself: its next sync waits
    // until the person confirms (SyncEngine, "restored-profile"; migration 21).
    if (auto marked =
            Sql::run(*opened.value(),
                     QStringLiteral("UPDATE sync_state SET restored_from = ? "
                                    "WHERE id = 1"),
                     {QStringLiteral("%1, %2").arg(
                         QFileInfo(backupPath).fileName(),
                         QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat))});
        !marked) {
        opened.value().reset();
        QFile::remove(profilePath);
        putBack();
        return marked.error();
    }
    return moved.isEmpty() ? QString() : aside;
}

QString ProfileBackup::scheduledName(const QString &profilePath, const QDate &day)
{
    return QStringLiteral("%1-%2.sqlite").arg(profileStem(profilePath), day.toString(Qt::ISODate));
}

QStringList ProfileBackup::rotate(const QString &folder, const QString &profilePath, int daily,
                                  int weekly)
{
    const auto backups = scheduledBackups(folder, profileStem(profilePath));
    QStringList deleted;
    QSet<int> weeksKept;
    for (qsizetype i = daily; i < backups.size(); ++i) {
        int year = 0;
        const int week = backups.at(i).first.weekNumber(&year);
        const int key = year * 100 + week;
        if (!weeksKept.contains(key) && weeksKept.size() < weekly) {
            weeksKept.insert(key); // the newest backup of an older week
            continue;
        }
        if (QFile::remove(backups.at(i).second))
            deleted << backups.at(i).second;
    }
    return deleted;
}

QString ProfileBackup::latestGood(const QString &folder, const QString &profilePath)
{
    for (const auto &backup : scheduledBackups(folder, profileStem(profilePath))) {
        if (inspect(backup.second))
            return backup.second;
    }
    return {};
}

QString ProfileBackup::defaultFolder(const QString &profilePath)
{
    return QFileInfo(profilePath).absoluteDir().filePath(QStringLiteral("backups"));
}

} // namespace PressDesk
