#include "report/ReportEvidence.h"

#include "radio/RadioRepository.h"
#include "store/ImageStore.h"
#include "visual/VisualRepository.h"

#include <QBuffer>
#include <QHash>
#include <QImageReader>
#include <QPainter>

namespace PressDesk {

std::optional<ReportPhoto> reportPhoto(const QByteArray &original)
{
    QBuffer in;
    in.setData(original);
    if (!in.open(QIODevice::ReadOnly))
        return std::nullopt;
    QImageReader reader(&in);
    reader.setAutoTransform(true);
    // The JPEG reader decodes straight at a fraction of the size (libjpeg's DCT scaling): a
    // phone's 20 MB photo costs a few tens of milliseconds, not a full decode.
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > kReportPhotoPixels || full.height() > kReportPhotoPixels))
        reader.setScaledSize(
            full.scaled(kReportPhotoPixels, kReportPhotoPixels, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return std::nullopt;
    if (image.width() > kReportPhotoPixels || image.height() > kReportPhotoPixels)
        image = image.scaled(kReportPhotoPixels, kReportPhotoPixels, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    // JPEG has no transparency: a PNG's is laid on white paper.
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
    }
    ReportPhoto photo;
    QBuffer out(&photo.jpeg);
    if (!out.open(QIODevice::WriteOnly) || !flat.save(&out, "JPG", 82))
        return std::nullopt;
    photo.image = flat;
    return photo;
}

Status loadReportEvidence(Database &db, ReportInput &in)
{
    in.broadcasts.clear();
    in.visualItems.clear();
    RadioRepository radio(db);
    VisualRepository visual(db);
    ImageStore images(db);
    QHash<QString, AiredEntry> aired;                      // a broadcast may count twice
    QHash<QString, std::optional<ReportPhoto>> scaledDown; // by image hash
    auto notFound = [](const Error &e) {
        return e.code == QLatin1String("not-found");
    };
    for (const ActivityProgress &p : std::as_const(in.progress)) {
        for (const QString &id : p.airedIds) {
            auto it = aired.find(id);
            if (it == aired.end()) {
                auto entry = radio.airedEntry(id);
                if (!entry) {
                    if (notFound(entry.error()))
                        continue; // gone since it was counted
                    return entry.error();
                }
                it = aired.insert(id, entry.value());
            }
            in.broadcasts << ReportBroadcast{p.activity.id, it->airedAt, it->stationName,
                                             it->itemTitle};
        }
        for (const QString &id : p.visualIds) {
            auto item = visual.item(id);
            if (!item) {
                if (notFound(item.error()))
                    continue;
                return item.error();
            }
            ReportVisualItem r;
            r.activityId = p.activity.id;
            r.form = item->form;
            r.size = item->size;
            r.quantity = item->quantity;
            r.content = item->content;
            r.commune = item->commune;
            r.place = item->place;
            r.latitude = item->latitude;
            r.longitude = item->longitude;
            r.installed = item->installedDate;
            r.removed = item->removedDate;
            r.photoCount = int(item->photos.size());
            for (const VisualPhoto &photo : std::as_const(item->photos)) {
                auto cached = scaledDown.find(photo.imageHash);
                if (cached == scaledDown.end()) {
                    auto bytes = images.data(photo.imageHash);
                    if (!bytes && !notFound(bytes.error()))
                        return bytes.error();
                    cached =
                        scaledDown.insert(photo.imageHash, bytes ? reportPhoto(bytes.value())
                                                                 : std::optional<ReportPhoto>());
                }
                if (!cached.value())
                    continue; // missing or unreadable: counted, not shown
                ReportPhoto shown = *cached.value();
                shown.takenAt = photo.takenAt;
                shown.latitude = photo.latitude;
                shown.longitude = photo.longitude;
                r.photos << shown;
            }
            in.visualItems << r;
        }
    }
    return {};
}

} // namespace PressDesk
