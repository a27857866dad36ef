#include "sync/ArticlePull.h"

#include "store/ArticleBulkWriter.h"
#include "store/Database.h"
#include "sync/CopyStream.h"
#include "sync/ServerSession.h"

#include <QRegularExpression>

namespace PressDesk {

namespace {

constexpr int kRowsPerTransaction = 500;

// Both column lists have the content at the same places: 2 to 8.
ArticleBulkWriter::Content contentOf(const CopyRow &q)
{
    return {q.field(2), q.field(3), q.field(4), q.field(5), q.field(6), q.field(7), q.field(8)};
}

} // namespace

ArticlePull::ArticlePull(Database &local, QSqlDatabase &server) : m_local(local), m_server(server)
{}

ArticlePull::~ArticlePull() = default;

Status ArticlePull::stream(const QString &columns, const QString &table, const QString &since,
                           int columnCount, const std::function<Status(const CopyRow &)> &write)
{
    // The snapshot is ours (pg_current_snapshot's text kept as the cursor), but it is written
    // into the statement — COPY takes no parameters — so it must look like one.
    static const QRegularExpression snapshotForm(QStringLiteral("^[0-9]+:[0-9]+:[0-9,]*$"));
    if (!snapshotForm.match(since).hasMatch())
        return Error{QStringLiteral("sync-state"),
                     tr("This desk's record of its last sync is damaged (%1).").arg(since)};
    const QString query =
        QStringLiteral("SELECT %1 FROM %2 t WHERE t.change_xid >= pg_snapshot_xmin('%3') "
                       "AND NOT pg_visible_in_snapshot(t.change_xid, '%3') "
                       "ORDER BY t.change_xid, t.change_seq")
            .arg(columns, table, since);
    m_rows = 0;
    bool open = false;
    bool committed = false;
    Status outcome = CopyStream::run(m_server, query, columnCount, [&](const CopyRow &row) {
        if (!open) {
            // The bulk connection is opened for the first row: most passes bring none.
            if (!m_writer) {
                auto writer = ArticleBulkWriter::open(m_local);
                if (!writer)
                    return Status(writer.error());
                m_writer = std::move(writer).value();
            }
            if (auto st = m_writer->begin(); !st)
                return st;
            open = true;
        }
        if (auto st = write(row); !st)
            return st;
        if (++m_rows % kRowsPerTransaction == 0) {
            open = false;
            if (auto st = m_writer->commit(); !st)
                return st;
            committed = true;
            if (m_stopAfterFirstCommit)
                return Status(
                    Error{QStringLiteral("stopped"), QStringLiteral("stopped mid-pull (test)")});
        }
        return Status();
    });
    if (open) {
        if (outcome)
            outcome = m_writer->commit();
        else
            m_writer->rollback();
    }
    if (outcome && m_stopAfterFirstCommit && m_rows > 0 && !committed)
        return Error{QStringLiteral("stopped"), QStringLiteral("stopped mid-pull (test)")};
    return outcome;
}

// The content (title to author) at 2 to 8 in both lists: contentOf.
QString ArticlePull::articleColumns()
{
    return QStringLiteral("id::text, status::text, title::text, lead::text, body_html::text, "
                          "category_id::text, array_to_json(tags)::text, source::text, "
                          "author::text, %1, %2, %3, approved_hash::text, approved_by::text, %4, "
                          "version::text")
        .arg(ServerSession::isoColumn(QStringLiteral("created_at")),
             ServerSession::isoColumn(QStringLiteral("updated_at")),
             ServerSession::isoColumn(QStringLiteral("status_changed_at")),
             ServerSession::isoColumn(QStringLiteral("approved_at")));
}

QString ArticlePull::revisionColumns()
{
    return QStringLiteral("id::text, article_id::text, title::text, lead::text, body_html::text, "
                          "category_id::text, array_to_json(tags)::text, source::text, "
                          "author::text, status::text, saved_by::text, %1, "
                          "version::text, kind::text, "
                          // Who made the revisions a merge joined (its note names them); read
                          // for merges only, not once per revision of the office.
                          "CASE WHEN t.kind = 'merge' THEN (SELECT coalesce(string_agg("
                          "m.saved_by::text, ' ' ORDER BY m.number), '') FROM "
                          "pd.article_revision m WHERE m.id = ANY(t.merged_from)) END")
        .arg(ServerSession::isoColumn(QStringLiteral("saved_at")));
}

Status ArticlePull::articles(const QString &since, int &pulled)
{
    return stream(articleColumns(), QStringLiteral("pd.article"), since, 16, [&](const CopyRow &q) {
        ArticleBulkWriter::ArticleRow r;
        r.id = q.field(0);
        r.status = q.field(1);
        r.content = contentOf(q);
        r.createdAt = q.field(9);
        r.updatedAt = q.field(10);
        r.statusChangedAt = q.field(11);
        r.approvedHash = q.field(12);
        r.approvedBy = q.field(13);
        r.approvedAt = q.field(14);
        r.version = q.field(15).toLongLong();
        auto written = m_writer->article(r);
        if (!written)
            return Status(written.error());
        if (written.value())
            ++pulled;
        return Status();
    });
}

Status ArticlePull::revisions(const QString &since, const NoteFn &note)
{
    return stream(
        revisionColumns(), QStringLiteral("pd.article_revision"), since, 15, [&](const CopyRow &q) {
            ArticleBulkWriter::RevisionRow r;
            r.id = q.field(0);
            r.articleId = q.field(1);
            r.content = contentOf(q);
            r.status = q.field(9);
            r.savedBy = q.field(10);
            r.savedAt = q.field(11);
            r.version = q.field(12).toLongLong();
            r.kind = q.field(13);
            // Only what the sync made (a merge, a side kept) says something.
            QByteArray said;
            if (r.kind != QByteArrayView("edit")) {
                said = note(QString::fromUtf8(r.kind),
                            QString::fromUtf8(q.field(14)).split(u' ', Qt::SkipEmptyParts))
                           .toUtf8();
                r.note = said;
            }
            return m_writer->revision(r);
        });
}

} // namespace PressDesk
