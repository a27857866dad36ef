#include "radio/RadioStationsDialog.h"

#include "radio/RadioRepository.h"
#include "store/Database.h"
#include "ui_RadioStationsDialog.h"

#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>

namespace PressDesk {

QString radioWeekdayName(int weekday)
{
    if (weekday < 1 || weekday > 7)
        return RadioStationsDialog::tr("every day");
    return QLocale().standaloneDayName(weekday, QLocale::LongFormat);
}

RadioStationsDialog::RadioStationsDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_ui(std::make_unique<Ui::RadioStationsDialog>())
{
    m_ui->setupUi(this);
    for (StationKind kind : {StationKind::Station, StationKind::Loudspeakers})
        m_ui->stationKindComboBox->addItem(stationKindDisplayName(kind), stationKindKey(kind));
    for (int day = 0; day <= 7; ++day)
        m_ui->weekdayComboBox->addItem(radioWeekdayName(day), day);
    m_ui->stationTree->setAccessibleDescription(
        tr("The office's station and the loudspeaker systems of its communes and wards."));
    m_ui->programTree->setAccessibleDescription(
        tr("Each programme's station and slot: the day, the start time and the length."));

    connect(m_ui->stationTree, &QTreeWidget::currentItemChanged, this,
            &RadioStationsDialog::stationChosen);
    connect(m_ui->programTree, &QTreeWidget::currentItemChanged, this,
            &RadioStationsDialog::programChosen);
    connect(m_ui->addStationButton, &QPushButton::clicked, this, &RadioStationsDialog::addStation);
    connect(m_ui->saveStationButton, &QPushButton::clicked, this,
            &RadioStationsDialog::saveStation);
    connect(m_ui->removeStationButton, &QPushButton::clicked, this,
            &RadioStationsDialog::removeStation);
    connect(m_ui->addProgramButton, &QPushButton::clicked, this, &RadioStationsDialog::addProgram);
    connect(m_ui->saveProgramButton, &QPushButton::clicked, this,
            &RadioStationsDialog::saveProgram);
    connect(m_ui->removeProgramButton, &QPushButton::clicked, this,
            &RadioStationsDialog::removeProgram);
    connect(m_ui->stationNameLineEdit, &QLineEdit::textChanged, this,
            &RadioStationsDialog::updateButtons);
    connect(m_ui->programNameLineEdit, &QLineEdit::textChanged, this,
            &RadioStationsDialog::updateButtons);
    reload({}, {});
}

RadioStationsDialog::~RadioStationsDialog() = default;

QString RadioStationsDialog::currentStationId() const
{
    const QTreeWidgetItem *item = m_ui->stationTree->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

QString RadioStationsDialog::currentProgramId() const
{
    const QTreeWidgetItem *item = m_ui->programTree->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void RadioStationsDialog::selectStation(const QString &id)
{
    for (int i = 0; i < m_ui->stationTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->stationTree->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == id)
            m_ui->stationTree->setCurrentItem(item);
    }
}

void RadioStationsDialog::selectProgram(const QString &id)
{
    for (int i = 0; i < m_ui->programTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->programTree->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == id)
            m_ui->programTree->setCurrentItem(item);
    }
}

QString RadioStationsDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

void RadioStationsDialog::reload(const QString &stationId, const QString &programId)
{
    RadioRepository radio(m_db);
    auto stations = radio.stations();
    auto programs = radio.programs();
    if (!stations || !programs) {
        showStatus(stations ? programs.error().message : stations.error().message, true);
        return;
    }
    {
        const QSignalBlocker block(m_ui->stationTree);
        m_ui->stationTree->clear();
        const QString keepStation = m_ui->programStationComboBox->currentData().toString();
        m_ui->programStationComboBox->clear();
        for (const Station &s : std::as_const(stations.value())) {
            auto *item =
                new QTreeWidgetItem(m_ui->stationTree, {s.name, stationKindDisplayName(s.kind)});
            item->setData(0, Qt::UserRole, s.id);
            m_ui->programStationComboBox->addItem(s.name, s.id);
        }
        const int keep = m_ui->programStationComboBox->findData(keepStation);
        if (keep >= 0)
            m_ui->programStationComboBox->setCurrentIndex(keep);
    }
    {
        const QSignalBlocker block(m_ui->programTree);
        m_ui->programTree->clear();
        for (const Program &p : std::as_const(programs.value())) {
            auto *item = new QTreeWidgetItem(m_ui->programTree,
                                             {p.name, p.stationName, radioWeekdayName(p.weekday),
                                              p.startTime.isEmpty() ? tr("not fixed") : p.startTime,
                                              tr("%n minute(s)", nullptr, p.lengthMinutes)});
            item->setData(0, Qt::UserRole, p.id);
        }
    }
    for (QTreeWidget *tree : {m_ui->stationTree, m_ui->programTree})
        for (int c = 0; c < tree->columnCount(); ++c)
            tree->resizeColumnToContents(c);
    if (!stationId.isEmpty())
        selectStation(stationId);
    if (!programId.isEmpty())
        selectProgram(programId);
    if (stations->isEmpty())
        showStatus(tr("Add the office's station first (its name, and whether it is a radio "
                      "station or a commune's loudspeakers), then its programmes."),
                   false);
    updateButtons();
}

void RadioStationsDialog::stationChosen()
{
    const QString id = currentStationId();
    if (id.isEmpty()) {
        updateButtons();
        return;
    }
    auto s = RadioRepository(m_db).station(id);
    if (!s) {
        showStatus(s.error().message, true);
        return;
    }
    m_ui->stationNameLineEdit->setText(s->name);
    m_ui->stationKindComboBox->setCurrentIndex(
        m_ui->stationKindComboBox->findData(stationKindKey(s->kind)));
    updateButtons();
}

void RadioStationsDialog::programChosen()
{
    const QString id = currentProgramId();
    if (id.isEmpty()) {
        updateButtons();
        return;
    }
    auto p = RadioRepository(m_db).program(id);
    if (!p) {
        showStatus(p.error().message, true);
        return;
    }
    m_ui->programNameLineEdit->setText(p->name);
    m_ui->programStationComboBox->setCurrentIndex(
        m_ui->programStationComboBox->findData(p->stationId));
    m_ui->weekdayComboBox->setCurrentIndex(m_ui->weekdayComboBox->findData(p->weekday));
    m_ui->startTimeLineEdit->setText(p->startTime);
    m_ui->lengthSpinBox->setValue(p->lengthMinutes);
    updateButtons();
}

Station RadioStationsDialog::stationFromForm() const
{
    Station s;
    s.name = m_ui->stationNameLineEdit->text();
    s.kind = stationKindFromKey(m_ui->stationKindComboBox->currentData().toString())
                 .value_or(StationKind::Station);
    return s;
}

Program RadioStationsDialog::programFromForm() const
{
    Program p;
    p.name = m_ui->programNameLineEdit->text();
    p.stationId = m_ui->programStationComboBox->currentData().toString();
    p.weekday = m_ui->weekdayComboBox->currentData().toInt();
    p.startTime = m_ui->startTimeLineEdit->text();
    p.lengthMinutes = m_ui->lengthSpinBox->value();
    return p;
}

void RadioStationsDialog::addStation()
{
    auto added = RadioRepository(m_db).addStation(stationFromForm());
    if (!added) {
        showStatus(added.error().message, true);
        return;
    }
    reload(added->id, currentProgramId());
    showStatus(tr("Station %1 added.").arg(added->name), false);
}

void RadioStationsDialog::saveStation()
{
    Station s = stationFromForm();
    s.id = currentStationId();
    auto saved = RadioRepository(m_db).updateStation(s);
    if (!saved) {
        showStatus(saved.error().message, true);
        return;
    }
    reload(saved->id, currentProgramId());
    showStatus(tr("Station %1 saved.").arg(saved->name), false);
}

void RadioStationsDialog::removeStation()
{
    const QString id = currentStationId();
    const QString name =
        m_ui->stationTree->currentItem() ? m_ui->stationTree->currentItem()->text(0) : QString();
    if (auto st = RadioRepository(m_db).removeStation(id); !st) {
        showStatus(st.error().message, true);
        return;
    }
    reload({}, currentProgramId());
    showStatus(tr("Station %1 removed; its broadcasts stay counted.").arg(name), false);
}

void RadioStationsDialog::addProgram()
{
    auto added = RadioRepository(m_db).addProgram(programFromForm());
    if (!added) {
        showStatus(added.error().message, true);
        return;
    }
    reload(currentStationId(), added->id);
    showStatus(tr("Programme %1 added.").arg(added->name), false);
}

void RadioStationsDialog::saveProgram()
{
    Program p = programFromForm();
    p.id = currentProgramId();
    auto saved = RadioRepository(m_db).updateProgram(p);
    if (!saved) {
        showStatus(saved.error().message, true);
        return;
    }
    reload(currentStationId(), saved->id);
    showStatus(tr("Programme %1 saved.").arg(saved->name), false);
}

void RadioStationsDialog::removeProgram()
{
    const QString id = currentProgramId();
    const QString name =
        m_ui->programTree->currentItem() ? m_ui->programTree->currentItem()->text(0) : QString();
    if (auto st = RadioRepository(m_db).removeProgram(id); !st) {
        showStatus(st.error().message, true);
        return;
    }
    reload(currentStationId(), {});
    showStatus(tr("Programme %1 removed.").arg(name), false);
}

void RadioStationsDialog::showStatus(const QString &text, bool error)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void RadioStationsDialog::updateButtons()
{
    const bool station = !currentStationId().isEmpty();
    const bool stationNamed = !m_ui->stationNameLineEdit->text().trimmed().isEmpty();
    m_ui->addStationButton->setEnabled(stationNamed);
    m_ui->saveStationButton->setEnabled(station && stationNamed);
    m_ui->removeStationButton->setEnabled(station);
    const bool program = !currentProgramId().isEmpty();
    const bool programNamed = !m_ui->programNameLineEdit->text().trimmed().isEmpty() &&
                              m_ui->programStationComboBox->count() > 0;
    m_ui->addProgramButton->setEnabled(programNamed);
    m_ui->saveProgramButton->setEnabled(program && programNamed);
    m_ui->removeProgramButton->setEnabled(program);
}

} // namespace PressDesk
