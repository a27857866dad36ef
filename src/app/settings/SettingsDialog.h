#pragma once

#include "text/ReadingScript.h"
#include "text/ToneMarks.h"

#include <QDialog>

#include <memory>

namespace PressDesk {

class Database;

namespace Ui {
class SettingsDialog;
} // namespace Ui

// The user's preferences (the interface language, applied at the next start) and, on its
// Office page, the office profile: name, parent body, place, signer, recipients, number suffix
// and tone-mark style; on its Abbreviations page the office's glossary (PressDesk's with the
// office's own: added, changed, removed). The General page also re-opens the set-up assistant.
// OK saves the profile (an error keeps the dialog open, saying why).
class SettingsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(Database &db, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QString selectedLanguage() const; // "vi" or "en"
    // Writes the user's choices to Settings; true when a restart is needed to see them.
    bool apply();

    void accept() override;

    // The office's tone-mark style; a profile that has none yet takes the user's former
    // setting (Settings::Key::ToneStyle) once.
    static Text::ToneStyle officeToneStyle(Database &db);

    // Shows the stored office profile again (after the set-up assistant saved it); what was
    // typed on the Office page and not saved is replaced.
    void reloadOffice();

Q_SIGNALS:
    // General → "Run the set-up assistant again…": the window runs it over this dialog.
    void firstRunWizardRequested();

private:
    void showGlossary(const QList<Text::GlossaryEntry> &entries);
    QList<Text::GlossaryEntry> shownGlossary() const;

    Database &m_db;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace PressDesk
