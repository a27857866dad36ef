#include "plan/PlanDialogs.h"

#include "plan/PlanRepository.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/Search.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace PressDesk {

namespace {

QDateEdit *dateEdit(const QDate &date, QWidget *parent)
{
    auto *e = new QDateEdit(date.isValid() ? date : QDate::currentDate(), parent);
    e->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    e->setCalendarPopup(true);
    return e;
}

QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("dialogError"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    return l;
}

QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *b = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(b, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(b, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return b;
}

} // namespace

PlanDialog::PlanDialog(Database &db, const Plan &plan, QWidget *parent)
    : QDialog(parent), m_db(db), m_plan(plan)
{
    setObjectName(QStringLiteral("planDialog"));
    setWindowTitle(plan.id.isEmpty() ? tr("New plan") : tr("Edit plan"));
    auto *form = new QFormLayout(this);
    m_number = new QLineEdit(plan.number, this);
    m_number->setObjectName(QStringLiteral("planNumber"));
    m_number->setPlaceholderText(QStringLiteral("65/KH-UBND"));
    m_title = new QLineEdit(plan.title, this);
    m_title->setObjectName(QStringLiteral("planTitle"));
    m_body = new QLineEdit(plan.issuingBody.isEmpty() ? QStringLiteral("UBND huyện Hoài Đức")
                                                      : plan.issuingBody,
                           this);
    const QDate year(QDate::currentDate().year(), 1, 1);
    m_issued = dateEdit(plan.issueDate, this);
    m_from = dateEdit(plan.periodStart.isValid() ? plan.periodStart : year, this);
    m_to = dateEdit(plan.periodEnd.isValid() ? plan.periodEnd : year.addYears(1).addDays(-1), this);
    m_theme = new QLineEdit(plan.theme, this);
    m_topics = new QPlainTextEdit(plan.focusTopics.join(u'\n'), this);
    m_topics->setPlaceholderText(tr("One focus topic per line"));
    m_topics->setMaximumHeight(110);
    auto *docRow = new QHBoxLayout;
    m_document = new QLabel(plan.documentName.isEmpty() ? tr("(none)") : plan.documentName, this);
    auto *choose = new QPushButton(tr("Attach…"), this);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("The plan's original document"), QString(),
                                         tr("Documents (*.pdf *.doc *.docx *.odt)"));
        if (path.isEmpty())
            return;
        m_documentPath = path;
        m_document->setText(QFileInfo(path).fileName());
    });
    docRow->addWidget(m_document, 1);
    if (!plan.documentName.isEmpty()) {
        // Opened with the program the system has for it (a PDF viewer, LibreOffice…).
        auto *open = new QPushButton(tr("Open"), this);
        open->setObjectName(QStringLiteral("openDocumentButton"));
        connect(open, &QPushButton::clicked, this, [this] {
            auto doc = PlanRepository(m_db).document(m_plan.id);
            if (!doc) {
                m_error->setText(doc.error().message);
                return;
            }
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
                                QStringLiteral("/pressdesk-plans");
            QDir().mkpath(dir);
            QFile file(dir + u'/' + QFileInfo(doc->name).fileName());
            if (!file.open(QIODevice::WriteOnly) || file.write(doc->data) != doc->data.size()) {
                m_error->setText(
                    tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
                return;
            }
            file.close();
            if (!QDesktopServices::openUrl(QUrl::fromLocalFile(file.fileName())))
                m_error->setText(tr("No program on this computer opens %1.").arg(doc->name));
        });
        docRow->addWidget(open);
    }
    docRow->addWidget(choose);
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(QStringLiteral("–"), this));
    period->addWidget(m_to);
    form->addRow(tr("Number and symbol:"), m_number);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Issued by:"), m_body);
    form->addRow(tr("Issue date:"), m_issued);
    form->addRow(tr("Period:"), period);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(tr("Focus topics:"), m_topics);
    form->addRow(tr("Original document:"), docRow);
    m_error = errorLabel(this);
    form->addRow(m_error);
    form->addRow(okCancel(this));
    resize(620, sizeHint().height());
}

