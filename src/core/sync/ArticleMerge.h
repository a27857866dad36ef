#pragma once

#include "model/Article.h"
#include "text/Merge3.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace PressDesk {

// The parts of an article's content the merge takes one by one.
enum class ArticleField { Title, Lead, Body, Category, Tags, Source, Author };

// One passage (body, lead) or one field (title, category, source, author) that both sides
// changed differently.
struct ArticleConflict
{
    ArticleField field = ArticleField::Body;
    Text::MergeConflict passage;
};

struct ArticleMergeResult
{
    // The merged content (title, lead, body, category, tags, source, author; nothing else is
    // set). Where there are conflicts it holds the version that was asked for.
    Revision merged;
    QList<ArticleConflict> conflicts;

    bool isClean() const { return conflicts.isEmpty(); }
};

// Three-way merge of an article's content that two desks changed from one revision (base):
// a field changed on one side takes that side; the body merges block by block, then word by
// word; the lead merges word by word; tags merge as sets (adds and removals of both sides); a
// field both sides changed differently is a conflict. With KeepInConflict::Both, a
// conflicting body passage or lead passage keeps both versions (this side's first); a field
// that holds one value (title, category, source, author) keeps this side's.
class ArticleMerge
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::ArticleMerge)

public:
    static ArticleMergeResult merge(const Revision &base, const Revision &mine,
                                    const Revision &theirs,
                                    Text::KeepInConflict keep = Text::KeepInConflict::Mine);

    // An article's content as a revision's (for merging a desk's current text).
    static Revision contentOf(const Article &article);
    // True when the two hold the same content (the fields merged, nothing else).
    static bool sameContent(const Revision &a, const Revision &b);

    static QString fieldName(ArticleField field); // translated ("Body", "Tiêu đề" …)
};

} // namespace PressDesk
