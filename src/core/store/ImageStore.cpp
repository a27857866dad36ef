#include "store/ImageStore.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlUtil.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImageReader>

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
