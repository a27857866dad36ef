#pragma once

#include "Result.h"
#include "model/Article.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class QIODevice;

namespace PressDesk {

class Database;

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at; // UTC
    QString userName;
    QString action; // workflow action key ("approve", …), "restore", "import", "approval-voided"
    QString articleId;
    QString fromStatus; // status keys
    QString toStatus;
    QString hashBefore; // content hash before and after
    QString hashAfter;
    QString comment;
    QString prevHash;
    QString entryHash;
};

struct AuditVerification
{
    bool ok = true;
    int entries = 0;        // entries read
    qint64 firstBroken = 0; // seq of the first entry that does not hold (0 when ok)
    QString problem;        // translated, empty when ok
};

// The append-only, hash-chained audit log (see migration 3).
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::AuditLog)

public:
    explicit AuditLog(Database &db) : m_db(db) {}

    // Appends entry (seq, at, prevHash and entryHash are filled in) inside the caller's
    // transaction, or its own. userName defaults to the database's acting user.
    Result<AuditEntry> append(AuditEntry entry);
    // An entry for a change of an article's content (an edit that changed its state, a
    // restore, a conflict resolved): its states and content hashes before and after.
    Result<AuditEntry> appendContentChange(const QString &action, const Article &before,
                                           const Article &after, const QString &comment);
    // Oldest first; articleId empty: every article.
    Result<QList<AuditEntry>> list(const QString &articleId = {}, int limit = -1) const;
    // Re-computes the chain from the first entry to the head.
    Result<AuditVerification> verify() const;
    // CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs read Vietnamese): a header line
    // and every entry, oldest first.
    Status exportCsv(QIODevice *out) const;

    static QString hashOf(const AuditEntry &entry);
    static QString genesisHash() { return QString(64, u'0'); }

private:
    Database &m_db;
};

} // namespace PressDesk
