#pragma once

#include <QStyledItemDelegate>

namespace PressDesk {

// Draws a search result in the title column: the title with the matches in bold, and under
// it a grey excerpt of the text around the first match (ArticleListModel::SnippetRole).
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultDelegate)

public:
    explicit SearchResultDelegate(QObject *parent = nullptr);
    ~SearchResultDelegate() override;

    void setSearching(bool searching) { m_searching = searching; }
    bool isSearching() const { return m_searching; }
    static int rowHeight(const QFontMetrics &fm) { return fm.lineSpacing() * 2 + 10; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    bool m_searching = false;
};

} // namespace PressDesk
