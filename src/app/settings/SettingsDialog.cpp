#include "settings/SettingsDialog.h"

#include "Settings.h"
#include "backup/BackupScheduler.h"
#include "office/OfficeRepository.h"
#include "store/Database.h"
#include "store/ProfileBackup.h"
#include "ui_SettingsDialog.h"
#include "widgets/PlaceholderFit.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QTableWidget>

#include <algorithm>
#include <functional>

namespace PressDesk {

namespace {

Text::ToneStyle formerToneStyle()
{
    return Text::toneStyleFromKey(Settings::value(Settings::Key::ToneStyle).toString())
        .value_or(Text::ToneStyle::Traditional);
}

} // namespace

SettingsDialog::SettingsDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_ui(std::make_unique<Ui::SettingsDialog>())
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

    // The abbreviations: the office's glossary whole (PressDesk's with the office's own).
    m_ui->glossaryTableWidget->horizontalHeader()->setSectionResizeMode(
        0, QHeaderView::ResizeToContents);
    connect(m_ui->addAbbreviationButton, &QPushButton::clicked, this, [this] {
        QTableWidget *table = m_ui->glossaryTableWidget;
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem);
        table->setItem(row, 1, new QTableWidgetItem);
        table->setCurrentCell(row, 0);
        table->editItem(table->item(row, 0));
    });
    connect(m_ui->removeAbbreviationButton, &QPushButton::clicked, this, [this] {
        QTableWidget *table = m_ui->glossaryTableWidget;
        QList<int> rows;
        for (const QModelIndex &index : table->selectionModel()->selectedRows())
            rows << index.row();
        std::sort(rows.begin(), rows.end(), std::greater<>());
        for (int row : std::as_const(rows))
            table->removeRow(row);
    });
    connect(m_ui->defaultGlossaryButton, &QPushButton::clicked, this,
            [this] { showGlossary(Text::defaultGlossary()); });

    reloadOffice();
    m_ui->backupsEnabledCheckBox->setChecked(
        Settings::value(Settings::Key::BackupsEnabled).toBool());
    // The default folder's whole path would not fit: named, and shown in the tooltip.
    m_ui->backupFolderLineEdit->setPlaceholderText(tr("“backups” beside the profile"));
    m_ui->backupFolderLineEdit->setToolTip(
        m_ui->backupFolderLineEdit->toolTip() + u'\n' +
        tr("Without a folder here: %1")
            .arg(QDir::toNativeSeparators(ProfileBackup::defaultFolder(db.path()))));
    m_ui->backupFolderLineEdit->setText(
        QDir::toNativeSeparators(Settings::value(Settings::Key::BackupFolder).toString()));
    fitPlaceholders(this); // the backup folder's placeholder included, whatever the font
    connect(m_ui->backupFolderButton, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(
            this, tr("Folder for the backups"), BackupScheduler::folder(m_db.path()));
        if (!chosen.isEmpty())
            m_ui->backupFolderLineEdit->setText(QDir::toNativeSeparators(chosen));
    });
    // An office that has not said who it is starts there.
    if (m_ui->officeNameLineEdit->text().isEmpty())
        m_ui->settingsTabWidget->setCurrentWidget(m_ui->officeTab);
    connect(m_ui->firstRunWizardButton, &QPushButton::clicked, this,
            &SettingsDialog::firstRunWizardRequested);
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::reloadOffice()
{
    auto office = OfficeRepository(m_db).load();
    m_ui->errorLabel->clear();
    if (!office)
        m_ui->errorLabel->setText(office.error().message);
    const OfficeProfile profile = office ? office.value() : OfficeProfile{};
    m_ui->officeNameLineEdit->setText(profile.name);
    m_ui->parentBodyLineEdit->setText(profile.parentBody);
    m_ui->placeLineEdit->setText(profile.place);
    m_ui->signerNameLineEdit->setText(profile.signerName);
    m_ui->signerTitleLineEdit->setText(profile.signerTitle);
    m_ui->recipientsPlainTextEdit->setPlainText(profile.recipients.join(u'\n'));
    m_ui->numberSuffixLineEdit->setText(profile.numberSuffix);
    // Until the office chooses, the style this user chose in earlier versions.
    const Text::ToneStyle tone = profile.toneStyle.value_or(formerToneStyle());
    m_ui->toneStyleComboBox->setCurrentIndex(
        std::max(0, m_ui->toneStyleComboBox->findData(Text::toneStyleKey(tone))));
    showGlossary(profile.effectiveGlossary());
}

