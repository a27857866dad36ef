#include "store/ImageStore.h"

#include "store/Database.h"
#include "store/SqlUtil.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImageReader>
#include <QSqlQuery>

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

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO images (hash, mime, width, height, size, "
                             "data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(img.hash);
    q.addBindValue(img.mime);
    q.addBindValue(img.width);
    q.addBindValue(img.height);
    q.addBindValue(img.size);
    q.addBindValue(data);
    q.addBindValue(Sql::iso(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return Database::sqlError(q.lastError());
    return img;
}

Result<QByteArray> ImageStore::data(const QString &hash) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT data FROM images WHERE hash = ?"));
    q.addBindValue(hash);
    if (!q.exec())
        return Database::sqlError(q.lastError());
    if (!q.next())
        return Error{QStringLiteral("not-found"), tr("The image %1 is not stored.").arg(hash)};
    return q.value(0).toByteArray();
}

Result<StoredImage> ImageStore::info(const QString &hash) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT mime, width, height, size FROM images WHERE hash = ?"));
    q.addBindValue(hash);
    if (!q.exec())
        return Database::sqlError(q.lastError());
    if (!q.next())
        return Error{QStringLiteral("not-found"), tr("The image %1 is not stored.").arg(hash)};
    return StoredImage{hash, q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(),
                       q.value(3).toLongLong()};
}

} // namespace PressDesk
