// The approval hash changes exactly when what a reader sees changes.
#include "workflow/ContentHash.h"

#include <QRegularExpression>
#include <QTest>

Q_DECLARE_METATYPE(PressDesk::Article)

using namespace PressDesk;

namespace {

Article sample()
{
    Article a;
    a.id = QStringLiteral("11111111-2222-3333-4444-555555555555");
    a.title = QStringLiteral("Huyện Hoài Đức: Thúc đẩy tuyên truyền cải cách hành chính");
    a.lead = QStringLiteral("Ngày 19/02, UBND huyện ban hành Kế hoạch số 65/KH-UBND.");
    a.bodyHtml = QStringLiteral("<p>Theo đó, các cấp, các ngành…</p>\n<figure><img "
                                "src=\"pdimg:%1\" alt=\"Hội nghị\"><figcaption>Hội "
                                "nghị</figcaption></figure>")
                     .arg(QString(64, u'a'));
    a.categoryId = QStringLiteral("6ac50dee-efcb-5e8a-a095-6c58d2d8495b");
    a.tags = {QStringLiteral("cải cách hành chính"), QStringLiteral("Hoài Đức")};
    a.source = QStringLiteral("Theo Hà Nội portal");
    a.author = QStringLiteral("lan");
    return a;
}

} // namespace

class TestContentHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isSha256Hex()
    {
        const QString h = contentHash(sample());
        QCOMPARE(h.size(), 64);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(h).hasMatch());
        QCOMPARE(contentHash(sample()), h); // deterministic
    }

    void unchangedWhenNothingAReaderSeesChanged_data()
    {
        QTest::addColumn<Article>("variant");
        Article a = sample();
        a.title = a.title.normalized(QString::NormalizationForm_D);
        QTest::newRow("title typed in NFD") << a;
        a = sample();
        a.title = QStringLiteral("  ") + a.title.replace(u' ', QLatin1String("  ")) + u' ';
        QTest::newRow("spaces in title") << a;
        a = sample();
        a.bodyHtml.replace(QStringLiteral("<p>"), QStringLiteral("<p style=\"color:red\">"));
        QTest::newRow("style the sanitizer drops") << a;
        a = sample();
        a.bodyHtml.replace(QStringLiteral("các cấp, các"), QStringLiteral("các cấp,   các"));
        QTest::newRow("spaces HTML collapses") << a;
        a = sample();
        a.lead += QStringLiteral("   ");
        QTest::newRow("trailing spaces in lead") << a;
        a = sample();
        a.tags << QStringLiteral("cai cach hanh chinh") << QStringLiteral(" ");
        QTest::newRow("duplicate and empty tags") << a;
        a = sample();
        a.author = QStringLiteral("someone else");
        a.status = ArticleStatus::Submitted;
        a.updatedAt = QDateTime::currentDateTimeUtc();
        QTest::newRow("author, status, time") << a;
    }

    void unchangedWhenNothingAReaderSeesChanged()
    {
        QFETCH(Article, variant);
        QCOMPARE(contentHash(variant), contentHash(sample()));
    }

    void changedByAnythingAReaderSees_data()
    {
        QTest::addColumn<Article>("variant");
        Article a = sample();
        a.title.replace(QStringLiteral("cải"), QStringLiteral("cãi"));
        QTest::newRow("a tone mark in the title") << a;
        a = sample();
        a.lead.replace(QStringLiteral("19/02"), QStringLiteral("20/02"));
        QTest::newRow("a date in the lead") << a;
        a = sample();
        a.bodyHtml.replace(QStringLiteral("<p>Theo"), QStringLiteral("<p><strong>Theo</strong>"));
        QTest::newRow("bold in the body") << a;
        a = sample();
        a.bodyHtml.replace(QString(64, u'a'), QString(64, u'b'));
        QTest::newRow("another image") << a;
        a = sample();
        a.bodyHtml.replace(QStringLiteral("alt=\"Hội nghị\""), QStringLiteral("alt=\"Hội thảo\""));
        QTest::newRow("image alt text") << a;
        a = sample();
        a.categoryId = QStringLiteral("8d57a84e-8193-56ef-9df0-dfcdf2eb1b05");
        QTest::newRow("category") << a;
        a = sample();
        std::swap(a.tags[0], a.tags[1]);
        QTest::newRow("tag order") << a;
        a = sample();
        a.source = QStringLiteral("Theo Cổng thông tin điện tử huyện");
        QTest::newRow("source line") << a;
        a = sample();
        a.title += QStringLiteral("!");
        QTest::newRow("punctuation") << a;
        // The same characters moved between fields must not collide.
        a = sample();
        a.title += a.lead.left(5);
        a.lead = a.lead.mid(5);
        QTest::newRow("text moved from lead to title") << a;
    }

    void changedByAnythingAReaderSees()
    {
        QFETCH(Article, variant);
        QVERIFY(contentHash(variant) != contentHash(sample()));
    }
};

QTEST_GUILESS_MAIN(TestContentHash)
#include "TestContentHash.moc"