void SettingsDialog::showGlossary(const QList<Text::GlossaryEntry> &entries)
{
    QTableWidget *table = m_ui->glossaryTableWidget;
    table->setRowCount(0);
    table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(entries.at(row).abbreviation));
        table->setItem(row, 1, new QTableWidgetItem(entries.at(row).expansion));
    }
}

QList<Text::GlossaryEntry> SettingsDialog::shownGlossary() const
{
    const QTableWidget *table = m_ui->glossaryTableWidget;
    QList<Text::GlossaryEntry> entries;
    const auto text = [table](int row, int column) {
        const QTableWidgetItem *item = table->item(row, column);
        return item ? item->text() : QString();
    };
    for (int row = 0; row < table->rowCount(); ++row)
        entries.append({text(row, 0), text(row, 1)});
    return entries;
}

QString SettingsDialog::selectedLanguage() const
{
    return m_ui->languageComboBox->currentData().toString();
}

bool SettingsDialog::apply()
{
    const bool changed = selectedLanguage() != Settings::language();
    Settings::setValue(Settings::Key::Language, selectedLanguage());
    Settings::setValue(Settings::Key::BackupsEnabled, m_ui->backupsEnabledCheckBox->isChecked());
    Settings::setValue(Settings::Key::BackupFolder,
                       QDir::fromNativeSeparators(m_ui->backupFolderLineEdit->text().trimmed()));
    return changed;
}

void SettingsDialog::accept()
{
    OfficeProfile office;
    office.name = m_ui->officeNameLineEdit->text();
    office.parentBody = m_ui->parentBodyLineEdit->text();
    office.place = m_ui->placeLineEdit->text();
    office.signerName = m_ui->signerNameLineEdit->text();
    office.signerTitle = m_ui->signerTitleLineEdit->text();
    office.recipients = m_ui->recipientsPlainTextEdit->toPlainText().split(u'\n');
    office.numberSuffix = m_ui->numberSuffixLineEdit->text();
    office.toneStyle = Text::toneStyleFromKey(m_ui->toneStyleComboBox->currentData().toString());
    // A row with an abbreviation and nothing it stands for would be dropped without a word.
    const QList<Text::GlossaryEntry> shown = shownGlossary();
    for (int row = 0; row < shown.size(); ++row) {
        if (shown.at(row).abbreviation.trimmed().isEmpty() !=
            shown.at(row).expansion.trimmed().isEmpty()) {
            m_ui->settingsTabWidget->setCurrentWidget(m_ui->glossaryTab);
            m_ui->glossaryTableWidget->setCurrentCell(
                row, shown.at(row).abbreviation.trimmed().isEmpty() ? 0 : 1);
            m_ui->errorLabel->setText(
                tr("Row %1 of the abbreviations needs both the abbreviation and what it stands "
                   "for (or remove the row).")
                    .arg(row + 1));
            return;
        }
    }
    office.glossary = Text::glossaryChanges(shown);
    if (const Status st = OfficeRepository(m_db).save(office); !st) {
        m_ui->settingsTabWidget->setCurrentWidget(m_ui->officeTab);
        m_ui->errorLabel->setText(st.error().message);
        return;
    }
    QDialog::accept();
}

Text::ToneStyle SettingsDialog::officeToneStyle(Database &db)
{
    const Text::ToneStyle former = formerToneStyle();
    const auto style = OfficeRepository(db).toneStyleOr(former);
    return style ? style.value() : former;
}

} // namespace PressDesk
