#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

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

    // For the office server's sync: the images not yet sent, and marking one sent (an image
    // received from the server is marked at once).
    Result<QStringList> unsent() const;
    Status markSent(const QString &hash);

private:
    Database &m_db;
};

} // namespace PressDesk
