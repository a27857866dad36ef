#pragma once

#include "Result.h"
#include "model/Article.h"
#include "sync/SyncRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace PressDesk {

class ServerSession;

// How one pass sends the articles' content to the office server, revision by revision in the
// order they were saved (the pass interleaves the workflow decisions taken on them).
//
// An article another desk changed since the server version this desk's content is based on
// (its base) is merged: base, the server's head ("theirs") and this desk's head ("mine") go
// through ArticleMerge. Edits that do not touch make a new head of kind 'merge' naming both
// revisions; this desk takes it at the pull. Edits that touch leave the head as it is and keep
// this desk's content as a revision of kind 'conflict' with a conflict waiting for a decision
// (ConflictService). Either way every revision this desk saved is kept on the server (kind
// 'side' for those that did not become the head). See docs/ARCHITECTURE.md, "Conflicts".
class ArticlePush
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::ArticlePush)

public:
    ArticlePush(ServerSession &server, const QString &userName,
                const QList<SyncRepository::PendingArticle> &articles);

    // One revision of an article, in the savepoint the caller opened. Nothing to do once the
    // article was merged or found in conflict in this pass (its revisions went up then).
    Status push(const SyncRepository::PendingArticle &article, const Revision &revision);
    // A conflict resolved on this desk: the office learns with which revision.
    Status resolve(const SyncRepository::Conflict &conflict);

    bool inConflict(const QString &articleId) const { return m_inConflict.contains(articleId); }
    // The server version the desk's content is based on after the pass: the version its last
    // revision made, or, for an article merged or in conflict, the base it had.
    int baseOf(const QString &articleId) const { return m_base.value(articleId); }

    // For the acknowledgement after the commit: each revision sent, the server version it is
    // at and its kind there ('edit', or 'side' and 'conflict' for those that did not become the
    // head).
    struct Sent
    {
        QString id;
        int version = 0;
        QString kind;
    };
    const QList<Sent> &sentRevisions() const { return m_sent; }
    const QList<SyncRepository::Conflict> &newConflicts() const { return m_conflicts; }
    int merged() const { return int(m_merged.size()); }

private:
    Status mergeWithServer(const SyncRepository::PendingArticle &article);
    Status keepSide(const SyncRepository::PendingArticle &article, const Revision &revision);
    // This desk's content is kept as the conflict revisionId (now, or by a pass whose answer
    // was lost): recorded here at the acknowledgement, with the head it conflicts with.
    Status keptInConflict(const SyncRepository::PendingArticle &article, const QString &revisionId);

    ServerSession &m_server;
    QString m_user;
    QHash<QString, int> m_base;
    QSet<QString> m_inConflict;
    QSet<QString> m_merged;
    QList<Sent> m_sent;
    QList<SyncRepository::Conflict> m_conflicts;
};

} // namespace PressDesk
