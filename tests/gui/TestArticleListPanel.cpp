#include "GuiTestSupport.h"
#include "list/ArticleListPanel.h"
#include "store/ArticleListModel.h"
#include "store/ArticleRepository.h"
#include "store/CategoryRepository.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace PressDesk;
using TestSupport::child;

class TestArticleListPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void searchWithoutDiacriticsFindsMatches();
    void categoryFilterReducesRows();
    void dateRangeFilters();
    void selectingARowActivatesTheArticle();
    void headerClickSorts();
    void refreshKeepsTheSelection();
    void aSearchSaysWhatIsNotIndexedYet();

private:
    int rows() const
    {
        return child<QTableView>(m_panel.get(), QStringLiteral("articleTableView"))
            ->model()
            ->rowCount();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleListPanel> m_panel;
    QString m_categoryA;
    int m_matches = 0;
    int m_inCategoryA = 0;
};

void TestArticleListPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestArticleListPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("list.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    const auto categories = CategoryRepository(*m_db).list();
    QVERIFY(categories.ok() && categories->size() >= 2);
    m_categoryA = categories->at(0).id;
    const QString categoryB = categories->at(1).id;

    ArticleRepository repo(*m_db);
    m_matches = 0;
    m_inCategoryA = 0;
    for (int i = 0; i < 30; ++i) {
        Article a;
        const bool match = i % 3 == 0;
        a.title = match ? QStringLiteral("Đẩy mạnh cải cách hành chính, bài %1").arg(i)
                        : QStringLiteral("Hội diễn văn nghệ quần chúng, bài %1").arg(i);
        a.lead = QStringLiteral("Tin từ xã Vân Canh số %1.").arg(i);
        a.bodyHtml = QStringLiteral("<p>Nội dung bài viết số %1.</p>").arg(i);
        a.categoryId = i % 2 == 0 ? m_categoryA : categoryB;
        QVERIFY(repo.create(a).ok());
        m_matches += match ? 1 : 0;
        m_inCategoryA += i % 2 == 0 ? 1 : 0;
    }
    m_panel = std::make_unique<ArticleListPanel>(*m_db);
    m_panel->resize(600, 800);
    m_panel->show();
    QCOMPARE(rows(), 30);
}

void TestArticleListPanel::cleanup()
{
    m_panel.reset();
    m_db.reset();
    m_dir.reset();
}

void TestArticleListPanel::searchWithoutDiacriticsFindsMatches()
{
    auto *search = child<QLineEdit>(m_panel.get(), QStringLiteral("searchLineEdit"));
    auto *count = child<QLabel>(m_panel.get(), QStringLiteral("countLabel"));
    QCOMPARE(search->placeholderText(), QStringLiteral("Search articles…"));
    QTRY_VERIFY(count->text().startsWith(QLatin1String("30 "))); // after the first paint

    QTest::keyClicks(search, QStringLiteral("cai cach"));
    QTRY_COMPARE_WITH_TIMEOUT(rows(), m_matches, 5000);
    QVERIFY(count->text().startsWith(QString::number(m_matches) + QLatin1Char(' ')));
    const QModelIndex first = m_panel->model()->index(0, ArticleListModel::TitleColumn);
    QVERIFY(first.data().toString().contains(QStringLiteral("cải cách")));
    QVERIFY(first.data(ArticleListModel::TitleHtmlRole).toString().contains(QLatin1String("<b>")));

    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(rows(), 30, 5000);
    QVERIFY(count->text().startsWith(QLatin1String("30 ")));
}

void TestArticleListPanel::categoryFilterReducesRows()
{
    auto *category = child<QComboBox>(m_panel.get(), QStringLiteral("categoryComboBox"));
    QCOMPARE(category->itemData(0).toString(), QString());
    const int index = category->findData(m_categoryA);
    QVERIFY(index > 0);
    category->setCurrentIndex(index);
    QTRY_COMPARE(rows(), m_inCategoryA);

    // Filters combine with the search.
    QTest::keyClicks(child<QLineEdit>(m_panel.get(), QStringLiteral("searchLineEdit")),
                     QStringLiteral("cai cach"));
    int both = 0;
    for (int i = 0; i < 30; ++i)
        both += (i % 3 == 0 && i % 2 == 0) ? 1 : 0;
    QTRY_COMPARE_WITH_TIMEOUT(rows(), both, 5000);

    category->setCurrentIndex(0);
    QTRY_COMPARE(rows(), m_matches);
}

void TestArticleListPanel::dateRangeFilters()
{
    auto *check = child<QCheckBox>(m_panel.get(), QStringLiteral("dateFilterCheckBox"));
    auto *from = child<QDateEdit>(m_panel.get(), QStringLiteral("fromDateEdit"));
    auto *to = child<QDateEdit>(m_panel.get(), QStringLiteral("toDateEdit"));
    QCOMPARE(from->displayFormat(), QStringLiteral("dd/MM/yyyy"));
    QVERIFY(!from->isEnabled());
    const QDate today = QDate::currentDate();
    to->setDate(today.addDays(10));
    from->setDate(today.addDays(1));
    QCOMPARE(rows(), 30); // not applied until checked
    check->setChecked(true);
    QTRY_COMPARE(rows(), 0);
    from->setDate(today.addDays(-1));
    QTRY_COMPARE(rows(), 30);
    check->setChecked(false);
}

