#pragma once

#include "Result.h"
#include "sync/ServerSession.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSqlQuery;

namespace PressDesk {

class Database;

// The office dictionary as a part of a sync pass (server step 7,
// resources/server/007_dictionary.sql): the words and local proper names the spell checker
// accepts beyond hunspell-vi (DictionaryRepository) are the office's, so a word added on one
// desk is known on every other after their next sync.
//
// An entry is named by its word (case kept) on every desk and on the server: the same word
// added on two desks is one entry. An addition goes up as an INSERT … ON CONFLICT that brings
// back a removed entry; a removal as the entry marked deleted (a tombstone: nothing is deleted
// on either side). Between an addition and a removal of one word, the later by the server's
// order wins. The server says who added a word (`added_by`, its login): a staff login removes
// only its own words, a supervisor any; a removal the server refuses is reported, and the word
// comes back on the desk as the office has it. A word added and removed here before the
// office had it never goes up.
//
// Words a profile had before it joined are the office's too: they go up at its first pass
// (nothing of the dictionary stays on one desk). A server not yet upgraded to step 7 is left
// alone: the words wait here until an administrator runs `pressdesk-cli server init` again.
class DictionarySync : public SyncPart
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::DictionarySync)

public:
    explicit DictionarySync(Database &local) : m_local(local) {}

    Status attach(ServerSession &session) override;
    Result<int> freeze() override;
    Status push(ServerSession &session, QList<SyncRejection> &rejected) override;
    Status acknowledge() override;
    QList<PullKind> pullKinds() override;
    Result<int> pendingCount() override;

private:
    struct Entry
    {
        QString word;
        QString kind;
        QString addedAt, updatedAt;
        bool deleted = false;
        qint64 localRev = 0;
    };
    // The entry as the server has it after this desk's push (known: it has one).
    struct Taken
    {
        QString word;
        qint64 localRev = 0;
        bool known = false;
        int version = 0;
        QString kind, addedBy, addedAt;
        bool deleted = false;
    };
    Result<Taken> serverEntry(ServerSession &session, const Entry &e);
    Status applyPulled(QSqlQuery &q);

    Database &m_local;
    bool m_serverHasDictionary = true;
    QList<Entry> m_pending;
    QList<Taken> m_taken;
};

} // namespace PressDesk
