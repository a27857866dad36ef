#include "visual/VisualRepository.h"

#include "FileErrors.h"
#include "plan/Plan.h"
#include "plan/PlanJson.h"
#include "plan/PlanRepository.h"
#include "store/Database.h"
#include "store/ImageStore.h"
#include "store/SqlQuery.h"
#include "store/SqlUtil.h"
#include "text/TextFold.h"
#include "visual/PhotoExif.h"

#include <QFileInfo>
#include <QUuid>

#include <cmath>

namespace PressDesk {

namespace {

const QLatin1String kSloganColumns("id, plan_id, text, topic, created_by, created_at");
const QLatin1String kItemColumns(
    "i.id, i.activity_id, i.slogan_id, i.content, i.form, i.size, i.quantity, i.commune, "
    "i.place, i.latitude, i.longitude, i.responsible_unit, i.planned_date, i.installed_date, "
    "i.removed_date, i.status, i.created_by, i.created_at, i.updated_at");
const QLatin1String kPhotoColumns("id, item_id, image_hash, file_name, taken_at, latitude, "
                                  "longitude, created_by, created_at");
// Oldest first: by the day it went up, else the day planned, else the day it was registered;
// rows made in the same millisecond in the order they were made (rowid), not by their random ids.
const QLatin1String kItemOrder("coalesce(i.installed_date, i.planned_date, substr(i.created_at, 1, "
                               "10)), i.created_at, i.rowid");

using Sql::newId;

using Sql::now;

QString clean(const QString &s)
{
    return Text::toNfc(s).simplified();
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType::fromType<QString>());
}

QVariant numberOrNull(const std::optional<double> &x)
{
    return x ? QVariant(*x) : QVariant(QMetaType::fromType<double>());
}

QDate dateFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

std::optional<double> numberFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

QString displayDate(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

VisualSlogan sloganFrom(const QSqlQuery &q)
{
    VisualSlogan s;
    s.id = q.value(0).toString();
    s.planId = q.value(1).toString();
    s.text = q.value(2).toString();
    s.topic = q.value(3).toString();
    s.createdBy = q.value(4).toString();
    s.createdAt = Sql::fromIso(q.value(5).toString());
    return s;
}

VisualItem itemFrom(const QSqlQuery &q)
{
    VisualItem i;
    i.id = q.value(0).toString();
    i.activityId = q.value(1).toString();
    i.sloganId = q.value(2).toString();
    i.content = q.value(3).toString();
    i.form = visualFormFromKey(q.value(4).toString()).value_or(VisualForm::Banner);
    i.size = q.value(5).toString();
    i.quantity = q.value(6).toInt();
    i.commune = q.value(7).toString();
    i.place = q.value(8).toString();
    i.latitude = numberFrom(q.value(9));
    i.longitude = numberFrom(q.value(10));
    i.responsibleUnit = q.value(11).toString();
    i.plannedDate = dateFrom(q.value(12));
    i.installedDate = dateFrom(q.value(13));
    i.removedDate = dateFrom(q.value(14));
    i.status = visualStatusFromKey(q.value(15).toString()).value_or(VisualStatus::Planned);
    i.createdBy = q.value(16).toString();
    i.createdAt = Sql::fromIso(q.value(17).toString());
    i.updatedAt = Sql::fromIso(q.value(18).toString());
    return i;
}

VisualPhoto photoFrom(const QSqlQuery &q)
{
    VisualPhoto p;
    p.id = q.value(0).toString();
    p.itemId = q.value(1).toString();
    p.imageHash = q.value(2).toString();
    p.fileName = q.value(3).toString();
    const QString taken = q.value(4).toString();
    if (!taken.isEmpty())
        p.takenAt = QDateTime::fromString(taken, Qt::ISODate);
    p.latitude = numberFrom(q.value(5));
    p.longitude = numberFrom(q.value(6));
    p.createdBy = q.value(7).toString();
    p.createdAt = Sql::fromIso(q.value(8).toString());
    return p;
}

VisualStatus statusOf(const VisualItem &i)
{
    if (i.removedDate.isValid())
        return VisualStatus::Removed;
    return i.installedDate.isValid() ? VisualStatus::Installed : VisualStatus::Planned;
}

} // namespace

// ----------------------------------------------------------------------------- slogans ---

Result<VisualSlogan> VisualRepository::addSlogan(VisualSlogan s)
{
    s.text = clean(s.text);
    s.topic = clean(s.topic);
    if (s.text.isEmpty())
        return Error{QStringLiteral("invalid"), tr("A slogan needs its text.")};
    auto plan = PlanRepository(m_db).get(s.planId);
    if (!plan)
        return plan.error();
    auto all = slogans(s.planId);
    if (!all)
        return all.error();
    const QString folded = Text::fold(s.text);
    for (const VisualSlogan &other : std::as_const(all.value())) {
        if (Text::fold(other.text) == folded)
            return Error{
                QStringLiteral("exists"),
                tr("The plan %1 already has this slogan: “%2”.").arg(plan->number, other.text)};
    }
    s.id = s.id.isEmpty() ? newId() : s.id;
    s.createdBy = m_db.actingUser();
    const QString at = now();
    if (auto st =
            Sql::run(m_db,
                     QStringLiteral("INSERT INTO visual_slogans (id, plan_id, text, topic, "
                                    "created_by, created_at, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {s.id, s.planId, s.text, Sql::text(s.topic), Sql::text(s.createdBy), at, at});
        !st)
        return st.error();
    return slogan(s.id);
}

Result<QList<VisualSlogan>> VisualRepository::slogans(const QString &planId) const
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT %1 FROM visual_slogans WHERE plan_id = ? AND "
                                      "deleted = 0 ORDER BY created_at, rowid")
                           .arg(kSloganColumns),
                       {planId});
    if (!q)
        return q.error();
    QList<VisualSlogan> out;
    while (q->next())
        out << sloganFrom(q.value());
    return out;
}

