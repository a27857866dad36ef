#include "plan/PlanDialogs.h"

#include "plan/PlanRepository.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/Search.h"
#include "ui_ActivityDialog.h"
#include "ui_ManualEntryDialog.h"
#include "ui_PlanDialog.h"

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

namespace {

// The forms' date fields start on today when the stored date is missing.
void setDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : QDate::currentDate());
}

QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("errorLabel"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    return l;
}

void connectOkCancel(QDialogButtonBox *buttons, QDialog *dialog)
{
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}

// For the dialogs laid out in code (their rows are made from the store).
QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *b = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    b->setObjectName(QStringLiteral("dialogButtonBox"));
    connectOkCancel(b, dialog);
    return b;
}

} // namespace

PlanDialog::PlanDialog(Database &db, const Plan &plan, QWidget *parent)
    : QDialog(parent), m_db(db), m_plan(plan), m_ui(std::make_unique<Ui::PlanDialog>())
{
    m_ui->setupUi(this);
    if (!plan.id.isEmpty())
        setWindowTitle(tr("Edit plan"));
    m_ui->numberLineEdit->setText(plan.number);
    m_ui->titleLineEdit->setText(plan.title);
    m_ui->issuedByLineEdit->setText(
        plan.issuingBody.isEmpty() ? QStringLiteral("UBND huyện Hoài Đức") : plan.issuingBody);
    const QDate year(QDate::currentDate().year(), 1, 1);
    setDate(m_ui->issueDateEdit, plan.issueDate);
    setDate(m_ui->periodStartDateEdit, plan.periodStart.isValid() ? plan.periodStart : year);
    setDate(m_ui->periodEndDateEdit,
            plan.periodEnd.isValid() ? plan.periodEnd : year.addYears(1).addDays(-1));
    m_ui->themeLineEdit->setText(plan.theme);
    m_ui->focusTopicsPlainTextEdit->setPlainText(plan.focusTopics.join(u'\n'));
    m_ui->documentNameLabel->setText(plan.documentName.isEmpty() ? tr("(none)")
                                                                 : plan.documentName);
    // Only a stored document can be opened.
    m_ui->openDocumentPushButton->setVisible(!plan.documentName.isEmpty());
    connect(m_ui->attachPushButton, &QPushButton::clicked, this, &PlanDialog::chooseDocument);
    connect(m_ui->openDocumentPushButton, &QPushButton::clicked, this, &PlanDialog::openDocument);
    connectOkCancel(m_ui->dialogButtonBox, this);
    resize(620, sizeHint().height());
}

PlanDialog::~PlanDialog() = default;

void PlanDialog::chooseDocument()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("The plan's original document"), QString(),
                                     tr("Documents (*.pdf *.doc *.docx *.odt)"));
    if (path.isEmpty())
        return;
    m_documentPath = path;
    m_ui->documentNameLabel->setText(QFileInfo(path).fileName());
}

void PlanDialog::openDocument()
{
    // Opened with the program the system has for it (a PDF viewer, LibreOffice…).
    auto doc = PlanRepository(m_db).document(m_plan.id);
    if (!doc) {
        m_ui->errorLabel->setText(doc.error().message);
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
                        QStringLiteral("/pressdesk-plans");
    QDir().mkpath(dir);
    QFile file(dir + u'/' + QFileInfo(doc->name).fileName());
    if (!file.open(QIODevice::WriteOnly) || file.write(doc->data) != doc->data.size()) {
        m_ui->errorLabel->setText(
            tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return;
    }
    file.close();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(file.fileName())))
        m_ui->errorLabel->setText(tr("No program on this computer opens %1.").arg(doc->name));
}

