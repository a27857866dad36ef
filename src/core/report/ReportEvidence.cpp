#include "report/ReportEvidence.h"

#include "radio/RadioRepository.h"
#include "store/ImageStore.h"
#include "visual/VisualRepository.h"

#include <QBuffer>
#include <QHash>
#include <QImageReader>
#include <QPainter>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

namespace PressDesk {

std::optional<ReportPhoto> reportPhoto(const QByteArray &original)
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
    if (longer >= 8 * 480 && longer <= 8 * kReportPhotoPixels)
        reader.setScaledSize(QSize((full.width() + 7) / 8, (full.height() + 7) / 8));
    else if (longer > kReportPhotoPixels)
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
    QHash<QString, AiredEntry> aired;   // a broadcast may count twice
    QList<QList<VisualPhoto>> photosOf; // per item of in.visualItems
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
            in.visualItems << r;
            photosOf << item->photos;
        }
    }

    // The photos, each scaled down once (the same picture may prove two items). Decoding is
    // what costs (a camera's JPEG, 40–60 ms each): it runs on the machine's cores, while the
    // store is read here (its connection is this thread's); a few photos in flight at a time,
    // so that a hundred 20 MB photos are not all in memory at once.
    QStringList hashes;
    for (const QList<VisualPhoto> &list : std::as_const(photosOf))
        for (const VisualPhoto &photo : list)
            if (!hashes.contains(photo.imageHash))
                hashes << photo.imageHash;
    QList<std::optional<ReportPhoto>> scaled(hashes.size());
    {
        QThreadPool pool;
        const int threads = qMax(1, QThread::idealThreadCount());
        pool.setMaxThreadCount(threads);
        QSemaphore inFlight(2 * threads);
        Status failed;
        for (qsizetype i = 0; i < hashes.size(); ++i) {
            auto bytes = images.data(hashes[i]);
            if (!bytes) {
                if (notFound(bytes.error()))
                    continue; // missing: counted, not shown
                failed = bytes.error();
                break;
            }
            inFlight.acquire();
            pool.start([original = std::move(bytes).value(), out = &scaled[i], &inFlight] {
                *out = reportPhoto(original);
                inFlight.release();
            });
        }
        pool.waitForDone();
        if (!failed)
            return failed;
    }
    for (qsizetype k = 0; k < in.visualItems.size(); ++k) {
        for (const VisualPhoto &photo : std::as_const(photosOf[k])) {
            const std::optional<ReportPhoto> &picture = scaled[hashes.indexOf(photo.imageHash)];
            if (!picture)
                continue; // unreadable: counted, not shown
            ReportPhoto shown = *picture;
            shown.takenAt = photo.takenAt;
            shown.latitude = photo.latitude;
            shown.longitude = photo.longitude;
            in.visualItems[k].photos << shown;
        }
    }
    return {};
}

} // namespace PressDesk
