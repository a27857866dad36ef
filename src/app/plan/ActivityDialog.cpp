#include "plan/ActivityDialog.h"

#include "plan/PlanDialogHelpers.h"
#include "plan/PlanRepository.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/Search.h"
#include "ui_ActivityDialog.h"
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

ActivityDialog::ActivityDialog(Database &db, const Activity &activity,
                               const QStringList &focusTopics, QWidget *parent)
    : QDialog(parent), m_db(db), m_activity(activity), m_ui(std::make_unique<Ui::ActivityDialog>())
{
    m_ui->setupUi(this);
    fitPlaceholders(this);
    if (!activity.id.isEmpty())
        setWindowTitle(tr("Edit activity"));
    for (Channel c : allChannels()) {
        m_ui->channelComboBox->addItem(channelDisplayName(c), channelKey(c));
        if (c == activity.channel)
            m_ui->channelComboBox->setCurrentIndex(m_ui->channelComboBox->count() - 1);
    }
    m_ui->focusTopicComboBox->addItem(QString());
    m_ui->focusTopicComboBox->addItems(focusTopics);
    m_ui->focusTopicComboBox->setCurrentText(activity.focusTopic);
    m_ui->descriptionLineEdit->setText(activity.description);
    m_ui->responsibleLineEdit->setText(activity.responsibleUnit);
    // Once an activity has its unit, another unit takes it over through the plan window's
    // Reassign responsible unit…, which records the change (who, when, the unit before).
    if (!activity.id.isEmpty() && !activity.responsibleUnit.isEmpty()) {
        m_ui->responsibleLineEdit->setReadOnly(true);
        m_ui->responsibleLineEdit->setToolTip(
            tr("Another unit takes the activity over with Reassign responsible unit… in the "
               "plan window, which records the change."));
    }
    setDate(m_ui->startDateEdit, activity.start);
    setDate(m_ui->dueDateEdit, activity.due);
    m_ui->targetSpinBox->setValue(std::max(1, activity.target));
    // The units the office counts in (Vietnamese words, as they appear in the report).
    m_ui->unitComboBox->addItems({QStringLiteral("bài"), QStringLiteral("lượt phát"),
                                  QStringLiteral("buổi"), QStringLiteral("băng rôn"),
                                  QStringLiteral("pano"), QStringLiteral("lần")});
    m_ui->unitComboBox->setCurrentText(activity.unit.isEmpty() ? QStringLiteral("bài")
                                                               : activity.unit);
    m_ui->behindReasonPlainTextEdit->setPlainText(activity.behindReason);
    connectOkCancel(m_ui->dialogButtonBox, this);
    resize(560, sizeHint().height());
}

ActivityDialog::~ActivityDialog() = default;

void ActivityDialog::accept()
{
    Activity a = m_activity;
    a.channel =
        channelFromKey(m_ui->channelComboBox->currentData().toString()).value_or(Channel::Other);
    a.focusTopic = m_ui->focusTopicComboBox->currentText().trimmed();
    a.description = m_ui->descriptionLineEdit->text().trimmed();
    a.responsibleUnit = m_ui->responsibleLineEdit->text().trimmed();
    a.start = m_ui->startDateEdit->date();
    a.due = m_ui->dueDateEdit->date();
    a.target = m_ui->targetSpinBox->value();
    a.unit = m_ui->unitComboBox->currentText().trimmed();
    a.behindReason = m_ui->behindReasonPlainTextEdit->toPlainText().trimmed();
    PlanRepository repo(m_db);
    if (a.id.isEmpty()) {
        auto added = repo.addActivity(a);
        if (!added) {
            m_ui->errorLabel->setText(added.error().message);
            return;
        }
        a = added.value();
    } else if (auto st = repo.updateActivity(a); !st) {
        m_ui->errorLabel->setText(st.error().message);
        return;
    }
    m_activity = a;
    QDialog::accept();
}

} // namespace PressDesk
