#pragma once

#include <QDialog>

#include <memory>

namespace PressDesk {

namespace Ui {
class SettingsDialog;
} // namespace Ui

// The user's preferences: for now the interface language, applied at the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QString selectedLanguage() const; // "vi" or "en"
    // Writes the choices to Settings; true when a restart is needed to see them.
    bool apply();

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace PressDesk
