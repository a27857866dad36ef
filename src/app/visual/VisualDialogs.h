#pragma once

#include "Result.h"
#include "plan/Plan.h"
#include "visual/Visual.h"

#include <QDialog>
#include <QStringList>

#include <memory>

namespace PressDesk {

class Database;

namespace Ui {
class VisualItemDialog;
class MarkInstalledDialog;
class MarkRemovedDialog;
class SloganDialog;
} // namespace Ui

// The visual campaign window's form-shaped dialogs (ui/VisualItemDialog.ui,
// ui/MarkInstalledDialog.ui, ui/MarkRemovedDialog.ui, ui/SloganDialog.ui). Each writes through
// VisualRepository on OK and stays open with the reason, in the user's words, when the store
// refuses.

// "Add item…" and "Edit item…": an entry of the register for one of the plan's visual activities:
// its form, its wording (typed, or a slogan of the plan's library), size, quantity, where, who puts
// it up, the day planned and, when it is up already, the day it was installed.
class VisualItemDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisualItemDialog)

public:
    VisualItemDialog(Database &db, const Plan &plan, QWidget *parent = nullptr);
    // "Edit item…": the same form filled with the item, which OK corrects (its installation
    // and removal days are changed with Mark installed and Mark removed).
    VisualItemDialog(Database &db, const Plan &plan, const VisualItem &item,
                     QWidget *parent = nullptr);
    ~VisualItemDialog() override;
    void accept() override;
    QString addedItemId() const { return m_addedItemId; }

private:
    void sloganChosen();

    Database &m_db;
    Plan m_plan;
    QString m_addedItemId;
    QString m_editedItemId; // empty: a new item
    std::unique_ptr<Ui::VisualItemDialog> m_ui;
};

// "Mark installed…": the day it was put up and the photos that prove it (their date and
// position read from their EXIF by the store).
class MarkInstalledDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkInstalledDialog)

public:
    MarkInstalledDialog(Database &db, const VisualItem &item, QWidget *parent = nullptr);
    ~MarkInstalledDialog() override;
    void accept() override;
    // Photos to store with the installation (Add photos… asks for them).
    void addPhotoFiles(const QStringList &paths);
    QStringList photoFiles() const;

private:
    Database &m_db;
    VisualItem m_item;
    std::unique_ptr<Ui::MarkInstalledDialog> m_ui;
};

// "Mark removed…": the day it was taken down (it still counts on its installation day).
class MarkRemovedDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkRemovedDialog)

public:
    MarkRemovedDialog(Database &db, const VisualItem &item, QWidget *parent = nullptr);
    ~MarkRemovedDialog() override;
    void accept() override;

private:
    Database &m_db;
    VisualItem m_item;
    std::unique_ptr<Ui::MarkRemovedDialog> m_ui;
};

// "Add slogan…": a wording of the plan's library, with the theme or focus topic it serves.
class SloganDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SloganDialog)

public:
    SloganDialog(Database &db, const Plan &plan, QWidget *parent = nullptr);
    ~SloganDialog() override;
    void accept() override;
    QString addedSloganId() const { return m_addedSloganId; }

private:
    Database &m_db;
    Plan m_plan;
    QString m_addedSloganId;
    std::unique_ptr<Ui::SloganDialog> m_ui;
};

} // namespace PressDesk
