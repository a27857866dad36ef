#include "publish/Publisher.h"

#include "publish/OfficePostRepository.h"
#include "publish/PostRegistry.h"

#include "Logging.h"
#include "publish/Portal.h"
#include "publish/PortalMappingRepository.h"
#include "publish/PortalRepository.h"
#include "store/ArticleRepository.h"
#include "store/CategoryRepository.h"
#include "store/Database.h"
#include "store/ImageStore.h"
#include "text/TextFold.h"

#include "workflow/ContentHash.h"
#include "workflow/WorkflowService.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace PressDesk {

QString remoteStatusDisplayName(const QString &status)
{
    if (status == QLatin1String("publish"))
        return Publisher::tr("published");
    if (status == QLatin1String("future"))
        return Publisher::tr("scheduled");
    if (status == QLatin1String("draft"))
        return Publisher::tr("draft");
    if (status == QLatin1String("pending"))
        return Publisher::tr("pending review");
    if (status == QLatin1String("private"))
        return Publisher::tr("private");
    if (status == QLatin1String("trash"))
        return Publisher::tr("in the trash");
    return status;
}

namespace {

// Errors worth another try later: the portal or the network was unavailable.
bool isTransient(const Error &e)
{
    static const QSet<QString> transient{QStringLiteral("timeout"),      QStringLiteral("closed"),
                                         QStringLiteral("refused"),      QStringLiteral("network"),
                                         QStringLiteral("no-such-host"), QStringLiteral("server"),
                                         QStringLiteral("office-busy")};
    return transient.contains(e.code);
}

QString postSlug(const Article &a)
{
    // The ASCII title plus a piece of our id: the post can be found again by its slug if
    // the answer to its creation was lost.
    return Text::slugify(a.title, 60) + u'-' + a.id.left(8);
}

QString decodeAmp(QString s)
{
    return s.replace(QLatin1String("&amp;"), QLatin1String("&"));
}

// Text of an attribute or element of our canonical HTML (which escapes & < > " only).
QString unescape(QString s)
{
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    return s.replace(QLatin1String("&amp;"), QLatin1String("&"));
}

// The body with its images pointing at the portal's copies (uploaded once per portal), and
// the first image as the featured one (0: none).
struct PortalBody
{
    QString html;
    qint64 featuredMedia = 0;
};

Result<PortalBody> withPortalImages(Database &db, const Article &a, const QString &portalId,
                                    Portal &portal)
{
    static const QRegularExpression figure(
        QStringLiteral("<img src=\"pdimg:([0-9a-f]{64})\"(?: "
                       "alt=\"([^\"]*)\")?>(?:<figcaption>(.*?)</figcaption>)?"));
    PortalMappingRepository mappings(db);
    ImageStore images(db);
    PortalBody out{a.bodyHtml};
    for (auto it = figure.globalMatch(a.bodyHtml); it.hasNext();) {
        const auto m = it.next();
        const QString hash = m.captured(1);
        auto known = mappings.media(hash, portalId);
        if (!known)
            return known.error();
        RemoteMedia media;
        if (known->has_value()) {
            media = **known;
        } else {
            auto info = images.info(hash);
            auto data = images.data(hash);
            if (!info || !data)
                return info ? data.error() : info.error();
            const QString ext = info->mime.section(u'/', 1);
            auto uploaded = portal.uploadMedia(data.value(), info->mime, hash.left(16) + u'.' + ext,
                                               unescape(m.captured(2)), unescape(m.captured(3)));
            if (!uploaded)
                return uploaded.error();
            media = uploaded.value();
            if (auto saved = mappings.saveMedia(hash, portalId, media); !saved)
                return saved.error();
        }
        if (out.featuredMedia == 0)
            out.featuredMedia = media.id;
        out.html.replace(QStringLiteral("src=\"pdimg:") + hash + u'"',
                         QStringLiteral("src=\"") + media.url.toHtmlEscaped() + u'"');
    }
    return out;
}

// The portal category of the article's category: mapped once per portal, by name, created
// where the account may. Empty when the article has none or the portal gives none.
Result<QList<qint64>> portalCategories(Database &db, const Article &a, const QString &portalId,
                                       Portal &portal)
{
    if (a.categoryId.isEmpty())
        return QList<qint64>();
    PortalMappingRepository mappings(db);
    auto mapped = mappings.remoteCategory(a.categoryId, portalId);
    if (!mapped)
        return mapped.error();
    if (mapped.value() != 0)
        return QList<qint64>{mapped.value()};
    auto local = CategoryRepository(db).find(a.categoryId);
    if (!local)
        return QList<qint64>();
    qint64 remote = 0;
    if (auto list = portal.categories()) {
        for (const PortalCategory &c : std::as_const(list.value())) {
            if (Text::fold(c.name) == Text::fold(local->name))
                remote = c.id;
        }
    }
    if (remote == 0) {
        if (auto created = portal.createCategory(local->name))
            remote = created->id;
    }
    if (remote == 0)
        return QList<qint64>();
    if (auto saved = mappings.mapCategory(a.categoryId, portalId, remote); !saved)
        return saved.error();
    return QList<qint64>{remote};
}

// The article's tags on the portal, created there as needed.
Result<QList<qint64>> portalTags(const Article &a, Portal &portal)
{
    QList<qint64> tags;
    for (const QString &tag : a.tags) {
        if (tag.trimmed().isEmpty())
            continue;
        auto id = portal.ensureTag(tag);
        if (!id)
            return id.error();
        if (id.value() != 0)
            tags << id.value();
    }
    return tags;
}

bool isDue(const OutboxEntry &e, const QString &portalId, const QDateTime &now)
{
    return e.portalId == portalId && e.state == QLatin1String("queued") &&
           (!e.nextAttemptAt.isValid() || e.nextAttemptAt <= now);
}

} // namespace

