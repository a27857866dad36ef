#include "sync/ArticleMerge.h"

namespace PressDesk {

namespace {

// A field that holds one value: the side that changed it, or a conflict.
template <typename T>
T mergeValue(ArticleField field, const T &base, const T &mine, const T &theirs,
             Text::KeepInConflict keep, QList<ArticleConflict> &conflicts,
             QString (*text)(const T &))
{
    if (mine == theirs || theirs == base)
        return mine;
    if (mine == base)
        return theirs;
    conflicts.append({field, {text(base), text(mine), text(theirs)}});
    return keep == Text::KeepInConflict::Theirs ? theirs : mine;
}

QString plain(const QString &s)
{
    return s;
}

} // namespace

ArticleMergeResult ArticleMerge::merge(const Revision &base, const Revision &mine,
                                       const Revision &theirs, Text::KeepInConflict keep)
{
    ArticleMergeResult r;
    auto &m = r.merged;
    m.title = mergeValue(ArticleField::Title, base.title, mine.title, theirs.title, keep,
                         r.conflicts, &plain);

    const Text::MergeResult lead = Text::mergeText(base.lead, mine.lead, theirs.lead, keep);
    m.lead = lead.merged;
    for (const Text::MergeConflict &c : lead.conflicts)
        r.conflicts.append({ArticleField::Lead, c});

    const Text::MergeResult body =
        Text::mergeHtml(base.bodyHtml, mine.bodyHtml, theirs.bodyHtml, keep);
    m.bodyHtml = body.merged;
    for (const Text::MergeConflict &c : body.conflicts)
        r.conflicts.append({ArticleField::Body, c});

    m.categoryId = mergeValue(ArticleField::Category, base.categoryId, mine.categoryId,
                              theirs.categoryId, keep, r.conflicts, &plain);
    m.tags = Text::mergeSets(base.tags, mine.tags, theirs.tags);
    m.source = mergeValue(ArticleField::Source, base.source, mine.source, theirs.source, keep,
                          r.conflicts, &plain);
    m.author = mergeValue(ArticleField::Author, base.author, mine.author, theirs.author, keep,
                          r.conflicts, &plain);
    return r;
}

Revision ArticleMerge::contentOf(const Article &a)
{
    Revision r;
    r.articleId = a.id;
    r.title = a.title;
    r.lead = a.lead;
    r.bodyHtml = a.bodyHtml;
    r.categoryId = a.categoryId;
    r.tags = a.tags;
    r.source = a.source;
    r.author = a.author;
    r.status = a.status;
    return r;
}

bool ArticleMerge::sameContent(const Revision &a, const Revision &b)
{
    return a.title == b.title && a.lead == b.lead && a.bodyHtml == b.bodyHtml &&
           a.categoryId == b.categoryId && a.tags == b.tags && a.source == b.source &&
           a.author == b.author;
}

QString ArticleMerge::fieldName(ArticleField field)
{
    switch (field) {
    case ArticleField::Title:
        return tr("Title");
    case ArticleField::Lead:
        return tr("Lead");
    case ArticleField::Body:
        return tr("Body");
    case ArticleField::Category:
        return tr("Category");
    case ArticleField::Tags:
        return tr("Tags");
    case ArticleField::Source:
        return tr("Source");
    case ArticleField::Author:
        return tr("Author");
    }
    return {};
}

} // namespace PressDesk
