#include "store/SqlQuery.h"

#include "store/Database.h"

#include <QSqlError>
#include <QSqlRecord>

namespace PressDesk::Sql {

namespace {

// The statement prepared once while a Database::StatementCache lives, run with these values;
// nullptr when there is no cache.
QSqlQuery *cachedExec(const Database &db, const QString &sql, const QVariantList &binds,
                      std::optional<Error> *error)
{
    QSqlQuery *cached = db.cachedStatement(sql);
    if (!cached)
        return nullptr;
    cached->finish();
    for (qsizetype i = 0; i < binds.size(); ++i)
        cached->bindValue(int(i), binds.at(i));
    if (!cached->exec())
        *error = Database::sqlError(cached->lastError());
    return cached;
}

} // namespace

Result<QSqlQuery> exec(const Database &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Database::sqlError(q.lastError());
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec())
        return Database::sqlError(q.lastError());
    return q;
}

Status run(const Database &db, const QString &sql, const QVariantList &binds)
{
    std::optional<Error> error;
    if (QSqlQuery *cached = cachedExec(db, sql, binds, &error)) {
        if (error)
            return *error;
        cached->finish();
        return {};
    }
    auto q = exec(db, sql, binds);
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<QSqlQuery>> one(const Database &db, const QString &sql,
                                     const QVariantList &binds)
{
    auto q = exec(db, sql, binds);
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<QSqlQuery>();
    return std::optional<QSqlQuery>(std::move(q).value());
}

Result<std::optional<QVariantList>> row(const Database &db, const QString &sql,
                                        const QVariantList &binds)
{
    const auto values = [](QSqlQuery &q) {
        QVariantList out;
        for (int i = 0, n = q.record().count(); i < n; ++i)
            out << q.value(i);
        return out;
    };
    std::optional<Error> error;
    if (QSqlQuery *cached = cachedExec(db, sql, binds, &error)) {
        if (error)
            return *error;
        std::optional<QVariantList> out;
        if (cached->next())
            out = values(*cached);
        cached->finish();
        return out;
    }
    auto q = one(db, sql, binds);
    if (!q)
        return q.error();
    if (!q->has_value())
        return std::optional<QVariantList>{};
    return std::optional<QVariantList>{values(**q)};
}

Result<QVariant> value(const Database &db, const QString &sql, const QVariantList &binds)
{
    std::optional<Error> error;
    if (QSqlQuery *cached = cachedExec(db, sql, binds, &error)) {
        if (error)
            return *error;
        const QVariant v = cached->next() ? cached->value(0) : QVariant();
        cached->finish();
        return v;
    }
    auto row = one(db, sql, binds);
    if (!row)
        return row.error();
    return row->has_value() ? (*row)->value(0) : QVariant();
}

Result<int> affected(const Database &db, const QString &sql, const QVariantList &binds)
{
    std::optional<Error> error;
    if (QSqlQuery *cached = cachedExec(db, sql, binds, &error)) {
        if (error)
            return *error;
        const int n = cached->numRowsAffected();
        cached->finish();
        return n;
    }
    auto q = exec(db, sql, binds);
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

} // namespace PressDesk::Sql