Result<VisualSlogan> VisualRepository::slogan(const QString &id) const
{
    auto row = Sql::one(m_db,
                        QStringLiteral("SELECT %1 FROM visual_slogans WHERE id = ? AND deleted = 0")
                            .arg(kSloganColumns),
                        {id});
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error{QStringLiteral("not-found"), tr("No slogan with id %1.").arg(id)};
    return sloganFrom(**row);
}

// ------------------------------------------------------------------------------- items ---

Status VisualRepository::checkActivity(const QString &activityId, QString *planId) const
{
    if (activityId.trimmed().isEmpty())
        return Error{QStringLiteral("invalid"),
                     tr("Which activity of the plan does the item count for? Give the id of a "
                        "visual campaign activity.")};
    auto activity = PlanRepository(m_db).activity(activityId);
    if (!activity)
        return activity.error();
    if (activity->channel != Channel::VisualCampaign)
        return Error{QStringLiteral("invalid"),
                     tr("The activity %1 is on the channel “%2”: only a visual campaign activity "
                        "counts banners, panels and posters.")
                         .arg(activityId, channelDisplayName(activity->channel))};
    if (planId)
        *planId = activity->planId;
    return {};
}

Status VisualRepository::checkDates(const VisualItem &i) const
{
    const QDate today = QDate::currentDate();
    if (i.installedDate.isValid() && i.installedDate > today)
        return Error{QStringLiteral("invalid"),
                     tr("%1 is still to come: record an installation once it is done.")
                         .arg(displayDate(i.installedDate))};
    if (i.removedDate.isValid()) {
        if (!i.installedDate.isValid())
            return Error{QStringLiteral("invalid"),
                         tr("The item has not been installed: only an installed item can be "
                            "removed.")};
        if (i.removedDate < i.installedDate)
            return Error{QStringLiteral("invalid"),
                         tr("The removal (%1) cannot be before the installation (%2).")
                             .arg(displayDate(i.removedDate), displayDate(i.installedDate))};
        if (i.removedDate > today)
            return Error{QStringLiteral("invalid"),
                         tr("%1 is still to come: record a removal once it is done.")
                             .arg(displayDate(i.removedDate))};
    }
    return {};
}

