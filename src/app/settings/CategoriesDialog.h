#pragma once

#include <QDialog>

#include <memory>

namespace PressDesk {

class Database;

namespace Ui {
class CategoriesDialog;
} // namespace Ui

// Lets the office add, rename and remove its categories. Removing a category that articles
// use asks for the category they move to (each move is an edit: a revision, approvals voided).
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
    // moveToId: the category the current one's articles move to (needed when it has any).
    bool removeCurrent(const QString &moveToId = {});

Q_SIGNALS:
    void categoriesChanged();

private:
    void reload(const QString &selectId = {});
    void promptAdd();
    void promptRename();
    void confirmRemove();
    // Asks where the articles of the current category go; empty when the user cancels.
    QString promptMoveTarget(const QString &name, int articles, int reopened);
    void showError(const QString &message);
    QString currentId() const;

    Database &m_db;
    std::unique_ptr<Ui::CategoriesDialog> m_ui;
};

} // namespace PressDesk
