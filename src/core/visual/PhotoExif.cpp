#include "visual/PhotoExif.h"

#include <libexif/exif-data.h>
#include <libexif/exif-utils.h>

#include <cmath>
#include <cstring>
#include <memory>

namespace PressDesk {

namespace {

struct ExifDataDeleter
{
    void operator()(ExifData *d) const { exif_data_unref(d); }
};

QString asciiOf(ExifEntry *e)
{
    if (!e || e->format != EXIF_FORMAT_ASCII || !e->data || e->size == 0)
        return {};
    const auto *text = reinterpret_cast<const char *>(e->data);
    return QString::fromLatin1(text, qsizetype(strnlen(text, e->size))).trimmed();
}

// "2019:02:26 08:15:30" (EXIF's own form); blank or zero fields mean unknown.
QDateTime exifTime(ExifEntry *e)
{
    const QString text = asciiOf(e);
    const QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    return t.isValid() ? t : QDateTime();
}

// Degrees, minutes, seconds as three rationals; the reference (N/S, E/W) gives the sign.
std::optional<double> coordinate(ExifData *data, ExifTag valueTag, ExifTag refTag, char negative,
                                 double limit)
{
    ExifContent *gps = data->ifd[EXIF_IFD_GPS];
    if (!gps)
        return std::nullopt;
    ExifEntry *value = exif_content_get_entry(gps, valueTag);
    if (!value || value->format != EXIF_FORMAT_RATIONAL || value->components < 3 || !value->data ||
        value->size < 3 * 8)
        return std::nullopt;
    const ExifByteOrder order = exif_data_get_byte_order(data);
    double parts[3];
    for (int i = 0; i < 3; ++i) {
        const ExifRational r = exif_get_rational(value->data + i * 8, order);
        if (r.denominator == 0)
            return std::nullopt;
        parts[i] = double(r.numerator) / double(r.denominator);
    }
    double degrees = parts[0] + parts[1] / 60.0 + parts[2] / 3600.0;
    const QString ref = asciiOf(exif_content_get_entry(gps, refTag)).toUpper();
    if (ref.startsWith(QLatin1Char(negative)))
        degrees = -degrees;
    if (!std::isfinite(degrees) || std::abs(degrees) > limit)
        return std::nullopt;
    return degrees;
}

} // namespace

PhotoExif PhotoExif::read(const QByteArray &imageData)
{
    PhotoExif out;
    // EXIF sits in a JPEG's first segments (an APP1 of 64 KiB at most): a 20 MB photo need not
    // be scanned whole.
    const qsizetype length = std::min<qsizetype>(imageData.size(), 1024 * 1024);
    if (length < 4)
        return out;
    std::unique_ptr<ExifData, ExifDataDeleter> data(exif_data_new());
    if (!data)
        return out;
    // As written by the camera: following the specification would add the tags it deems
    // mandatory, with made-up values (today's time for DateTime).
    exif_data_unset_option(data.get(), EXIF_DATA_OPTION_FOLLOW_SPECIFICATION);
    exif_data_load_data(data.get(), reinterpret_cast<const unsigned char *>(imageData.constData()),
                        static_cast<unsigned int>(length));

    if (ExifContent *exif = data->ifd[EXIF_IFD_EXIF])
        out.takenAt = exifTime(exif_content_get_entry(exif, EXIF_TAG_DATE_TIME_ORIGINAL));
    if (!out.takenAt.isValid()) {
        if (ExifContent *main = data->ifd[EXIF_IFD_0])
            out.takenAt = exifTime(exif_content_get_entry(main, EXIF_TAG_DATE_TIME));
    }
    const auto latitude = coordinate(data.get(), static_cast<ExifTag>(EXIF_TAG_GPS_LATITUDE),
                                     static_cast<ExifTag>(EXIF_TAG_GPS_LATITUDE_REF), 'S', 90.0);
    const auto longitude = coordinate(data.get(), static_cast<ExifTag>(EXIF_TAG_GPS_LONGITUDE),
                                      static_cast<ExifTag>(EXIF_TAG_GPS_LONGITUDE_REF), 'W', 180.0);
    // A position is both or nothing.
    if (latitude && longitude) {
        out.latitude = latitude;
        out.longitude = longitude;
    }
    return out;
}

} // namespace PressDesk
