#include "store/SqlQuery.h"

#include "store/Database.h"

#include <QSqlError>

namespace PressDesk::Sql {

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

Result<QVariant> value(const Database &db, const QString &sql, const QVariantList &binds)
{
    auto row = one(db, sql, binds);
    if (!row)
        return row.error();
    return row->has_value() ? (*row)->value(0) : QVariant();
}

Result<int> affected(const Database &db, const QString &sql, const QVariantList &binds)
{
    auto q = exec(db, sql, binds);
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

} // namespace PressDesk::Sql
