#pragma once

#include "store/Database.h"
#include "store/ImageStore.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QTest>

// A plain PNG of the given size put into the profile's image store; returns its hash (what
// an article's body names as pdimg:HASH).
inline QString storeTestImage(PressDesk::Database &db, QSize size,
                              QColor color = QColor(30, 90, 160))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    auto stored = PressDesk::ImageStore(db).put(png);
    if (!stored)
        qFatal("cannot store the test image: %s", qPrintable(stored.error().message));
    return stored->hash;
}