void TestArticleListPanel::selectingARowActivatesTheArticle()
{
    auto *table = child<QTableView>(m_panel.get(), QStringLiteral("articleTableView"));
    QSignalSpy spy(m_panel.get(), &ArticleListPanel::articleActivated);
    const QModelIndex index = table->model()->index(4, ArticleListModel::TitleColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), m_panel->model()->articleId(4));
    QCOMPARE(m_panel->currentArticleId(), m_panel->model()->articleId(4));

    // Choosing it again is not a new activation; another row is.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(spy.size(), 1);
    table->selectRow(7);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), m_panel->model()->articleId(7));

    // Programmatic selection (the editor opened an article) does not echo back.
    m_panel->selectArticle(m_panel->model()->articleId(2));
    QCOMPARE(spy.size(), 2);
    QCOMPARE(table->currentIndex().row(), 2);
}

void TestArticleListPanel::headerClickSorts()
{
    auto *table = child<QTableView>(m_panel.get(), QStringLiteral("articleTableView"));
    QHeaderView *header = table->horizontalHeader();
    const int x = header->sectionViewportPosition(ArticleListModel::TitleColumn) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(ArticleListModel::TitleColumn));
    QAbstractItemModel *model = table->model();
    const QString first = model->index(0, 0).data().toString();
    const QString last = model->index(model->rowCount() - 1, 0).data().toString();
    QVERIFY(first.startsWith(QStringLiteral("Đẩy")) != last.startsWith(QStringLiteral("Đẩy")));
    // The second click reverses the order.
    const Qt::SortOrder order = header->sortIndicatorOrder();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QVERIFY(header->sortIndicatorOrder() != order);
    QCOMPARE(model->index(0, 0).data().toString(), last);
    QCOMPARE(model->index(model->rowCount() - 1, 0).data().toString(), first);
    QCOMPARE(rows(), 30);
}

void TestArticleListPanel::refreshKeepsTheSelection()
{
    auto *table = child<QTableView>(m_panel.get(), QStringLiteral("articleTableView"));
    const QString id = m_panel->model()->articleId(5);
    table->selectRow(5);
    QCOMPARE(m_panel->currentArticleId(), id);

    // The article is saved (it moves to the top: newest first); the selection follows it.
    ArticleRepository repo(*m_db);
    Article a = repo.get(id).value();
    a.title = QStringLiteral("Vừa sửa");
    QVERIFY(repo.save(a, SaveKind::Manual).ok());
    QSignalSpy spy(m_panel.get(), &ArticleListPanel::articleActivated);
    m_panel->refresh();
    QCOMPARE(spy.size(), 0);
    QCOMPARE(m_panel->model()->articleId(table->currentIndex().row()), id);
    QCOMPARE(table->currentIndex().row(), 0);
}

void TestArticleListPanel::aSearchSaysWhatIsNotIndexedYet()
{
    // As a join leaves them for a few seconds: three matching articles saved and listed, their
    // search index not written yet (SyncEngine indexes them after the pull).
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT local_id FROM articles WHERE title LIKE 'Đẩy mạnh%' "
                                  "ORDER BY local_id LIMIT 3")));
    QList<qint64> waiting;
    while (q.next())
        waiting << q.value(0).toLongLong();
    QCOMPARE(waiting.size(), 3);
    for (const qint64 id : std::as_const(waiting)) {
        for (const char *sql : {"DELETE FROM article_fts WHERE rowid = ?",
                                "DELETE FROM article_title_fts WHERE rowid = ?",
                                "DELETE FROM article_exact_fts WHERE rowid = ?",
                                "DELETE FROM article_exact_title_fts WHERE rowid = ?",
                                "INSERT INTO search_pending (local_id) VALUES (?)"}) {
            QVERIFY(q.prepare(QString::fromLatin1(sql)));
            q.addBindValue(id);
            QVERIFY(q.exec());
        }
    }
    auto *count = child<QLabel>(m_panel.get(), QStringLiteral("countLabel"));
    // Listed; without a search nothing is missing, so no note.
    QTRY_VERIFY(count->text().startsWith(QLatin1String("30 ")));
    QVERIFY(!count->text().contains(QLatin1String("not searchable")));

    QTest::keyClicks(child<QLineEdit>(m_panel.get(), QStringLiteral("searchLineEdit")),
                     QStringLiteral("cai cach"));
    QTRY_COMPARE_WITH_TIMEOUT(rows(), m_matches - 3, 5000);
    QVERIFY(count->text().startsWith(QString::number(m_matches - 3) + QLatin1Char(' ')));
    QVERIFY2(count->text().endsWith(QLatin1String(" (3 more not searchable yet: being indexed)")),
             qPrintable(count->text()));

    // Once indexed (the store says so), the same search finds them all and the note goes.
    QCOMPARE(ArticleRepository(*m_db).indexPending().value(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(rows(), m_matches, 5000);
    QVERIFY(count->text().startsWith(QString::number(m_matches) + QLatin1Char(' ')));
    QVERIFY(!count->text().contains(QLatin1String("not searchable")));
}

QTEST_MAIN(TestArticleListPanel)
#include "TestArticleListPanel.moc"
