#include "settings/SettingsDialog.h"

#include "Settings.h"
#include "text/ToneMarks.h"
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
    m_ui->toneStyleComboBox->addItem(tr("hòa, thủy (traditional)"),
                                     Text::toneStyleKey(Text::ToneStyle::Traditional));
    m_ui->toneStyleComboBox->addItem(tr("hoà, thuỷ (modern)"),
                                     Text::toneStyleKey(Text::ToneStyle::Modern));
    m_ui->toneStyleComboBox->setCurrentIndex(
        std::max(0, m_ui->toneStyleComboBox->findData(Settings::value(Settings::Key::ToneStyle))));
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
    Settings::setValue(Settings::Key::ToneStyle, m_ui->toneStyleComboBox->currentData());
    return changed;
}

} // namespace PressDesk
