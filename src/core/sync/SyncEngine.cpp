#include "sync/SyncEngine.h"

#include "Logging.h"
#include "server/ServerAddress.h"
#include "server/ServerConnection.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/ImageStore.h"
#include "store/SqlUtil.h"
#include "store/UserRepository.h"
#include "sync/ArticleMerge.h"
#include "sync/ArticlePull.h"
#include "sync/ArticlePush.h"
#include "sync/ConflictService.h"
#include "sync/DictionarySync.h"
#include "sync/PlanSync.h"
#include "sync/PostSync.h"
#include "sync/RegisterSync.h"
#include "sync/ServerSession.h"
#include "sync/SyncRepository.h"
#include "text/TextFold.h"
#include "workflow/Workflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace PressDesk {

namespace {

// The demo article a new profile starts with (resources/demo/article.json): it stays on the
// desk when the profile joins an office.
const QString kDemoArticleId = QStringLiteral("5d1c9a0e-65a0-4c1b-9e0b-3f2a0b190219");

QStringList tagsFromJson(const QString &json)
{
    QStringList tags;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        tags << v.toString();
    return tags;
}

QDateTime fromIso(const QVariant &v)
{
    return v.isNull() ? QDateTime() : Sql::fromIso(v.toString());
}

// Where the pull of one kind of row stands: the server's snapshot of the last pull that
// completed ("xmin:xmax:xip,…", PostgreSQL's pg_snapshot). Every row written since is one whose
// transaction that snapshot did not see. Nothing yet: a snapshot that sees nothing.
QString cursorOf(const QJsonObject &cursors, const QString &kind)
{
    const QString snapshot = cursors.value(kind).toString();
    return snapshot.count(u':') == 2 ? snapshot : QStringLiteral("1:1:");
}

} // namespace

// The parts that sync besides articles, comments and categories.
std::vector<std::unique_ptr<SyncPart>> SyncEngine::partsFor(Database &local)
{
    std::vector<std::unique_ptr<SyncPart>> parts;
    parts.push_back(std::make_unique<PlanSync>(local));
    parts.push_back(std::make_unique<PostSync>(local));
    parts.push_back(std::make_unique<RegisterSync>(local));
    parts.push_back(std::make_unique<DictionarySync>(local));
    return parts;
}

SyncEngine::SyncEngine(Database &local, ServerConnection &server)
    : m_local(local), m_server(server), m_parts(partsFor(local))
{}

SyncEngine::~SyncEngine() = default;

Result<SyncStatus> SyncEngine::status(Database &local)
{
    SyncRepository repo(local);
    auto state = repo.state();
    if (!state)
        return state.error();
    SyncStatus s;
    if (!state->has_value())
        return s;
    const SyncRepository::State &st = **state;
    s.joined = true;
    s.serverUrl = st.serverUrl;
    s.userName = st.userName;
    s.lastSync = st.lastSync;
    s.lastAttempt = st.lastAttempt;
    s.online = st.online;
    s.lastError = st.lastError;
    s.restoredFrom = st.restoredFrom;
    auto pending = repo.pendingCount(st.auditSent);
    if (!pending)
        return pending.error();
    s.pending = pending.value();
    for (const auto &part : partsFor(local)) {
        auto waiting = part->pendingCount();
        if (!waiting)
            return waiting.error();
        s.pending += waiting.value();
    }
    auto conflicts = repo.conflictCount();
    if (!conflicts)
        return conflicts.error();
    s.conflicts = conflicts.value();
    auto refused = repo.unseenRejections();
    if (!refused)
        return refused.error();
    s.refused = refused.value();
    return s;
}

Status SyncEngine::recordFailure(Database &local, const Error &error)
{
    if (auto st =
            SyncRepository(local).recordPass(error.message.isEmpty() ? error.code : error.message,
                                             !ServerSession::isConnectionError(error));
        !st)
        return st;
    // Search is the desk's own: what is saved here is found whether the server answers or not.
    return indexSaved(local);
}

Status SyncEngine::indexSaved(Database &local)
{
    ArticleRepository articles(local);
    auto pendingIndex = articles.pendingIndexCount();
    if (!pendingIndex)
        return pendingIndex.error();
    if (pendingIndex.value() > 0) {
        if (auto indexed = articles.indexPending(); !indexed)
            return indexed.error();
    }
    return {};
}