void PlanDialog::accept()
{
    Plan p = m_plan;
    p.number = m_number->text().trimmed();
    p.title = m_title->text().trimmed();
    p.issuingBody = m_body->text().trimmed();
    p.issueDate = m_issued->date();
    p.periodStart = m_from->date();
    p.periodEnd = m_to->date();
    p.theme = m_theme->text().trimmed();
    p.focusTopics.clear();
    for (const QString &line : m_topics->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            p.focusTopics << line.trimmed();
    PlanRepository repo(m_db);
    if (p.id.isEmpty()) {
        auto created = repo.create(p);
        if (!created) {
            m_error->setText(created.error().message);
            return;
        }
        p = created.value();
    } else if (auto st = repo.update(p); !st) {
        m_error->setText(st.error().message);
        return;
    }
    if (!m_documentPath.isEmpty()) {
        if (auto st = repo.attachDocumentFile(p.id, m_documentPath); !st) {
            m_error->setText(st.error().message);
            m_plan = p; // saved; the document can be chosen again
            return;
        }
    }
    m_plan = p;
    QDialog::accept();
}

ActivityDialog::ActivityDialog(Database &db, const Activity &activity,
                               const QStringList &focusTopics, QWidget *parent)
    : QDialog(parent), m_db(db), m_activity(activity)
{
    setObjectName(QStringLiteral("activityDialog"));
    setWindowTitle(activity.id.isEmpty() ? tr("New activity") : tr("Edit activity"));
    auto *form = new QFormLayout(this);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("activityChannel"));
    for (Channel c : allChannels()) {
        m_channel->addItem(channelDisplayName(c), channelKey(c));
        if (c == activity.channel)
            m_channel->setCurrentIndex(m_channel->count() - 1);
    }
    m_topic = new QComboBox(this);
    m_topic->setEditable(true);
    m_topic->addItem(QString());
    m_topic->addItems(focusTopics);
    m_topic->setCurrentText(activity.focusTopic);
    m_description = new QLineEdit(activity.description, this);
    m_description->setObjectName(QStringLiteral("activityDescription"));
    m_unitResponsible = new QLineEdit(activity.responsibleUnit, this);
    m_unitResponsible->setPlaceholderText(tr("e.g. Phòng Văn hóa và Thông tin"));
    m_start = dateEdit(activity.start, this);
    m_due = dateEdit(activity.due, this);
    m_target = new QSpinBox(this);
    m_target->setObjectName(QStringLiteral("activityTarget"));
    m_target->setRange(1, 100000);
    m_target->setValue(std::max(1, activity.target));
    m_unit = new QComboBox(this);
    m_unit->setEditable(true);
    m_unit->addItems({QStringLiteral("bài"), QStringLiteral("lượt phát"), QStringLiteral("buổi"),
                      QStringLiteral("băng rôn"), QStringLiteral("pano"), QStringLiteral("lần")});
    m_unit->setCurrentText(activity.unit.isEmpty() ? QStringLiteral("bài") : activity.unit);
    m_reason = new QPlainTextEdit(activity.behindReason, this);
    m_reason->setPlaceholderText(tr("Why it is behind (for the report)"));
    m_reason->setMaximumHeight(80);
    auto *target = new QHBoxLayout;
    target->addWidget(m_target);
    target->addWidget(m_unit, 1);
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(tr("Focus topic:"), m_topic);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Responsible:"), m_unitResponsible);
    form->addRow(tr("Start:"), m_start);
    form->addRow(tr("Due:"), m_due);
    form->addRow(tr("Target:"), target);
    form->addRow(tr("Behind because:"), m_reason);
    m_error = errorLabel(this);
    form->addRow(m_error);
    form->addRow(okCancel(this));
    resize(560, sizeHint().height());
}

void ActivityDialog::accept()
{
    Activity a = m_activity;
    a.channel = channelFromKey(m_channel->currentData().toString()).value_or(Channel::Other);
    a.focusTopic = m_topic->currentText().trimmed();
    a.description = m_description->text().trimmed();
    a.responsibleUnit = m_unitResponsible->text().trimmed();
    a.start = m_start->date();
    a.due = m_due->date();
    a.target = m_target->value();
    a.unit = m_unit->currentText().trimmed();
    a.behindReason = m_reason->toPlainText().trimmed();
    PlanRepository repo(m_db);
    if (a.id.isEmpty()) {
        auto added = repo.addActivity(a);
        if (!added) {
            m_error->setText(added.error().message);
            return;
        }
        a = added.value();
    } else if (auto st = repo.updateActivity(a); !st) {
        m_error->setText(st.error().message);
        return;
    }
    m_activity = a;
    QDialog::accept();
}

ManualEntryDialog::ManualEntryDialog(Database &db, const Activity &activity, QWidget *parent)
    : QDialog(parent), m_db(db), m_activity(activity)
{
    setObjectName(QStringLiteral("manualEntryDialog"));
    setWindowTitle(tr("Output entered by hand"));
    auto *form = new QFormLayout(this);
    auto *what = new QLabel(activity.description, this);
    what->setWordWrap(true);
    form->addRow(what);
    m_date = dateEdit(QDate::currentDate(), this);
    m_quantity = new QSpinBox(this);
    m_quantity->setRange(1, 10000);
    m_quantity->setSuffix(u' ' + activity.unit);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("manualNote"));
    m_note->setPlaceholderText(tr("What was done (required), e.g. Hội nghị tại xã Đức Thượng"));
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Quantity:"), m_quantity);
    form->addRow(tr("Note:"), m_note);
    m_error = errorLabel(this);
    form->addRow(m_error);
    form->addRow(okCancel(this));
}

void ManualEntryDialog::accept()
{
    if (m_note->text().trimmed().isEmpty()) {
        m_error->setText(tr("Say what was done: the report marks entries made by hand."));
        m_note->setFocus();
        return;
    }
    ManualEntry e;
    e.activityId = m_activity.id;
    e.date = m_date->date();
    e.quantity = m_quantity->value();
    e.note = m_note->text().trimmed();
    e.createdBy = m_db.actingUser();
    if (auto added = PlanRepository(m_db).addManualEntry(e); !added) {
        m_error->setText(added.error().message);
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
