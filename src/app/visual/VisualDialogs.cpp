#include "visual/VisualDialogs.h"

#include "FileErrors.h"
#include "plan/PlanRepository.h"
#include "store/Database.h"
#include "ui_MarkInstalledDialog.h"
#include "ui_MarkRemovedDialog.h"
#include "ui_SloganDialog.h"
#include "ui_VisualItemDialog.h"
#include "visual/VisualRepository.h"
#include "widgets/PlaceholderFit.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>

#include <optional>

namespace PressDesk {

namespace {

void connectOkCancel(QDialogButtonBox *buttons, QDialog *dialog)
{
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}

// Decimal degrees, with a point or a comma (as the CLI reads them).
std::optional<double> degrees(const QString &text)
{
    bool ok = false;
    QString t = text.trimmed();
    t.replace(u',', u'.');
    const double x = QLocale::c().toDouble(t, &ok);
    return ok ? std::optional<double>(x) : std::nullopt;
}

// "Băng rôn, 6 × “Cải cách hành chính…” — Quốc lộ 32, Thị trấn Trạm Trôi"
QString describe(const VisualItem &item)
{
    QString text =
        VisualItemDialog::tr("%1 × %2 “%3”")
            .arg(QString::number(item.quantity), visualFormDisplayName(item.form), item.content);
    if (!item.location().isEmpty())
        text = VisualItemDialog::tr("%1 — %2").arg(text, item.location());
    return text;
}

} // namespace

// ------------------------------------------------------------------- VisualItemDialog ---

VisualItemDialog::VisualItemDialog(Database &db, const Plan &plan, QWidget *parent)
    : QDialog(parent), m_db(db), m_plan(plan), m_ui(std::make_unique<Ui::VisualItemDialog>())
{
    m_ui->setupUi(this);
    fitPlaceholders(this);
    connectOkCancel(m_ui->dialogButtonBox, this);

    if (auto activities = PlanRepository(db).activities(plan.id)) {
        for (const Activity &a : std::as_const(activities.value())) {
            if (a.channel == Channel::VisualCampaign)
                m_ui->activityComboBox->addItem(a.description, a.id);
        }
    } else {
        m_ui->errorLabel->setText(activities.error().message);
    }
    if (m_ui->activityComboBox->count() == 0 && m_ui->errorLabel->text().isEmpty())
        m_ui->errorLabel->setText(tr("The plan %1 has no visual campaign activity: add one in the "
                                     "plan tracker first.")
                                      .arg(plan.number));

    for (VisualForm form : allVisualForms())
        m_ui->formComboBox->addItem(visualFormDisplayName(form), visualFormKey(form));

    m_ui->sloganComboBox->addItem(tr("None: type the content below"));
    if (auto slogans = VisualRepository(db).slogans(plan.id)) {
        for (const VisualSlogan &s : std::as_const(slogans.value())) {
            m_ui->sloganComboBox->addItem(s.text, s.id);
            m_ui->sloganComboBox->setItemData(m_ui->sloganComboBox->count() - 1, s.text,
                                              Qt::ToolTipRole);
        }
    }
    m_ui->sloganComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->sloganComboBox->setMinimumContentsLength(30);
    m_ui->activityComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->activityComboBox->setMinimumContentsLength(30);
    connect(m_ui->sloganComboBox, &QComboBox::currentIndexChanged, this,
            &VisualItemDialog::sloganChosen);

    const QDate today = QDate::currentDate();
    m_ui->plannedCheckBox->setChecked(true);
    m_ui->plannedDateEdit->setDate(today);
    m_ui->installedDateEdit->setDate(today);
    m_ui->installedDateEdit->setEnabled(false);
    connect(m_ui->plannedCheckBox, &QCheckBox::toggled, m_ui->plannedDateEdit,
            &QWidget::setEnabled);
    connect(m_ui->installedCheckBox, &QCheckBox::toggled, m_ui->installedDateEdit,
            &QWidget::setEnabled);
}

VisualItemDialog::VisualItemDialog(Database &db, const Plan &plan, const VisualItem &item,
                                   QWidget *parent)
    : VisualItemDialog(db, plan, parent)
{
    m_editedItemId = item.id;
    setObjectName(QStringLiteral("editVisualItemDialog"));
    setWindowTitle(tr("Edit visual campaign item"));
    const auto select = [](QComboBox *box, const QString &value) {
        const int at = box->findData(value);
        if (at >= 0)
            box->setCurrentIndex(at);
    };
    select(m_ui->activityComboBox, item.activityId);
    select(m_ui->formComboBox, visualFormKey(item.form));
    if (!item.sloganId.isEmpty())
        select(m_ui->sloganComboBox, item.sloganId);
    m_ui->contentLineEdit->setText(item.content); // after the slogan, which fills it
    m_ui->sizeLineEdit->setText(item.size);
    m_ui->quantitySpinBox->setValue(item.quantity);
    m_ui->communeLineEdit->setText(item.commune);
    m_ui->placeLineEdit->setText(item.place);
    if (item.latitude && item.longitude) {
        m_ui->latitudeLineEdit->setText(QString::number(*item.latitude, 'f', 6));
        m_ui->longitudeLineEdit->setText(QString::number(*item.longitude, 'f', 6));
    }
    m_ui->responsibleUnitLineEdit->setText(item.responsibleUnit);
    m_ui->plannedCheckBox->setChecked(item.plannedDate.isValid());
    m_ui->plannedDateEdit->setEnabled(item.plannedDate.isValid());
    if (item.plannedDate.isValid())
        m_ui->plannedDateEdit->setDate(item.plannedDate);
    // The installation is recorded with its own command (and its photos).
    m_ui->installedLabel->hide();
    m_ui->installedCheckBox->hide();
    m_ui->installedDateEdit->hide();
}

VisualItemDialog::~VisualItemDialog() = default;

void VisualItemDialog::sloganChosen()
{
    const QString id = m_ui->sloganComboBox->currentData().toString();
    if (!id.isEmpty())
        m_ui->contentLineEdit->setText(m_ui->sloganComboBox->currentText());
}

void VisualItemDialog::accept()
{
    VisualItem item;
    item.activityId = m_ui->activityComboBox->currentData().toString();
    item.sloganId = m_ui->sloganComboBox->currentData().toString();
    item.content = m_ui->contentLineEdit->text().trimmed();
    item.form = visualFormFromKey(m_ui->formComboBox->currentData().toString())
                    .value_or(VisualForm::Banner);
    item.size = m_ui->sizeLineEdit->text().trimmed();
    item.quantity = m_ui->quantitySpinBox->value();
    item.commune = m_ui->communeLineEdit->text().trimmed();
    item.place = m_ui->placeLineEdit->text().trimmed();
    item.responsibleUnit = m_ui->responsibleUnitLineEdit->text().trimmed();
    if (m_ui->plannedCheckBox->isChecked())
        item.plannedDate = m_ui->plannedDateEdit->date();
    if (m_ui->installedCheckBox->isChecked())
        item.installedDate = m_ui->installedDateEdit->date();
    if (item.activityId.isEmpty()) {
        m_ui->errorLabel->setText(tr("Choose the activity of the plan it counts for."));
        return;
    }
    if (item.content.isEmpty() && item.sloganId.isEmpty()) {
        m_ui->errorLabel->setText(tr("What does it say? Type the content or pick a slogan."));
        m_ui->contentLineEdit->setFocus();
        return;
    }
    const QString lat = m_ui->latitudeLineEdit->text().trimmed();
    const QString lon = m_ui->longitudeLineEdit->text().trimmed();
    if (!lat.isEmpty() || !lon.isEmpty()) {
        item.latitude = degrees(lat);
        item.longitude = degrees(lon);
        if (!item.latitude || !item.longitude) {
            m_ui->errorLabel->setText(tr("A position is its latitude and its longitude in "
                                         "decimal degrees, both of them (21.0712 and 105.7101)."));
            m_ui->latitudeLineEdit->setFocus();
            return;
        }
    }
    if (!m_editedItemId.isEmpty()) {
        item.id = m_editedItemId;
        auto updated = VisualRepository(m_db).updateItem(item);
        if (!updated) {
            m_ui->errorLabel->setText(updated.error().message);
            return;
        }
        QDialog::accept();
        return;
    }
    auto added = VisualRepository(m_db).addItem(item);
    if (!added) {
        m_ui->errorLabel->setText(added.error().message);
        return;
    }
    m_addedItemId = added->id;
    QDialog::accept();
}

// ---------------------------------------------------------------- MarkInstalledDialog ---

MarkInstalledDialog::MarkInstalledDialog(Database &db, const VisualItem &item, QWidget *parent)
    : QDialog(parent), m_db(db), m_item(item), m_ui(std::make_unique<Ui::MarkInstalledDialog>())
{
    m_ui->setupUi(this);
    connectOkCancel(m_ui->dialogButtonBox, this);
    m_ui->itemLabel->setText(describe(item));
    m_ui->installedDateEdit->setDate(item.installedDate.isValid() ? item.installedDate
                                                                  : QDate::currentDate());
    m_ui->installedDateEdit->setMaximumDate(QDate::currentDate());
    connect(m_ui->addPhotoPushButton, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Photos of the item"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Photos (*.jpg *.jpeg *.png *.webp)"));
        addPhotoFiles(paths);
    });
    connect(m_ui->removePhotoPushButton, &QPushButton::clicked, this,
            [this] { delete m_ui->photosListWidget->currentItem(); });
}

