#pragma once

#include "Result.h"
#include "model/Article.h"

#include <QCoreApplication>
#include <QList>

namespace PressDesk {

class Database;

// What removing a category touches.
struct CategoryUsage
{
    int articles = 0; // articles in the category
    int reopened = 0; // of them, approved, scheduled, published… ones that an edit returns to draft
};

// The office's categories (seeded with what a district press office uses; editable).
class CategoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::CategoryRepository)

public:
    explicit CategoryRepository(Database &db) : m_db(db) {}

    Result<QList<Category>> list() const; // by position
    Result<Category> create(const QString &name);
    Status rename(const QString &id, const QString &name);
    Result<CategoryUsage> usage(const QString &id) const;
    // Removes an unused category. A category that articles use is refused ("in-use") unless
    // moveToId names another category: then each of its articles is saved in that category as
    // a new manual revision by the acting user (like any edit, approvals are voided and
    // audited), and the category is removed, all in one transaction.
    Status remove(const QString &id, const QString &moveToId = {});
    // Exact id, or a name compared without case and diacritics ("van hoa" finds "Văn hóa – Xã hội"
    // only when unique).
    Result<Category> find(const QString &idOrName) const;

private:
    Database &m_db;
};

} // namespace PressDesk
