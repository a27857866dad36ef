#include "plan/UnitDialogs.h"

#include "plan/PlanDialogHelpers.h"
#include "plan/PlanRepository.h"
#include "store/Database.h"
#include "ui_MergeUnitsDialog.h"
#include "ui_ReassignUnitDialog.h"
#include "widgets/PlaceholderFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

namespace PressDesk {

using namespace PlanDialogHelpers;

namespace {

// The units the plans name (of one plan, or all), for the user to pick from.
QStringList unitsOf(Database &db, const QString &planId = {})
{
    auto units = PlanRepository(db).responsibleUnits(planId);
    return units ? units.value() : QStringList();
}

} // namespace

ReassignUnitDialog::ReassignUnitDialog(Database &db, const Activity &activity, QWidget *parent)
    : QDialog(parent), m_db(db), m_activity(activity),
      m_ui(std::make_unique<Ui::ReassignUnitDialog>())
{
    m_ui->setupUi(this);
    fitPlaceholders(this);
    m_ui->activityLabel->setText(activity.description.isEmpty() ? activity.focusTopic
                                                                : activity.description);
    m_ui->currentUnitLabel->setText(activity.responsibleUnit.isEmpty() ? tr("(none)")
                                                                       : activity.responsibleUnit);
    QStringList units = unitsOf(db);
    units.removeAll(activity.responsibleUnit);
    m_ui->unitComboBox->addItems(units);
    m_ui->unitComboBox->setCurrentIndex(-1);
    m_ui->unitComboBox->setCurrentText(QString());
    auto history = PlanRepository(db).unitHistory(activity.id);
    const QString earlier = history ? unitsBefore(history.value()) : QString();
    m_ui->historyLabel->setText(earlier.isEmpty() ? QString()
                                                  : tr("Responsible before: %1").arg(earlier));
    m_ui->historyLabel->setVisible(!earlier.isEmpty());
    connectOkCancel(m_ui->dialogButtonBox, this);
    m_ui->unitComboBox->setFocus();
}

ReassignUnitDialog::~ReassignUnitDialog() = default;

QString ReassignUnitDialog::unitsBefore(const QList<UnitChange> &changes)
{
    QStringList before;
    for (const UnitChange &c : changes)
        before << tr("%1 (until %2)")
                      .arg(c.fromUnit.isEmpty() ? tr("(none)") : c.fromUnit,
                           c.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy")));
    return before.join(QStringLiteral("; "));
}

void ReassignUnitDialog::accept()
{
    auto change = PlanRepository(m_db).reassignUnit(
        m_activity.id, m_ui->unitComboBox->currentText(), m_ui->noteLineEdit->text());
    if (!change) {
        m_ui->errorLabel->setText(change.error().message);
        adjustSize();
        m_ui->unitComboBox->setFocus();
        return;
    }
    QDialog::accept();
}

MergeUnitsDialog::MergeUnitsDialog(Database &db, const QString &planId, const QString &fromUnit,
                                   QWidget *parent)
    : QDialog(parent), m_db(db), m_planId(planId), m_ui(std::make_unique<Ui::MergeUnitsDialog>())
{
    m_ui->setupUi(this);
    fitPlaceholders(this);
    m_ui->toComboBox->addItems(unitsOf(db));
    m_ui->toComboBox->setCurrentIndex(-1);
    m_ui->toComboBox->setCurrentText(QString());
    const auto fillFrom = [this](const QString &select) {
        const QSignalBlocker block(m_ui->fromComboBox);
        m_ui->fromComboBox->clear();
        m_ui->fromComboBox->addItems(unitsOf(m_db, scope()));
        m_ui->fromComboBox->setCurrentIndex(std::max(0, m_ui->fromComboBox->findText(select)));
    };
    fillFrom(fromUnit);
    // Without a plan, every plan's units.
    m_ui->allPlansCheckBox->setChecked(planId.isEmpty());
    m_ui->allPlansCheckBox->setEnabled(!planId.isEmpty());
    connect(m_ui->allPlansCheckBox, &QCheckBox::toggled, this, [this, fillFrom] {
        fillFrom(m_ui->fromComboBox->currentText());
        updateCount();
    });
    connect(m_ui->fromComboBox, &QComboBox::currentIndexChanged, this, [this] { updateCount(); });
    connectOkCancel(m_ui->dialogButtonBox, this);
    updateCount();
}

MergeUnitsDialog::~MergeUnitsDialog() = default;

QString MergeUnitsDialog::scope() const
{
    return m_ui->allPlansCheckBox->isChecked() ? QString() : m_planId;
}

void MergeUnitsDialog::updateCount()
{
    const QString from = m_ui->fromComboBox->currentText();
    auto moving = PlanRepository(m_db).activitiesOfUnit(from, scope());
    const int n = moving ? int(moving->size()) : 0;
    m_ui->countLabel->setText(from.isEmpty() ? tr("No activity names a responsible unit yet.")
                              : scope().isEmpty()
                                  ? tr("%n activity(ies) of every plan will move.", nullptr, n)
                                  : tr("%n activity(ies) of this plan will move.", nullptr, n));
}

void MergeUnitsDialog::accept()
{
    auto changes = PlanRepository(m_db).mergeUnits(m_ui->fromComboBox->currentText(),
                                                   m_ui->toComboBox->currentText(), scope(),
                                                   m_ui->noteLineEdit->text());
    if (!changes) {
        m_ui->errorLabel->setText(changes.error().message);
        adjustSize();
        return;
    }
    m_moved = int(changes->size());
    QDialog::accept();
}

} // namespace PressDesk
