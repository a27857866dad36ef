#include "store/ArticleListModel.h"

#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/Search.h"
#include "store/SqlQuery.h"
#include "store/SqlUtil.h"

#include <QLocale>
#include <QSqlQuery>

namespace PressDesk {

namespace {

// Whitelisted sort expressions, one per column.
QString sortExpression(int column)
{
    switch (column) {
    case ArticleListModel::TitleColumn:
        return QStringLiteral("a.title COLLATE NOCASE");
    case ArticleListModel::CategoryColumn:
        return QStringLiteral("coalesce(c.name, '')");
    case ArticleListModel::StatusColumn:
        return QStringLiteral("a.status");
    default:
        return QStringLiteral("a.updated_at");
    }
}

} // namespace

ArticleListModel::ArticleListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
    refresh();
}

ArticleListModel::~ArticleListModel() = default;

void ArticleListModel::setFilter(const ArticleFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void ArticleListModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_totalKnown = false;
    m_totalIsLowerBound = false;
    m_notYetSearchable = 0;
    m_rows = fetchPage();
    // Views and testers react to modelReset inside endResetModel(): no fetching until it is over.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
}

int ArticleListModel::totalCount() const
{
    if (!m_totalKnown)
        countAll();
    return m_total;
}

void ArticleListModel::countAll() const
{
    m_totalKnown = true;
    m_total = 0;
    if (!m_filter.query.trimmed().isEmpty())
        return; // the first page of search results brought the count (fetchPage)
    QVariantList binds;
    const QString where = Search::filterSql(m_filter, &binds);
    auto count = Sql::value(
        m_db, QStringLiteral("SELECT count(*) FROM articles a WHERE a.deleted = 0") + where, binds);
    if (!count) {
        Q_EMIT const_cast<ArticleListModel *>(this)->errorOccurred(count.error().message);
        return;
    }
    m_total = count->toInt();
}

QList<ArticleListModel::Row> ArticleListModel::fetchPage()
{
    QList<Row> page;
    if (m_atEnd)
        return page;
    if (!m_filter.query.trimmed().isEmpty()) {
        // Relevance order: page by offset inside the ranked full-text result.
        auto found = Search(m_db).find(m_filter.query, pageSize(), int(m_rows.size()), m_filter,
                                       /*snippets=*/false);
        if (!found) {
            Q_EMIT errorOccurred(found.error().message);
            m_atEnd = true;
            return page;
        }
        if (m_rows.isEmpty()) {
            // A broad query is counted up to a cap: "1 000+" beats waiting for an exact figure.
            m_total = found->total;
            m_totalIsLowerBound = found->totalIsLowerBound;
            m_totalKnown = true;
            auto waiting = ArticleRepository(m_db).pendingIndexCount();
            m_notYetSearchable = waiting ? waiting.value() : 0;
        }
        for (const SearchHit &h : found->hits) {
            Row r;
            r.id = h.articleId;
            r.title = h.title;
            r.categoryName = h.categoryName;
            r.updatedAt = h.updatedAt;
            r.titleHtml = h.titleHtml;
            page << r;
        }
    } else {
        // Keyset paging on (sort key, local_id): every page costs the same, even at row 99 000.
        const QString expr = sortExpression(m_sortColumn);
        const bool desc = m_sortOrder == Qt::DescendingOrder;
        QVariantList binds;
        QString where = Search::filterSql(m_filter, &binds);
        if (!m_rows.isEmpty()) {
            where += QStringLiteral(" AND (") + expr + QStringLiteral(", a.local_id) ") +
                     (desc ? u'<' : u'>') + QStringLiteral(" (?, ?)");
            binds << m_rows.last().sortKey << m_rows.last().localId;
        }
        const QString order = desc ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
        binds << pageSize();
        auto rows = Sql::exec(
            m_db,
            QStringLiteral("SELECT a.id, a.title, c.name, a.status, a.updated_at, ") + expr +
                QStringLiteral(", a.local_id FROM articles a "
                               "LEFT JOIN categories c ON c.id = a.category_id "
                               "WHERE a.deleted = 0") +
                where + QStringLiteral(" ORDER BY ") + expr + order +
                QStringLiteral(", a.local_id") + order + QStringLiteral(" LIMIT ?"),
            binds);
        if (!rows) {
            Q_EMIT errorOccurred(rows.error().message);
            m_atEnd = true;
            return page;
        }
        QSqlQuery &q = *rows;
        while (q.next()) {
            Row r;
            r.id = q.value(0).toString();
            r.title = q.value(1).toString();
            r.categoryName = q.value(2).toString();
            r.status = statusFromKey(q.value(3).toString()).value_or(ArticleStatus::Draft);
            r.updatedAt = Sql::fromIso(q.value(4).toString());
            r.sortKey = q.value(5);
            r.localId = q.value(6).toLongLong();
            page << r;
        }
    }
    if (page.size() < pageSize())
        m_atEnd = true;
    return page;
}

QString ArticleListModel::articleId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int ArticleListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if ((role == SnippetRole || role == Qt::ToolTipRole) && !m_filter.query.trimmed().isEmpty() &&
        r.snippetHtml.isNull()) {
        // Excerpts are made for the rows a view shows, not for every fetched row.
        auto snippet = Search(m_db).snippetFor(r.id, m_filter.query);
        m_rows[index.row()].snippetHtml = snippet ? snippet.value() : QStringLiteral("");
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return r.title.isEmpty() ? tr("(untitled)") : r.title;
        case CategoryColumn:
            return r.categoryName;
        case StatusColumn:
            return statusDisplayName(r.status);
        case UpdatedColumn:
            return QLocale().toString(r.updatedAt.toLocalTime(),
                                      QStringLiteral("dd/MM/yyyy HH:mm"));
        }
        return {};
    case Qt::ToolTipRole:
        // The search excerpt while searching; otherwise the cell's text, whole (a narrow
        // column elides it).
        if (!r.snippetHtml.isEmpty())
            return r.snippetHtml;
        return data(index, Qt::DisplayRole);
    case IdRole:
        return r.id;
    case SnippetRole:
        return r.snippetHtml;
    case TitleHtmlRole:
        return r.titleHtml.isEmpty() ? r.title.toHtmlEscaped() : r.titleHtml;
    default:
        return {};
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case CategoryColumn:
        return tr("Category");
    case StatusColumn:
        return tr("Status");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_resetting;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<Row> page = fetchPage();
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows += page;
    endInsertRows();
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    // Already in that order: a view calls this when sorting is switched on (at start-up),
    // and a second count and first page would only repeat the constructor's.
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

} // namespace PressDesk
