#pragma once

#include "Result.h"
#include "model/Article.h"
#include "sync/ArticleMerge.h"
#include "sync/SyncRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace PressDesk {

class Database;

// Conflicts as the person at the desk sees them and resolves them, offline too: an article two
// desks edited from the same revision in ways that touch (ArticlePush kept both on the
// server). "Mine" is this desk's current text of the article, "theirs" the other side. The
// choice becomes a new revision here; the next sync pass sends it and tells the office server
// the conflict is resolved (every desk then closes it).
class ConflictService
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::ConflictService)

public:
    explicit ConflictService(Database &db) : m_db(db) {}

    // Open conflicts, oldest first (of one article when articleId is given).
    Result<QList<SyncRepository::Conflict>> open(const QString &articleId = {}) const;

    struct Sides
    {
        SyncRepository::Conflict conflict;
        QString title;      // the article's title here
        Revision base;      // the content both sides started from
        Revision mine;      // this desk's current content
        Revision theirs;    // the other side's
        QString theirsBy;   // who saved it (their login)
        QString theirsName; // as the office names them (their login when it does not)
        // Mine and theirs merged from the base: what merged cleanly, and each passage or field
        // that both changed differently.
        ArticleMergeResult merge;
    };
    // A person as the office names them (their display name), from their login.
    QString displayName(const QString &login) const;

    // Accepts a full id or a unique prefix of at least 4 characters (for the CLI).
    Result<Sides> sides(const QString &conflictId) const;

    enum class Take { Mine, Theirs, Both };
    // What merged cleanly from both sides stays; each conflicting passage or field takes this
    // desk's version, the other's, or both (this desk's first; a title, category, source or
    // author keeps this desk's). Returns the article as saved.
    Result<Article> resolve(const QString &conflictId, Take take);
    // The result the user wrote (a body from a file, or edited in the resolver).
    Result<Article> resolveWith(const QString &conflictId, const Revision &content);

    // Someone else resolved the conflict while this desk edited the article further: this
    // desk's edits since its side of the conflict are merged into the office's head (what it
    // has now: `head` at `headVersion`). True when merged; false when those edits touch what
    // the resolution changed (the next pass then keeps them as a new conflict).
    Result<bool> catchUp(const SyncRepository::Conflict &resolved, const Revision &head,
                         int headVersion);

private:
    Result<Article> save(const Sides &sides, const Revision &content, const QString &how);

    Database &m_db;
};

} // namespace PressDesk
