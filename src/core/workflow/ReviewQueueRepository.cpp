#include "workflow/ReviewQueueRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlUtil.h"

namespace PressDesk {

Result<QList<QueueItem>> ReviewQueueRepository::articlesIn(ArticleStatus status,
                                                           WorkflowAction arrivedBy,
                                                           const QString &viewer) const
{
    auto q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT a.id, a.title, c.name, a.word_count, a.status_changed_at, "
            " (SELECT l.user_name FROM audit_log l WHERE l.article_id = a.id AND l.action = ? "
            "  ORDER BY l.seq DESC LIMIT 1), "
            " (SELECT max(r.number) FROM revisions r WHERE r.article_id = a.id), "
            " coalesce((SELECT v.revision FROM article_views v WHERE v.article_id = a.id "
            "  AND v.user_name = ?), 0) "
            "FROM articles a LEFT JOIN categories c ON c.id = a.category_id "
            "WHERE a.deleted = 0 AND a.status = ? ORDER BY a.status_changed_at, a.local_id"),
        {actionKey(arrivedBy), viewer, statusKey(status)});
    if (!q)
        return q.error();
    QList<QueueItem> out;
    while (q.value().next()) {
        QueueItem item;
        item.articleId = q->value(0).toString();
        item.title = q->value(1).toString();
        item.categoryName = q->value(2).toString();
        item.wordCount = q->value(3).toInt();
        item.submittedAt = Sql::fromIso(q->value(4).toString());
        item.submittedBy = q->value(5).toString();
        item.latestRevision = q->value(6).toInt();
        item.seenRevision = q->value(7).toInt();
        out << item;
    }
    return out;
}

} // namespace PressDesk
