#include "TempDatabase.h"
#include "store/ArticleRepository.h"
#include "store/CategoryRepository.h"
#include "store/Search.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace PressDesk;

namespace {

QString create(Database &db, const QString &title, const QString &body, const QString &lead = {},
               const QString &category = {})
{
    Article a;
    a.title = title;
    a.lead = lead;
    a.bodyHtml = body;
    if (!category.isEmpty())
        a.categoryId = CategoryRepository(db).find(category)->id;
    auto r = ArticleRepository(db).create(a);
    if (!r)
        qFatal("create failed: %s", qPrintable(r.error().message));
    return r->id;
}

QStringList ids(const QList<SearchHit> &hits)
{
    QStringList out;
    for (const SearchHit &h : hits)
        out << h.articleId;
    return out;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_t;
    QString m_cchcTitle; // title holds the words
    QString m_cchcBody;  // only the body holds them
    QString m_other;
    QString m_scattered; // holds the words, not as a phrase

private Q_SLOTS:
    void initTestCase()
    {
        m_t = std::make_unique<TempDatabase>();
        Database &db = m_t->db();
        m_cchcBody = create(db, QStringLiteral("Hội nghị tổng kết năm"),
                            QStringLiteral("<p>Huyện đẩy mạnh công tác cải cách hành chính, "
                                           "ứng dụng CNTT.</p>"),
                            {}, QStringLiteral("Tin hoạt động"));
        m_cchcTitle = create(db, QStringLiteral("Thúc đẩy tuyên truyền cải cách hành chính"),
                             QStringLiteral("<p>Kế hoạch số 65/KH-UBND được ban hành.</p>"),
                             QStringLiteral("Huyện Hoài Đức ban hành kế hoạch."),
                             QStringLiteral("Tin cải cách hành chính"));
        m_other = create(db, QStringLiteral("Đường làng sạch đẹp"),
                         QStringLiteral("<p>Người dân Đan Phượng dọn vệ sinh.</p>"));
        m_scattered = create(db, QStringLiteral("Chuyện đi xa"),
                             QStringLiteral("<p>Cách làm hay về chính sách và cải tạo đường.</p>"));
    }

    void cleanupTestCase() { m_t.reset(); }

    void foldedFormsFindTheSameArticles_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("ascii") << QStringLiteral("cai cach hanh chinh");
        QTest::newRow("vietnamese") << QStringLiteral("cải cách hành chính");
        QTest::newRow("upper") << QStringLiteral("CẢI CÁCH HÀNH CHÍNH");
        QTest::newRow("nfd")
            << QStringLiteral("cải cách hành chính").normalized(QString::NormalizationForm_D);
        QTest::newRow("mixed spacing") << QStringLiteral("  Cai   CÁCH hanh   chính ");
    }

    void foldedFormsFindTheSameArticles()
    {
        QFETCH(QString, query);
        auto hits = Search(m_t->db()).search(query);
        QVERIFY(hits);
        QCOMPARE(ids(hits.value()), (QStringList{m_cchcTitle, m_cchcBody}));
    }

    void titleMatchesRankFirst()
    {
        auto hits = Search(m_t->db()).search(QStringLiteral("cai cach"));
        QVERIFY(hits);
        QVERIFY(hits->size() >= 2);
        QCOMPARE(hits->first().articleId, m_cchcTitle);
        QVERIFY(hits->first().titleMatch);
        QVERIFY(!hits->at(1).titleMatch);
    }

    void quotedPhraseMatchesOnlyAsPhrase()
    {
        Search s(m_t->db());
        // Without quotes, the scattered words also match.
        auto loose = s.search(QStringLiteral("cach chinh"));
        QVERIFY(ids(loose.value()).contains(m_scattered));
        auto phrase = s.search(QStringLiteral("\"cach chinh\""));
        QVERIFY(phrase);
        QVERIFY(!ids(phrase.value()).contains(m_scattered));
        auto exact = s.search(QStringLiteral("\"cải cách hành chính\""));
        QCOMPARE(ids(exact.value()), (QStringList{m_cchcTitle, m_cchcBody}));
    }

    void dWithStrokeFoldsToD()
    {
        auto hits = Search(m_t->db()).search(QStringLiteral("duong lang"));
        QCOMPARE(ids(hits.value()), QStringList{m_other});
        hits = Search(m_t->db()).search(QStringLiteral("Đan Phượng"));
        QCOMPARE(ids(hits.value()), QStringList{m_other});
    }

