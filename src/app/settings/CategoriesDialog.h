#pragma once

#include <QDialog>

#include <memory>

namespace PressDesk {

class Database;

namespace Ui {
class CategoriesDialog;
} // namespace Ui

// Lets the office add, rename and remove its categories. Removing a category keeps its
// articles (they lose the category).
class CategoriesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoriesDialog)

public:
    explicit CategoriesDialog(Database &db, QWidget *parent = nullptr);
    ~CategoriesDialog() override;

    // Instead of prompting, tests and callers may act directly; each returns false and shows
    // the reason in the dialog when the store refuses.
    bool addCategory(const QString &name);
    bool renameCurrent(const QString &name);
    bool removeCurrent();

Q_SIGNALS:
    void categoriesChanged();

private:
    void reload(const QString &selectId = {});
    void promptAdd();
    void promptRename();
    void confirmRemove();
    void showError(const QString &message);
    QString currentId() const;

    Database &m_db;
    std::unique_ptr<Ui::CategoriesDialog> m_ui;
};

} // namespace PressDesk
