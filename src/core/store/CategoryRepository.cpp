#include "store/CategoryRepository.h"

#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/SqlQuery.h"
#include "text/TextFold.h"
#include "workflow/Workflow.h"

#include <QUuid>

namespace PressDesk {

Result<QList<Category>> CategoryRepository::list() const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT id, name, position FROM categories "
                                            "WHERE deleted = 0 ORDER BY position, name"));
    if (!q)
        return q.error();
    QList<Category> out;
    while (q.value().next())
        out << Category{q->value(0).toString(), q->value(1).toString(), q->value(2).toInt()};
    return out;
}

Result<Category> CategoryRepository::create(const QString &rawName)
{
    const QString name = Text::toNfc(rawName).simplified();
    if (name.isEmpty())
        return Error{QStringLiteral("invalid"), tr("A category needs a name.")};
    if (auto existing = find(name); existing && Text::fold(existing->name) == Text::fold(name))
        return Error{QStringLiteral("exists"), tr("The category %1 already exists.").arg(name)};
    // A removed category of that name comes back (its id is the one the office knows).
    auto removed = Sql::value(
        m_db, QStringLiteral("SELECT id FROM categories WHERE name = ? AND deleted = 1"), {name});
    if (!removed)
        return removed.error();
    if (removed->isValid()) {
        if (auto st = Sql::run(m_db,
                               QStringLiteral("UPDATE categories SET deleted = 0, dirty = 1, "
                                              "local_rev = local_rev + 1, position = (SELECT "
                                              "coalesce(max(position), -1) + 1 FROM categories "
                                              "WHERE deleted = 0) WHERE id = ?"),
                               {removed->toString()});
            !st)
            return st.error();
        return find(removed->toString());
    }
    Category c{QUuid::createUuid().toString(QUuid::WithoutBraces), name, 0};
    if (auto st =
            Sql::run(m_db,
                     QStringLiteral("INSERT INTO categories (id, name, position) VALUES (?, ?, "
                                    "(SELECT coalesce(max(position), -1) + 1 FROM categories))"),
                     {c.id, c.name});
        !st)
        return st.error();
    return find(c.id);
}

Status CategoryRepository::rename(const QString &id, const QString &rawName)
{
    const QString name = Text::toNfc(rawName).simplified();
    if (name.isEmpty())
        return Error{QStringLiteral("invalid"), tr("A category needs a name.")};
    // A removed category keeps its name only until a live one wants it.
    if (auto st = Sql::run(m_db,
                           QStringLiteral("UPDATE categories SET name = name || ' (' || id || ')' "
                                          "WHERE name = ? AND deleted = 1 AND id <> ?"),
                           {name, id});
        !st)
        return st;
    auto changed = Sql::affected(m_db,
                                 QStringLiteral("UPDATE categories SET name = ?, local_rev = "
                                                "local_rev + 1, dirty = 1 WHERE id = ? AND "
                                                "deleted = 0"),
                                 {name, id});
    if (!changed)
        return changed.error();
    if (changed.value() == 0)
        return Error{QStringLiteral("not-found"), tr("No category with id %1.").arg(id)};
    return {};
}

Result<CategoryUsage> CategoryRepository::usage(const QString &id) const
{
    auto q =
        Sql::exec(m_db, QStringLiteral("SELECT status FROM articles WHERE category_id = ?"), {id});
    if (!q)
        return q.error();
    CategoryUsage u;
    while (q.value().next()) {
        ++u.articles;
        const auto status = statusFromKey(q->value(0).toString()).value_or(ArticleStatus::Draft);
        if (Workflow::afterContentEdit(status) != status)
            ++u.reopened;
    }
    return u;
}

Status CategoryRepository::remove(const QString &id, const QString &moveToId)
{
    return m_db.transaction([&]() -> Status {
        auto name = Sql::value(
            m_db, QStringLiteral("SELECT name FROM categories WHERE id = ? AND deleted = 0"), {id});
        if (!name)
            return name.error();
        if (!name->isValid())
            return Error{QStringLiteral("not-found"), tr("No category with id %1.").arg(id)};
        const QString removedName = name->toString();

        QStringList articleIds;
        {
            auto used = Sql::exec(
                m_db,
                QStringLiteral("SELECT id FROM articles WHERE category_id = ? ORDER BY local_id"),
                {id});
            if (!used)
                return used.error();
            while (used.value().next())
                articleIds << used->value(0).toString();
        }

        if (!articleIds.isEmpty()) {
            const int n = int(articleIds.size());
            if (moveToId.isEmpty())
                return Error{QStringLiteral("in-use"),
                             tr("The category %1 is used by %n article(s). Move them to another "
                                "category to remove it.",
                                nullptr, n)
                                 .arg(removedName)};
            if (moveToId == id)
                return Error{QStringLiteral("invalid"),
                             tr("The articles of %1 cannot move to the category being removed.")
                                 .arg(removedName)};
            auto target = Sql::value(
                m_db, QStringLiteral("SELECT 1 FROM categories WHERE id = ? AND deleted = 0"),
                {moveToId});
            if (!target)
                return target.error();
            if (!target->isValid())
                return Error{QStringLiteral("not-found"),
                             tr("No category with id %1.").arg(moveToId)};

            // Each move is an edit like any other: ArticleRepository::save writes the revision,
            // voids an approval and writes the audit entry.
            ArticleRepository articles(m_db);
            const QString note = tr("Moved from the removed category %1").arg(removedName);
            for (const QString &articleId : std::as_const(articleIds)) {
                auto article = articles.get(articleId);
                if (!article)
                    return article.error();
                Article moved = article.value();
                moved.categoryId = moveToId;
                if (auto saved = articles.save(moved, SaveKind::Manual, {}, note); !saved)
                    return saved.error();
            }
        }

        // A tombstone: the office server's copy is not this desk's to drop silently.
        return Sql::run(m_db,
                        QStringLiteral("UPDATE categories SET deleted = 1, dirty = 1, "
                                       "local_rev = local_rev + 1 WHERE id = ?"),
                        {id});
    });
}

Result<Category> CategoryRepository::find(const QString &idOrName) const
{
    auto all = list();
    if (!all)
        return all.error();
    const QString key = Text::fold(idOrName.simplified());
    QList<Category> partial;
    for (const Category &c : all.value()) {
        if (c.id == idOrName || Text::fold(c.name) == key)
            return c;
        if (!key.isEmpty() && Text::fold(c.name).startsWith(key))
            partial << c;
    }
    if (partial.size() == 1)
        return partial.first();
    return Error{QStringLiteral("not-found"), tr("No category named %1.").arg(idOrName)};
}

} // namespace PressDesk