    void symbolOfAPlanIsFound()
    {
        auto hits = Search(m_t->db()).search(QStringLiteral("65/KH-UBND"));
        QCOMPARE(ids(hits.value()), QStringList{m_cchcTitle});
    }

    // hòa and hoà, thủy and thuỷ are one word however the office places its tone marks.
    void bothToneMarkStylesFindEachOther()
    {
        TempDatabase t;
        const QString traditional = create(t.db(), QStringLiteral("Xã Hòa Thạch làm thủy lợi"), {});
        const QString modern =
            create(t.db(), QStringLiteral("Uỷ ban xã Hoà Bình thăm hỏi sức khoẻ"), {});
        create(t.db(), QStringLiteral("Hội nghị về hóa chất"), {}); // not hòa
        Search search(t.db());
        const auto found = [&](const QString &query) {
            const QStringList list = ids(search.search(query).value());
            return QSet<QString>(list.cbegin(), list.cend());
        };
        QCOMPARE(found(QStringLiteral("\"xã hoà\"")), (QSet<QString>{traditional, modern}));
        QCOMPARE(found(QStringLiteral("\"xã hòa\"")), (QSet<QString>{traditional, modern}));
        QCOMPARE(found(QStringLiteral("thuỷ lợi")), QSet<QString>{traditional});
        QCOMPARE(found(QStringLiteral("Ủy ban")), QSet<QString>{modern});
        QCOMPARE(found(QStringLiteral("sức khỏe")), QSet<QString>{modern});
    }

    void lastWordMatchesAsPrefixWhileTyping()
    {
        auto hits = Search(m_t->db()).search(QStringLiteral("tuyen tru"));
        QCOMPARE(ids(hits.value()), QStringList{m_cchcTitle});
    }