Result<SyncReport> SyncEngine::join(const QString &serverUrl, bool upload)
{
    SyncRepository repo(m_local);
    auto state = repo.state();
    if (!state)
        return state.error();
    if (state->has_value()) {
        const SyncRepository::State &st = **state;
        if (st.serverUrl != serverUrl || st.userName != m_server.user())
            return Error{QStringLiteral("already-joined"),
                         tr("This profile is already a desk of the office server %1 (as %2).")
                             .arg(st.serverUrl, st.userName)};
        return runPass();
    }
    ServerSession server(m_server);
    auto me = server.exec(QStringLiteral(
        "SELECT pd.my_role(), (SELECT display_name FROM pd.person WHERE login = session_user), "
        "(SELECT value FROM pd.meta WHERE key = 'epoch'), pd.my_office() IS NOT NULL"));
    if (!me)
        return me.error();
    if (!me->next() || !me->value(3).toBool())
        return Error{QStringLiteral("not-a-member"),
                     tr("The login %1 is not one of this office's people on the server. Ask "
                        "the administrator to add it (pressdesk-cli server user add).")
                         .arg(m_server.user())};
    const QString role = me->value(0).toString();
    const QString displayName = me->value(1).toString();
    const QString epoch = me->value(2).toString();

    auto categories = server.exec(QStringLiteral("SELECT id::text FROM pd.category"));
    if (!categories)
        return categories.error();
    QStringList officeCategories;
    while (categories->next())
        officeCategories << categories->value(0).toString();

    auto work = repo.localWorkCount(kDemoArticleId);
    if (!work)
        return work.error();
    if (work.value() > 0 && !upload)
        return Error{QStringLiteral("has-local-work"),
                     tr("This profile already has %n article(s) of its own. Join with a new "
                        "profile, or let a supervisor upload this one's work once (--import).",
                        nullptr, work.value())};
    if (upload && role != QLatin1String("supervisor") && role != QLatin1String("admin"))
        return Error{QStringLiteral("not-allowed"),
                     tr("Only a supervisor uploads a profile's work to the office server; %1 is "
                        "%2.")
                         .arg(m_server.user(),
                              roleDisplayName(roleFromKey(role).value_or(Role::Staff)).toLower())};

    auto joined = m_local.transaction([&]() -> Status {
        // The demo article and the untouched demo plan stay here.
        if (auto st = repo.markLocalOnly(QStringLiteral("article"), kDemoArticleId); !st)
            return st;
        if (auto st = PlanSync::keepDemoPlanOnTheDesk(m_local); !st)
            return st;
        // The stations, rundowns and banners a profile had before joining (the demo's) are not
        // the office's, unless a supervisor uploads this desk's work.
        if (!upload) {
            if (auto st = RegisterSync::keepLocalWorkOnTheDesk(m_local); !st)
                return st;
        }
        // The categories every profile starts with are the office's already, or become so.
        if (auto st = repo.markCategoriesKnown(officeCategories); !st)
            return st;
        if (auto st = repo.applyUser(m_server.user(), displayName, role); !st)
            return st;
        if (auto st = UserRepository(m_local).setCurrentUser(m_server.user()); !st)
            return st;
        SyncRepository::State s;
        s.serverUrl = serverUrl;
        s.userName = m_server.user();
        s.deskId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.epoch = epoch;
        // Decisions taken before joining are not the office's: an uploaded article takes the
        // state it has here (pd.import_state); after joining, every decision goes up.
        auto audit = AuditLog(m_local).list();
        if (!audit)
            return audit.error();
        for (const AuditEntry &e : std::as_const(audit.value()))
            s.auditSent = std::max(s.auditSent, e.seq);
        s.importing = upload;
        return repo.create(s);
    });
    if (!joined)
        return joined.error();
    m_local.setActingUser(m_server.user());
    return runPass();
}

Status SyncEngine::notRestored(const SyncRepository::State &state)
{
    // Put back to an older copy of itself, the desk holds less than the office knows of it:
    // nothing goes up or comes down until the person has said they know.
    if (state.restoredFrom.isEmpty())
        return {};
    return Error{QStringLiteral("restored-profile"),
                 tr("This profile was restored from a backup (%1). It is a desk of the office "
                    "server %2: what was written here after that backup is not in it, and what "
                    "the office has comes back at the next sync; changes the backup still "
                    "waited to send go up then. Confirm to sync again: File → Office server… → "
                    "Sync after the restore, or pressdesk-cli sync --after-restore.")
                     .arg(state.restoredFrom, state.serverUrl)};
}

Result<SyncReport> SyncEngine::runPass()
{
    SyncRepository repo(m_local);
    auto stateRow = repo.state();
    if (!stateRow)
        return stateRow.error();
    if (!stateRow->has_value())
        return Error{QStringLiteral("not-joined"),
                     tr("This profile is not a desk of an office server yet: join one first "
                        "(File → Office server…, or pressdesk-cli sync join).")};
    const SyncRepository::State state = **stateRow;
    if (auto waits = notRestored(state); !waits)
        return waits.error();
    ServerSession server(m_server);
    if (m_server.user() != state.userName)
        return Error{QStringLiteral("wrong-login"),
                     tr("This desk syncs as %1, not as %2.").arg(state.userName, m_server.user())};

    // A server restored from a backup has another epoch: pushing to it could lose work the
    // backup does not have, so nothing goes up until an administrator decides.
    auto epoch = server.exec(QStringLiteral("SELECT value FROM pd.meta WHERE key = 'epoch'"));
    if (!epoch)
        return epoch.error();
    if (!epoch->next())
        return Error{QStringLiteral("not-initialised"),
                     tr("The office server has no PressDesk schema.")};
    if (!state.epoch.isEmpty() && epoch->value(0).toString() != state.epoch)
        return Error{QStringLiteral("server-restored"),
                     tr("The office server was restored from a backup since this desk last "
                        "synced. Nothing was sent, so nothing is lost; ask the administrator "
                        "before syncing again.")};

    for (const auto &part : m_parts) {
        if (auto attached = part->attach(server); !attached)
            return attached.error();
    }

    SyncReport report;
    if (auto pushed = push(server, report, state); !pushed)
        return pushed.error();
    if (m_stopAt == QLatin1String("after-push"))
        return Error{QStringLiteral("stopped"), QStringLiteral("stopped after the push (test)")};
    if (auto pulled = pull(server, report); !pulled)
        return pulled.error();
    if (m_onSaved)
        m_onSaved();
    if (m_stopAt == QLatin1String("before-index"))
        return Error{QStringLiteral("stopped"), QStringLiteral("stopped before indexing (test)")};
    // What was saved without its search index (by this pass, or a pass cut off after it).
    if (auto indexed = indexSaved(m_local); !indexed)
        return indexed.error();
    if (state.importing) {
        if (auto st = repo.finishImport(); !st)
            return st.error();
    }
    if (auto st = repo.recordPass({}, true); !st)
        return st.error();
    m_local.shrinkWal();
    return report;
}

