#pragma once

#include "Result.h"
#include "sync/ServerSession.h"
#include "sync/SyncRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace PressDesk {

class Database;
class ServerConnection;

// Where a profile stands with its office server (the sync_state row and what waits).
struct SyncStatus
{
    bool joined = false;   // the profile belongs to an office
    QString serverUrl;     // without a password
    QString userName;      // the login this desk syncs as
    int pending = 0;       // local changes not yet on the server
    int conflicts = 0;     // articles edited here and elsewhere, waiting for a decision
    QStringList refused;   // changes the server refused that nobody has read ("what: why")
    QDateTime lastSync;    // the end of the last pass that completed (UTC); invalid: never
    QDateTime lastAttempt; // the end of the last pass, completed or not
    bool online = false;   // the last pass reached the server
    QString lastError;     // the last pass's error in the user's language ("" when it ran)
    QString restoredFrom;  // restored from this backup and not yet confirmed ("" otherwise)
};

// What one pass did.
struct SyncReport
{
    int pushed = 0;       // changes the server took
    int pulled = 0;       // changes from the server written here
    int conflicts = 0;    // new conflicts found in this pass
    int merged = 0;       // articles this desk's edits were merged into (or already held them)
    QStringList rejected; // changes the server refused, each explained (the server's state kept)
};

// The desk's side of the office server: joining an office, and one sync pass — push what
// this desk changed, pull what changed on the server — on a local Database and a
// ServerConnection the caller opened on its own thread. Every step can be cut off at any
// point and simply run again: the server and this profile never apply a change twice and
// never lose one. See docs/ARCHITECTURE.md, "Office server and sync".
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::SyncEngine)

public:
    SyncEngine(Database &local, ServerConnection &server);
    ~SyncEngine();
    SyncEngine(const SyncEngine &) = delete;
    SyncEngine &operator=(const SyncEngine &) = delete;

    // Makes the profile a desk of the office the connection reaches, as the connection's
    // login: records the server, takes the login's role from the server as the profile's
    // current user, keeps the demo article and plan out of the office, then runs a first pass.
    // A profile with work of its own joins only with `upload` (a supervisor uploads it once);
    // otherwise "has-local-work".
    Result<SyncReport> join(const QString &serverUrl, bool upload);

    // One pass: push, then pull. Errors: the server could not be reached (the profile is
    // untouched; run again), or the profile has not joined an office ("not-joined").
    // Refused ("restored-profile") while the profile was restored from a backup and the person
    // has not confirmed (SyncRepository::confirmRestore); runPass checks it first.
    static Status notRestored(const SyncRepository::State &state);
    Result<SyncReport> runPass();

    // Test hook: the pass stops (as if cut off) at this point: "before-commit" (the server's
    // transaction is left open: the caller then drops the connection), "before-ack" (the
    // server committed, this desk has not recorded it), "after-push", "mid-pull" (after the
    // first page), "before-index" (everything pulled is saved, what a join saved is not yet
    // indexed for search).
    void setStopAt(const QString &point) { m_stopAt = point; }
    // Benchmark hook: called when a pass's pull has saved everything, before the articles a
    // join saved are indexed for search.
    void setOnSaved(std::function<void()> fn) { m_onSaved = std::move(fn); }

    static Result<SyncStatus> status(Database &local);
    // After a pass that could not reach the server: the status says so, and what an earlier
    // pass saved without its search index (cut off before indexing) is indexed now, so the
    // desk finds it while offline.
    static Status recordFailure(Database &local, const Error &error);
    // Indexes for search the articles a pull saved without it (search_pending).
    static Status indexSaved(Database &local);

private:
    Status push(ServerSession &server, SyncReport &report, const SyncRepository::State &state);
    // The categories created here that the office has under the same folded name: this
    // desk's id → the office's.
    Result<QHash<QString, QString>> sameCategories(ServerSession &server,
                                                   const SyncRepository::Pending &pending);
    Status pushDecision(ServerSession &server, const AuditEntry &decision, const QString &deskId);
    Status pull(ServerSession &server, SyncReport &report);
    // An article whose last conflict another desk resolved: it takes the office's head, or,
    // when it was edited here since, what was edited is merged into it (ConflictService).
    Status catchUp(ServerSession &server, const SyncRepository::Conflict &conflict);
    // The server's head of an article and its version (none when the server has no such
    // article).
    static Result<std::optional<std::pair<Article, int>>> serverHead(ServerSession &server,
                                                                     const QString &articleId);
    // The server's state of one article written here (after the server refused a change).
    Status refreshArticle(ServerSession &server, const QString &articleId);

    static std::vector<std::unique_ptr<SyncPart>> partsFor(Database &local);

    Database &m_local;
    ServerConnection &m_server;
    std::vector<std::unique_ptr<SyncPart>> m_parts;
    QString m_stopAt;
    std::function<void()> m_onSaved;
};

} // namespace PressDesk
