#pragma once

#include "Result.h"
#include "model/Article.h"
#include "store/AuditLog.h"
#include "store/CommentRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace PressDesk {

class Database;

// The sync's side of the local profile: its state with the office server, what waits to be
// sent (the "freeze" of a pass), and the sync's own bookkeeping. The only place that runs SQL
// on the sync_* tables; articles are written through ArticleRepository.
class SyncRepository
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::SyncRepository)

public:
    explicit SyncRepository(Database &db) : m_db(db) {}

    struct State
    {
        QString serverUrl;
        QString userName;
        QString deskId;
        QString epoch;
        QJsonObject cursors; // per kind of row: the server's position (opaque)
        qint64 auditSent = 0;
        bool importing = false; // the first pass after joining with this profile's own work
        QDateTime lastSync;
        QDateTime lastAttempt;
        bool online = false;
        QString lastError;
        // Restored from a backup since the last pass ("<backup file>, <time>"): the next pass
        // waits until the person confirms (confirmRestore). '' otherwise.
        QString restoredFrom;
    };
    Result<std::optional<State>> state() const;
    // (ProfileBackup::restore marks a restored desk.) The person knows, and the desk may sync
    // again.
    Status confirmRestore();
    Status create(const State &state);
    Status setEpoch(const QString &epoch);
    Status setCursor(const QString &kind, const QString &position);
    Status setAuditSent(qint64 seq);
    Status finishImport();
    // The end of a pass: completed (error empty) or not.
    Status recordPass(const QString &error, bool reachedServer);

    // At joining: the categories the office has already are the office's (their names come
    // from the server); the others go up.
    Status markCategoriesKnown(const QStringList &serverIds);

    // Rows that stay on this desk (the demo article of a profile that joined later).
    Status markLocalOnly(const QString &entity, const QString &id);

    // Conflicts, named by the office server's id. An open one holds its article back from the
    // sync until someone resolves it (ConflictService).
    struct Conflict
    {
        QString id;
        QString articleId;
        QString revisionId;       // the content kept as the conflict (kind 'conflict')
        QString theirsRevisionId; // the other side, as this desk sees it
        int baseVersion = 0;      // the server version both sides were based on
        QString login;            // who sent the content kept as the conflict
        QDateTime createdAt;
        QDateTime resolvedAt; // invalid: open
        QString resolvedBy;
        QString resolutionId;       // the revision that resolved it
        bool resolutionSent = true; // false: resolved here, not yet told to the server
    };

    // What a pass sends, frozen in one local transaction (open autosaves are sealed first, so
    // what is sent never changes afterwards).
    struct PendingArticle
    {
        QString id;
        int serverVersion = 0; // the server version its content is based on (0: not there)
        qint64 localRevision = 0;
        QList<Revision> revisions; // not yet on the server, oldest first
        Article head;              // as it is now
    };
    struct PendingComment
    {
        Comment comment;
        int serverVersion = 0;
    };
    struct Pending
    {
        QList<Category> categories;
        QSet<QString> removedCategories; // of those, the ones removed here
        QList<PendingArticle> articles;
        QList<AuditEntry> decisions; // workflow decisions not yet sent, in order
        QList<PendingComment> comments;
        QList<Conflict> resolutions; // conflicts resolved here, not yet on the server
    };
    Result<Pending> freeze(qint64 auditSent);

    // After the server took (or refused) them.
    Status markCategorySent(const QString &id);
    // A category created here that the office has under the same name already: the office's
    // (serverId) takes its place in this desk's articles and revisions, and this desk's goes
    // (it never reached the server).
    Status mergeCategoryInto(const QString &localId, const QString &serverId);
    // kind: as the server keeps it ('edit', 'side', 'conflict').
    Status markRevisionSent(const QString &revisionId, int serverVersion, const QString &kind);
    // Based on serverVersion now; clean unless it was edited again meanwhile (its local
    // revision moved on).
    Status markArticleSent(const QString &id, qint64 localRevision, int serverVersion);
    Status markCommentSent(const QString &id);
    Status addRejection(const QString &articleId, const QString &what, const QString &reason);
    // What the server refused that nobody has read yet ("what: why"), oldest first.
    Result<QStringList> unseenRejections() const;
    Status markRejectionsSeen();

    // Recorded once; a resolution that comes from the server closes it here too. True in
    // *released when that left the article with no open conflict.
    Status applyConflict(const Conflict &conflict, bool *released = nullptr);
    Result<QList<Conflict>> conflicts(bool openOnly, const QString &articleId = {}) const;
    Result<std::optional<Conflict>> conflict(const QString &id) const;
    // Resolved on this desk with a revision (the article is free to sync again).
    Status resolveConflict(const QString &id, const QString &user, const QString &revisionId);
    Status markResolutionSent(const QString &id);
    // The article's content now holds that revision of the server (a conflict resolved with
    // it): its base moves up to that revision's version.
    Status basedOnRevision(const QString &articleId, const QString &revisionId);
    Status basedOnVersion(const QString &articleId, int serverVersion);

    // How an article stands here, for applying the server's version of it.
    struct ArticleSync
    {
        bool exists = false;
        bool dirty = false;
        bool conflict = false;
        int serverVersion = 0;
    };
    Result<ArticleSync> articleSync(const QString &id) const;

    // Rows from the server.
    Status applyCategory(const Category &category, bool deleted);
    Status applyComment(const Comment &comment, int serverVersion);
    Status applyUser(const QString &name, const QString &displayName, const QString &role);

    // For `sync status` and the status bar.
    Result<int> pendingCount(qint64 auditSent) const;
    Result<int> conflictCount() const;
    // Articles of this profile that are its own work (not the untouched demo article).
    Result<int> localWorkCount(const QString &demoArticleId) const;

private:
    // The article's conflict flag from its open conflicts; *released: it just went to none.
    Status recountConflicts(const QString &articleId, bool *released = nullptr);

    Database &m_db;
};

} // namespace PressDesk
