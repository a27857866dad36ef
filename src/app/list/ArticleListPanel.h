#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace PressDesk {

class ArticleListModel;
class Database;
class SearchResultDelegate;
struct ArticleFilter;

// The article list: full-text search (as you type, debounced), filters by status,
// category and date range, a sortable table and the number of matching articles.
class ArticleListPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListPanel)

public:
    explicit ArticleListPanel(Database &db, QWidget *parent = nullptr);
    ~ArticleListPanel() override;

    static constexpr int searchDelay() { return 150; } // ms after the last keystroke

    ArticleListModel *model() const { return m_model; }
    QString currentArticleId() const { return m_currentId; }

    // Reloads (after a save), keeping the filter, the sort and the selected article.
    void refresh();
    // Selects id if it is listed; does not emit articleActivated.
    void selectArticle(const QString &id);
    // Re-reads the category list (after categories changed).
    void reloadCategories();
    void focusSearch();

Q_SIGNALS:
    void articleActivated(const QString &id);
    void newArticleRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi();
    // In a narrow pane the category column, then the date, give way to the title (each
    // cell's tooltip holds its whole text).
    void fitColumns();
    int categoryColumnWidth() const;
    int statusColumnWidth() const;
    int updatedColumnWidth() const;
    void applyFilter();
    ArticleFilter currentFilter() const;
    void updateCount();
    void restoreSelection();
    void currentRowChanged(int row);

    Database &m_db;
    ArticleListModel *m_model = nullptr;
    SearchResultDelegate *m_searchDelegate = nullptr;
    QString m_currentId;
    QTimer *m_searchTimer = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_category = nullptr;
    QCheckBox *m_dateCheck = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_newButton = nullptr;
};

} // namespace PressDesk
