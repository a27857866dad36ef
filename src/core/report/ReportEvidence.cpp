#include "report/ReportEvidence.h"

#include "plan/PlanRepository.h"
#include "radio/RadioRepository.h"
#include "store/Database.h"
#include "store/ImageStore.h"
#include "visual/VisualRepository.h"

#include <QBuffer>
#include <QHash>
#include <QImage>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

namespace PressDesk {

namespace {

std::optional<ReportPhoto> decoded(const QByteArray &jpeg)
{
    ReportPhoto photo;
    photo.jpeg = jpeg;
    photo.image = QImage::fromData(jpeg, "JPG");
    if (photo.image.isNull())
        return std::nullopt;
    return photo;
}

} // namespace

Status loadReportEvidence(Database &db, ReportInput &in)
{
    in.broadcasts.clear();
    in.visualItems.clear();
    in.unitHistory.clear();
    if (!in.plan.id.isEmpty()) {
        auto history = PlanRepository(db).unitHistoryOfPlan(in.plan.id);
        if (!history)
            return history.error();
        in.unitHistory = history.value();
    }
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

    // The photos, each once (the same picture may prove two items): their stored previews.
    // A photo without one yet (added by another desk, or before previews were kept) is scaled
    // down from the original, which is what costs (a camera's JPEG, some 45 ms each): on the
    // machine's cores, while the store is read here (its connection is this thread's); a few
    // photos in flight at a time, so that a hundred 20 MB photos are not all in memory at once.
    // The previews made are kept for the next report.
    QStringList hashes;
    for (const QList<VisualPhoto> &list : std::as_const(photosOf))
        for (const VisualPhoto &photo : list)
            if (!hashes.contains(photo.imageHash))
                hashes << photo.imageHash;
    QList<std::optional<QByteArray>> previews(hashes.size());
    QList<qsizetype> made;
    {
        QThreadPool pool;
        const int threads = qMax(1, QThread::idealThreadCount());
        pool.setMaxThreadCount(threads);
        QSemaphore inFlight(2 * threads);
        Status failed;
        for (qsizetype i = 0; i < hashes.size(); ++i) {
            auto stored = images.storedPreview(hashes[i]);
            if (!stored) {
                failed = stored.error();
                break;
            }
            if (stored->has_value()) {
                previews[i] = std::move(stored).value();
                continue;
            }
            auto bytes = images.data(hashes[i]);
            if (!bytes) {
                if (notFound(bytes.error()))
                    continue; // missing: counted, not shown
                failed = bytes.error();
                break;
            }
            made << i;
            inFlight.acquire();
            pool.start([original = std::move(bytes).value(), out = &previews[i], &inFlight] {
                *out = ImageStore::makePreview(original);
                inFlight.release();
            });
        }
        pool.waitForDone();
        if (!failed)
            return failed;
    }
    // Kept for the next report. Not keeping one (a profile opened read-only, a full disk)
    // costs the next report time, not this one its photos.
    (void)db.transaction([&]() -> Status {
        for (qsizetype i : std::as_const(made))
            if (previews[i])
                if (auto kept = images.putPreview(hashes[i], *previews[i]); !kept)
                    return kept;
        return {};
    });
    QList<std::optional<ReportPhoto>> scaled(hashes.size());
    for (qsizetype i = 0; i < hashes.size(); ++i)
        if (previews[i])
            scaled[i] = decoded(*previews[i]);
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
