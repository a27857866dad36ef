#include "workflow/WorkflowService.h"

#include "Logging.h"
#include "store/ArticleRepository.h"
#include "store/AuditLog.h"
#include "store/CategoryRepository.h"
#include "store/Database.h"
#include "store/SqlUtil.h"
#include "store/UserRepository.h"
#include "text/HtmlSanitizer.h"
#include "workflow/ContentHash.h"

namespace PressDesk {

Role WorkflowService::actingRole() const
{
    auto user = UserRepository(m_db).find(m_db.actingUser());
    return user ? user->role : Role::Staff;
}

Result<Article> WorkflowService::apply(const QString &articleId, WorkflowAction action,
                                       const QString &comment)
{
    return applyChecked(articleId, action, comment, {});
}

Result<Article> WorkflowService::approve(const QString &articleId, const ReadMark &read,
                                         const QString &comment)
{
    return applyChecked(
        articleId, WorkflowAction::Approve, comment, [&](const Article &current) -> Status {
            ArticleRepository articles(m_db);
            auto latest = articles.latestRevisionNumber(current.id);
            if (!latest)
                return latest.error();
            const QString detail = QStringLiteral("%1 %2").arg(read.revision).arg(latest.value());
            if (read.revision <= 0)
                return Error{QStringLiteral("changed-since-read"),
                             tr("Open the article and read it before approving it."), detail};
            if (read.revision < latest.value())
                return Error{QStringLiteral("changed-since-read"),
                             tr("The article changed after you opened it: you read revision "
                                "%1, the latest is revision %2. Read what changed, then "
                                "approve again.")
                                 .arg(read.revision)
                                 .arg(latest.value()),
                             detail};
            if (read.revision > latest.value())
                return Error{QStringLiteral("no-revision"),
                             tr("The article has no revision %1.").arg(read.revision)};
            QString readHash = read.contentHash;
            if (readHash.isEmpty()) {
                auto revisions = articles.revisions(current.id);
                if (!revisions)
                    return revisions.error();
                for (const Revision &r : std::as_const(revisions.value())) {
                    if (r.number == read.revision) {
                        Article shown = current;
                        shown.title = r.title;
                        shown.lead = r.lead;
                        shown.bodyHtml = r.bodyHtml;
                        shown.categoryId = r.categoryId;
                        shown.tags = r.tags;
                        shown.source = r.source;
                        readHash = contentHash(shown);
                    }
                }
            }
            if (readHash != contentHash(current))
                return Error{QStringLiteral("changed-since-read"),
                             tr("The article changed while you were reading it (revision %1 "
                                "was edited further). Read it again, then approve.")
                                 .arg(read.revision),
                             detail};
            return {};
        });
}

Result<Article> WorkflowService::applyChecked(const QString &articleId, WorkflowAction action,
                                              const QString &comment,
                                              const std::function<Status(const Article &)> &check)
{
    ArticleRepository articles(m_db);
    const Role role = actingRole();
    auto st = m_db.transaction([&]() -> Status {
        auto current = articles.get(articleId);
        if (!current)
            return current.error();
        auto to = Workflow::check(current->status, action, role, comment);
        if (!to)
            return to.error();
        if (check) {
            if (auto ok = check(current.value()); !ok)
                return ok;
        }
        const QString hash = contentHash(current.value());
        const QDateTime now = QDateTime::currentDateTimeUtc();

        // Approving binds the approval to exactly this content; returning or reopening drops
        // it; scheduling, publishing and withdrawing keep it (publish checks it).
        QString approvedHash = current->approvedHash;
        QString approvedBy = current->approvedBy;
        QDateTime approvedAt = current->approvedAt;
        if (action == WorkflowAction::Approve) {
            approvedHash = hash;
            approvedBy = m_db.actingUser();
            approvedAt = now;
        } else if (to.value() == ArticleStatus::Returned || to.value() == ArticleStatus::Draft ||
                   to.value() == ArticleStatus::Submitted) {
            approvedHash.clear();
            approvedBy.clear();
            approvedAt = {};
        }

        if (auto written = ArticleRepository(m_db).setWorkflowState(
                current->id, to.value(), now, approvedHash, approvedBy, approvedAt);
            !written)
            return written.error();

        AuditEntry entry;
        entry.action = actionKey(action);
        entry.articleId = current->id;
        entry.fromStatus = statusKey(current->status);
        entry.toStatus = statusKey(to.value());
        entry.hashBefore = hash;
        entry.hashAfter = hash;
        entry.comment = comment.trimmed();
        entry.at = now;
        if (auto logged = AuditLog(m_db).append(entry); !logged)
            return logged.error();
        qCInfo(lcWorkflow) << entry.action << current->id << entry.fromStatus << "->"
                           << entry.toStatus << "by" << m_db.actingUser();
        return {};
    });
    if (!st)
        return st.error();
    return articles.get(articleId);
}

QString WorkflowService::comparableText(const Revision &r) const
{
    QString category;
    if (!r.categoryId.isEmpty()) {
        auto c = CategoryRepository(m_db).find(r.categoryId);
        category = c ? c->name : r.categoryId;
    }
    QStringList parts{r.title};
    if (!r.lead.isEmpty())
        parts << r.lead;
    // A table's row is a line, its cells set apart by a bar the reader sees in the comparison.
    const QString body = Html::toPlainText(r.bodyHtml).replace(u'\t', QStringLiteral(" | "));
    if (!body.isEmpty())
        parts << body;
    parts << tr("Category: %1").arg(category) + u'\n' +
                 tr("Tags: %1").arg(r.tags.join(QStringLiteral(", "))) + u'\n' +
                 tr("Source: %1").arg(r.source);
    return parts.join(QStringLiteral("\n\n"));
}

Result<QList<QueueItem>> WorkflowService::reviewQueue() const
{
    // The queue is what was submitted; who submitted it is the last Submit in the log.
    return ReviewQueueRepository(m_db).articlesIn(ArticleStatus::Submitted, WorkflowAction::Submit,
                                                  m_db.actingUser());
}

Result<Article> WorkflowService::restore(const QString &articleId, int number)
{
    ArticleRepository articles(m_db);
    Result<Article> result = Error{};
    auto st = m_db.transaction([&]() -> Status {
        auto current = articles.get(articleId);
        if (!current)
            return current.error();
        auto revisions = articles.revisions(articleId);
        if (!revisions)
            return revisions.error();
        const Revision *rev = nullptr;
        for (const Revision &r : std::as_const(revisions.value())) {
            if (r.number == number)
                rev = &r;
        }
        if (!rev)
            return Error{QStringLiteral("no-revision"),
                         tr("The article has no revision %1.").arg(number)};
        Article restored = current.value();
        restored.title = rev->title;
        restored.lead = rev->lead;
        restored.bodyHtml = rev->bodyHtml;
        restored.categoryId = rev->categoryId;
        restored.tags = rev->tags;
        restored.source = rev->source;
        auto saved = articles.save(restored, SaveKind::Manual, {},
                                   tr("Restored from revision %1").arg(number));
        if (!saved)
            return saved.error();
        if (!saved->changed)
            return Error{QStringLiteral("unchanged"),
                         tr("Revision %1 is the same as the current content; nothing to restore.")
                             .arg(number)};
        if (auto logged = AuditLog(m_db).appendContentChange(
                QStringLiteral("restore"), current.value(), saved->article,
                tr("Restored from revision %1").arg(number));
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