int Publisher::backoffSeconds(int attempt)
{
    const int exponent = std::clamp(attempt - 1, 0, 10);
    return std::min(5 * (1 << exponent), 3600);
}

Result<qint64> Publisher::enqueuePublish(const QString &articleId, const QString &portalName,
                                         const QDateTime &at, bool overwrite)
{
    auto account = PortalRepository(m_db).find(portalName);
    if (!account)
        return account.error();
    auto article = ArticleRepository(m_db).get(articleId);
    if (!article)
        return article.error();
    const bool later = at.isValid() && at > QDateTime::currentDateTimeUtc().addSecs(60);
    const WorkflowAction action = later && article->status == ArticleStatus::Approved
                                      ? WorkflowAction::Schedule
                                      : WorkflowAction::Publish;
    if (auto allowed = Workflow::check(article->status, action, WorkflowService(m_db).actingRole());
        !allowed)
        return allowed.error();
    if (article->approvedHash.isEmpty() || article->approvedHash != contentHash(article.value()))
        return Error{QStringLiteral("not-approved"),
                     tr("“%1” changed after it was approved; it must be approved again before "
                        "it is published.")
                         .arg(article->title)};
    return OutboxRepository(m_db).add(article->id, account->id, QStringLiteral("publish"),
                                      later ? at : QDateTime(), overwrite);
}

Result<qint64> Publisher::enqueueWithdraw(const QString &articleId, const QString &portalName,
                                          bool trash)
{
    auto account = PortalRepository(m_db).find(portalName);
    if (!account)
        return account.error();
    auto article = ArticleRepository(m_db).get(articleId);
    if (!article)
        return article.error();
    if (WorkflowService(m_db).actingRole() == Role::Staff)
        return Error{QStringLiteral("not-allowed"),
                     tr("Withdrawing from the portal needs a supervisor or an administrator.")};
    return OutboxRepository(m_db).add(article->id, account->id,
                                      trash ? QStringLiteral("trash") : QStringLiteral("withdraw"));
}

Result<QList<OutboxEntry>> Publisher::queue(bool includeDone) const
{
    return OutboxRepository(m_db).list(includeDone);
}