Status VisualRepository::prepare(VisualItem &i) const
{
    if (i.quantity < 1)
        return Error{QStringLiteral("invalid"),
                     tr("The quantity must be 1 or more, not %1.").arg(i.quantity)};
    QString planId;
    if (auto st = checkActivity(i.activityId, &planId); !st)
        return st;
    i.content = Text::toNfc(i.content).trimmed();
    if (!i.sloganId.isEmpty()) {
        auto s = slogan(i.sloganId);
        if (!s)
            return s.error();
        if (s->planId != planId)
            return Error{QStringLiteral("invalid"),
                         tr("The slogan “%1” is in another plan's library.").arg(s->text)};
        if (i.content.isEmpty())
            i.content = s->text;
    }
    i.size = clean(i.size);
    i.commune = clean(i.commune);
    i.place = clean(i.place);
    i.responsibleUnit = clean(i.responsibleUnit);
    if (i.latitude.has_value() != i.longitude.has_value())
        return Error{QStringLiteral("invalid"),
                     tr("A position needs both its latitude and its longitude.")};
    if (i.latitude && (std::abs(*i.latitude) > 90 || std::abs(*i.longitude) > 180))
        return Error{QStringLiteral("invalid"),
                     tr("The latitude is between -90 and 90 and the longitude between -180 and "
                        "180 (Hoài Đức: 21.02, 105.70).")};
    if (i.commune.isEmpty() && i.place.isEmpty() && !i.latitude)
        return Error{QStringLiteral("invalid"),
                     tr("Where is it? Give the commune or ward, the village or street.")};
    return checkDates(i);
}

Result<VisualItem> VisualRepository::addItem(VisualItem i)
{
    if (auto st = prepare(i); !st)
        return st.error();
    i.status = statusOf(i);
    i.id = newId();
    i.createdBy = m_db.actingUser();
    const QString at = now();
    if (auto st = Sql::run(
            m_db,
            QStringLiteral("INSERT INTO visual_items (id, activity_id, slogan_id, content, form, "
                           "size, quantity, commune, place, latitude, longitude, "
                           "responsible_unit, planned_date, installed_date, removed_date, status, "
                           "created_by, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {i.id, i.activityId, Sql::nullIfEmpty(i.sloganId), Sql::text(i.content),
             visualFormKey(i.form), Sql::text(i.size), i.quantity, Sql::text(i.commune),
             Sql::text(i.place), numberOrNull(i.latitude), numberOrNull(i.longitude),
             Sql::text(i.responsibleUnit), dateOrNull(i.plannedDate), dateOrNull(i.installedDate),
             dateOrNull(i.removedDate), visualStatusKey(i.status), Sql::text(i.createdBy), at, at});
        !st)
        return st.error();
    return item(i.id);
}

Result<VisualItem> VisualRepository::item(const QString &id) const
{
    auto row =
        Sql::one(m_db,
                 QStringLiteral("SELECT %1 FROM visual_items i WHERE i.id = ? AND i.deleted = 0")
                     .arg(kItemColumns),
                 {id});
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error{QStringLiteral("not-found"),
                     tr("No visual campaign item with id %1.").arg(id)};
    VisualItem i = itemFrom(**row);
    auto photos = this->photos(i.id);
    if (!photos)
        return photos.error();
    i.photos = photos.value();
    return i;
}

Result<VisualItem> VisualRepository::findItem(const QString &idOrPrefix) const
{
    const QString key = idOrPrefix.trimmed();
    if (key.size() < 4)
        return Error{
            QStringLiteral("not-found"),
            tr("Which visual campaign item? Give its id (at least its first 4 characters).")};
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT i.id FROM visual_items i WHERE i.deleted = 0 AND "
                                      "substr(i.id, 1, ?) = ? ORDER BY i.id LIMIT 3"),
                       {key.size(), key});
    if (!q)
        return q.error();
    QStringList found;
    while (q->next()) {
        const QString id = q->value(0).toString();
        if (id == key)
            return item(id);
        found << id;
    }
    if (found.size() == 1)
        return item(found.first());
    if (found.isEmpty())
        return Error{QStringLiteral("not-found"),
                     tr("No visual campaign item with id %1.").arg(key)};
    return Error{
        QStringLiteral("ambiguous"),
        tr("Several visual campaign items have an id starting with %1: give more of it.").arg(key)};
}

