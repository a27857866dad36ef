#pragma once

// A profile of an older schema, for the upgrade tests: migrations 1 to `last` applied as
// Database applies them.
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

// Migrations 1 to `last` applied to `db` as Database applies them (a trigger's body ends with
// END;): a profile of an older schema, for the upgrade tests.
inline void applyMigrationsUpTo(const QSqlDatabase &db, int last)
{
    QDir migrations(QStringLiteral(":/pressdesk/migrations"));
    for (int n = 1; n <= last; ++n) {
        const QStringList found =
            migrations.entryList({QStringLiteral("%1_*.sql").arg(n, 3, 10, QLatin1Char('0'))});
        if (found.size() != 1)
            qFatal("migration %d: %lld files", n, qlonglong(found.size()));
        QFile script(migrations.filePath(found.first()));
        if (!script.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(script.fileName()));
        QString sql;
        bool trigger = false;
        for (const QString &line : QString::fromUtf8(script.readAll()).split(u'\n')) {
            const QString l = line.trimmed();
            if (l.isEmpty() || l.startsWith(QLatin1String("--")))
                continue;
            sql += line + u'\n';
            trigger = trigger || l.startsWith(QLatin1String("CREATE TRIGGER"));
            if (trigger ? l == QLatin1String("END;") : l.endsWith(u';')) {
                QSqlQuery q(db);
                if (!q.exec(sql))
                    qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                sql.clear();
                trigger = false;
            }
        }
    }
}