Result<QList<ArticlePost>> Publisher::postsOf(const QString &articleId) const
{
    return PostLinkRepository(m_db).postsOf(articleId);
}

Status Publisher::retryFailed()
{
    return OutboxRepository(m_db).retryAll(QDateTime::currentDateTimeUtc());
}

Status Publisher::cancel(qint64 entryId)
{
    return OutboxRepository(m_db).cancel(entryId);
}

Status Publisher::overwrite(qint64 entryId)
{
    auto queued = OutboxRepository(m_db).queueOverwrite(entryId, QDateTime::currentDateTimeUtc());
    if (!queued)
        return queued.error();
    if (!queued.value())
        return Error{QStringLiteral("not-found"),
                     tr("That outbox entry is not waiting for a decision about a conflict.")};
    return {};
}

Result<int> Publisher::dueCount(const QString &portalId, const QDateTime &now) const
{
    auto all = queue();
    if (!all)
        return all.error();
    return int(std::count_if(all->begin(), all->end(),
                             [&](const OutboxEntry &e) { return isDue(e, portalId, now); }));
}

Result<bool> Publisher::needsRun(const QString &portalId, const QDateTime &now) const
{
    auto due = dueCount(portalId, now);
    if (!due)
        return due.error();
    if (due.value() > 0)
        return true;
    return PostLinkRepository(m_db).anyScheduledDue(portalId, now);
}

Result<QList<Publisher::ScheduledPublication>> Publisher::scheduledPublications() const
{
    return OutboxRepository(m_db).scheduledPublications();
}

Result<int> Publisher::followScheduled(const PortalAccount &account, Portal &portal)
{
    PostLinkRepository links(m_db);
    auto scheduled = links.scheduledPosts(account.id);
    if (!scheduled)
        return scheduled.error();
    int moved = 0;
    for (const PostLink &link : std::as_const(scheduled.value())) {
        auto post = portal.getPost(link.remoteId);
        if (!post)
            return post.error();
        if (post->status != QLatin1String("publish"))
            continue;
        const Status st = m_db.transaction([&]() -> Status {
            if (auto saved = links.updateRemote(link.articleId, account.id, post->status,
                                                post->modifiedGmt, post->link);
                !saved)
                return saved.error();
            if (auto done = WorkflowService(m_db).apply(link.articleId, WorkflowAction::Publish,
                                                        post->link);
                !done)
                return done.error();
            return {};
        });
        if (st)
            ++moved;
    }
    return moved;
}

Result<int> Publisher::run(const PortalAccount &account, Portal &portal, const QDateTime &now,
                           const Progress &progress)
{
    // Posts the portal published at their time: the articles follow. A failure here (the
    // portal unreachable) shows again below, on the entries.
    (void)followScheduled(account, portal);

    auto all = queue();
    if (!all)
        return all.error();
    QList<OutboxEntry> due;
    for (const OutboxEntry &e : std::as_const(all.value())) {
        if (isDue(e, account.id, now))
            due << e;
    }
    OutboxRepository outbox(m_db);
    int done = 0;
    for (qsizetype i = 0; i < due.size(); ++i) {
        const OutboxEntry &e = due.at(i);
        if (progress && !progress(int(i), int(due.size()), e))
            return done; // stopped by the caller
        // The attempt is on record before anything is sent: if PressDesk is killed while the
        // portal creates the post, the next attempt knows to look for it first.
        const int attempts = e.attempts + 1;
        if (auto marked = outbox.setAttempts(e.id, attempts); !marked)
            return marked.error();
        const Status st = e.action == QLatin1String("publish") ? publishOne(e, account, portal)
                                                               : withdrawOne(e, account, portal);
        const bool transient = !st && isTransient(st.error());
        const Status recorded =
            st ? outbox.markDone(e.id, attempts, QDateTime::currentDateTimeUtc())
               : outbox.markFailed(e.id, attempts, st.error(), transient,
                                   now.addSecs(backoffSeconds(attempts)));
        if (!recorded)
            return recorded.error();
        if (st)
            qCInfo(lcPublish) << "outbox entry" << e.id << e.action << "done on" << e.portalName;
        else
            qCWarning(lcPublish) << "outbox entry" << e.id << e.action << "failed on"
                                 << e.portalName << st.error().code << st.error().message
                                 << st.error().detail << (transient ? "(will retry)" : "");
        if (st)
            ++done;
        if (transient)
            break; // the portal is unreachable: the rest waits too
    }
    if (progress)
        progress(int(due.size()), int(due.size()), {});
    return done;
}

