#include "store/CategoryRepository.h"

#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "text/TextFold.h"
#include "workflow/Workflow.h"

#include <QSqlQuery>
#include <QUuid>

namespace PressDesk {

Result<QList<Category>> CategoryRepository::list() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT id, name, position FROM categories WHERE deleted = 0 ORDER BY position, name")))
        return Database::sqlError(q.lastError());
    QList<Category> out;
    while (q.next())
        out << Category{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()};
    return out;
}

Result<Category> CategoryRepository::create(const QString &rawName)
{
    const QString name = Text::toNfc(rawName).simplified();
    if (name.isEmpty())
        return Error{QStringLiteral("invalid"), tr("A category needs a name.")};
    if (auto existing = find(name); existing && Text::fold(existing->name) == Text::fold(name))
        return Error{QStringLiteral("exists"), tr("The category %1 already exists.").arg(name)};
    Category c{QUuid::createUuid().toString(QUuid::WithoutBraces), name, 0};
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO categories (id, name, position) "
                       "VALUES (?, ?, (SELECT coalesce(max(position), -1) + 1 FROM categories))"));
    q.addBindValue(c.id);
    q.addBindValue(c.name);
    if (!q.exec())
        return Database::sqlError(q.lastError());
    return find(c.id);
}

Status CategoryRepository::rename(const QString &id, const QString &rawName)
{
    const QString name = Text::toNfc(rawName).simplified();
    if (name.isEmpty())
        return Error{QStringLiteral("invalid"), tr("A category needs a name.")};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE categories SET name = ?, local_rev = local_rev + 1, dirty = 1 WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(id);
    if (!q.exec())
        return Database::sqlError(q.lastError());
    if (q.numRowsAffected() == 0)
        return Error{QStringLiteral("not-found"), tr("No category with id %1.").arg(id)};
    return {};
}

Result<CategoryUsage> CategoryRepository::usage(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT status FROM articles WHERE category_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Database::sqlError(q.lastError());
    CategoryUsage u;
    while (q.next()) {
        ++u.articles;
        const auto status = statusFromKey(q.value(0).toString()).value_or(ArticleStatus::Draft);
        if (Workflow::afterContentEdit(status) != status)
            ++u.reopened;
    }
    return u;
}

Status CategoryRepository::remove(const QString &id, const QString &moveToId)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery name(m_db.connection());
        name.prepare(QStringLiteral("SELECT name FROM categories WHERE id = ?"));
        name.addBindValue(id);
        if (!name.exec())
            return Database::sqlError(name.lastError());
        if (!name.next())
            return Error{QStringLiteral("not-found"), tr("No category with id %1.").arg(id)};
        const QString removedName = name.value(0).toString();
        name.finish();

        QSqlQuery used(m_db.connection());
        used.prepare(
            QStringLiteral("SELECT id FROM articles WHERE category_id = ? ORDER BY local_id"));
        used.addBindValue(id);
        if (!used.exec())
            return Database::sqlError(used.lastError());
        QStringList articleIds;
        while (used.next())
            articleIds << used.value(0).toString();
        used.finish();

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
            QSqlQuery target(m_db.connection());
            target.prepare(QStringLiteral("SELECT 1 FROM categories WHERE id = ? AND deleted = 0"));
            target.addBindValue(moveToId);
            if (!target.exec())
                return Database::sqlError(target.lastError());
            if (!target.next())
                return Error{QStringLiteral("not-found"),
                             tr("No category with id %1.").arg(moveToId)};
            target.finish();

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

        QSqlQuery del(m_db.connection());
        del.prepare(QStringLiteral("DELETE FROM categories WHERE id = ?"));
        del.addBindValue(id);
        if (!del.exec())
            return Database::sqlError(del.lastError());
        return {};
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