Result<QList<VisualItem>> VisualRepository::withPhotos(QList<VisualItem> items) const
{
    for (VisualItem &i : items) {
        auto photos = this->photos(i.id);
        if (!photos)
            return photos.error();
        i.photos = photos.value();
    }
    return items;
}

Result<QList<VisualItem>> VisualRepository::items(const QString &planId) const
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT %1 FROM visual_items i JOIN plan_activities pa ON "
                                      "pa.id = i.activity_id WHERE i.deleted = 0 AND "
                                      "(? = '' OR pa.plan_id = ?) ORDER BY %2")
                           .arg(kItemColumns, kItemOrder),
                       {Sql::text(planId), Sql::text(planId)});
    if (!q)
        return q.error();
    QList<VisualItem> out;
    while (q->next())
        out << itemFrom(q.value());
    return withPhotos(out);
}

Result<QList<VisualItem>> VisualRepository::itemsOfActivity(const QString &activityId) const
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT %1 FROM visual_items i WHERE i.activity_id = ? AND "
                                      "i.deleted = 0 ORDER BY %2")
                           .arg(kItemColumns, kItemOrder),
                       {activityId});
    if (!q)
        return q.error();
    QList<VisualItem> out;
    while (q->next())
        out << itemFrom(q.value());
    return withPhotos(out);
}

Status VisualRepository::install(const QString &itemId, const QDate &date)
{
    if (!date.isValid())
        return Error{QStringLiteral("invalid"), tr("When was it installed? The date is missing.")};
    return m_db.transaction([&]() -> Status {
        auto it = item(itemId);
        if (!it)
            return it.error();
        if (it->status == VisualStatus::Removed)
            return Error{QStringLiteral("invalid"),
                         tr("This item was removed on %1: register the new installation as a "
                            "new item.")
                             .arg(displayDate(it->removedDate))};
        VisualItem changed = it.value();
        changed.installedDate = date;
        if (auto st = checkDates(changed); !st)
            return st;
        return Sql::run(
            m_db,
            QStringLiteral("UPDATE visual_items SET installed_date = ?, status = ?, "
                           "updated_at = ?, local_rev = local_rev + 1, dirty = 1 "
                           "WHERE id = ?"),
            {date.toString(Qt::ISODate), visualStatusKey(VisualStatus::Installed), now(), itemId});
    });
}

Status VisualRepository::remove(const QString &itemId, const QDate &date)
{
    if (!date.isValid())
        return Error{QStringLiteral("invalid"), tr("When was it removed? The date is missing.")};
    return m_db.transaction([&]() -> Status {
        auto it = item(itemId);
        if (!it)
            return it.error();
        VisualItem changed = it.value();
        changed.removedDate = date;
        if (auto st = checkDates(changed); !st)
            return st;
        return Sql::run(
            m_db,
            QStringLiteral("UPDATE visual_items SET removed_date = ?, status = ?, "
                           "updated_at = ?, local_rev = local_rev + 1, dirty = 1 "
                           "WHERE id = ?"),
            {date.toString(Qt::ISODate), visualStatusKey(VisualStatus::Removed), now(), itemId});
    });
}

Result<VisualItem> VisualRepository::updateItem(const VisualItem &edited)
{
    auto done = m_db.transaction([&]() -> Status {
        auto it = item(edited.id);
        if (!it)
            return it.error();
        VisualItem i = it.value(); // its dates of installation and removal stay as they are
        i.activityId = edited.activityId;
        i.sloganId = edited.sloganId;
        i.content = edited.content;
        i.form = edited.form;
        i.size = edited.size;
        i.quantity = edited.quantity;
        i.commune = edited.commune;
        i.place = edited.place;
        i.latitude = edited.latitude;
        i.longitude = edited.longitude;
        i.responsibleUnit = edited.responsibleUnit;
        i.plannedDate = edited.plannedDate;
        if (auto st = prepare(i); !st)
            return st;
        return Sql::run(
            m_db,
            QStringLiteral("UPDATE visual_items SET activity_id = ?, slogan_id = ?, "
                           "content = ?, form = ?, size = ?, quantity = ?, commune = ?, "
                           "place = ?, latitude = ?, longitude = ?, responsible_unit = ?, "
                           "planned_date = ?, updated_at = ?, local_rev = local_rev + 1, "
                           "dirty = 1 WHERE id = ? AND deleted = 0"),
            {i.activityId, Sql::nullIfEmpty(i.sloganId), Sql::text(i.content),
             visualFormKey(i.form), Sql::text(i.size), i.quantity, Sql::text(i.commune),
             Sql::text(i.place), numberOrNull(i.latitude), numberOrNull(i.longitude),
             Sql::text(i.responsibleUnit), dateOrNull(i.plannedDate), now(), i.id});
    });
    if (!done)
        return done.error();
    return item(edited.id);
}

