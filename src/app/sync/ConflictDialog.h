#pragma once

#include "sync/ConflictService.h"

#include <QDialog>

#include <memory>

namespace PressDesk {

class Database;

namespace Ui {
class ConflictDialog;
} // namespace Ui

// One conflict, side by side: each passage or field both desks changed differently, this
// desk's version beside the other's (word by word, as in the revision comparison) with the
// text both started from. The user keeps this desk's, takes the other's, keeps both, or edits
// the result; the choice is saved as a new revision (ConflictService) and the dialog closes.
class ConflictDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    ConflictDialog(Database &db, const QString &conflictId, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    // False when the conflict could not be read (the error was shown).
    bool isReady() const { return m_ready; }
    void showPassage(int row);

private:
    void take(ConflictService::Take take);
    void startEditing();
    void saveEdited();
    bool finish(const Result<Article> &outcome);

    Database &m_db;
    QString m_conflictId;
    ConflictService::Sides m_sides;
    Revision m_edited; // the result being edited, until its title and body are taken
    bool m_ready = false;
    std::unique_ptr<Ui::ConflictDialog> m_ui;
};

} // namespace PressDesk
