#include "list/ArticleListPanel.h"
#include "AppIcons.h"

#include "store/Database.h"

#include "list/SearchResultDelegate.h"
#include "store/ArticleListModel.h"
#include "store/CategoryRepository.h"
#include "widgets/AfterFirstPaint.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace PressDesk {

ArticleListPanel::ArticleListPanel(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("articleListPanel"));
    // Saves, decisions, publications, imports — from this window or any other writer.
    db.changes().subscribe(this, Change::Articles | Change::Outbox, [this] { refresh(); });
    db.changes().subscribe(this, Change::Categories, [this] {
        reloadCategories();
        refresh();
    });
    m_model = new ArticleListModel(db, this);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelay());
    buildUi();
    reloadCategories();

    connect(m_searchTimer, &QTimer::timeout, this, &ArticleListPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ArticleListPanel::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ArticleListPanel::applyFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ArticleListPanel::applyFilter);
    connect(m_dateCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &ArticleListPanel::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &ArticleListPanel::applyFilter);
    connect(m_newButton, &QPushButton::clicked, this, &ArticleListPanel::newArticleRequested);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ArticleListPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ArticleListPanel::updateCount);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &ArticleListPanel::updateCount);
    connect(m_model, &ArticleListModel::errorOccurred, this,
            [this](const QString &message) { m_count->setText(message); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current.row()); });
    // Drawn first, then what is not needed to draw: counting 100 000 articles reads the whole
    // index (about 10 ms), and the clear button (not shown while the box is empty) loads the
    // style's icons (about 5 ms).
    afterFirstPaint(m_table->viewport(), [this] {
        updateCount();
        m_search->setClearButtonEnabled(true);
        // Qt's clear button has no name a screen reader can read.
        if (auto *clear = m_search->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
            clear->setText(tr("Clear the search"));
    });
}

ArticleListPanel::~ArticleListPanel() = default;

void ArticleListPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 4, 8);
    layout->setSpacing(6);

    auto *top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setAccessibleName(tr("Search articles"));
    m_search->setPlaceholderText(tr("Search articles…"));
    m_search->addAction(appIcon(QStringLiteral("edit-find")), QLineEdit::LeadingPosition)
        ->setText(tr("Search"));
    m_search->setToolTip(tr("Finds words with or without diacritics: \"cai cach\" finds "
                            "\"cải cách\". Put a phrase in quotes."));
    top->addWidget(m_search, 1);
    m_newButton = new QPushButton(appIcon(QStringLiteral("document-new")), tr("New article"), this);
    m_newButton->setObjectName(QStringLiteral("newArticleButton"));
    top->addWidget(m_newButton);
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setToolTip(tr("Status"));
    m_status->addItem(tr("All statuses"), QString());
    for (ArticleStatus s : allStatuses())
        m_status->addItem(statusDisplayName(s), statusKey(s));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryComboBox"));
    m_category->setAccessibleName(tr("Category"));
    m_category->setToolTip(tr("Category"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_category->setMinimumContentsLength(12);
    filters->addWidget(m_status);
    filters->addWidget(m_category, 1);
    layout->addLayout(filters);

    auto *dates = new QHBoxLayout;
    m_dateCheck = new QCheckBox(tr("Updated from"), this);
    m_dateCheck->setObjectName(QStringLiteral("dateFilterCheckBox"));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_from->setAccessibleName(tr("Changed from"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_to->setAccessibleName(tr("Changed until"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    // The check box on its own line, the dates under it: the pane stays narrow.
    layout->addWidget(m_dateCheck);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to", "date range: from X to Y"), this));
    dates->addWidget(m_to);
    dates->addStretch(1);
    layout->addLayout(dates);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("articleTableView"));
    m_table->setAccessibleName(tr("Articles"));
    m_table->setAccessibleDescription(tr("The articles found, newest first: title, status, "
                                         "category, last change"));
    // Rows of one height, set before the model comes: the header then never asks the 200 rows
    // of the first page for their size.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 10);
    m_table->setModel(m_model);
    m_searchDelegate = new SearchResultDelegate(m_table);
    m_table->setItemDelegateForColumn(ArticleListModel::TitleColumn, m_searchDelegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(ArticleListModel::CategoryColumn, categoryColumnWidth());
    header->resizeSection(ArticleListModel::StatusColumn, statusColumnWidth());
    header->resizeSection(ArticleListModel::UpdatedColumn, updatedColumnWidth());
    header->setSortIndicator(ArticleListModel::UpdatedColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true); // header clicks call model->sort()
    layout->addWidget(m_table, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    layout->addWidget(m_count);
}

void ArticleListPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void ArticleListPanel::fitColumns()
{
    const int room = m_table->viewport()->width();
    const int title = fontMetrics().averageCharWidth() * 20;
    const int category = categoryColumnWidth();
    const int status = statusColumnWidth();
    const int updated = updatedColumnWidth();
    const bool hideCategory = room < title + category + status + updated;
    const bool hideUpdated = room < title + status + updated;
    m_table->setColumnHidden(ArticleListModel::CategoryColumn, hideCategory);
    m_table->setColumnHidden(ArticleListModel::UpdatedColumn, hideUpdated);
    // Shown again: back to its width.
    QHeaderView *header = m_table->horizontalHeader();
    if (!hideCategory && header->sectionSize(ArticleListModel::CategoryColumn) == 0)
        header->resizeSection(ArticleListModel::CategoryColumn, category);
    if (!hideUpdated && header->sectionSize(ArticleListModel::UpdatedColumn) == 0)
        header->resizeSection(ArticleListModel::UpdatedColumn, updated);
}

int ArticleListPanel::categoryColumnWidth() const
{
    return fontMetrics().averageCharWidth() * 18;
}

int ArticleListPanel::statusColumnWidth() const
{
    // Wide enough for the longest state name ("Chờ duyệt"), never cut.
    int width = 0;
    for (ArticleStatus s : allStatuses())
        width = std::max(width, fontMetrics().horizontalAdvance(statusDisplayName(s)));
    return width + 16;
}

int ArticleListPanel::updatedColumnWidth() const
{
    return fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000 00:00")) + 24;
}

void ArticleListPanel::reloadCategories()
{
    const QString current = m_category->currentData().toString();
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    const auto categories = CategoryRepository(m_db).list();
    if (categories) {
        for (const Category &c : categories.value())
            m_category->addItem(c.name, c.id);
    }
    m_category->setCurrentIndex(std::max(0, m_category->findData(current)));
}

ArticleFilter ArticleListPanel::currentFilter() const
{
    ArticleFilter f;
    const QString status = m_status->currentData().toString();
    if (!status.isEmpty())
        f.status = statusFromKey(status);
    f.categoryId = m_category->currentData().toString();
    if (m_dateCheck->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.query = m_search->text().trimmed();
    return f;
}

void ArticleListPanel::applyFilter()
{
    m_searchTimer->stop();
    const ArticleFilter f = currentFilter();
    if (f == m_model->filter())
        return;
    const bool searching = !f.query.isEmpty();
    m_searchDelegate->setSearching(searching);
    m_table->horizontalHeader()->setSortIndicatorShown(!searching);
    // Results are ranked by relevance; the title and the excerpt need the room.
    m_table->setColumnHidden(ArticleListModel::CategoryColumn, searching);
    m_table->setColumnHidden(ArticleListModel::StatusColumn, searching);
    m_table->verticalHeader()->setDefaultSectionSize(
        searching ? SearchResultDelegate::rowHeight(fontMetrics())
                  : fontMetrics().lineSpacing() + 10);
    m_model->setFilter(f);
    restoreSelection();
    updateCount();
}

void ArticleListPanel::refresh()
{
    m_model->refresh();
    restoreSelection();
    updateCount();
}

void ArticleListPanel::selectArticle(const QString &id)
{
    m_currentId = id;
    restoreSelection();
}

void ArticleListPanel::restoreSelection()
{
    const int row = m_currentId.isEmpty() ? -1 : m_model->rowOf(m_currentId);
    // m_currentId is already id: currentRowChanged() will not emit articleActivated.
    if (row < 0) {
        m_table->selectionModel()->clear();
    } else {
        const QModelIndex index = m_model->index(row, ArticleListModel::TitleColumn);
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
}

void ArticleListPanel::currentRowChanged(int row)
{
    if (row < 0)
        return;
    const QString id = m_model->articleId(row);
    if (id.isEmpty() || id == m_currentId)
        return;
    m_currentId = id;
    Q_EMIT articleActivated(id);
}

void ArticleListPanel::updateCount()
{
    QString text = tr("%n article(s)", nullptr, m_model->totalCount());
    if (const int waiting = m_model->notYetSearchable(); waiting > 0)
        text += u' ' + tr("(%n more not searchable yet: being indexed)", nullptr, waiting);
    m_count->setText(text);
}

void ArticleListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace PressDesk
