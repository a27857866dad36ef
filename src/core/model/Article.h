#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace PressDesk {

enum class ArticleStatus { Draft };

QString statusKey(ArticleStatus status);         // "draft": stored and in JSON
ArticleStatus statusFromKey(const QString &key); // unknown -> Draft
QString statusDisplayName(ArticleStatus status); // translated ("Nháp")

// One article, as the editor, the CLI, search and (later) sync and publish see it.
struct Article
{
    QString id; // UUID without braces
    QString title;
    QString lead;       // sapo
    QString bodyHtml;   // clean semantic HTML (Html::sanitize)
    QString categoryId; // empty: no category
    QStringList tags;
    QString source; // "Theo …"
    QString author;
    ArticleStatus status = ArticleStatus::Draft;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    // Sync columns (DESIGN.md): local revision number, last server sequence seen, dirty, tombstone.
    qint64 localRevision = 0;
    qint64 serverSeq = 0;
    bool dirty = true;
    bool deleted = false;

    // True when what a reader sees differs (content fields only, not timestamps).
    bool sameContentAs(const Article &other) const;
};

struct Category
{
    QString id;
    QString name;
    int position = 0;
};

struct Revision
{
    QString id;
    QString articleId;
    int number = 0;
    QString title;
    QString lead;
    QString bodyHtml;
    QString categoryId;
    QStringList tags;
    QString source;
    QString author;
    QDateTime createdAt; // when this revision was first written (UTC)
    QDateTime updatedAt; // last coalesced autosave into it (UTC)
    bool autosave = false;
};

} // namespace PressDesk
