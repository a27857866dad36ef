#include "settings/SettingsDialog.h"

#include "Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace PressDesk {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    // Language names are shown in their own language, untranslated.
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Settings::language())));
    form->addRow(tr("&Language:"), m_language);
    layout->addLayout(form);
    auto *note = new QLabel(tr("A change of language applies after PressDesk restarts."), this);
    note->setObjectName(QStringLiteral("restartNoteLabel"));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(360);
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::selectedLanguage() const
{
    return m_language->currentData().toString();
}

bool SettingsDialog::apply()
{
    const bool changed = selectedLanguage() != Settings::language();
    Settings::setValue(Settings::Key::Language, selectedLanguage());
    return changed;
}

} // namespace PressDesk
