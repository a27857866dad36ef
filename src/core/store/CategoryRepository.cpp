#include "store/CategoryRepository.h"

#include "store/Database.h"
#include "text/TextFold.h"

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

Status CategoryRepository::remove(const QString &id)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE articles SET category_id = NULL WHERE category_id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return Database::sqlError(q.lastError());
        q.prepare(QStringLiteral("DELETE FROM categories WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return Database::sqlError(q.lastError());
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
