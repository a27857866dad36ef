#include "store/ImageStore.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlUtil.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QImageReader>
#include <QPainter>

namespace PressDesk {

QString ImageStore::hashOf(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

Result<StoredImage> ImageStore::put(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format().toLower();
    static const QList<QByteArray> allowed = {"jpeg", "jpg", "png", "webp"};
    if (!allowed.contains(format))
        return Error{QStringLiteral("image-format"),
                     tr("This file is not a JPEG, PNG or WebP image.")};
    const QSize size = reader.size(); // from the header: no decoding
    if (!size.isValid())
        return Error{QStringLiteral("image-format"), tr("The image is damaged or unreadable.")};

    StoredImage img;
    img.hash = hashOf(data);
    img.mime = format == "png"    ? QStringLiteral("image/png")
               : format == "webp" ? QStringLiteral("image/webp")
                                  : QStringLiteral("image/jpeg");
    img.width = size.width();
    img.height = size.height();
    img.size = data.size();

    if (auto st = Sql::run(m_db,
                           QStringLiteral("INSERT OR IGNORE INTO images (hash, mime, width, "
                                          "height, size, data, created_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {img.hash, img.mime, img.width, img.height, img.size, data,
                            Sql::iso(QDateTime::currentDateTimeUtc())});
        !st)
        return st.error();
    return img;
}

Result<QByteArray> ImageStore::data(const QString &hash) const
{
    auto data = Sql::value(m_db, QStringLiteral("SELECT data FROM images WHERE hash = ?"), {hash});
    if (!data)
        return data.error();
    if (!data->isValid())
        return Error{QStringLiteral("not-found"), tr("The image %1 is not stored.").arg(hash)};
    return data->toByteArray();
}

Result<StoredImage> ImageStore::info(const QString &hash) const
{
    auto row = Sql::one(
        m_db, QStringLiteral("SELECT mime, width, height, size FROM images WHERE hash = ?"),
        {hash});
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error{QStringLiteral("not-found"), tr("The image %1 is not stored.").arg(hash)};
    const QSqlQuery &q = **row;
    return StoredImage{hash, q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(),
                       q.value(3).toLongLong()};
}

std::optional<QByteArray> ImageStore::makePreview(const QByteArray &original)
{
    QBuffer in;
    in.setData(original);
    if (!in.open(QIODevice::ReadOnly))
        return std::nullopt;
    QImageReader reader(&in);
    reader.setAutoTransform(true);
    // The JPEG reader decodes straight at a fraction of the size (libjpeg's DCT scaling, n/8):
    // a phone's photo costs its entropy decoding, not a full decode. A photo of 3 840 pixels
    // or more is taken at 1/8 as it comes (480 pixels or more, about 250 dpi at the annex's
    // 5 cm): no resampling after the decode.
    const QSize full = reader.size();
    const int longer = full.isValid() ? qMax(full.width(), full.height()) : 0;
    if (longer >= 8 * 480 && longer <= 8 * kPreviewPixels)
        reader.setScaledSize(QSize((full.width() + 7) / 8, (full.height() + 7) / 8));
    else if (longer > kPreviewPixels)
        reader.setScaledSize(full.scaled(kPreviewPixels, kPreviewPixels, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return std::nullopt;
    if (image.width() > kPreviewPixels || image.height() > kPreviewPixels)
        image = image.scaled(kPreviewPixels, kPreviewPixels, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
    }
    QByteArray jpeg;
    QBuffer out(&jpeg);
    if (!out.open(QIODevice::WriteOnly) || !flat.save(&out, "JPG", 82))
        return std::nullopt;
    return jpeg;
}

Result<std::optional<QByteArray>> ImageStore::storedPreview(const QString &hash) const
{
    auto jpeg = Sql::value(
        m_db, QStringLiteral("SELECT jpeg FROM image_previews WHERE hash = ? AND pixels = ?"),
        {hash, kPreviewPixels});
    if (!jpeg)
        return jpeg.error();
    if (!jpeg->isValid())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(jpeg->toByteArray());
}

Status ImageStore::putPreview(const QString &hash, const QByteArray &jpeg)
{
    QBuffer buffer;
    buffer.setData(jpeg);
    buffer.open(QIODevice::ReadOnly);
    const QSize size = QImageReader(&buffer, "jpeg").size(); // the header's
    return Sql::run(m_db,
                    QStringLiteral("INSERT OR REPLACE INTO image_previews (hash, jpeg, width, "
                                   "height, pixels) VALUES (?, ?, ?, ?, ?)"),
                    {hash, jpeg, size.width(), size.height(), kPreviewPixels});
}

Result<QByteArray> ImageStore::preview(const QString &hash)
{
    auto stored = storedPreview(hash);
    if (!stored)
        return stored.error();
    if (stored->has_value())
        return **stored;
    auto original = data(hash);
    if (!original)
        return original.error();
    const std::optional<QByteArray> made = makePreview(original.value());
    if (!made)
        return Error{QStringLiteral("image-format"), tr("The image is damaged or unreadable.")};
    if (auto kept = putPreview(hash, *made); !kept)
        return kept.error();
    return *made;
}

Result<QStringList> ImageStore::unsent() const
{
    auto rows = Sql::exec(m_db, QStringLiteral("SELECT hash FROM images WHERE sent = 0"));
    if (!rows)
        return rows.error();
    QStringList hashes;
    while (rows->next())
        hashes << rows->value(0).toString();
    return hashes;
}

Status ImageStore::markSent(const QString &hash)
{
    return Sql::run(m_db, QStringLiteral("UPDATE images SET sent = 1 WHERE hash = ?"), {hash});
}

} // namespace PressDesk
