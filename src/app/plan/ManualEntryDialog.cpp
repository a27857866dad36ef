#include "plan/ManualEntryDialog.h"

#include "plan/PlanDialogHelpers.h"
#include "plan/PlanRepository.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/Search.h"
#include "ui_ManualEntryDialog.h"
#include "widgets/PlaceholderFit.h"

#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace PressDesk {

using namespace PlanDialogHelpers;

ManualEntryDialog::ManualEntryDialog(Database &db, const Activity &activity, QWidget *parent)
    : QDialog(parent), m_db(db), m_activity(activity),
      m_ui(std::make_unique<Ui::ManualEntryDialog>())
{
    m_ui->setupUi(this);
    fitPlaceholders(this);
    m_ui->activityLabel->setText(activity.description);
    m_ui->entryDateEdit->setDate(QDate::currentDate());
    m_ui->quantitySpinBox->setSuffix(u' ' + activity.unit);
    connectOkCancel(m_ui->dialogButtonBox, this);
}

ManualEntryDialog::~ManualEntryDialog() = default;

void ManualEntryDialog::accept()
{
    if (m_ui->noteLineEdit->text().trimmed().isEmpty()) {
        m_ui->errorLabel->setText(tr("Say what was done: the report marks entries made by hand."));
        m_ui->noteLineEdit->setFocus();
        return;
    }
    ManualEntry e;
    e.activityId = m_activity.id;
    e.date = m_ui->entryDateEdit->date();
    e.quantity = m_ui->quantitySpinBox->value();
    e.note = m_ui->noteLineEdit->text().trimmed();
    e.createdBy = m_db.actingUser();
    if (auto added = PlanRepository(m_db).addManualEntry(e); !added) {
        m_ui->errorLabel->setText(added.error().message);
        adjustSize(); // room for the whole reason (a day outside the plan's period names it)
        return;
    }
    QDialog::accept();
}

} // namespace PressDesk
