#pragma once

#include "Result.h"
#include "store/SqliteBulk.h"

#include <QByteArrayView>

#include <memory>

namespace PressDesk {

class Database;

// The office's articles and revisions as a sync pulls them, written into the profile through
// SqliteBulk (a new desk's join writes an office's worth). Every value is the UTF-8 text the
// server sent; a view without data is NULL. The rules are those of a pull: an article this desk
// changed and has not sent, or holds in conflict, keeps its copy (the next push compares it
// with the server), as does one at least as new; a revision is added once and only to an
// article the desk has. Written articles wait for their search index and word count
// (ArticleRepository::indexPending).
class ArticleBulkWriter
{
public:
    // What an article and each of its revisions hold alike.
    struct Content
    {
        QByteArrayView title, lead, bodyHtml, categoryId, tagsJson, source, author;
    };
    struct ArticleRow
    {
        QByteArrayView id, status;
        Content content;
        QByteArrayView createdAt, updatedAt, statusChangedAt, approvedHash, approvedBy, approvedAt;
        qint64 version = 0;
    };
    struct RevisionRow
    {
        QByteArrayView id, articleId;
        Content content;
        QByteArrayView status, savedBy, savedAt, kind, note;
        qint64 version = 0;
    };

    static Result<std::unique_ptr<ArticleBulkWriter>> open(const Database &db);

    Status begin() { return m_db->begin(); }
    Status commit() { return m_db->commit(); }
    void rollback() { m_db->rollback(); }

    // True when the row was written (new here, or newer than this desk's unchanged copy).
    Result<bool> article(const ArticleRow &row);
    Status revision(const RevisionRow &row);

private:
    ArticleBulkWriter() = default;
    std::unique_ptr<SqliteBulk> m_db;
    SqliteBulk::Statement *m_article = nullptr;
    SqliteBulk::Statement *m_clearTags = nullptr;
    SqliteBulk::Statement *m_tags = nullptr;
    SqliteBulk::Statement *m_clearImages = nullptr;
    SqliteBulk::Statement *m_image = nullptr;
    SqliteBulk::Statement *m_pending = nullptr;
    SqliteBulk::Statement *m_revision = nullptr;
};

} // namespace PressDesk
