#pragma once

#include "Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace PressDesk {

class Database;

// Runs one statement for a repository: prepares it, binds the values in order (one per `?`)
// and executes it, with one error path: a failure at any step is Database::sqlError. The
// statement text is a constant of the repository (values are always bound, never pasted).
namespace Sql {

// The executed query, before its first row (walk the rows with next()).
Result<QSqlQuery> exec(const Database &db, const QString &sql, const QVariantList &binds = {});

// A statement whose rows do not matter (an INSERT, UPDATE or DELETE).
Status run(const Database &db, const QString &sql, const QVariantList &binds = {});

// The query on its first row, or nullopt when the statement returns no row.
Result<std::optional<QSqlQuery>> one(const Database &db, const QString &sql,
                                     const QVariantList &binds = {});

// The first row's values, or nullopt when the statement returns no row.
Result<std::optional<QVariantList>> row(const Database &db, const QString &sql,
                                        const QVariantList &binds = {});

// The first column of the first row; an invalid QVariant when there is no row.
Result<QVariant> value(const Database &db, const QString &sql, const QVariantList &binds = {});

// How many rows the statement changed.
Result<int> affected(const Database &db, const QString &sql, const QVariantList &binds = {});

} // namespace Sql

} // namespace PressDesk
