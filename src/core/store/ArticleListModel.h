#pragma once

#include "model/ArticleFilter.h"

#include <QAbstractTableModel>
#include <QList>

namespace PressDesk {

class Database;

// The article list: filtered, sorted, fetched lazily one page at a time, so 100 000
// articles open and scroll instantly. Sort columns come from a whitelist.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListModel)

public:
    enum Column { TitleColumn, CategoryColumn, StatusColumn, UpdatedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SnippetRole, // highlighted HTML excerpt when searching
        TitleHtmlRole,
    };

    explicit ArticleListModel(Database &db, QObject *parent = nullptr);
    ~ArticleListModel() override;

    void setFilter(const ArticleFilter &filter);
    ArticleFilter filter() const { return m_filter; }
    // Reloads from the first page (after a save, say), keeping filter and sort.
    void refresh();
    QString articleId(int row) const;
    int rowOf(const QString &articleId) const; // -1 when not fetched
    // Rows matching the filter. Without a search it is counted when first asked for after a
    // refresh (on 100 000 articles the count reads the whole index: about 10 ms), so the first
    // page can be drawn before it.
    int totalCount() const;
    // True when a broad search matched more than totalCount() rows (shown as "1 000+").
    bool totalIsLowerBound() const { return m_totalIsLowerBound; }
    // With a search: the articles it cannot find yet because their search index is still
    // being written (a join lists the office's articles a few seconds before that). Read
    // with the first page of results.
    int notYetSearchable() const { return m_notYetSearchable; }
    static constexpr int pageSize() { return 200; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    struct Row
    {
        QString id;
        QString title;
        QString categoryName;
        ArticleStatus status = ArticleStatus::Draft;
        QDateTime updatedAt;
        QVariant sortKey; // value of the sort column, for keyset paging
        qint64 localId = 0;
        QString titleHtml;
        QString snippetHtml;
    };
    QList<Row> fetchPage(); // the next page after m_rows; sets m_atEnd
    void countAll() const;

    Database &m_db;
    ArticleFilter m_filter;
    int m_sortColumn = UpdatedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    mutable QList<Row> m_rows; // snippets are filled in lazily by data()
    mutable int m_total = 0;
    mutable bool m_totalKnown = false;
    bool m_atEnd = false;
    bool m_resetting = false;
    mutable bool m_totalIsLowerBound = false;
    int m_notYetSearchable = 0;
};

} // namespace PressDesk
