#pragma once

#include "Result.h"
#include "model/Article.h"
#include "workflow/ReviewQueueRepository.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QDateTime>

namespace PressDesk {

class Database;

// Applies editorial decisions to stored articles: checks the transition table for the acting
// user's role, binds approvals to the content hash, and writes the audit log, all in one
// transaction.
class WorkflowService
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::WorkflowService)

public:
    explicit WorkflowService(Database &db) : m_db(db) {}

    // The acting user (Database::actingUser()) takes action on the article.
    Result<Article> apply(const QString &articleId, WorkflowAction action,
                          const QString &comment = {});

    // Makes revision `number`'s content the current content as a new revision (nothing is
    // rewritten); like any edit it voids an approval. Logged as "restore".
    Result<Article> restore(const QString &articleId, int number);

    // The acting user's role (Staff when the profile has no such user).
    Role actingRole() const;

    // A revision as plain text for comparing: title, lead, body paragraphs, then the
    // category, tags and source lines (translated labels), separated by blank lines.
    QString comparableText(const Revision &revision) const;

    // Submitted articles, the longest waiting first: the supervisor's review queue.
    Result<QList<QueueItem>> reviewQueue() const;

private:
    Database &m_db;
};

} // namespace PressDesk