Status Publisher::publishOne(const OutboxEntry &entry, const PortalAccount &account, Portal &portal)
{
    auto article = ArticleRepository(m_db).get(entry.articleId);
    if (!article)
        return article.error();
    const Article &a = article.value();
    if (a.approvedHash.isEmpty() || a.approvedHash != contentHash(a))
        return Error{QStringLiteral("not-approved"),
                     tr("“%1” changed after it was approved; nothing was sent.").arg(a.title)};

    // What the portal gets: its own copies of the images, its category and tags.
    auto body = withPortalImages(m_db, a, account.id, portal);
    if (!body)
        return body.error();
    auto categories = portalCategories(m_db, a, account.id, portal);
    if (!categories)
        return categories.error();
    auto tags = portalTags(a, portal);
    if (!tags)
        return tags.error();

    PostFields fields;
    fields.tags = tags.value();
    fields.title = a.title;
    fields.content = body->html;
    fields.excerpt = a.lead;
    fields.slug = postSlug(a);
    const bool future =
        entry.publishAt.isValid() && entry.publishAt > QDateTime::currentDateTimeUtc().addSecs(60);
    fields.status = future ? QStringLiteral("future") : QStringLiteral("publish");
    if (future)
        fields.dateGmt = entry.publishAt;
    fields.categories = categories.value();
    fields.featuredMedia = body->featuredMedia;

    // Update the post we (or, by the office's register, another desk) made before; else find
    // it by its slug (a lost answer, a desk that went silent), or create it.
    PostLinkRepository links(m_db);
    auto known = links.find(a.id, account.id);
    if (!known)
        return known.error();
    bool look = entry.attempts > 0; // an earlier attempt may have made it and lost the answer
    if (!known->has_value()) {
        auto office = officeLink(a, account, look);
        if (!office)
            return office.error();
        known = std::move(office);
    }
    Result<RemotePost> sent = Error{};
    if (known->has_value()) {
        const PostLink &link = **known;
        auto current = portal.getPost(link.remoteId);
        if (!current)
            return current.error();
        if (!entry.overwrite && !link.modifiedGmt.isEmpty() &&
            current->modifiedGmt != link.modifiedGmt)
            return Error{QStringLiteral("conflict"),
                         tr("The post was changed on the portal (%1) since PressDesk last sent "
                            "it; it was not overwritten. Choose Overwrite to replace the "
                            "portal's version.")
                             .arg(displayDateTime(QDateTime::fromString(
                                 current->modifiedGmt + QStringLiteral("Z"), Qt::ISODate)))};
        sent = portal.updatePost(link.remoteId, fields);
    } else if (!look) {
        sent = portal.createPost(fields); // never sent before: nothing to find
    } else {
        auto existing = portal.findPostBySlug(fields.slug);
        if (!existing)
            return existing.error();
        sent =
            existing->id != 0 ? portal.updatePost(existing->id, fields) : portal.createPost(fields);
    }
    if (!sent)
        return sent.error();
    // WordPress drops what it does not understand without an error: compare.
    if (decodeAmp(sent->titleRaw) != Text::toNfc(a.title))
        return Error{
            QStringLiteral("mismatch"),
            tr("The portal stored another title (“%1”); check its plugins.").arg(sent->titleRaw)};

    const PostLink made{a.id,       account.id,   sent->id,          sent->link,
                        sent->slug, sent->status, sent->modifiedGmt, a.approvedHash};
    const Status saved = m_db.transaction([&]() -> Status {
        if (auto linked = links.save(made); !linked)
            return linked.error();
        if (future && a.status == ArticleStatus::Scheduled)
            return {}; // already scheduled; the new time is on the portal
        if (!future && a.status == ArticleStatus::Published)
            return {}; // another desk published it (the sync said so): the post is updated
        const WorkflowAction move = future ? WorkflowAction::Schedule : WorkflowAction::Publish;
        if (auto moved = WorkflowService(m_db).apply(a.id, move, sent->link); !moved)
            return moved.error();
        return {};
    });
    if (saved)
        tellOffice(made, account);
    return saved;
}