MarkInstalledDialog::~MarkInstalledDialog() = default;

void MarkInstalledDialog::addPhotoFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        auto *row = new QListWidgetItem(QFileInfo(path).fileName(), m_ui->photosListWidget);
        row->setData(Qt::UserRole, path);
        row->setToolTip(QDir::toNativeSeparators(path));
    }
}

QStringList MarkInstalledDialog::photoFiles() const
{
    QStringList paths;
    for (int i = 0; i < m_ui->photosListWidget->count(); ++i)
        paths << m_ui->photosListWidget->item(i)->data(Qt::UserRole).toString();
    return paths;
}

void MarkInstalledDialog::accept()
{
    const QDate date = m_ui->installedDateEdit->date();
    const QStringList photos = photoFiles();
    // The day and its photos together, or nothing.
    const Status st = m_db.transaction([&]() -> Status {
        if (Status installed = VisualRepository(m_db).install(m_item.id, date); !installed)
            return installed;
        for (const QString &path : photos) {
            if (auto photo = VisualRepository(m_db).addPhotoFile(m_item.id, path); !photo)
                return photo.error();
        }
        return {};
    });
    if (!st) {
        m_ui->errorLabel->setText(st.error().message);
        adjustSize();
        return;
    }
    QDialog::accept();
}

