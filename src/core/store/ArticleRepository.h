#pragma once

#include "Result.h"
#include "model/Article.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantList>

#include <optional>

namespace PressDesk {

class Database;

enum class SaveKind {
    Manual,  // the user saved (Ctrl+S, closing, switching article): seals a revision
    Autosave // the timer saved: coalesces with the previous autosave of the same edit session
};

struct SaveOutcome
{
    Article article;      // as stored now
    bool changed = false; // false: nothing a reader sees changed, nothing was written
    int revisionNumber = 0;
};

// Articles and their revisions. The only place that runs SQL on articles.
class ArticleRepository
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::ArticleRepository)

public:
    explicit ArticleRepository(Database &db) : m_db(db) {}

    // Stores a new article (revision 1). Assigns id (if empty) and timestamps (if unset).
    Result<Article> create(Article article);

    // Saves content changes of an existing article; see SaveKind for revisions.
    // note is kept with a new revision ("Restored from revision 3").
    Result<SaveOutcome> save(const Article &article, SaveKind kind, const QString &editSession = {},
                             const QString &note = {});

    // The article's current content as a new revision of its own (with the note), to be sent
    // like an edit: the content chosen when it is unchanged (a conflict resolved with this
    // desk's text).
    Result<Revision> sealAsRevision(const QString &articleId, const QString &note);

    Result<Article> get(const QString &id) const;
    // Accepts a full id or a unique prefix of at least 4 characters (for the CLI).
    Result<QString> resolveId(const QString &idOrPrefix) const;
    Result<QList<Article>> list(int limit = -1) const;                 // newest first
    Result<QList<Revision>> revisions(const QString &articleId) const; // oldest first
    Result<std::optional<Revision>> revision(const QString &revisionId) const;
    // The content the article had on the office server at that version (the newest head
    // revision at or before it); none when this desk has no such revision.
    Result<std::optional<Revision>> serverRevisionAt(const QString &articleId,
                                                     int serverVersion) const;
    Result<int> count() const;
    Result<int> latestRevisionNumber(const QString &articleId) const; // 0: none

    // The workflow's state of an article: its status since `changedAt` and the approval it
    // carries (an empty hash: none). WorkflowService calls it inside its transaction, with
    // the audit entry of the decision.
    Status setWorkflowState(const QString &id, ArticleStatus status, const QDateTime &changedAt,
                            const QString &approvedHash, const QString &approvedBy,
                            const QDateTime &approvedAt);

    // The office server's state of one article (SyncEngine, after a conflict or a refusal),
    // written without a revision of its own (the server's revisions arrive as revisions):
    // inserted when new, else its content, state and approval replaced; tags, images and the
    // search index follow. The article is then not dirty and based on `serverVersion`. Call
    // inside a transaction. (A pull writes many at once: ArticleBulkWriter.)
    Status applyServerState(const Article &article, int serverVersion);
    // Indexes the articles saved without their search index and word count (a pull's,
    // ArticleBulkWriter: an office's worth indexes several times faster in bulk), a page per
    // transaction; the vocabulary for prefix search once at the end. Returns how many were
    // indexed.
    Result<int> indexPending();
    // How many articles wait in search_pending for their search index.
    Result<int> pendingIndexCount() const;
    // Writes the exact search index (article_exact_fts) of every article already in the folded
    // one, in pages; the articles waiting in search_pending get it from indexPending(). For
    // migration 20, inside its transaction. Returns how many were written.
    Result<int> fillExactIndex();

    // Bulk insert for generated corpora: one transaction, revision 1 each, indexed.
    Status insertMany(const QList<Article> &articles);

    // NFC text, sanitized body, trimmed and de-duplicated tags: what gets stored.
    static Article normalized(Article article);

private:
    Status writeNew(const Article &a);
    Status writeSearchIndex(qint64 localId, const Article &a);
    Status writeTags(const Article &a);
    Status writeImageRefs(const Article &a);
    Result<QList<Revision>> revisionsWhere(const QString &where, const QVariantList &values) const;
    Status insertRevision(const Article &a, int number, SaveKind kind, const QString &session,
                          const QString &note = {});

    Database &m_db;
};

} // namespace PressDesk
