#include "model/Article.h"

#include <QCoreApplication>

namespace PressDesk {

QString statusKey(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Draft:
        break;
    }
    return QStringLiteral("draft");
}

ArticleStatus statusFromKey(const QString &key)
{
    Q_UNUSED(key)
    return ArticleStatus::Draft;
}

QString statusDisplayName(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Draft:
        break;
    }
    return QCoreApplication::translate("PressDesk::Article", "Draft");
}

bool Article::sameContentAs(const Article &other) const
{
    return title == other.title && lead == other.lead && bodyHtml == other.bodyHtml &&
           categoryId == other.categoryId && tags == other.tags && source == other.source;
}

} // namespace PressDesk