void PlanDialog::accept()
{
    Plan p = m_plan;
    p.number = m_ui->numberLineEdit->text().trimmed();
    p.title = m_ui->titleLineEdit->text().trimmed();
    p.issuingBody = m_ui->issuedByLineEdit->text().trimmed();
    p.issueDate = m_ui->issueDateEdit->date();
    p.periodStart = m_ui->periodStartDateEdit->date();
    p.periodEnd = m_ui->periodEndDateEdit->date();
    p.theme = m_ui->themeLineEdit->text().trimmed();
    p.focusTopics.clear();
    for (const QString &line : m_ui->focusTopicsPlainTextEdit->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            p.focusTopics << line.trimmed();
    PlanRepository repo(m_db);
    if (p.id.isEmpty()) {
        auto created = repo.create(p);
        if (!created) {
            m_ui->errorLabel->setText(created.error().message);
            return;
        }
        p = created.value();
    } else if (auto st = repo.update(p); !st) {
        m_ui->errorLabel->setText(st.error().message);
        return;
    }
    if (!m_documentPath.isEmpty()) {
        if (auto st = repo.attachDocumentFile(p.id, m_documentPath); !st) {
            m_ui->errorLabel->setText(st.error().message);
            m_plan = p; // saved; the document can be chosen again
            return;
        }
    }
    m_plan = p;
    QDialog::accept();
}

ActivityDialog::ActivityDialog(Database &db, const Activity &activity,
                               const QStringList &focusTopics, QWidget *parent)
    : QDialog(parent), m_db(db), m_activity(activity), m_ui(std::make_unique<Ui::ActivityDialog>())
{
    m_ui->setupUi(this);
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

ManualEntryDialog::ManualEntryDialog(Database &db, const Activity &activity, QWidget *parent)
    : QDialog(parent), m_db(db), m_activity(activity),
      m_ui(std::make_unique<Ui::ManualEntryDialog>())
{
    m_ui->setupUi(this);
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

LinkActivitiesDialog::LinkActivitiesDialog(Database &db, const QString &articleId, QWidget *parent)
    : QDialog(parent), m_db(db), m_articleId(articleId)
{
    setObjectName(QStringLiteral("linkActivitiesDialog"));
    setWindowTitle(tr("Plan activities this article serves"));
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("activitiesTree"));
    m_tree->setHeaderLabels({tr("Plan / activity"), tr("Channel")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);
    PlanRepository repo(db);
    QSet<QString> linked;
    if (auto mine = repo.activitiesOfArticle(articleId))
        for (const Activity &a : std::as_const(mine.value()))
            linked.insert(a.id);
    if (auto plans = repo.list()) {
        for (const Plan &p : std::as_const(plans.value())) {
            auto *planItem = new QTreeWidgetItem(m_tree);
            planItem->setText(0, tr("Plan %1: %2").arg(p.number, p.title));
            auto activities = repo.activities(p.id);
            if (!activities)
                continue;
            for (const Activity &a : std::as_const(activities.value())) {
                auto *item = new QTreeWidgetItem(planItem);
                item->setText(0, a.description.isEmpty() ? a.focusTopic : a.description);
                item->setText(1, channelDisplayName(a.channel));
                item->setData(0, Qt::UserRole, a.id);
                item->setCheckState(0, linked.contains(a.id) ? Qt::Checked : Qt::Unchecked);
            }
            planItem->setExpanded(true);
        }
    }
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this));
    resize(640, 420);
}

void LinkActivitiesDialog::accept()
{
    PlanRepository repo(m_db);
    const Status st = m_db.transaction([&]() -> Status {
        for (int p = 0; p < m_tree->topLevelItemCount(); ++p) {
            QTreeWidgetItem *plan = m_tree->topLevelItem(p);
            for (int i = 0; i < plan->childCount(); ++i) {
                QTreeWidgetItem *item = plan->child(i);
                const QString id = item->data(0, Qt::UserRole).toString();
                const Status one = item->checkState(0) == Qt::Checked
                                       ? repo.link(m_articleId, id)
                                       : repo.unlink(m_articleId, id);
                if (!one)
                    return one;
            }
        }
        return {};
    });
    if (!st) {
        m_error->setText(st.error().message);
        return;
    }
    QDialog::accept();
}

ActivityArticlesPicker::ActivityArticlesPicker(Database &db, const Activity &activity,
                                               QWidget *parent)
    : QDialog(parent), m_db(db), m_activity(activity)
{
    setObjectName(QStringLiteral("activityArticlesPicker"));
    setWindowTitle(tr("Articles for: %1").arg(activity.description));
    auto *layout = new QVBoxLayout(this);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("pickerSearch"));
    m_query->setPlaceholderText(tr("Search articles (with or without diacritics)"));
    m_query->setClearButtonEnabled(true);
    layout->addWidget(m_query);
    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("pickerResults"));
    m_results->setHeaderLabels({tr("Article"), tr("Status")});
    m_results->setRootIsDecorated(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_results, 1);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this));
    if (auto ids = PlanRepository(db).articlesOfActivity(activity.id))
        for (const QString &id : std::as_const(ids.value()))
            m_original.insert(id);
    m_linked = m_original;
    connect(m_query, &QLineEdit::textChanged, this, &ActivityArticlesPicker::search);
    connect(m_results, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, Qt::UserRole).toString();
        if (item->checkState(0) == Qt::Checked)
            m_linked.insert(id);
        else
            m_linked.remove(id);
    });
    search(QString());
    resize(640, 480);
}

void ActivityArticlesPicker::search(const QString &query)
{
    const QSignalBlocker block(m_results);
    m_results->clear();
    QList<QPair<QString, QString>> found; // id, title
    if (query.trimmed().isEmpty()) {
        // The linked ones first, then the newest.
        ArticleRepository repo(m_db);
        for (const QString &id : std::as_const(m_linked))
            if (auto a = repo.get(id))
                found << qMakePair(a->id, a->title);
        if (auto newest = repo.list(200))
            for (const Article &a : std::as_const(newest.value()))
                if (!m_linked.contains(a.id))
                    found << qMakePair(a.id, a.title);
    } else if (auto hits = Search(m_db).search(query, 200)) {
        for (const SearchHit &h : std::as_const(hits.value()))
            found << qMakePair(h.articleId, h.title);
    } else {
        m_error->setText(hits.error().message);
    }
    ArticleRepository repo(m_db);
    for (const auto &[id, title] : std::as_const(found)) {
        auto *item = new QTreeWidgetItem(m_results);
        item->setText(0, title);
        if (auto a = repo.get(id))
            item->setText(1, statusDisplayName(a->status));
        item->setData(0, Qt::UserRole, id);
        item->setCheckState(0, m_linked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
}

void ActivityArticlesPicker::accept()
{
    PlanRepository repo(m_db);
    const Status st = m_db.transaction([&]() -> Status {
        for (const QString &id : std::as_const(m_linked))
            if (!m_original.contains(id))
                if (auto one = repo.link(id, m_activity.id); !one)
                    return one;
        for (const QString &id : std::as_const(m_original))
            if (!m_linked.contains(id))
                if (auto one = repo.unlink(id, m_activity.id); !one)
                    return one;
        return {};
    });
    if (!st) {
        m_error->setText(st.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace PressDesk
