#pragma once

#include "model/Article.h"

#include <QDate>
#include <QString>

#include <optional>

namespace PressDesk {

// What the article list and search are narrowed to.
struct ArticleFilter
{
    std::optional<ArticleStatus> status;
    QString categoryId; // empty: all
    QDate from;         // updated on or after (local date); invalid: open
    QDate to;           // updated on or before (local date); invalid: open
    QString query;      // full-text query; non-empty: rows come in relevance order

    bool operator==(const ArticleFilter &) const = default;
};

} // namespace PressDesk
