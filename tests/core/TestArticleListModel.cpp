#include "TempDatabase.h"
#include "store/ArticleListModel.h"
#include "store/ArticleRepository.h"
#include "store/CategoryRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace PressDesk;

class TestArticleListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_t;
    static constexpr int kArticles = 450; // more than two pages
    QString m_economy;

    int fetchAll(ArticleListModel &model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
        return model.rowCount();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_t = std::make_unique<TempDatabase>();
        CategoryRepository cats(m_t->db());
        m_economy = cats.find(QStringLiteral("Kinh tế"))->id;
        const QString notice = cats.find(QStringLiteral("Thông báo"))->id;
        QList<Article> articles;
        const QDateTime base(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < kArticles; ++i) {
            Article a;
            a.title = i % 10 == 0 ? QStringLiteral("Cải cách hành chính số %1").arg(i)
                                  : QStringLiteral("Tin số %1").arg(i, 3, 10, QLatin1Char('0'));
            a.bodyHtml = QStringLiteral("<p>Nội dung %1</p>").arg(i);
            a.categoryId = i % 3 == 0 ? m_economy : notice;
            a.createdAt = base.addDays(i); // one article a day
            articles << a;
        }
        QVERIFY(ArticleRepository(m_t->db()).insertMany(articles));
    }

    void cleanupTestCase() { m_t.reset(); }

    void passesModelTester()
    {
        ArticleListModel model(m_t->db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
        model.setFilter(ArticleFilter{.query = QStringLiteral("cai cach")});
        fetchAll(model);
    }

    void firstPageOnlyThenFetchesLazily()
    {
        ArticleListModel model(m_t->db());
        QCOMPARE(model.rowCount(), ArticleListModel::pageSize());
        QCOMPARE(model.totalCount(), kArticles);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 2 * ArticleListModel::pageSize());
        QCOMPARE(fetchAll(model), kArticles);
        QVERIFY(!model.canFetchMore({}));
    }

    void defaultOrderIsNewestFirstWithoutGapsOrDuplicates()
    {
        ArticleListModel model(m_t->db());
        fetchAll(model);
        QSet<QString> seen;
        for (int row = 0; row < model.rowCount(); ++row)
            seen.insert(model.articleId(row));
        QCOMPARE(seen.size(), kArticles);
        QCOMPARE(model.data(model.index(0, ArticleListModel::TitleColumn)).toString(),
                 QStringLiteral("Tin số 449"));
        QCOMPARE(model.data(model.index(0, ArticleListModel::UpdatedColumn)).toString(),
                 QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC)
                     .addDays(449)
                     .toLocalTime()
                     .toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    }

    // A view switching sorting on asks for the order the list already has: what was scrolled
    // to stays, and the list is not reset; a real change of order still resets it.
    void sortingInTheCurrentOrderKeepsTheList()
    {
        ArticleListModel model(m_t->db());
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * ArticleListModel::pageSize());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(ArticleListModel::UpdatedColumn, Qt::DescendingOrder);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 2 * ArticleListModel::pageSize());
        QCOMPARE(model.data(model.index(0, ArticleListModel::TitleColumn)).toString(),
                 QStringLiteral("Tin số 449"));
        model.sort(ArticleListModel::UpdatedColumn, Qt::AscendingOrder);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), ArticleListModel::pageSize());
        QCOMPARE(model.data(model.index(0, ArticleListModel::TitleColumn)).toString(),
                 QStringLiteral("Cải cách hành chính số 0"));
    }

    void sortsByTitleAcrossPages()
    {
        ArticleListModel model(m_t->db());
        model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
        fetchAll(model);
        QCOMPARE(model.rowCount(), kArticles);
        QStringList titles;
        for (int row = 0; row < model.rowCount(); ++row)
            titles << model.data(model.index(row, 0)).toString();
        QStringList sorted = titles;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
        QCOMPARE(titles.first(), sorted.first());
        QCOMPARE(titles.last(), sorted.last());
        QCOMPARE(QSet<QString>(titles.begin(), titles.end()).size(), kArticles);
    }

    void filtersByCategoryAndDate()
    {
        ArticleListModel model(m_t->db());
        model.setFilter(ArticleFilter{.categoryId = m_economy});
        QCOMPARE(model.totalCount(), kArticles / 3);
        QCOMPARE(fetchAll(model), kArticles / 3);

        ArticleFilter range;
        range.from = QDate(2024, 1, 1);
        range.to = QDate(2024, 1, 10);
        model.setFilter(range);
        QCOMPARE(model.totalCount(), 10);
        QCOMPARE(fetchAll(model), 10);

        model.setFilter(ArticleFilter{.status = ArticleStatus::Draft});
        QCOMPARE(model.totalCount(), kArticles);
    }

    void searchShowsRelevantRowsWithSnippets()
    {
        ArticleListModel model(m_t->db());
        model.setFilter(ArticleFilter{.query = QStringLiteral("CẢI CÁCH")});
        QCOMPARE(model.totalCount(), kArticles / 10);
        QCOMPARE(fetchAll(model), kArticles / 10);
        const QString html =
            model.data(model.index(0, 0), ArticleListModel::TitleHtmlRole).toString();
        QVERIFY2(html.contains(QStringLiteral("<b>Cải cách</b>")), qPrintable(html));
        model.setFilter(ArticleFilter{.query = QStringLiteral("khong co tu nay")});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
    }

    void refreshShowsNewArticle()
    {
        ArticleListModel model(m_t->db());
        Article a;
        a.title = QStringLiteral("Bài mới nhất");
        auto created = ArticleRepository(m_t->db()).create(a);
        QVERIFY(created);
        model.refresh();
        QCOMPARE(model.articleId(0), created->id);
        QCOMPARE(model.rowOf(created->id), 0);
    }
};

QTEST_GUILESS_MAIN(TestArticleListModel)
#include "TestArticleListModel.moc"
