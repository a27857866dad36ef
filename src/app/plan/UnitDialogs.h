#pragma once

#include "plan/Plan.h"

#include <QDialog>

#include <memory>

namespace PressDesk {

class Database;

namespace Ui {
class ReassignUnitDialog;
class MergeUnitsDialog;
} // namespace Ui

// The unit responsible for one activity, reassigned (units merge since the 2025
// reorganisation): the new unit typed or chosen among those the plans name, an optional note.
// What the activity counts does not change; the reassignment is recorded and syncs.
class ReassignUnitDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReassignUnitDialog)

public:
    ReassignUnitDialog(Database &db, const Activity &activity, QWidget *parent = nullptr);
    ~ReassignUnitDialog() override;
    void accept() override;

    // The units an activity had before, each with its last day ("Phòng Văn hóa và Thông tin
    // (until 30/06/2025)"), as the dialog and the plan window's tooltip list them.
    static QString unitsBefore(const QList<UnitChange> &changes);

private:
    Database &m_db;
    Activity m_activity;
    std::unique_ptr<Ui::ReassignUnitDialog> m_ui;
};

// A unit merged into another: every activity of the plan (or of every plan) whose responsible
// unit it is becomes the other's, each reassignment recorded. Says how many before it does.
class MergeUnitsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeUnitsDialog)

public:
    // fromUnit: the unit chosen first (the selected activity's), if any.
    MergeUnitsDialog(Database &db, const QString &planId, const QString &fromUnit = {},
                     QWidget *parent = nullptr);
    ~MergeUnitsDialog() override;
    void accept() override;
    // How many activities the accepted merge moved.
    int moved() const { return m_moved; }

private:
    void updateCount();
    QString scope() const; // the plan's id, or "" for every plan

    Database &m_db;
    QString m_planId;
    int m_moved = 0;
    std::unique_ptr<Ui::MergeUnitsDialog> m_ui;
};

} // namespace PressDesk
