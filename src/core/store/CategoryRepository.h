#pragma once

#include "Result.h"
#include "model/Article.h"

#include <QCoreApplication>
#include <QList>

namespace PressDesk {

class Database;

// The office's categories (seeded with what a district press office uses; editable).
class CategoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::CategoryRepository)

public:
    explicit CategoryRepository(Database &db) : m_db(db) {}

    Result<QList<Category>> list() const; // by position
    Result<Category> create(const QString &name);
    Status rename(const QString &id, const QString &name);
    // Articles of a removed category keep their content and lose the category.
    Status remove(const QString &id);
    // Exact id, or a name compared without case and diacritics ("van hoa" finds "Văn hóa – Xã hội"
    // only when unique).
    Result<Category> find(const QString &idOrName) const;

private:
    Database &m_db;
};

} // namespace PressDesk
