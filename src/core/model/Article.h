#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace PressDesk {

// The editorial states; the allowed moves between them are in workflow/Workflow.h.
enum class ArticleStatus {
    Draft,     // Nháp
    Submitted, // Chờ duyệt
    Approved,  // Đã duyệt
    Returned,  // Trả lại
    Scheduled, // Hẹn giờ đăng
    Published, // Đã đăng
    Withdrawn, // Đã gỡ
    Archived   // Lưu trữ
};

QList<ArticleStatus> allStatuses();
QString statusKey(ArticleStatus status);                        // "draft": stored and in JSON
std::optional<ArticleStatus> statusFromKey(const QString &key); // unknown -> nullopt
QString statusDisplayName(ArticleStatus status);                // translated ("Nháp")

// A UTC time as the user reads it: local time, dd/MM/yyyy HH:mm.
QString displayDateTime(const QDateTime &utc);

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
    // Workflow: when the status last changed, and the approval (content hash approved, by
    // whom, when); empty when not approved or voided by an edit.
    QDateTime statusChangedAt; // UTC
    QString approvedHash;
    QString approvedBy;
    QDateTime approvedAt; // UTC
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
    QString savedBy;                             // profile user who wrote it
    ArticleStatus status = ArticleStatus::Draft; // the article's status when it was written
    QString note;                                // e.g. "Restored from revision 3"
};

} // namespace PressDesk
