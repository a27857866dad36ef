#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace PressDesk {

class Database;

struct StoredImage
{
    QString hash; // SHA-256 hex of the bytes; referenced from body HTML as "pdimg:<hash>"
    QString mime;
    int width = 0;
    int height = 0;
    qint64 size = 0;
};

// Content-addressed image store: the same bytes are stored once.
class ImageStore
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::ImageStore)

public:
    explicit ImageStore(Database &db) : m_db(db) {}

    static QString hashOf(const QByteArray &data);
    static QString urlFor(const QString &hash) { return QStringLiteral("pdimg:") + hash; }

    // Validates the bytes as JPEG, PNG or WebP (header only: cheap for a 20 MB photo) and
    // stores them unless the same bytes are already stored.
    Result<StoredImage> put(const QByteArray &data);
    Result<QByteArray> data(const QString &hash) const;
    Result<StoredImage> info(const QString &hash) const;

    // Longer side of an image's preview, in pixels: about 5 cm printed at 300 dpi (the plan
    // report's annex of evidence photos); the visual register's thumbnails are scaled from it.
    static constexpr int kPreviewPixels = 640;

    // A scaled-down copy of an image: decoded at a reduced size (a camera's 20 MB photo is not
    // decoded whole), turned upright as its EXIF says, at most kPreviewPixels on its longer
    // side, laid on white (JPEG has no transparency), JPEG. Nothing when the bytes are not an
    // image. A pure function: any thread.
    static std::optional<QByteArray> makePreview(const QByteArray &original);
    // The stored preview of an image (made at kPreviewPixels), or nothing yet.
    Result<std::optional<QByteArray>> storedPreview(const QString &hash) const;
    // Keeps a preview made by makePreview for the image `hash`.
    Status putPreview(const QString &hash, const QByteArray &jpeg);
    // The stored preview, made from the original and kept when there is none yet (a camera's
    // photo costs some 45 ms to decode, once). "not-found" when the image is not stored,
    // "image-format" when it cannot be decoded.
    Result<QByteArray> preview(const QString &hash);

    // For the office server's sync: the images not yet sent, and marking one sent (an image
    // received from the server is marked at once).
    Result<QStringList> unsent() const;
    Status markSent(const QString &hash);

private:
    Database &m_db;
};

} // namespace PressDesk
