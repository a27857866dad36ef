#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace PressDesk {

// A second connection to a profile through SQLite's own C interface, for writing many rows:
// a new desk's join writes an office's articles and revisions (hundreds of megabytes) through
// it. Values are bound as the UTF-8 bytes they arrive in and statements are prepared once;
// through Qt's driver every value would be converted to a QString and back (SQLite stores
// UTF-8, Qt's driver binds UTF-16), and each run would pass through QVariant. The window's
// WAL checkpoints run through one too (WalCheckpointer), off the GUI thread.
//
// The connection is its own (not the handle of Qt's driver): the MinGW build's Qt SQLite
// plugin carries a copy of SQLite of its own, and a handle must not cross copies. Two
// connections to one file are SQLite's ordinary case; Qt's connection on the same thread
// must not hold a transaction while this one writes.
class SqliteBulk
{
    Q_DISABLE_COPY_MOVE(SqliteBulk)

public:
    class Statement
    {
    public:
        // UTF-8 text; a view without data binds NULL.
        Statement &text(int index, QByteArrayView utf8);
        Statement &integer(int index, qint64 value);
        Statement &null(int index);
        // Runs the statement: true while it returns a row (read it with column()), false once
        // done (it is then reset for the next values).
        Result<bool> step();
        qint64 column(int index) const;
        // Ends a run early (a row was read and the rest is not wanted).
        void reset();

    private:
        friend class SqliteBulk;
        Statement(SqliteBulk &owner, sqlite3_stmt *stmt) : m_owner(owner), m_stmt(stmt) {}
        SqliteBulk &m_owner;
        sqlite3_stmt *m_stmt;
    };

    // Opens the profile at path (already created and migrated by Database::open): foreign
    // keys on, synchronous NORMAL as Database sets them, waiting up to 5 s for a lock.
    static Result<std::unique_ptr<SqliteBulk>> open(const QString &path);
    ~SqliteBulk();

    // Prepared once; the statement lives as long as this connection.
    Result<Statement *> prepare(const char *sql);
    Status exec(const char *sql);
    Status begin() { return exec("BEGIN IMMEDIATE"); }
    Status commit();
    void rollback();

    // Copies what the WAL holds into the database as far as no reader still needs it, without
    // waiting for anyone (SQLite's PASSIVE checkpoint; WalCheckpointer runs it off the GUI
    // thread). Returns the WAL's frames not copied yet (0: all are in the database).
    Result<int> checkpoint();

    // The last failure in our words (Database::sqlError's: the disk full, read-only, busy…).
    Error error(int code) const;

private:
    SqliteBulk() = default;
    sqlite3 *m_db = nullptr;
    std::vector<std::unique_ptr<Statement>> m_statements;
};

} // namespace PressDesk
