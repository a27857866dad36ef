#include "model/Article.h"

#include <QCoreApplication>

namespace PressDesk {

QString displayDateTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

QList<ArticleStatus> allStatuses()
{
    return {ArticleStatus::Draft,     ArticleStatus::Submitted, ArticleStatus::Approved,
            ArticleStatus::Returned,  ArticleStatus::Scheduled, ArticleStatus::Published,
            ArticleStatus::Withdrawn, ArticleStatus::Archived};
}

QString statusKey(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Draft:
        return QStringLiteral("draft");
    case ArticleStatus::Submitted:
        return QStringLiteral("submitted");
    case ArticleStatus::Approved:
        return QStringLiteral("approved");
    case ArticleStatus::Returned:
        return QStringLiteral("returned");
    case ArticleStatus::Scheduled:
        return QStringLiteral("scheduled");
    case ArticleStatus::Published:
        return QStringLiteral("published");
    case ArticleStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    case ArticleStatus::Archived:
        return QStringLiteral("archived");
    }
    return QStringLiteral("draft");
}

std::optional<ArticleStatus> statusFromKey(const QString &key)
{
    for (ArticleStatus s : allStatuses()) {
        if (statusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString statusDisplayName(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Draft:
        return QCoreApplication::translate("PressDesk::Article", "Draft");
    case ArticleStatus::Submitted:
        return QCoreApplication::translate("PressDesk::Article", "Submitted");
    case ArticleStatus::Approved:
        return QCoreApplication::translate("PressDesk::Article", "Approved");
    case ArticleStatus::Returned:
        return QCoreApplication::translate("PressDesk::Article", "Returned");
    case ArticleStatus::Scheduled:
        return QCoreApplication::translate("PressDesk::Article", "Scheduled");
    case ArticleStatus::Published:
        return QCoreApplication::translate("PressDesk::Article", "Published");
    case ArticleStatus::Withdrawn:
        return QCoreApplication::translate("PressDesk::Article", "Withdrawn");
    case ArticleStatus::Archived:
        return QCoreApplication::translate("PressDesk::Article", "Archived");
    }
    return {};
}

bool Article::sameContentAs(const Article &other) const
{
    return title == other.title && lead == other.lead && bodyHtml == other.bodyHtml &&
           categoryId == other.categoryId && tags == other.tags && source == other.source;
}

} // namespace PressDesk
