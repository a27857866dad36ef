#include "store/AuditLog.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlUtil.h"
#include "workflow/ContentHash.h"

#include <QCryptographicHash>
#include <QIODevice>

namespace PressDesk {

namespace {

const QString kColumns = QStringLiteral(
    "seq, at, user_name, action, article_id, from_status, to_status, hash_before, hash_after, "
    "comment, prev_hash, entry_hash");

AuditEntry entryFromQuery(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = Sql::fromIso(q.value(1).toString());
    e.userName = q.value(2).toString();
    e.action = q.value(3).toString();
    e.articleId = q.value(4).toString();
    e.fromStatus = q.value(5).toString();
    e.toStatus = q.value(6).toString();
    e.hashBefore = q.value(7).toString();
    e.hashAfter = q.value(8).toString();
    e.comment = q.value(9).toString();
    e.prevHash = q.value(10).toString();
    e.entryHash = q.value(11).toString();
    return e;
}

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    QString q = s;
    q.replace(u'"', QLatin1String("\"\""));
    return u'"' + q + u'"';
}

} // namespace

QString AuditLog::hashOf(const AuditEntry &e)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto field = [&hash](const QString &value) {
        const QByteArray utf8 = value.toUtf8();
        hash.addData(QByteArray::number(utf8.size()));
        hash.addData(QByteArrayView(":"));
        hash.addData(utf8);
        hash.addData(QByteArrayView(";"));
    };
    hash.addData(QByteArrayView("pressdesk-audit-1;"));
    field(QString::number(e.seq));
    field(Sql::iso(e.at));
    field(e.userName);
    field(e.action);
    field(e.articleId);
    field(e.fromStatus);
    field(e.toStatus);
    field(e.hashBefore);
    field(e.hashAfter);
    field(e.comment);
    field(e.prevHash);
    return QString::fromLatin1(hash.result().toHex());
}

Result<AuditEntry> AuditLog::append(AuditEntry entry)
{
    auto st = m_db.transaction([&]() -> Status {
        auto last = Sql::one(
            m_db,
            QStringLiteral("SELECT seq, entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
        if (!last)
            return last.error();
        entry.seq = 1;
        entry.prevHash = genesisHash();
        if (last->has_value()) {
            entry.seq = (*last)->value(0).toLongLong() + 1;
            entry.prevHash = (*last)->value(1).toString();
        }
        if (entry.userName.isEmpty())
            entry.userName = m_db.actingUser();
        if (!entry.at.isValid())
            entry.at = QDateTime::currentDateTimeUtc();
        // Stored with millisecond precision: hash what is stored.
        entry.at = Sql::fromIso(Sql::iso(entry.at));
        entry.entryHash = hashOf(entry);

        if (auto written = Sql::run(
                m_db,
                QStringLiteral("INSERT INTO audit_log (") + kColumns +
                    QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {entry.seq, Sql::iso(entry.at), Sql::text(entry.userName), Sql::text(entry.action),
                 Sql::text(entry.articleId), Sql::text(entry.fromStatus), Sql::text(entry.toStatus),
                 Sql::text(entry.hashBefore), Sql::text(entry.hashAfter), Sql::text(entry.comment),
                 entry.prevHash, entry.entryHash});
            !written)
            return written;
        return Sql::run(m_db,
                        QStringLiteral("INSERT INTO audit_head (id, seq, entry_hash) "
                                       "VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                                       "seq = excluded.seq, entry_hash = excluded.entry_hash"),
                        {entry.seq, entry.entryHash});
    });
    if (!st)
        return st.error();
    return entry;
}

Result<AuditEntry> AuditLog::appendContentChange(const QString &action, const Article &before,
                                                 const Article &after, const QString &comment)
{
    AuditEntry entry;
    entry.action = action;
    entry.articleId = after.id;
    entry.fromStatus = statusKey(before.status);
    entry.toStatus = statusKey(after.status);
    entry.hashBefore = contentHash(before);
    entry.hashAfter = contentHash(after);
    entry.comment = comment;
    return append(entry);
}

Result<QList<AuditEntry>> AuditLog::list(const QString &articleId, int limit) const
{
    const bool one = !articleId.isEmpty();
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log") +
                           (one ? QStringLiteral(" WHERE article_id = ?") : QString()) +
                           QStringLiteral(" ORDER BY seq LIMIT ?"),
                       one ? QVariantList{articleId, limit} : QVariantList{limit});
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q.value().next())
        out << entryFromQuery(q.value());
    return out;
}

Result<AuditVerification> AuditLog::verify() const
{
    AuditVerification v;
    const auto broken = [&v](qint64 seq, const QString &problem) {
        v.ok = false;
        v.firstBroken = seq;
        v.problem = problem;
        return v;
    };
    auto q = Sql::exec(m_db, QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM audit_log ORDER BY seq"));
    if (!q)
        return q.error();
    qint64 expectedSeq = 1;
    QString prev = genesisHash();
    while (q.value().next()) {
        const AuditEntry e = entryFromQuery(q.value());
        ++v.entries;
        if (e.seq != expectedSeq)
            return broken(expectedSeq, tr("Entry %1 is missing: the log jumps from %2 to %3.")
                                           .arg(expectedSeq)
                                           .arg(expectedSeq - 1)
                                           .arg(e.seq));
        if (e.prevHash != prev)
            return broken(e.seq, tr("Entry %1 does not follow entry %2: an entry was removed, "
                                    "changed or moved.")
                                     .arg(e.seq)
                                     .arg(e.seq - 1));
        if (hashOf(e) != e.entryHash)
            return broken(e.seq, tr("Entry %1 was changed after it was written.").arg(e.seq));
        prev = e.entryHash;
        ++expectedSeq;
    }
    q.value().finish();
    auto head =
        Sql::one(m_db, QStringLiteral("SELECT seq, entry_hash FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    const qint64 lastSeq = expectedSeq - 1;
    if (head->has_value()) {
        const qint64 headSeq = (*head)->value(0).toLongLong();
        if (headSeq != lastSeq || (*head)->value(1).toString() != prev)
            return broken(std::min(headSeq, lastSeq + 1),
                          tr("The log ends at entry %1 but entry %2 was written: entries were "
                             "removed from the end.")
                              .arg(lastSeq)
                              .arg(headSeq));
    } else if (lastSeq > 0) {
        return broken(1, tr("The record of the newest entry is missing."));
    }
    return v;
}

Status AuditLog::exportCsv(QIODevice *out) const
{
    auto entries = list();
    if (!entries)
        return entries.error();
    QString csv = QStringLiteral("seq,at,user,action,article_id,from_status,to_status,"
                                 "hash_before,hash_after,comment,prev_hash,entry_hash\r\n");
    for (const AuditEntry &e : std::as_const(entries.value())) {
        const QStringList fields{QString::number(e.seq),
                                 Sql::iso(e.at),
                                 e.userName,
                                 e.action,
                                 e.articleId,
                                 e.fromStatus,
                                 e.toStatus,
                                 e.hashBefore,
                                 e.hashAfter,
                                 e.comment,
                                 e.prevHash,
                                 e.entryHash};
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        csv += quoted.join(u',') + QStringLiteral("\r\n");
    }
    const QByteArray bytes = QByteArrayLiteral("\xEF\xBB\xBF") + csv.toUtf8();
    if (out->write(bytes) != bytes.size())
        return Error{QStringLiteral("write"),
                     tr("The audit log could not be written: %1").arg(out->errorString())};
    return {};
}

} // namespace PressDesk
