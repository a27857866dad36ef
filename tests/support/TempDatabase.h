#pragma once

#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A fresh profile in a temporary folder, removed with the object.
class TempDatabase
{
public:
    TempDatabase()
    {
        auto db = PressDesk::Database::open(path());
        if (!db)
            qFatal("cannot open test database: %s", qPrintable(db.error().message));
        m_db = std::move(db).value();
    }

    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dir() const { return m_dir.path(); }
    PressDesk::Database &db() { return *m_db; }
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PressDesk::Database> m_db;
};
