#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <vector>

namespace PressDesk {

// One row of a COPY: its fields as the server sent them (UTF-8 text; a NULL has no data).
struct CopyRow
{
    QByteArrayView field(int index) const { return fields.at(size_t(index)); }

    std::vector<QByteArrayView> fields;
};

// Reads the rows of `COPY (query) TO STDOUT (FORMAT binary)` on the office server's
// connection (the libpq connection under Qt's PostgreSQL driver, inside the pull's
// transaction): the server streams every row at once, where a page query would be a round
// trip per page, and each field arrives as its bytes, where Qt's driver would convert every
// value into a QString. Every column of the query must be text (cast with ::text).
class CopyStream
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::CopyStream)

public:
    // Calls row for each row, in the query's order. A failure of row stops the COPY (the
    // server is told to cancel it and the connection is left usable) and is returned.
    static Status run(QSqlDatabase &server, const QString &query, int columns,
                      const std::function<Status(const CopyRow &)> &row);
};

} // namespace PressDesk
