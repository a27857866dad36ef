#pragma once

#include "Result.h"
#include "model/Article.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace PressDesk {

class Database;

// A submitted article waiting for a decision.
struct QueueItem
{
    QString articleId;
    QString title;
    QString categoryName;
    QString submittedBy;   // who submitted it last
    QDateTime submittedAt; // UTC
    int wordCount = 0;
    int latestRevision = 0; // the article's newest revision number
    int seenRevision = 0;   // the newest one the acting user has opened (0: never)
};

// Reads the review queue: the articles in one status with who moved them there (the audit
// log), their newest revision and the newest one a user has opened. WorkflowService says
// which status and action make the queue.
class ReviewQueueRepository
{
    Q_DISABLE_COPY_MOVE(ReviewQueueRepository)

public:
    explicit ReviewQueueRepository(Database &db) : m_db(db) {}

    // The (not deleted) articles in `status`, the longest there first; submittedBy is the
    // user of the newest `arrivedBy` entry, seenRevision what `viewer` has opened.
    Result<QList<QueueItem>> articlesIn(ArticleStatus status, WorkflowAction arrivedBy,
                                        const QString &viewer) const;

private:
    Database &m_db;
};

} // namespace PressDesk
