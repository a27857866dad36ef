#include "radio/RadioDialogs.h"

#include "model/Article.h"
#include "radio/RadioDuration.h"
#include "radio/RadioRepository.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/Search.h"
#include "store/UserRepository.h"
#include "ui_MarkAiredDialog.h"
#include "ui_RadioArticleDialog.h"
#include "ui_RadioItemDialog.h"
#include "widgets/PlaceholderFit.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTime>

namespace PressDesk {

namespace {

void connectOkCancel(QDialogButtonBox *buttons, QDialog *dialog)
{
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}

// What may be read on air: what passed approval.
bool readyForAir(ArticleStatus status)
{
    return status == ArticleStatus::Approved || status == ArticleStatus::Scheduled ||
           status == ArticleStatus::Published;
}

constexpr int kListed = 200;

} // namespace

// ------------------------------------------------------------------ RadioArticleDialog ---

RadioArticleDialog::RadioArticleDialog(Database &db, const QString &programId, const QDate &date,
                                       QWidget *parent)
    : QDialog(parent), m_db(db), m_programId(programId), m_date(date),
      m_ui(std::make_unique<Ui::RadioArticleDialog>())
{
    m_ui->setupUi(this);
    fitPlaceholders(this);
    m_ui->articlesTreeWidget->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->articlesTreeWidget->header()->setStretchLastSection(false);
    connectOkCancel(m_ui->dialogButtonBox, this);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &RadioArticleDialog::search);
    connect(m_ui->articlesTreeWidget, &QTreeWidget::itemDoubleClicked, this,
            &RadioArticleDialog::accept);
    connect(m_ui->articlesTreeWidget, &QTreeWidget::currentItemChanged, this, [this] {
        m_ui->dialogButtonBox->button(QDialogButtonBox::Ok)
            ->setEnabled(m_ui->articlesTreeWidget->currentItem() != nullptr);
    });
    search(QString());
}

RadioArticleDialog::~RadioArticleDialog() = default;

void RadioArticleDialog::search(const QString &query)
{
    m_ui->errorLabel->clear();
    m_ui->articlesTreeWidget->clear();
    ArticleRepository repo(m_db);
    QList<Article> found;
    if (query.trimmed().isEmpty()) {
        // The newest first.
        auto newest = repo.list(kListed * 2);
        if (!newest) {
            m_ui->errorLabel->setText(newest.error().message);
            return;
        }
        for (const Article &a : std::as_const(newest.value()))
            if (readyForAir(a.status) && found.size() < kListed)
                found << a;
    } else {
        // Title matches rank first; folded, so "hoai duc" finds "Hoài Đức".
        auto hits = Search(m_db).search(query, kListed, 0, {}, false);
        if (!hits) {
            m_ui->errorLabel->setText(hits.error().message);
            return;
        }
        for (const SearchHit &h : std::as_const(hits.value()))
            if (auto a = repo.get(h.articleId); a && readyForAir(a->status))
                found << a.value();
    }
    const QLocale locale;
    for (const Article &a : std::as_const(found)) {
        auto *row = new QTreeWidgetItem(m_ui->articlesTreeWidget);
        row->setText(0, a.title);
        row->setToolTip(0, a.title);
        row->setText(1, statusDisplayName(a.status));
        row->setText(2, locale.toString(a.updatedAt.toLocalTime().date(), QLocale::ShortFormat));
        row->setData(0, Qt::UserRole, a.id);
    }
    if (found.isEmpty())
        m_ui->errorLabel->setText(query.trimmed().isEmpty()
                                      ? tr("No approved article yet: an article is read on air "
                                           "once it is approved.")
                                      : tr("No approved article matches %1.").arg(query.trimmed()));
    else
        m_ui->articlesTreeWidget->setCurrentItem(m_ui->articlesTreeWidget->topLevelItem(0));
    m_ui->dialogButtonBox->button(QDialogButtonBox::Ok)->setEnabled(!found.isEmpty());
}

QStringList RadioArticleDialog::listedArticles() const
{
    QStringList ids;
    for (int i = 0; i < m_ui->articlesTreeWidget->topLevelItemCount(); ++i)
        ids << m_ui->articlesTreeWidget->topLevelItem(i)->data(0, Qt::UserRole).toString();
    return ids;
}