Status VisualRepository::deleteItem(const QString &itemId)
{
    auto changed = Sql::affected(
        m_db,
        QStringLiteral("UPDATE visual_items SET deleted = 1, updated_at = ?, "
                       "local_rev = local_rev + 1, dirty = 1 WHERE id = ? AND deleted = 0"),
        {now(), itemId});
    if (!changed)
        return changed.error();
    if (changed.value() == 0)
        return Error{QStringLiteral("not-found"),
                     tr("No visual campaign item with id %1.").arg(itemId)};
    return {};
}

// ------------------------------------------------------------------------------ photos ---

Result<VisualPhoto> VisualRepository::addPhoto(const QString &itemId, const QByteArray &data,
                                               const QString &fileName)
{
    VisualPhoto p;
    p.id = newId();
    p.itemId = itemId;
    p.fileName = QFileInfo(fileName).fileName();
    const PhotoExif exif = PhotoExif::read(data);
    p.takenAt = exif.takenAt;
    p.latitude = exif.latitude;
    p.longitude = exif.longitude;
    p.createdBy = m_db.actingUser();
    auto st = m_db.transaction([&]() -> Status {
        if (auto it = item(itemId); !it)
            return it.error();
        auto stored = ImageStore(m_db).put(data);
        if (!stored) {
            if (p.fileName.isEmpty())
                return stored.error();
            return Error{stored.error().code,
                         QStringLiteral("%1: %2").arg(p.fileName, stored.error().message)};
        }
        p.imageHash = stored->hash;
        const QString at = now();
        return Sql::run(
            m_db,
            QStringLiteral("INSERT INTO visual_photos (id, item_id, image_hash, "
                           "file_name, taken_at, latitude, longitude, created_by, "
                           "created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {p.id, itemId, p.imageHash, Sql::text(p.fileName),
             p.takenAt.isValid() ? p.takenAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
                                 : QStringLiteral(""),
             numberOrNull(p.latitude), numberOrNull(p.longitude), Sql::text(p.createdBy), at, at});
    });
    if (!st)
        return st.error();
    auto row = Sql::one(
        m_db, QStringLiteral("SELECT %1 FROM visual_photos WHERE id = ?").arg(kPhotoColumns),
        {p.id});
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error{QStringLiteral("not-found"), tr("No photo with id %1.").arg(p.id)};
    return photoFrom(**row);
}

Result<VisualPhoto> VisualRepository::addPhotoFile(const QString &itemId, const QString &path)
{
    auto data = FileErrors::readFile(path);
    if (!data)
        return data.error();
    return addPhoto(itemId, data.value(), path);
}

Result<QList<VisualPhoto>> VisualRepository::photos(const QString &itemId) const
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT %1 FROM visual_photos WHERE item_id = ? AND "
                                      "deleted = 0 ORDER BY created_at, rowid")
                           .arg(kPhotoColumns),
                       {itemId});
    if (!q)
        return q.error();
    QList<VisualPhoto> out;
    while (q->next())
        out << photoFrom(q.value());
    return out;
}

// ----------------------------------------------------------------------------- input ---

Result<QDate> VisualRepository::parseDate(const QString &text)
{
    const QDate d = PlanJson::parseDate(text); // 2019-02-19 or 19/02/2019, as plans take them
    if (!d.isValid())
        return Error{QStringLiteral("invalid"),
                     tr("A date is written yyyy-MM-dd (2019-02-26) or dd/MM/yyyy (26/02/2019), "
                        "not “%1”.")
                         .arg(text)};
    return d;
}

} // namespace PressDesk