// ---------------------------------------------------------------------------------------------
// Push: one server transaction with a savepoint per change; then what the server said is
// recorded here in one local transaction. Cut off between the two, the next pass sends the
// same changes again and the server recognises each: a revision by its id, a decision by the
// desk's key, a comment by its id.

Status SyncEngine::push(ServerSession &server, SyncReport &report,
                        const SyncRepository::State &state)
{
    SyncRepository repo(m_local);
    // Images first, each in a transaction of its own (a 20 MB photo is sent once, whatever
    // happens to the rest of the pass); the server checks that each is its SHA-256.
    ImageStore images(m_local);
    auto unsentImages = images.unsent();
    if (!unsentImages)
        return unsentImages.error();
    for (const QString &hash : std::as_const(unsentImages.value())) {
        auto data = images.data(hash);
        auto info = images.info(hash);
        if (!data || !info)
            return data ? info.error() : data.error();
        if (auto st = server.run(QStringLiteral("INSERT INTO pd.blob (office_id, hash, mime, "
                                                "data) VALUES (pd.my_office(), ?, ?, "
                                                "decode(?, 'base64')) ON CONFLICT DO NOTHING"),
                                 {hash, info->mime, QString::fromLatin1(data->toBase64())});
            !st)
            return st;
        if (auto st = images.markSent(hash); !st)
            return st;
        ++report.pushed;
    }
    server.releaseStatements();

    auto frozen = repo.freeze(state.auditSent);
    if (!frozen)
        return frozen.error();
    SyncRepository::Pending &p = frozen.value();
    int partChanges = 0;
    auto partsFrozen = m_local.transaction([&]() -> Status {
        for (const auto &part : m_parts) {
            auto n = part->freeze();
            if (!n)
                return n.error();
            partChanges += n.value();
        }
        return {};
    });
    if (!partsFrozen)
        return partsFrozen;
    if (p.categories.isEmpty() && p.articles.isEmpty() && p.decisions.isEmpty() &&
        p.comments.isEmpty() && p.resolutions.isEmpty() && partChanges == 0)
        return {};

    // What the server said, recorded locally after its commit.
    struct Outcome
    {
        QList<QString> categories;
        struct SentArticle
        {
            QString id;
            qint64 localRevision;
            int serverVersion; // what the server's copy is now based on (this content)
        };
        QList<SentArticle> articles;
        QList<QString> resolutions; // conflict ids
        QList<QString> comments;
        qint64 auditSent = 0;
        QList<SyncRejection> rejected;
    } out;

    if (auto st = server.run(QStringLiteral("BEGIN")); !st)
        return st;
    const auto abort = [&](const Error &e) -> Status {
        (void)server.run(QStringLiteral("ROLLBACK")); // the error at hand is what the user hears
        server.releaseStatements();
        return e;
    };
    // A row held by another desk's unfinished pass makes this one wait at most this long; it
    // then ends and is run again later.
    if (auto st = server.run(QStringLiteral("SET LOCAL lock_timeout = '15s'")); !st)
        return abort(st.error());
    if (auto st =
            server.run(QStringLiteral("SELECT set_config('pd.desk', ?, true)"), {state.deskId});
        !st)
        return abort(st.error());

    // Categories two desks created offline under the same name (folded: "Tin tức" and "tin
    // tuc") become one: the office's keeps its id, this desk's articles take it.
    QHash<QString, QString> categoryAlias;
    if (auto found = sameCategories(server, p); !found)
        return abort(found.error());
    else
        categoryAlias = found.value();
    for (const Category &c : p.categories) {
        if (categoryAlias.contains(c.id))
            continue;
        auto st = server.step([&]() -> Status {
            return server.run(QStringLiteral("INSERT INTO pd.category (id, office_id, name, "
                                             "position, deleted) VALUES (?::uuid, "
                                             "pd.my_office(), ?, ?, ?) ON CONFLICT (id) DO "
                                             "UPDATE SET name = EXCLUDED.name, position = "
                                             "EXCLUDED.position, deleted = EXCLUDED.deleted"),
                              {c.id, c.name, c.position, p.removedCategories.contains(c.id)});
        });
        if (!st && ServerSession::isConnectionError(st.error()))
            return abort(st.error());
        if (!st)
            out.rejected.append({QString(), tr("Category “%1”").arg(c.name), st.error().message});
        out.categories << c.id; // refused or taken: not sent again
    }

    for (SyncRepository::PendingArticle &a : p.articles) {
        a.head.categoryId = categoryAlias.value(a.head.categoryId, a.head.categoryId);
        for (Revision &r : a.revisions)
            r.categoryId = categoryAlias.value(r.categoryId, r.categoryId);
    }

    // Content and decisions in the order they happened on this desk: a decision applies to the
    // content it was taken on.
    struct Event
    {
        QDateTime at;
        const SyncRepository::PendingArticle *article = nullptr;
        const Revision *revision = nullptr;
        const AuditEntry *decision = nullptr;
    };
    QList<Event> events;
    for (const SyncRepository::PendingArticle &a : p.articles) {
        for (const Revision &r : a.revisions)
            events.append({r.updatedAt, &a, &r, nullptr});
    }
    for (const AuditEntry &d : p.decisions)
        events.append({d.at, nullptr, nullptr, &d});
    std::stable_sort(events.begin(), events.end(),
                     [](const Event &x, const Event &y) { return x.at < y.at; });

    // Articles: merged with what other desks wrote since, or kept in conflict (ArticlePush).
    ArticlePush articles(server, state.userName, p.articles);
    QSet<QString> refusedContent;

    for (const Event &e : events) {
        if (e.revision) {
            const SyncRepository::PendingArticle &a = *e.article;
            if (refusedContent.contains(a.id))
                continue;
            Status st = server.step([&]() -> Status { return articles.push(a, *e.revision); });
            if (!st && ServerSession::isConnectionError(st.error()))
                return abort(st.error());
            if (!st) {
                // Kept waiting: sent again by the next pass (after the cause is fixed).
                refusedContent.insert(a.id);
                out.rejected.append(
                    {a.id, tr("Changes to “%1”").arg(a.head.title), st.error().message});
            }
            continue;
        }
        const AuditEntry &d = *e.decision;
        out.auditSent = d.seq;
        Status st = server.step([&]() -> Status { return pushDecision(server, d, state.deskId); });
        if (!st && ServerSession::isConnectionError(st.error()))
            return abort(st.error());
        if (!st)
            out.rejected.append(
                {d.articleId, actionDisplayName(*actionFromKey(d.action)), st.error().message});
    }
    for (const SyncRepository::PendingArticle &a : p.articles) {
        if (!refusedContent.contains(a.id))
            out.articles.append({a.id, a.localRevision, articles.baseOf(a.id)});
    }
    // Conflicts resolved on this desk, with the revision the choice made (sent above).
    for (const SyncRepository::Conflict &c : p.resolutions) {
        if (refusedContent.contains(c.articleId))
            continue;
        Status st = server.step([&]() -> Status { return articles.resolve(c); });
        if (!st && ServerSession::isConnectionError(st.error()))
            return abort(st.error());
        if (!st)
            out.rejected.append({c.articleId, tr("A resolved conflict"), st.error().message});
        out.resolutions << c.id;
    }
    // A supervisor's upload of this profile's own work: each article takes its state here.
    if (state.importing) {
        for (const SyncRepository::PendingArticle &a : p.articles) {
            if (a.head.status == ArticleStatus::Draft || refusedContent.contains(a.id) ||
                articles.inConflict(a.id))
                continue;
            Status st = server.step([&]() -> Status {
                return server.run(QStringLiteral("SELECT pd.import_state(?::uuid, ?, ?)"),
                                  {a.id, statusKey(a.head.status),
                                   tr("Uploaded from %1's desk").arg(state.userName)});
            });
            if (!st && ServerSession::isConnectionError(st.error()))
                return abort(st.error());
            if (!st)
                out.rejected.append(
                    {a.id, tr("The state of “%1”").arg(a.head.title), st.error().message});
        }
    }

    // Plans and the rest: after the articles their links point to.
    for (const auto &part : m_parts) {
        if (auto st = part->push(server, out.rejected); !st)
            return abort(st.error());
    }

    for (const SyncRepository::PendingComment &c : p.comments) {
        Status st = server.step([&]() -> Status {
            if (c.serverVersion == 0)
                return server.run(
                    QStringLiteral("INSERT INTO pd.comment (id, office_id, article_id, author, "
                                   "body, quote, resolved) VALUES (?::uuid, pd.my_office(), "
                                   "?::uuid, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
                    {c.comment.id, c.comment.articleId, c.comment.author, c.comment.body,
                     Sql::text(c.comment.quote), c.comment.resolved});
            return server.run(QStringLiteral("UPDATE pd.comment SET resolved = ? "
                                             "WHERE id = ?::uuid AND resolved <> ?"),
                              {c.comment.resolved, c.comment.id, c.comment.resolved});
        });
        if (!st && ServerSession::isConnectionError(st.error()))
            return abort(st.error());
        if (!st)
            out.rejected.append({c.comment.articleId, tr("A comment"), st.error().message});
        out.comments << c.comment.id;
    }

    if (m_stopAt == QLatin1String("before-commit"))
        return Error{QStringLiteral("stopped"), QStringLiteral("stopped before the commit (test)")};
    if (auto st = server.run(QStringLiteral("COMMIT")); !st)
        return st; // not known whether it committed: the next pass sends the same again
    server.releaseStatements();
    if (m_stopAt == QLatin1String("before-ack"))
        return Error{QStringLiteral("stopped"), QStringLiteral("stopped before the ack (test)")};

    // The server has it: recorded here.
    auto recorded = m_local.transaction([&]() -> Status {
        for (const auto &part : m_parts) {
            if (auto st = part->acknowledge(); !st)
                return st;
        }
        for (const QString &id : std::as_const(out.categories)) {
            if (auto st = repo.markCategorySent(id); !st)
                return st;
        }
        for (auto it = categoryAlias.cbegin(); it != categoryAlias.cend(); ++it) {
            if (auto st = repo.mergeCategoryInto(it.key(), it.value()); !st)
                return st;
        }
        for (const ArticlePush::Sent &sent : articles.sentRevisions()) {
            if (auto st = repo.markRevisionSent(sent.id, sent.version, sent.kind); !st)
                return st;
        }
        for (const auto &sent : std::as_const(out.articles)) {
            if (auto st = repo.markArticleSent(sent.id, sent.localRevision, sent.serverVersion);
                !st)
                return st;
        }
        for (const SyncRepository::Conflict &c : articles.newConflicts()) {
            if (auto st = repo.applyConflict(c); !st)
                return st;
        }
        for (const QString &id : std::as_const(out.resolutions)) {
            if (auto st = repo.markResolutionSent(id); !st)
                return st;
        }
        for (const QString &id : std::as_const(out.comments)) {
            if (auto st = repo.markCommentSent(id); !st)
                return st;
        }
        if (out.auditSent > 0) {
            if (auto st = repo.setAuditSent(out.auditSent); !st)
                return st;
        }
        for (const auto &r : std::as_const(out.rejected)) {
            if (auto st = repo.addRejection(r.articleId, r.what, r.reason); !st)
                return st;
        }
        return {};
    });
    if (!recorded)
        return recorded;
    report.pushed += int(articles.sentRevisions().size() + out.comments.size() +
                         out.categories.size() + out.resolutions.size());
    report.pushed +=
        int(std::count_if(p.decisions.begin(), p.decisions.end(),
                          [&](const AuditEntry &d) { return d.seq <= out.auditSent; }));
    report.conflicts += int(articles.newConflicts().size());
    report.merged += articles.merged();
    for (const auto &r : std::as_const(out.rejected))
        report.rejected << r.what + QStringLiteral(": ") + r.reason;
    // What the server refused is put back as the server has it (the pull below only brings
    // rows that changed there).
    for (const auto &r : std::as_const(out.rejected)) {
        if (!r.articleId.isEmpty() && !refusedContent.contains(r.articleId)) {
            if (auto st = refreshArticle(server, r.articleId); !st)
                return st;
        }
    }
    // An article this desk sent takes the office's head now when that differs from what the
    // desk holds (its version or its status): the pull brings only what changed since the last
    // one, and the head may have come then, while this desk's edits (or a conflict) kept it
    // from being written — a merge that found this desk's edits in it already makes no new
    // change to bring; and an edit takes its status from the office's state (an approval
    // another desk gave voided, a submission kept). Unless it was edited here meanwhile: the
    // next pass sends that.
    QStringList sent;
    for (const SyncRepository::PendingArticle &a : p.articles) {
        if (!refusedContent.contains(a.id) && !articles.inConflict(a.id))
            sent << a.id;
    }
    if (sent.isEmpty())
        return {};
    auto heads = server.exec(QStringLiteral("SELECT id::text, version, status FROM pd.article "
                                            "WHERE id = ANY(string_to_array(?, ',')::uuid[])"),
                             {sent.join(u',')});
    if (!heads)
        return heads.error();
    QList<std::pair<QString, std::pair<int, QString>>> office;
    while (heads->next())
        office.append(
            {heads->value(0).toString(), {heads->value(1).toInt(), heads->value(2).toString()}});
    heads->finish();
    for (const auto &[id, head] : std::as_const(office)) {
        auto here = repo.articleSync(id);
        if (!here)
            return here.error();
        if (here->dirty || here->conflict)
            continue;
        auto local = ArticleRepository(m_local).get(id);
        if (!local)
            return local.error();
        if (here->serverVersion == head.first && statusKey(local->status) == head.second)
            continue;
        if (auto st = refreshArticle(server, id); !st)
            return st;
    }
    return {};
}

Result<QHash<QString, QString>> SyncEngine::sameCategories(ServerSession &server,
                                                           const SyncRepository::Pending &p)
{
    QHash<QString, QString> alias;
    QList<const Category *> created;
    for (const Category &c : p.categories) {
        if (!p.removedCategories.contains(c.id))
            created << &c;
    }
    if (created.isEmpty())
        return alias;
    auto office = server.exec(QStringLiteral("SELECT id::text, name FROM pd.category "
                                             "WHERE NOT deleted"));
    if (!office)
        return office.error();
    QHash<QString, QString> byName; // folded name → the office's id
    QSet<QString> known;
    while (office->next()) {
        known.insert(office->value(0).toString());
        byName.insert(Text::fold(office->value(1).toString().simplified()),
                      office->value(0).toString());
    }
    for (const Category *c : std::as_const(created)) {
        if (known.contains(c->id))
            continue; // the office has this one already: a rename or a move
        const QString same = byName.value(Text::fold(c->name.simplified()));
        if (!same.isEmpty())
            alias.insert(c->id, same);
    }
    return alias;
}

Status SyncEngine::pushDecision(ServerSession &server, const AuditEntry &d, const QString &deskId)
{
    const QString key = QStringLiteral("audit:") + QString::number(d.seq);
    auto done = server.exec(QStringLiteral("SELECT 1 FROM pd.applied_mutation WHERE desk = ? "
                                           "AND key = ?"),
                            {deskId, key});
    if (!done)
        return done.error();
    if (done->next())
        return {};
    if (d.userName != m_server.user())
        return Error{QStringLiteral("not-allowed"),
                     tr("it was taken on this desk by %1, but the desk signs in to the office "
                        "server as %2; only %1 can send it, from their own desk.")
                         .arg(d.userName, m_server.user())};
    const auto action = actionFromKey(d.action);
    // The decision is on the server now: recognised if this desk sends it again.
    const auto applied = [&] {
        return server.run(QStringLiteral("INSERT INTO pd.applied_mutation (office_id, desk, key) "
                                         "VALUES (pd.my_office(), ?, ?)"),
                          {deskId, key});
    };
    auto changed = server.exec(
        QStringLiteral("UPDATE pd.article SET status = ?, status_note = ?, approved_hash = "
                       "CASE WHEN ? THEN ? ELSE approved_hash END "
                       "WHERE id = ?::uuid AND status = ? RETURNING version"),
        {d.toStatus, Sql::text(d.comment), action == WorkflowAction::Approve, d.hashBefore,
         d.articleId, d.fromStatus});
    if (!changed)
        return changed.error();
    if (!changed->next()) {
        auto now = server.exec(
            QStringLiteral("SELECT status, approved_hash FROM pd.article WHERE id = ?::uuid"),
            {d.articleId});
        if (!now)
            return now.error();
        const bool found = now->next();
        const QString status = found ? now->value(0).toString() : QString();
        // Another desk took the same decision first (both published the article, to the one
        // post the office's register gave them; both approved the same content): it is so.
        if (found && status == d.toStatus &&
            (action != WorkflowAction::Approve || now->value(1).toString() == d.hashBefore))
            return applied();
        return Error{QStringLiteral("changed-since-review"),
                     status.isEmpty() ? tr("the article is not on the office server.")
                                      : tr("on the office server the article is %1 by now, not %2.")
                                            .arg(statusDisplayNameForKey(status).toLower(),
                                                 statusDisplayNameForKey(d.fromStatus).toLower())};
    }
    return applied();
}

// ---------------------------------------------------------------------------------------------
// Pull: every kind of row whose transaction the last completed pull's snapshot did not see,
// read in one REPEATABLE READ transaction (one snapshot for the whole pull), in pages of one
// local transaction each. A cursor of positions in commit order cannot exist in PostgreSQL
// (transaction ids are given at the start, not at commit): a row of a transaction that started
// earlier and committed later would fall behind such a cursor. Comparing with the snapshot
// instead never skips it, and waits for no one. Rows applied twice (a pull cut off and run
// again) change nothing: each kind applies a row only once.

namespace {

// A row of ArticlePull::articleColumns() read through Qt's driver.
Article articleFrom(const QSqlQuery &q)
{
    Article a;
    a.id = q.value(0).toString();
    a.status = statusFromKey(q.value(1).toString()).value_or(ArticleStatus::Draft);
    a.title = q.value(2).toString();
    a.lead = q.value(3).toString();
    a.bodyHtml = q.value(4).toString();
    a.categoryId = q.value(5).toString();
    a.tags = tagsFromJson(q.value(6).toString());
    a.source = q.value(7).toString();
    a.author = q.value(8).toString();
    a.createdAt = fromIso(q.value(9));
    a.updatedAt = fromIso(q.value(10));
    a.statusChangedAt = fromIso(q.value(11));
    a.approvedHash = q.value(12).toString();
    a.approvedBy = q.value(13).toString();
    a.approvedAt = fromIso(q.value(14));
    return a;
}

// What the history says of a revision the sync made.
QString revisionNote(const QString &kind, const QStringList &mergedBy)
{
    if (kind == QLatin1String("merge"))
        return mergedBy.size() == 2 && mergedBy.first() != mergedBy.last()
                   ? SyncEngine::tr("Merged the edits of %1 and %2")
                         .arg(mergedBy.first(), mergedBy.last())
                   : SyncEngine::tr("Merged edits made on two desks");
    if (kind == QLatin1String("side"))
        return SyncEngine::tr("Saved on a desk while another edit came first");
    if (kind == QLatin1String("conflict"))
        return SyncEngine::tr("In conflict with the office's version");
    return {};
}

} // namespace

Result<std::optional<std::pair<Article, int>>> SyncEngine::serverHead(ServerSession &server,
                                                                      const QString &articleId)
{
    auto row = server.exec(QStringLiteral("SELECT ") + ArticlePull::articleColumns() +
                               QStringLiteral(" FROM pd.article WHERE id = ?::uuid"),
                           {articleId});
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<std::pair<Article, int>>{};
    return std::optional<std::pair<Article, int>>{{articleFrom(*row), row->value(15).toInt()}};
}

Status SyncEngine::refreshArticle(ServerSession &server, const QString &articleId)
{
    auto head = serverHead(server, articleId);
    if (!head)
        return head.error();
    if (!head->has_value())
        return {};
    return m_local.transaction([&]() -> Status {
        return ArticleRepository(m_local).applyServerState((*head)->first, (*head)->second);
    });
}

Status SyncEngine::catchUp(ServerSession &server, const SyncRepository::Conflict &c)
{
    auto here = SyncRepository(m_local).articleSync(c.articleId);
    if (!here)
        return here.error();
    if (!here->dirty)
        return refreshArticle(server, c.articleId);
    // Edited here since: merged into the office's head when the edits do not touch what the
    // resolution changed; else the next push keeps them as a new conflict.
    auto head = serverHead(server, c.articleId);
    if (!head)
        return head.error();
    if (!head->has_value())
        return {};
    auto merged = ConflictService(m_local).catchUp(c, ArticleMerge::contentOf((*head)->first),
                                                   (*head)->second);
    if (!merged)
        return merged.error();
    return {};
}

Status SyncEngine::pull(ServerSession &server, SyncReport &report)
{
    // Thousands of rows through the same few statements: each prepared once.
    Database::StatementCache statements(m_local);
    SyncRepository repo(m_local);
    Database::NoCheckpoints noCheckpoints(m_local);

    // People first (small, and read whole): the desk shows who wrote what.
    auto people = server.exec(QStringLiteral("SELECT login::text, display_name, "
                                             "coalesce(pd.role_of(login), '') FROM pd.person "
                                             "WHERE office_id = pd.my_office()"));
    if (!people)
        return people.error();
    auto st = m_local.transaction([&]() -> Status {
        while (people->next()) {
            if (auto applied =
                    repo.applyUser(people->value(0).toString(), people->value(1).toString(),
                                   people->value(2).toString());
                !applied)
                return applied;
        }
        return {};
    });
    if (!st)
        return st;

    // One snapshot for every page of every kind.
    if (auto begun = server.run(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        !begun)
        return begun;
    const auto end = [&](const Status &outcome) -> Status {
        (void)server.run(outcome ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
        server.releaseStatements();
        return outcome;
    };
    auto snapshot = server.exec(QStringLiteral("SELECT pg_current_snapshot()::text"));
    if (!snapshot)
        return end(snapshot.error());
    snapshot->next();
    const QString now = snapshot->value(0).toString();

    ImageStore images(m_local);
    ArticlePull bulk(m_local, server.connection().db());
    // Articles whose last conflict another desk resolved: they take the server's head after
    // the pull (the article rows came before the conflicts).
    QList<SyncRepository::Conflict> released;
    QList<PullKind> kinds{
        {QStringLiteral("blob"), QStringLiteral("pd.blob"),
         QStringLiteral("hash, encode(data, 'base64')"), 2,
         [&](QSqlQuery &q) -> Status {
             const QString hash = q.value(0).toString();
             if (images.info(hash))
                 return images.markSent(hash);
             auto stored = images.put(QByteArray::fromBase64(q.value(1).toString().toLatin1()));
             if (!stored)
                 return stored.error();
             if (stored->hash != hash)
                 return Error{QStringLiteral("server-error"),
                              tr("An image from the office server is not what it says it is.")};
             return images.markSent(hash);
         },
         20},
        {QStringLiteral("category"), QStringLiteral("pd.category"),
         QStringLiteral("id::text, name, position, deleted"), 4,
         [&](QSqlQuery &q) -> Status {
             return repo.applyCategory(
                 {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()},
                 q.value(3).toBool());
         }},
        // Articles and revisions are most of an office (a new desk's join pulls every one):
        // streamed and written in bulk (ArticlePull).
        {QStringLiteral("article"),
         QStringLiteral("pd.article"),
         {},
         0,
         {},
         0,
         [&](const QString &since) -> Status {
             return bulk.articles(since, report.pulled);
         }},
        {QStringLiteral("revision"),
         QStringLiteral("pd.article_revision"),
         {},
         0,
         {},
         0,
         [&](const QString &since) -> Status {
             return bulk.revisions(since, revisionNote);
         }},
        {QStringLiteral("comment"), QStringLiteral("pd.comment"),
         QStringLiteral("id::text, article_id::text, author::text, %1, body, quote, resolved, "
                        "version")
             .arg(ServerSession::isoColumn(QStringLiteral("created_at"))),
         8,
         [&](QSqlQuery &q) -> Status {
             Comment c;
             c.id = q.value(0).toString();
             c.articleId = q.value(1).toString();
             c.author = q.value(2).toString();
             c.createdAt = fromIso(q.value(3));
             c.body = q.value(4).toString();
             c.quote = q.value(5).toString();
             c.resolved = q.value(6).toBool();
             auto here = repo.articleSync(c.articleId);
             if (!here)
                 return here.error();
             if (!here->exists)
                 return {};
             ++report.pulled;
             return repo.applyComment(c, q.value(7).toInt());
         }},
        {QStringLiteral("conflict"), QStringLiteral("pd.conflict"),
         QStringLiteral("id::text, article_id::text, revision_id::text, login::text, %1, "
                        "base_version, %2, "
                        "coalesce(resolved_by::text, ''), coalesce(resolution::text, '')")
             .arg(ServerSession::isoColumn(QStringLiteral("created_at")),
                  ServerSession::isoColumn(QStringLiteral("resolved_at"))),
         9,
         [&](QSqlQuery &q) -> Status {
             SyncRepository::Conflict c;
             c.id = q.value(0).toString();
             c.articleId = q.value(1).toString();
             c.revisionId = q.value(2).toString();
             c.login = q.value(3).toString();
             c.createdAt = fromIso(q.value(4));
             c.baseVersion = q.value(5).toInt();
             c.resolvedAt = fromIso(q.value(6));
             c.resolvedBy = q.value(7).toString();
             c.resolutionId = q.value(8).toString();
             auto here = repo.articleSync(c.articleId);
             if (!here)
                 return here.error();
             if (!here->exists)
                 return {};
             // The other side, as this desk sees it: the content kept as the conflict (the
             // desk that sent that content recorded the conflict at its push, against the
             // head, and keeps it so).
             c.theirsRevisionId = c.revisionId;
             bool free = false;
             if (auto applied = repo.applyConflict(c, &free); !applied)
                 return applied;
             if (free)
                 released << c;
             return {};
         }},
    };

    for (const auto &part : m_parts)
        kinds += part->pullKinds();

    auto state = repo.state();
    if (!state)
        return end(state.error());
    const QJsonObject cursors = (*state)->cursors;
    bool firstPage = true;
    for (const PullKind &kind : std::as_const(kinds)) {
        const QString since = cursorOf(cursors, kind.name);
        if (kind.stream) {
            bulk.setStopAfterFirstCommit(firstPage && m_stopAt == QLatin1String("mid-pull"));
            if (auto streamed = kind.stream(since); !streamed)
                return end(streamed);
            firstPage = firstPage && bulk.rowsRead() == 0;
            if (auto cursor = m_local.transaction([&] { return repo.setCursor(kind.name, now); });
                !cursor)
                return end(cursor);
            continue;
        }
        QString afterXid = QStringLiteral("0");
        qint64 afterSeq = 0;
        for (;;) {
            auto page = server.exec(
                // The cursor's columns are named apart from the table's: ORDER BY
                // change_xid would otherwise sort by the text ("100002" before "55721"),
                // leaving rows behind the page's position, and read every page whole.
                QStringLiteral("SELECT %1, change_xid::text AS page_xid, change_seq AS page_seq "
                               "FROM %2 t "
                               "WHERE t.change_xid >= pg_snapshot_xmin(?::pg_snapshot) "
                               "AND NOT pg_visible_in_snapshot(t.change_xid, ?::pg_snapshot) "
                               "AND (t.change_xid, t.change_seq) > (?::xid8, ?) "
                               "ORDER BY t.change_xid, t.change_seq LIMIT %3")
                    .arg(kind.columns, kind.table)
                    .arg(kind.pageSize),
                {since, since, afterXid, afterSeq});
            if (!page)
                return end(page.error());
            int rows = 0;
            const int xidColumn = kind.columnCount;
            auto applied = m_local.transaction([&]() -> Status {
                while (page->next()) {
                    ++rows;
                    if (auto written = kind.apply(*page); !written)
                        return written;
                    afterXid = page->value(xidColumn).toString();
                    afterSeq = page->value(xidColumn + 1).toLongLong();
                }
                // The kind is done: the next pull starts from this pull's snapshot.
                if (rows < kind.pageSize)
                    return repo.setCursor(kind.name, now);
                return {};
            });
            if (!applied)
                return end(applied);
            if (firstPage && rows > 0 && m_stopAt == QLatin1String("mid-pull"))
                return end(
                    Error{QStringLiteral("stopped"), QStringLiteral("stopped mid-pull (test)")});
            firstPage = firstPage && rows == 0;
            if (rows < kind.pageSize)
                break;
        }
    }
    for (const SyncRepository::Conflict &c : std::as_const(released)) {
        if (auto caught = catchUp(server, c); !caught)
            return end(caught);
        ++report.pulled;
    }
    return end({});
}

} // namespace PressDesk