Result<std::optional<PostLink>> Publisher::officeLink(const Article &a,
                                                      const PortalAccount &account, bool &look)
{
    const QString site = account.siteKey();
    if (m_registry) {
        auto claim = m_registry->claim(a.id, site);
        if (!claim) {
            // The office cannot be asked: what the last sync brought, and a look on the
            // portal before anything is made.
            qCWarning(lcPublish) << "the office's register of posts could not be asked:"
                                 << claim.error().message;
            look = true;
        } else {
            switch (claim->outcome) {
            case PostRegistry::Claim::Outcome::Known:
                return std::optional<PostLink>{claim->known.asLink(account.id)};
            case PostRegistry::Claim::Outcome::Busy:
                return Error{
                    QStringLiteral("office-busy"),
                    tr("%1 has been publishing “%2” to %3 from another desk since %4; "
                       "PressDesk tries again shortly, so that the portal gets one "
                       "post.")
                        .arg(claim->holder, a.title, account.name, displayDateTime(claim->since))};
            case PostRegistry::Claim::Outcome::Taken:
                look = true;
                break;
            case PostRegistry::Claim::Outcome::Ours:
                break;
            }
        }
    }
    auto synced = OfficePostRepository(m_db).find(a.id, site);
    if (!synced)
        return synced.error();
    if (synced->has_value())
        return std::optional<PostLink>{(*synced)->asLink(account.id)};
    return std::optional<PostLink>{};
}

void Publisher::tellOffice(const PostLink &link, const PortalAccount &account)
{
    if (!m_registry)
        return;
    const OfficePost post = OfficePost::fromLink(link, account.siteKey());
    // Not told now (the office unreachable): the next sync pass sends it.
    if (auto told = m_registry->record(post); !told) {
        qCWarning(lcPublish) << "the office's register of posts was not told of post"
                             << link.remoteId << ":" << told.error().message;
        return;
    }
    if (auto noted = OfficePostRepository(m_db).recorded(post); !noted)
        qCWarning(lcPublish) << "the office's record of post" << link.remoteId
                             << "was not kept here:" << noted.error().message;
}

Status Publisher::withdrawOne(const OutboxEntry &entry, const PortalAccount &account,
                              Portal &portal)
{
    PostLinkRepository links(m_db);
    auto known = links.find(entry.articleId, account.id);
    if (!known)
        return known.error();
    if (!known->has_value())
        return Error{QStringLiteral("not-published"),
                     tr("“%1” is not on the portal %2.").arg(entry.articleTitle, account.name)};
    auto done = portal.withdrawPost((*known)->remoteId, entry.action == QLatin1String("trash"));
    if (!done)
        return done.error();
    return m_db.transaction([&]() -> Status {
        if (auto saved = links.updateRemote(
                entry.articleId, account.id,
                done->status.isEmpty() ? QStringLiteral("trash") : done->status, done->modifiedGmt);
            !saved)
            return saved.error();
        auto article = ArticleRepository(m_db).get(entry.articleId);
        if (!article)
            return article.error();
        if (article->status == ArticleStatus::Published) {
            if (auto moved = WorkflowService(m_db).apply(entry.articleId, WorkflowAction::Withdraw);
                !moved)
                return moved.error();
        } else if (article->status == ArticleStatus::Scheduled) {
            if (auto moved =
                    WorkflowService(m_db).apply(entry.articleId, WorkflowAction::Unschedule);
                !moved)
                return moved.error();
        }
        return {};
    });
}

} // namespace PressDesk