void RadioArticleDialog::accept()
{
    const QTreeWidgetItem *current = m_ui->articlesTreeWidget->currentItem();
    if (!current) {
        m_ui->errorLabel->setText(tr("Choose the article to read."));
        return;
    }
    auto added = RadioRepository(m_db).addItemFromArticle(current->data(0, Qt::UserRole).toString(),
                                                          m_programId, m_date);
    if (!added) {
        m_ui->errorLabel->setText(added.error().message);
        return;
    }
    m_addedItemId = added->id;
    QDialog::accept();
}

// --------------------------------------------------------------------- RadioItemDialog ---

RadioItemDialog::RadioItemDialog(Database &db, const QString &programId, const QDate &date,
                                 QWidget *parent)
    : QDialog(parent), m_db(db), m_programId(programId), m_date(date),
      m_ui(std::make_unique<Ui::RadioItemDialog>())
{
    m_ui->setupUi(this);
    fitPlaceholders(this);
    connectOkCancel(m_ui->dialogButtonBox, this);
    connect(m_ui->scriptPlainTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        const auto e = RadioDuration::estimate(m_ui->scriptPlainTextEdit->toPlainText());
        m_ui->durationLabel->setText(
            tr("%1 (%n word(s))", nullptr, e.words).arg(RadioDuration::format(e.seconds)));
    });
    m_ui->durationLabel->setText(tr("%1 (%n word(s))", nullptr, 0).arg(RadioDuration::format(0)));
}

RadioItemDialog::~RadioItemDialog() = default;

void RadioItemDialog::accept()
{
    RadioItem item;
    item.programId = m_programId;
    item.broadcastDate = m_date;
    item.title = m_ui->titleLineEdit->text();
    item.script = m_ui->scriptPlainTextEdit->toPlainText();
    if (item.script.trimmed().isEmpty()) {
        m_ui->errorLabel->setText(tr("Write what the announcer reads."));
        m_ui->scriptPlainTextEdit->setFocus();
        return;
    }
    auto added = RadioRepository(m_db).addItem(item);
    if (!added) {
        m_ui->errorLabel->setText(added.error().message);
        return;
    }
    m_addedItemId = added->id;
    QDialog::accept();
}

// --------------------------------------------------------------------- MarkAiredDialog ---

MarkAiredDialog::MarkAiredDialog(Database &db, const RadioItem &item, const Program &program,
                                 QWidget *parent)
    : QDialog(parent), m_db(db), m_item(item), m_ui(std::make_unique<Ui::MarkAiredDialog>())
{
    m_ui->setupUi(this);
    connectOkCancel(m_ui->dialogButtonBox, this);
    m_ui->itemLabel->setText(tr("%1. %2").arg(QString::number(item.position), item.title));
    if (auto stations = RadioRepository(db).stations()) {
        for (const Station &s : std::as_const(stations.value()))
            m_ui->stationComboBox->addItem(s.name, s.id);
    } else {
        m_ui->errorLabel->setText(stations.error().message);
    }
    const int own = m_ui->stationComboBox->findData(program.stationId);
    if (own >= 0)
        m_ui->stationComboBox->setCurrentIndex(own);
    m_ui->airedDateEdit->setDate(item.broadcastDate.isValid() ? item.broadcastDate
                                                              : QDate::currentDate());
    const QTime slot = QTime::fromString(program.startTime, QStringLiteral("HH:mm"));
    m_ui->airedTimeEdit->setTime(
        slot.isValid() ? slot : QTime(QTime::currentTime().hour(), QTime::currentTime().minute()));
    QString who = db.actingUser();
    if (auto user = UserRepository(db).find(who); user && !user->displayName.isEmpty())
        who = tr("%1 (%2)").arg(user->displayName, user->name);
    m_ui->recordedByLabel->setText(who);
}

MarkAiredDialog::~MarkAiredDialog() = default;

void MarkAiredDialog::accept()
{
    const QString stationId = m_ui->stationComboBox->currentData().toString();
    if (stationId.isEmpty()) {
        m_ui->errorLabel->setText(tr("Choose the station that aired it."));
        return;
    }
    const QDateTime at(m_ui->airedDateEdit->date(), m_ui->airedTimeEdit->time());
    auto entry = RadioRepository(m_db).markAired(m_item.id, stationId, at.toUTC());
    if (!entry) {
        m_ui->errorLabel->setText(entry.error().message);
        adjustSize();
        return;
    }
    QDialog::accept();
}

} // namespace PressDesk
