#include "sync/ConflictService.h"

#include "store/ArticleRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/UserRepository.h"

namespace PressDesk {

QString ConflictService::displayName(const QString &login) const
{
    auto user = UserRepository(m_db).find(login);
    return user && !user->displayName.isEmpty() ? user->displayName : login;
}

Result<QList<SyncRepository::Conflict>> ConflictService::open(const QString &articleId) const
{
    return SyncRepository(m_db).conflicts(true, articleId);
}

Result<ConflictService::Sides> ConflictService::sides(const QString &conflictId) const
{
    const QString key = conflictId.trimmed().toLower();
    auto all = SyncRepository(m_db).conflicts(false);
    if (!all)
        return all.error();
    QList<SyncRepository::Conflict> matching;
    for (const SyncRepository::Conflict &c : std::as_const(all.value())) {
        if (c.id == key || (key.size() >= 4 && c.id.startsWith(key)))
            matching << c;
    }
    if (matching.isEmpty())
        return Error{QStringLiteral("not-found"), tr("There is no conflict %1.").arg(conflictId)};
    if (matching.size() > 1)
        return Error{
            QStringLiteral("ambiguous"),
            tr("More than one conflict id starts with %1; give more of it.").arg(conflictId)};
    Sides s;
    s.conflict = matching.first();
    ArticleRepository articles(m_db);
    auto article = articles.get(s.conflict.articleId);
    if (!article)
        return article.error();
    s.title = article->title;
    s.mine = ArticleMerge::contentOf(article.value());
    auto theirs = articles.revision(s.conflict.theirsRevisionId);
    if (!theirs)
        return theirs.error();
    if (!theirs->has_value())
        return Error{QStringLiteral("not-synced"),
                     tr("The other version of “%1” is not on this desk yet; sync with the "
                        "office server first.")
                         .arg(s.title)};
    s.theirs = **theirs;
    s.theirsBy = s.theirs.savedBy;
    s.theirsName = displayName(s.theirsBy);
    auto base = articles.serverRevisionAt(s.conflict.articleId, s.conflict.baseVersion);
    if (!base)
        return base.error();
    // Without the base every difference is the user's to choose.
    if (base->has_value())
        s.base = **base;
    s.merge = ArticleMerge::merge(s.base, s.mine, s.theirs);
    return s;
}

Result<Article> ConflictService::resolve(const QString &conflictId, Take take)
{
    auto s = sides(conflictId);
    if (!s)
        return s.error();
    const Text::KeepInConflict keep = take == Take::Mine     ? Text::KeepInConflict::Mine
                                      : take == Take::Theirs ? Text::KeepInConflict::Theirs
                                                             : Text::KeepInConflict::Both;
    const Revision content = ArticleMerge::merge(s->base, s->mine, s->theirs, keep).merged;
    const QString how = take == Take::Mine ? tr("Conflict resolved: this desk's version kept")
                        : take == Take::Theirs
                            ? tr("Conflict resolved: %1's version taken").arg(s->theirsBy)
                            : tr("Conflict resolved: both versions kept");
    return save(s.value(), content, how);
}

Result<Article> ConflictService::resolveWith(const QString &conflictId, const Revision &content)
{
    auto s = sides(conflictId);
    if (!s)
        return s.error();
    return save(s.value(), content, tr("Conflict resolved by editing"));
}

Result<bool> ConflictService::catchUp(const SyncRepository::Conflict &resolved,
                                      const Revision &head, int headVersion)
{
    ArticleRepository articles(m_db);
    SyncRepository sync(m_db);
    bool merged = false;
    auto st = m_db.transaction([&]() -> Status {
        // As this desk recorded it (which side was its own).
        auto local = sync.conflict(resolved.id);
        if (!local)
            return local.error();
        const SyncRepository::Conflict c = local->value_or(resolved);
        auto current = articles.get(c.articleId);
        if (!current)
            return current.error();
        auto here = sync.articleSync(c.articleId);
        if (!here)
            return here.error();
        // This desk's side of the conflict: the content it sent as the conflict, or (on the
        // other desks) the office's head it was based on.
        auto side = c.theirsRevisionId != c.revisionId
                        ? articles.revision(c.revisionId)
                        : articles.serverRevisionAt(c.articleId, here->serverVersion);
        if (!side)
            return side.error();
        if (!side->has_value())
            return {};
        const ArticleMergeResult m =
            ArticleMerge::merge(**side, ArticleMerge::contentOf(current.value()), head);
        if (!m.isClean())
            return {};
        Article next = current.value();
        next.title = m.merged.title;
        next.lead = m.merged.lead;
        next.bodyHtml = m.merged.bodyHtml;
        next.categoryId = m.merged.categoryId;
        next.tags = m.merged.tags;
        next.source = m.merged.source;
        next.author = m.merged.author;
        auto saved =
            articles.save(next, SaveKind::Manual, {},
                          tr("Merged with the conflict's resolution by %1").arg(c.resolvedBy));
        if (!saved)
            return saved.error();
        merged = true;
        return sync.basedOnVersion(c.articleId, headVersion);
    });
    if (!st)
        return st.error();
    return merged;
}

Result<Article> ConflictService::save(const Sides &s, const Revision &content, const QString &how)
{
    if (s.conflict.resolvedAt.isValid())
        return Error{QStringLiteral("resolved"),
                     tr("This conflict was resolved already by %1.").arg(s.conflict.resolvedBy)};
    ArticleRepository articles(m_db);
    SyncRepository sync(m_db);
    Article result;
    auto st = m_db.transaction([&]() -> Status {
        auto current = articles.get(s.conflict.articleId);
        if (!current)
            return current.error();
        Article resolved = current.value();
        resolved.title = content.title;
        resolved.lead = content.lead;
        resolved.bodyHtml = content.bodyHtml;
        resolved.categoryId = content.categoryId;
        resolved.tags = content.tags;
        resolved.source = content.source;
        resolved.author = content.author;
        auto saved = articles.save(resolved, SaveKind::Manual, {}, how);
        if (!saved)
            return saved.error();
        // The choice is a revision even when it is this desk's text as it stands: it goes up
        // as the office's new head, and names the resolution.
        QString revisionId;
        if (saved->changed) {
            auto revisions = articles.revisions(s.conflict.articleId);
            if (!revisions)
                return revisions.error();
            revisionId = revisions->last().id;
        } else {
            auto sealed = articles.sealAsRevision(s.conflict.articleId, how);
            if (!sealed)
                return sealed.error();
            revisionId = sealed->id;
        }
        if (auto done = sync.resolveConflict(s.conflict.id, m_db.actingUser(), revisionId); !done)
            return done;
        // What this desk now has is based on the other side too.
        if (auto based = sync.basedOnRevision(s.conflict.articleId, s.conflict.theirsRevisionId);
            !based)
            return based;
        if (auto logged = AuditLog(m_db).appendContentChange(QStringLiteral("resolve-conflict"),
                                                             current.value(), saved->article, how);
            !logged)
            return logged.error();
        result = saved->article;
        return {};
    });
    if (!st)
        return st.error();
    return result;
}

} // namespace PressDesk
