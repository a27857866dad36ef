#include "settings/SettingsDialog.h"

#include "Settings.h"
#include "ui_SettingsDialog.h"

namespace PressDesk {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    // Language names are shown in their own language, untranslated.
    m_ui->languageComboBox->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_ui->languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageComboBox->setCurrentIndex(
        std::max(0, m_ui->languageComboBox->findData(Settings::language())));
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::selectedLanguage() const
{
    return m_ui->languageComboBox->currentData().toString();
}

bool SettingsDialog::apply()
{
    const bool changed = selectedLanguage() != Settings::language();
    Settings::setValue(Settings::Key::Language, selectedLanguage());
    return changed;
}

} // namespace PressDesk
