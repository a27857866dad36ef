#include "sync/CopyStream.h"

#include "server/ServerConnection.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>
#include <QtEndian>

#include <cstring>
#include <libpq-fe.h>

namespace PressDesk {

namespace {

constexpr char kSignature[] = "PGCOPY\n\377\r\n"; // and its terminating zero: 11 bytes
constexpr qsizetype kSignatureSize = 11;

Error serverError(PGconn *conn, const PGresult *result)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *message = result ? PQresultErrorMessage(result) : nullptr;
    if (!message || !*message)
        message = PQerrorMessage(conn);
    const bool connectionLost = PQstatus(conn) != CONNECTION_OK;
    return ServerConnection::translate(
        QSqlError(QString::fromUtf8(message), QString::fromUtf8(message),
                  connectionLost ? QSqlError::ConnectionError : QSqlError::StatementError,
                  QString::fromLatin1(state ? state : "")));
}

Error malformed()
{
    return Error{QStringLiteral("server-error"),
                 CopyStream::tr("The office server sent rows this version of PressDesk cannot "
                                "read.")};
}

// Reads the results left after the COPY until the connection is idle again; the first error
// among them, if any.
Status finish(PGconn *conn)
{
    Status outcome;
    while (PGresult *result = PQgetResult(conn)) {
        const ExecStatusType status = PQresultStatus(result);
        if (outcome && status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            outcome = serverError(conn, result);
        PQclear(result);
    }
    return outcome;
}

// Reads one message's tuple (libpq returns "one data row at a time", and the header comes
// with the first): false when it is not one. A trailer (-1 fields) sets ended.
bool parseTuple(const char *data, qsizetype size, int columns, CopyRow &row, bool *ended)
{
    if (size < 2)
        return false;
    const qint16 count = qFromBigEndian<qint16>(data);
    if (count == -1) {
        *ended = true;
        return size == 2;
    }
    if (count != columns)
        return false;
    row.fields.clear();
    qsizetype p = 2;
    for (int i = 0; i < columns; ++i) {
        if (p + 4 > size)
            return false;
        const qint32 length = qFromBigEndian<qint32>(data + p);
        p += 4;
        if (length == -1) {
            row.fields.emplace_back();
            continue;
        }
        if (length < 0 || p + length > size)
            return false;
        // A field of zero bytes is an empty text, not NULL: it needs a pointer.
        row.fields.emplace_back(length ? data + p : "", length);
        p += length;
    }
    return p == size;
}

} // namespace

Status CopyStream::run(QSqlDatabase &server, const QString &query, int columns,
                       const std::function<Status(const CopyRow &)> &fn)
{
    const QVariant handle = server.driver()->handle();
    // Qt's driver names the handle by the struct's own name ("pg_conn*"), its documentation
    // by the typedef.
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return Error{QStringLiteral("server-error"),
                     tr("The connection to the office server is not a PostgreSQL connection.")};
    PGconn *conn = *static_cast<PGconn *const *>(handle.data());
    // Qt's driver reads each result whole before it returns (ServerSession's queries are not
    // forward-only), so the connection is idle here; were it not, libpq would refuse the COPY.
    if (PQtransactionStatus(conn) == PQTRANS_ACTIVE)
        return Error{QStringLiteral("server-error"),
                     tr("The connection to the office server is still busy with another "
                        "request.")};

    const QByteArray sql = QByteArrayLiteral("COPY (") + query.toUtf8() +
                           QByteArrayLiteral(") TO STDOUT (FORMAT binary)");
    PGresult *started = PQexec(conn, sql.constData());
    if (PQresultStatus(started) != PGRES_COPY_OUT) {
        Error e = serverError(conn, started);
        PQclear(started);
        (void)finish(conn);
        return e;
    }
    PQclear(started);

    CopyRow row;
    row.fields.reserve(size_t(columns));
    bool headerRead = false;
    bool ended = false;
    bool broken = false;
    bool cancelled = false;
    Status failure;
    for (;;) {
        char *buffer = nullptr;
        const int got = PQgetCopyData(conn, &buffer, 0);
        if (got == -1)
            break; // the COPY is complete
        if (got == -2) {
            Error e = serverError(conn, nullptr);
            (void)finish(conn);
            return e;
        }
        if (!cancelled) {
            qsizetype at = 0;
            if (!headerRead) {
                // "PGCOPY\n\377\r\n\0", the flags, the header extension's length and bytes.
                if (got < kSignatureSize + 8 ||
                    std::memcmp(buffer, kSignature, size_t(kSignatureSize)))
                    broken = true;
                else
                    at = kSignatureSize + 8 + qFromBigEndian<qint32>(buffer + kSignatureSize + 4);
                headerRead = true;
            }
            if (!broken && (ended || !parseTuple(buffer + at, got - at, columns, row, &ended)))
                broken = true;
            else if (!broken && !ended)
                failure = fn(row);
            if (broken || !failure) {
                // Stop the server sending the rest; what it sent already is read and dropped.
                cancelled = true;
                if (PGcancel *cancel = PQgetCancel(conn)) {
                    char message[256];
                    (void)PQcancel(cancel, message, int(sizeof message));
                    PQfreeCancel(cancel);
                }
            }
        }
        PQfreemem(buffer);
    }
    const Status finished = finish(conn);
    if (!failure)
        return failure;
    if (broken || (!ended && finished))
        return malformed();
    return finished;
}

} // namespace PressDesk
