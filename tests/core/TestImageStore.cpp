#include "TempDatabase.h"
#include "store/ArticleRepository.h"
#include "store/ImageStore.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
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

    // A camera-sized photo's preview: 640 pixels on its longer side, small, the same picture,
    // made once and kept.
    void previewIsMadeOnceAndKept()
    {
        TempDatabase t;
        QImage photo(2400, 1800, QImage::Format_RGB32);
        photo.fill(QColor(200, 20, 20));
        QPainter(&photo).fillRect(1200, 0, 1200, 1800, QColor(20, 20, 200));
        ImageStore store(t.db());
        const QString hash = store.put(encode(photo, "JPG")).value().hash;
        QVERIFY(!store.storedPreview(hash).value().has_value());
        auto preview = store.preview(hash);
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
        const QImage shown = QImage::fromData(preview.value());
        QCOMPARE(shown.size(), QSize(640, 480));
        QVERIFY2(preview->size() < 100 * 1024, qPrintable(QString::number(preview->size())));
        QVERIFY(shown.pixelColor(100, 240).red() > 150 && shown.pixelColor(100, 240).blue() < 80);
        QVERIFY(shown.pixelColor(540, 240).blue() > 150 && shown.pixelColor(540, 240).red() < 80);
        QCOMPARE(store.storedPreview(hash).value().value(), preview.value());
        // Asked again: what was kept, not made again (a kept preview replaced is what comes).
        QVERIFY(store.putPreview(hash, encode(shown.mirrored(true, false), "JPG")));
        const QImage again = QImage::fromData(store.preview(hash).value());
        QVERIFY(again.pixelColor(100, 240).blue() > 150);
    }

    // A small picture keeps its size; a transparent one is laid on white paper.
    void previewOfASmallTransparentPicture()
    {
        TempDatabase t;
        QImage logo(200, 100, QImage::Format_ARGB32);
        logo.fill(Qt::transparent);
        QPainter(&logo).fillRect(0, 0, 100, 100, Qt::black);
        ImageStore store(t.db());
        const QString hash = store.put(encode(logo, "PNG")).value().hash;
        const QImage shown = QImage::fromData(store.preview(hash).value());
        QCOMPARE(shown.size(), QSize(200, 100));
        QVERIFY(shown.pixelColor(150, 50).lightness() > 240);
        QVERIFY(shown.pixelColor(50, 50).lightness() < 20);
    }

    // A damaged photo (its header is whole, its picture cut off) has no preview, and nothing
    // is kept; an image that is not stored is said to be missing.
    void previewOfADamagedOrMissingImage()
    {
        TempDatabase t;
        QImage photo(1600, 1200, QImage::Format_RGB32);
        photo.fill(Qt::darkGreen);
        const QByteArray whole = encode(photo, "PNG");
        ImageStore store(t.db());
        auto stored = store.put(whole.left(80));
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        auto preview = store.preview(stored->hash);
        QVERIFY(!preview);
        QCOMPARE(preview.error().code, QStringLiteral("image-format"));
        QVERIFY(!store.storedPreview(stored->hash).value().has_value());
        auto missing = store.preview(ImageStore::hashOf("nothing"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("not-found"));
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
