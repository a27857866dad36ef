#pragma once

// Photos as a phone writes them, for the visual register's tests: a small JPEG with, in its
// EXIF (written with libexif), the time it was taken and, when given, its GPS position.
// A test that includes this links PkgConfig::LIBEXIF.

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QImage>

#include <libexif/exif-data.h>
#include <libexif/exif-utils.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <optional>

namespace ExifPhoto {

inline QByteArray plainJpeg()
{
    QImage image(32, 24, QImage::Format_RGB32);
    image.fill(QColor(200, 30, 30));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "JPG"))
        qFatal("cannot write a JPEG");
    return bytes;
}

inline ExifEntry *addEntry(ExifContent *ifd, ExifTag tag, ExifFormat format,
                           unsigned long components)
{
    ExifEntry *e = exif_entry_new();
    e->tag = tag;
    e->format = format;
    e->components = components;
    e->size = unsigned(exif_format_get_size(format) * components);
    e->data = static_cast<unsigned char *>(calloc(1, e->size));
    exif_content_add_entry(ifd, e);
    exif_entry_unref(e); // the IFD holds it
    return e;
}

inline void setAscii(ExifEntry *e, const char *text)
{
    std::memcpy(e->data, text, std::min<size_t>(std::strlen(text) + 1, e->size));
}

inline void setDegrees(ExifEntry *e, double value)
{
    const double degrees = std::floor(value);
    const double minutes = std::floor((value - degrees) * 60);
    const double seconds = ((value - degrees) * 60 - minutes) * 60;
    const ExifRational parts[3] = {{ExifLong(degrees), 1},
                                   {ExifLong(minutes), 1},
                                   {ExifLong(std::lround(seconds * 1000)), 1000}};
    for (int i = 0; i < 3; ++i)
        exif_set_rational(e->data + i * 8, EXIF_BYTE_ORDER_INTEL, parts[i]);
}

// A JPEG as a phone writes it: DateTimeOriginal in its EXIF and, when given, a GPS position
// (south and west as references S and W); the picture is `jpeg` (a small red one when empty).
inline QByteArray photoWithExif(const char *takenAt, std::optional<double> latitude = {},
                                std::optional<double> longitude = {},
                                const QByteArray &picture = QByteArray())
{
    ExifData *data = exif_data_new();
    exif_data_unset_option(data, EXIF_DATA_OPTION_FOLLOW_SPECIFICATION);
    exif_data_set_byte_order(data, EXIF_BYTE_ORDER_INTEL);
    setAscii(addEntry(data->ifd[EXIF_IFD_EXIF], EXIF_TAG_DATE_TIME_ORIGINAL, EXIF_FORMAT_ASCII, 20),
             takenAt);
    if (latitude && longitude) {
        ExifContent *gps = data->ifd[EXIF_IFD_GPS];
        setAscii(
            addEntry(gps, static_cast<ExifTag>(EXIF_TAG_GPS_LATITUDE_REF), EXIF_FORMAT_ASCII, 2),
            *latitude < 0 ? "S" : "N");
        setDegrees(
            addEntry(gps, static_cast<ExifTag>(EXIF_TAG_GPS_LATITUDE), EXIF_FORMAT_RATIONAL, 3),
            std::abs(*latitude));
        setAscii(
            addEntry(gps, static_cast<ExifTag>(EXIF_TAG_GPS_LONGITUDE_REF), EXIF_FORMAT_ASCII, 2),
            *longitude < 0 ? "W" : "E");
        setDegrees(
            addEntry(gps, static_cast<ExifTag>(EXIF_TAG_GPS_LONGITUDE), EXIF_FORMAT_RATIONAL, 3),
            std::abs(*longitude));
    }
    unsigned char *exif = nullptr;
    unsigned int size = 0;
    exif_data_save_data(data, &exif, &size);
    exif_data_unref(data);
    if (!exif || size == 0)
        qFatal("cannot write EXIF");
    // SOI, then the EXIF segment (APP1), then the rest of the JPEG.
    const QByteArray jpeg = picture.isEmpty() ? plainJpeg() : picture;
    QByteArray out = jpeg.left(2);
    out += char(0xFF);
    out += char(0xE1);
    out += char(((size + 2) >> 8) & 0xFF);
    out += char((size + 2) & 0xFF);
    out += QByteArray(reinterpret_cast<const char *>(exif), int(size));
    out += jpeg.mid(2);
    free(exif);
    return out;
}

} // namespace ExifPhoto
