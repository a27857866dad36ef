#include "TempDatabase.h"
#include "store/ArticleRepository.h"
#include "store/ImageStore.h"

#include <QBuffer>
#include <QImage>
#include <QSqlQuery>
#include <QTest>

using namespace PressDesk;

namespace {

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

int imageRows(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM images"));
    q.next();
    return q.value(0).toInt();
}

} // namespace

class TestImageStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesFormatsWithSize_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QString>("mime");
        QTest::newRow("png") << QByteArray("PNG") << QStringLiteral("image/png");
        QTest::newRow("jpeg") << QByteArray("JPEG") << QStringLiteral("image/jpeg");
        QTest::newRow("webp") << QByteArray("WEBP") << QStringLiteral("image/webp");
    }

    void storesFormatsWithSize()
    {
        QFETCH(QByteArray, format);
        QFETCH(QString, mime);
        TempDatabase t;
        QImage image(320, 200, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        const QByteArray bytes = encode(image, format.constData());
        if (bytes.isEmpty())
            QSKIP("no image plugin for this format");
        ImageStore store(t.db());
        auto stored = store.put(bytes);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        QCOMPARE(stored->mime, mime);
        QCOMPARE(stored->width, 320);
        QCOMPARE(stored->height, 200);
        QCOMPARE(stored->hash, ImageStore::hashOf(bytes));
        QCOMPARE(store.data(stored->hash).value(), bytes);
    }

    void sameBytesAreStoredOnce()
    {
        TempDatabase t;
        QImage image(10, 10, QImage::Format_RGB32);
        image.fill(Qt::red);
        const QByteArray bytes = encode(image, "PNG");
        ImageStore store(t.db());
        auto a = store.put(bytes);
        auto b = store.put(bytes);
        QVERIFY(a && b);
        QCOMPARE(a->hash, b->hash);
        QCOMPARE(imageRows(t.db()), 1);
    }

    void notAnImageIsRefused()
    {
        TempDatabase t;
        auto r = ImageStore(t.db()).put(QByteArrayLiteral("<svg onload=alert(1)></svg>"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("image-format"));
        QCOMPARE(imageRows(t.db()), 0);
        QVERIFY(!ImageStore(t.db()).put(QByteArrayLiteral("\x89PNG\r\n\x1a\n garbage")));
    }

    void articlesReferenceTheirImages()
    {
        TempDatabase t;
        QImage image(10, 10, QImage::Format_RGB32);
        image.fill(Qt::blue);
        auto img = ImageStore(t.db()).put(encode(image, "PNG"));
        QVERIFY(img);
        Article a;
        a.title = QStringLiteral("Ảnh");
        a.bodyHtml = QStringLiteral("<figure><img src=\"%1\" alt=\"Hội nghị\"><figcaption>Hội "
                                    "nghị</figcaption></figure>")
                         .arg(ImageStore::urlFor(img->hash));
        auto created = ArticleRepository(t.db()).create(a);
        QVERIFY(created);
        QVERIFY(created->bodyHtml.contains(ImageStore::urlFor(img->hash)));
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT hash FROM article_images")) && q.next());
        QCOMPARE(q.value(0).toString(), img->hash);
    }
};

QTEST_MAIN(TestImageStore)
#include "TestImageStore.moc"