    void longPrefixFindsEveryWordItStartsAndNewWords()
    {
        // A last word longer than the prefix indexes is spelled out from the vocabulary.
        TempDatabase t;
        const QString thon = create(t.db(), QStringLiteral("Xây dựng nông thôn mới"), {});
        const QString thong = create(t.db(), QStringLiteral("Thông báo lịch tiếp dân"), {});
        create(t.db(), QStringLiteral("Thời tiết"), {});
        Search search(t.db());
        auto hits = search.search(QStringLiteral("thon"));
        QVERIFY(hits);
        const QStringList found = ids(*hits);
        QCOMPARE(QSet<QString>(found.cbegin(), found.cend()), (QSet<QString>{thon, thong}));
        QCOMPARE(search.countMatches(QStringLiteral("thon")).value(), 2);

        // A word first written in an edit is found by its prefix at once.
        Article edited = ArticleRepository(t.db()).get(thon).value();
        edited.bodyHtml = QStringLiteral("<p>Thongtinhuyen là chuyên mục mới.</p>");
        QVERIFY(ArticleRepository(t.db()).save(edited, SaveKind::Manual));
        // "thong" is listed as {"thong", "thongtinhuyen"} only if the edit added the new word.
        const QStringList both = ids(search.search(QStringLiteral("thong")).value());
        QCOMPARE(QSet<QString>(both.cbegin(), both.cend()), (QSet<QString>{thon, thong}));

        // More words than are worth listing fall back to FTS5's own prefix query.
        QStringList many;
        for (int i = 0; i < 30; ++i)
            many << create(t.db(), QStringLiteral("Mã số abcd%1").arg(i), {});
        const QStringList all = ids(search.search(QStringLiteral("abcd"), 100).value());
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()),
                 QSet<QString>(many.cbegin(), many.cend()));
    }

    void snippetsHighlightTheOriginalText()
    {
        auto hits = Search(m_t->db()).search(QStringLiteral("cai cach"));
        QVERIFY(hits);
        const SearchHit &first = hits->first();
        QCOMPARE(first.titleHtml,
                 QStringLiteral("Thúc đẩy tuyên truyền <b>cải cách</b> hành chính"));
        const auto body = *std::find_if(hits->cbegin(), hits->cend(), [this](const SearchHit &h) {
            return h.articleId == m_cchcBody;
        });
        QVERIFY2(body.snippetHtml.contains(QStringLiteral("<b>cải cách</b>")),
                 qPrintable(body.snippetHtml));
    }

    void operatorsAndQuotesInQueriesAreHarmless_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("fts syntax") << QStringLiteral("cai OR NOT \"");
        QTest::newRow("star") << QStringLiteral("*");
        QTest::newRow("parens") << QStringLiteral("(cai) AND");
        QTest::newRow("colon") << QStringLiteral("title:cai");
        QTest::newRow("only punctuation") << QStringLiteral("!!! ---");
    }

    void operatorsAndQuotesInQueriesAreHarmless()
    {
        QFETCH(QString, query);
        auto hits = Search(m_t->db()).search(query);
        QVERIFY2(hits, qPrintable(hits ? QString() : hits.error().message));
    }

    void filtersNarrowResults()
    {
        ArticleFilter f;
        f.categoryId = CategoryRepository(m_t->db()).find(QStringLiteral("Tin hoạt động"))->id;
        auto hits = Search(m_t->db()).search(QStringLiteral("cai cach"), 50, 0, f);
        QCOMPARE(ids(hits.value()), QStringList{m_cchcBody});
        QCOMPARE(Search(m_t->db()).countMatches(QStringLiteral("cai cach"), f).value(), 1);
        // Unfiltered: both, and the article that holds "cải" and "cách" apart.
        QCOMPARE(Search(m_t->db()).countMatches(QStringLiteral("cai cach")).value(), 3);
    }

    void editsAreSearchableImmediately()
    {
        ArticleRepository repo(m_t->db());
        Article a = repo.get(m_other).value();
        a.title = QStringLiteral("Đường làng sạch đẹp ở Sơn Đồng");
        QVERIFY(repo.save(a, SaveKind::Autosave, QStringLiteral("s")));
        QCOMPARE(ids(Search(m_t->db()).search(QStringLiteral("son dong")).value()),
                 QStringList{m_other});
    }

    void broadQueriesListTitleMatchesFirstAcrossPages()
    {
        // More matches than Search::rankedLimit(): title matches first, then newest first,
        // and paging through them neither skips nor repeats an article.
        TempDatabase t;
        QList<Article> articles;
        const int n = Search::rankedLimit() + 300;
        for (int i = 0; i < n; ++i) {
            Article a;
            a.title = i % 7 == 0 ? QStringLiteral("Tin phố cổ %1").arg(i)
                                 : QStringLiteral("Tin số %1").arg(i);
            a.bodyHtml = QStringLiteral("<p>Dọn dẹp đường phố lần %1.</p>").arg(i);
            articles << a;
        }
        QVERIFY(ArticleRepository(t.db()).insertMany(articles));
        Search s(t.db());
        QCOMPARE(s.countMatches(QStringLiteral("pho")).value(), n);
        QCOMPARE(s.countMatches(QStringLiteral("pho"), {}, 50).value(), 50);

        QStringList seen;
        int titleMatches = 0;
        bool titlePartOver = false;
        for (int offset = 0;; offset += 200) {
            auto page = s.search(QStringLiteral("pho"), 200, offset);
            QVERIFY(page);
            if (page->isEmpty())
                break;
            for (const SearchHit &h : page.value()) {
                seen << h.articleId;
                if (h.titleMatch) {
                    QVERIFY2(!titlePartOver, "a title match after the other matches");
                    ++titleMatches;
                } else {
                    titlePartOver = true;
                }
            }
        }
        QCOMPARE(seen.size(), n);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), n);
        QCOMPARE(titleMatches, (n + 6) / 7);
        // Newest added first inside each part: the last article added is the first non-title hit.
        auto first = s.search(QStringLiteral("pho"), 1, titleMatches);
        QCOMPARE(first->first().title, QStringLiteral("Tin số %1").arg(n - 1));
    }

    // Diacritics carry meaning. Short news items of a commune press office holding
    // near-homographs: the query typed with diacritics lists the articles holding its words as
    // typed first, then those matching only once folded, whatever the field weights say.
    void exactWordsRankAboveFoldedOnlyMatches()
    {
        TempDatabase t;
        Database &db = t.db();
        // Folded-only matches of "cải cách", one in the title (today's rank puts it first).
        const QString caiCachTitle = create(
            db, QStringLiteral("Cái cách làm giàu của một hội viên nông dân"),
            QStringLiteral("<p>Từ hai sào ruộng trũng, anh Nguyễn Văn Hùng ở thôn Đông chuyển "
                           "sang nuôi cá kết hợp trồng sen. Cái cách anh tính toán từng vụ đã "
                           "giúp gia đình có thu nhập ổn định.</p>"));
        const QString caiCachBody =
            create(db, QStringLiteral("Phụ nữ thôn Bắc học nấu ăn dinh dưỡng"),
                   QStringLiteral("<p>Chị em được hướng dẫn cái cách chọn rau sạch và chế biến bữa "
                                  "ăn cho trẻ nhỏ.</p>"),
                   {}, QStringLiteral("Tin hoạt động"));
        // Exact matches: one in the title, one in the body only.
        const QString reformTitle = create(
            db, QStringLiteral("Xã Tân Lập đẩy mạnh cải cách thủ tục hành chính"),
            QStringLiteral("<p>Bộ phận một cửa của xã tiếp nhận hồ sơ trực tuyến, trả kết quả "
                           "đúng hẹn cho người dân.</p>"));
        const QString reformBody =
            create(db, QStringLiteral("Hội nghị tổng kết công tác năm 2026"),
                   QStringLiteral("<p>Ủy ban nhân dân xã đánh giá kết quả cải cách hành chính, "
                                  "chuyển đổi số và công tác dân vận trong năm qua.</p>"),
                   {}, QStringLiteral("Tin hoạt động"));
        Search search(db);

        const QStringList typed = ids(search.search(QStringLiteral("cải cách")).value());
        QCOMPARE(typed, (QStringList{reformTitle, reformBody, caiCachTitle, caiCachBody}));
        // The same with the other words of the other meaning typed.
        const QStringList other = ids(search.search(QStringLiteral("cái cách")).value());
        QCOMPARE(other, (QStringList{caiCachTitle, caiCachBody, reformTitle, reformBody}));

        // Without diacritics the order is today's: title matches first, whatever they mean.
        const auto unaccented = search.search(QStringLiteral("cai cach"));
        QVERIFY(unaccented);
        QCOMPARE(unaccented->size(), 4);
        const QStringList plain = ids(unaccented.value());
        QCOMPARE(QSet<QString>(plain.cbegin(), plain.cbegin() + 2),
                 (QSet<QString>{caiCachTitle, reformTitle}));
        QVERIFY(unaccented->at(0).titleMatch && unaccented->at(1).titleMatch);
        QVERIFY(!unaccented->at(2).titleMatch && !unaccented->at(3).titleMatch);
        // The results are the same articles, only in another order.
        QCOMPARE(QSet<QString>(typed.cbegin(), typed.cend()),
                 QSet<QString>(plain.cbegin(), plain.cend()));
        QCOMPARE(search.countMatches(QStringLiteral("cải cách")).value(), 4);
        QCOMPARE(search.find(QStringLiteral("cải cách")).value().total, 4);

        // Under a filter, the same order among what it keeps.
        ArticleFilter news;
        news.categoryId = CategoryRepository(db).find(QStringLiteral("Tin hoạt động"))->id;
        QCOMPARE(ids(search.search(QStringLiteral("cải cách"), 50, 0, news).value()),
                 (QStringList{reformBody, caiCachBody}));
        QCOMPARE(ids(search.search(QStringLiteral("cái cách"), 50, 0, news).value()),
                 (QStringList{caiCachBody, reformBody}));
    }

    void exactPhraseBeatsAFoldedTitleMatch()
    {
        TempDatabase t;
        Database &db = t.db();
        const QString comeHome =
            create(db, QStringLiteral("Con cháu bảo về quê ăn Tết, cụ bà 90 tuổi vui mừng"),
                   QStringLiteral("<p>Cụ Lê Thị Mận ở xóm Chùa kể, năm nay các con bảo về sớm để "
                                  "cùng gói bánh chưng.</p>"));
        const QString protect =
            create(db, QStringLiteral("Dân quân xã tuần tra mùa khô"),
                   QStringLiteral("<p>Lực lượng dân quân phối hợp kiểm lâm bảo vệ rừng phòng hộ, "
                                  "tuyên truyền người dân không đốt nương gần bìa rừng.</p>"));
        const QString protectLead =
            create(db, QStringLiteral("Ra quân làm sạch đê"),
                   QStringLiteral("<p>Đoàn viên thanh niên thu gom rác dọc tuyến đê.</p>"),
                   QStringLiteral("Chung tay bảo vệ môi trường sông Đáy."));
        Search search(db);
        // Ranked, a quoted phrase and a typed word alike.
        for (const QString &query :
             {QStringLiteral("bảo vệ"), QStringLiteral("\"bảo vệ\""), QStringLiteral("BẢO VỆ")}) {
            const QStringList found = ids(search.search(query).value());
            QCOMPARE(found.size(), 3);
            QCOMPARE(QSet<QString>(found.cbegin(), found.cbegin() + 2),
                     (QSet<QString>{protect, protectLead}));
            QCOMPARE(found.last(), comeHome);
        }
        QCOMPARE(ids(search.search(QStringLiteral("bảo về")).value()).first(), comeHome);
        // Unaccented: the title match first, as before.
        QCOMPARE(ids(search.search(QStringLiteral("bao ve")).value()).first(), comeHome);
    }

    // Old and new tone-mark placement are the same word: both count as typed.
    void bothToneStylesCountAsExact()
    {
        TempDatabase t;
        Database &db = t.db();
        const QString neutralize =
            create(db, QStringLiteral("Hóa giải mâu thuẫn trong khu dân cư từ bữa cơm chung"),
                   QStringLiteral("<p>Những bữa cơm chung giúp các hộ gia đình xóm Giữa hóa "
                                  "giải hiềm khích.</p>"));
        const QString modern =
            create(db, QStringLiteral("Tổ dân phố số 3 sơ kết sáu tháng"),
                   QStringLiteral("<p>Tổ hoà giải đã hoà giải thành 12 vụ việc, giữ gìn tình làng "
                                  "nghĩa xóm.</p>"));
        const QString traditional =
            create(db, QStringLiteral("Tập huấn nghiệp vụ cho cán bộ cơ sở"),
                   QStringLiteral("<p>Hơn 60 học viên được bồi dưỡng kỹ năng hòa giải ở cơ sở và "
                                  "phổ biến pháp luật.</p>"));
        Search search(db);
        for (const QString &query :
             {QStringLiteral("hoà giải"), QStringLiteral("hòa giải"), QStringLiteral("Hoà Giải")}) {
            const QStringList found = ids(search.search(query).value());
            QCOMPARE(found.size(), 3);
            QCOMPARE(QSet<QString>(found.cbegin(), found.cbegin() + 2),
                     (QSet<QString>{modern, traditional}));
            QCOMPARE(found.last(), neutralize);
        }
        // "thuý"/"thúy" in a name, in the title of the folded-only article this time.
        const QString thuy = create(
            db, QStringLiteral("Gương sáng: cô giáo Thúy ở điểm trường Bản Mồng"),
            QStringLiteral("<p>Cô Nguyễn Thị Thúy gắn bó với học trò vùng cao mười năm.</p>"));
        const QString thuyModern =
            create(db, QStringLiteral("Khen thưởng giáo viên giỏi"),
                   QStringLiteral("<p>Cô giáo Thuý nhận bằng khen của Chủ tịch UBND huyện.</p>"));
        const QString thuyFolded =
            create(db, QStringLiteral("Cô giáo Thủy về hưu"), QStringLiteral("<p>Chia tay.</p>"));
        const QStringList found = ids(search.search(QStringLiteral("cô giáo Thuý")).value());
        QCOMPARE(found, (QStringList{thuy, thuyModern, thuyFolded}));
    }

    // More matches than Search::rankedLimit(), with diacritics: exact title matches, other
    // exact matches, folded-only title matches, other folded-only matches, each newest first;
    // paging neither skips nor repeats an article; the matches are the folded ones.
    void broadQueriesListExactMatchesFirstAcrossPages_data()
    {
        QTest::addColumn<bool>("manyTitles");
        // Few title matches: the other matches leave the title index's out.
        QTest::newRow("few title matches") << false;
        // More title matches than rankedLimit(), exact and folded: FTS5's NOT on the title.
        QTest::newRow("many title matches") << true;
    }

    void broadQueriesListExactMatchesFirstAcrossPages()
    {
        QFETCH(bool, manyTitles);
        TempDatabase t;
        QList<Article> articles;
        const int n = Search::rankedLimit() + (manyTitles ? 500 : 400);
        // 0 exact title, 1 exact body, 2 folded title, 3 (and 4) folded body
        const auto kindOf = [manyTitles](int i) {
            if (manyTitles)
                return i % 10 < 7 ? 0 : i % 10 - 6;
            return i % 5;
        };
        int titleMatches = 0;
        for (int i = 0; i < n; ++i)
            titleMatches += kindOf(i) == 0 || kindOf(i) == 2;
        const QString newsId = CategoryRepository(t.db()).find(QStringLiteral("Tin hoạt động"))->id;
        for (int i = 0; i < n; ++i) {
            Article a;
            switch (kindOf(i)) {
            case 0:
                a.title = QStringLiteral("Cải cách hành chính đợt %1").arg(i);
                a.bodyHtml = QStringLiteral("<p>Bản tin số %1.</p>").arg(i);
                break;
            case 1:
                a.title = QStringLiteral("Bản tin số %1").arg(i);
                a.bodyHtml = QStringLiteral("<p>Xã tiếp tục cải cách hành chính.</p>");
                break;
            case 2:
                a.title = QStringLiteral("Cái cách làm hay số %1").arg(i);
                a.bodyHtml = QStringLiteral("<p>Chăn nuôi bò sinh sản.</p>");
                break;
            default:
                a.title = QStringLiteral("Bản tin số %1").arg(i);
                a.bodyHtml = QStringLiteral("<p>Học cái cách trồng rau sạch.</p>");
                break;
            }
            if (i % 10 != 0)
                a.categoryId = newsId;
            articles << a;
        }
        QVERIFY(ArticleRepository(t.db()).insertMany(articles));
        Search s(t.db());
        const QString query = QStringLiteral("cải cách");
        QCOMPARE(s.countMatches(query).value(), n);
        QVERIFY(s.find(query).value().totalIsLowerBound);

        QList<int> kinds;
        QList<int> numbers;
        QStringList seen;
        for (int offset = 0;; offset += 150) {
            auto page = s.search(query, 150, offset);
            QVERIFY(page);
            if (page->isEmpty())
                break;
            for (const SearchHit &h : page.value()) {
                seen << h.articleId;
                static const QRegularExpression number(QStringLiteral("(\\d+)$"));
                auto a = ArticleRepository(t.db()).get(h.articleId).value();
                const auto m = number.match(a.title);
                QVERIFY(m.hasMatch());
                const int i = m.captured(1).toInt();
                numbers << i;
                kinds << std::min(kindOf(i), 3);
                QCOMPARE(h.titleMatch, kindOf(i) == 0 || kindOf(i) == 2);
            }
        }
        QCOMPARE(seen.size(), n);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), n);
        for (int k = 1; k < kinds.size(); ++k) {
            QVERIFY2(kinds.at(k - 1) <= kinds.at(k),
                     qPrintable(QStringLiteral("part %1 after part %2 at %3")
                                    .arg(kinds.at(k))
                                    .arg(kinds.at(k - 1))
                                    .arg(k)));
            if (kinds.at(k - 1) == kinds.at(k))
                QVERIFY(numbers.at(k - 1) > numbers.at(k)); // newest first in a part
        }
        // Under a filter (nine articles in ten in a category, still more than rankedLimit()):
        // the same order among what it keeps, page after page.
        ArticleFilter news;
        news.categoryId = newsId;
        QStringList expected;
        for (int k = 0; k < seen.size(); ++k) {
            if (numbers.at(k) % 10 != 0)
                expected << seen.at(k);
        }
        QVERIFY(s.find(query, 150, 0, news).value().totalIsLowerBound);
        QStringList filtered;
        for (int offset = 0;; offset += 150) {
            auto page = s.search(query, 150, offset, news);
            QVERIFY(page);
            if (page->isEmpty())
                break;
            filtered << ids(page.value());
        }
        QCOMPARE(filtered, expected);

        // Unaccented: today's order, folded title matches (both meanings) first.
        auto plain = s.search(QStringLiteral("cai cach"), 1, titleMatches - 1);
        QVERIFY(plain->first().titleMatch);
        plain = s.search(QStringLiteral("cai cach"), 1, titleMatches);
        QVERIFY(!plain->first().titleMatch);
    }

    void highlight_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<QString>("expected");
        QTest::newRow("word") << QStringLiteral("Hoài Đức") << QStringList{QStringLiteral("duc")}
                              << QStringLiteral("Hoài <b>Đức</b>");
        QTest::newRow("escapes") << QStringLiteral("<a> & Đức")
                                 << QStringList{QStringLiteral("duc")}
                                 << QStringLiteral("&lt;a&gt; &amp; <b>Đức</b>");
        QTest::newRow("word start only")
            << QStringLiteral("Hoài Đức") << QStringList{QStringLiteral("oai")}
            << QStringLiteral("Hoài Đức");
        QTest::newRow("prefix whole word")
            << QStringLiteral("tuyên truyền") << QStringList{QStringLiteral("tru")}
            << QStringLiteral("tuyên <b>truyền</b>");
    }

    void highlight()
    {
        QFETCH(QString, original);
        QFETCH(QStringList, terms);
        QFETCH(QString, expected);
        QCOMPARE(Search::highlight(original, terms), expected);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "TestSearch.moc"
