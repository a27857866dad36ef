#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace PressDesk {

// What a photo says of itself in its EXIF (JPEG; other formats carry none here): when it was
// taken (DateTimeOriginal, else DateTime) and where (the GPS latitude and longitude, in
// decimal degrees, south and west negative). Read with libexif; nothing is invented: a photo
// without the tags, or with tags that do not make a date or a position, gives nothing.
struct PhotoExif
{
    // The camera's wall time, as it wrote it (EXIF has no zone unless OffsetTime is set, which
    // few phones do): Qt::LocalTime, whose date is the day the photo was taken where it was.
    QDateTime takenAt;
    std::optional<double> latitude;
    std::optional<double> longitude;

    static PhotoExif read(const QByteArray &imageData);
};

} // namespace PressDesk