// ------------------------------------------------------------------ MarkRemovedDialog ---

MarkRemovedDialog::MarkRemovedDialog(Database &db, const VisualItem &item, QWidget *parent)
    : QDialog(parent), m_db(db), m_item(item), m_ui(std::make_unique<Ui::MarkRemovedDialog>())
{
    m_ui->setupUi(this);
    connectOkCancel(m_ui->dialogButtonBox, this);
    m_ui->itemLabel->setText(describe(item));
    m_ui->removedDateEdit->setDate(item.removedDate.isValid() ? item.removedDate
                                                              : QDate::currentDate());
}

MarkRemovedDialog::~MarkRemovedDialog() = default;

void MarkRemovedDialog::accept()
{
    if (const Status st = VisualRepository(m_db).remove(m_item.id, m_ui->removedDateEdit->date());
        !st) {
        m_ui->errorLabel->setText(st.error().message);
        adjustSize();
        return;
    }
    QDialog::accept();
}

// ----------------------------------------------------------------------- SloganDialog ---

SloganDialog::SloganDialog(Database &db, const Plan &plan, QWidget *parent)
    : QDialog(parent), m_db(db), m_plan(plan), m_ui(std::make_unique<Ui::SloganDialog>())
{
    m_ui->setupUi(this);
    fitPlaceholders(this);
    connectOkCancel(m_ui->dialogButtonBox, this);
    m_ui->topicComboBox->addItem(QString());
    if (!plan.theme.trimmed().isEmpty())
        m_ui->topicComboBox->addItem(plan.theme.trimmed());
    for (const QString &topic : plan.focusTopics) {
        if (!topic.trimmed().isEmpty())
            m_ui->topicComboBox->addItem(topic.trimmed());
    }
}

SloganDialog::~SloganDialog() = default;

void SloganDialog::accept()
{
    VisualSlogan slogan;
    slogan.planId = m_plan.id;
    slogan.text = m_ui->sloganLineEdit->text().trimmed();
    slogan.topic = m_ui->topicComboBox->currentText().trimmed();
    auto added = VisualRepository(m_db).addSlogan(slogan);
    if (!added) {
        m_ui->errorLabel->setText(added.error().message);
        m_ui->sloganLineEdit->setFocus();
        return;
    }
    m_addedSloganId = added->id;
    QDialog::accept();
}

} // namespace PressDesk
