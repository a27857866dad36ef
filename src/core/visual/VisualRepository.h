#pragma once

#include "Result.h"
#include "visual/Visual.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace PressDesk {

class Database;

// The register of a plan's visual campaigns, its evidence photos and its slogan library: the
// only place that runs SQL on the visual tables (migration 17). What the register counts for
// a plan is read by PlanRepository::countableItems and decided by PlanProgress.
//
// Removing marks a row deleted (as the plan tables do, ready for the office server's sync,
// which the visual tables do not have yet); every reader here skips deleted rows.
//
// The dates an item goes through, and what is refused:
// - the quantity is 1 or more;
// - the activity exists and is a visual one (only a visual activity counts what is put up);
// - an installation or a removal is a day that has come (today at the latest); a removal is
//   of an installed item, on or after its installation day;
// - an installation before the planned day is accepted, the planned day kept: putting a
//   banner up early is real, and refusing it would only have people rewrite the plan to get
//   past the check.
class VisualRepository
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::VisualRepository)

public:
    explicit VisualRepository(Database &db) : m_db(db) {}

    // Slogans of a plan's library. The text is needed and unique in the plan (without case
    // or diacritics).
    Result<VisualSlogan> addSlogan(VisualSlogan slogan);
    Result<QList<VisualSlogan>> slogans(const QString &planId) const; // oldest first
    Result<VisualSlogan> slogan(const QString &id) const;

    // A new item. With a slogan and no content, the content is the slogan's text; the slogan
    // must be of the activity's plan. An installedDate makes it installed at once (and a
    // removedDate removed), under the rules above.
    Result<VisualItem> addItem(VisualItem item);
    Result<VisualItem> item(const QString &id) const; // with its photos
    // By id or a unique id prefix of at least 4 characters.
    Result<VisualItem> findItem(const QString &idOrPrefix) const;
    // The register, newest planned or installed first; planId empty: every plan's. With
    // their photos.
    Result<QList<VisualItem>> items(const QString &planId = {}) const;
    Result<QList<VisualItem>> itemsOfActivity(const QString &activityId) const;

    // Marks an item installed on `date` (again: the day corrected).
    Status install(const QString &itemId, const QDate &date);
    // Marks an installed item removed (taken down) on `date`. It still counts as installed on
    // its installation day (PlanProgress).
    Status remove(const QString &itemId, const QDate &date);
    // Corrects an item: its activity, slogan, wording, form, size, quantity, place, position,
    // responsible unit and planned day, under the rules of addItem(). Its installation and
    // removal days change only through install() and remove().
    Result<VisualItem> updateItem(const VisualItem &edited);
    // Takes the item out of the register (a mistake): it no longer counts.
    Status deleteItem(const QString &itemId);

    // A photo of the item, stored in the image store (JPEG, PNG or WebP), its date and GPS
    // position read from its EXIF when present.
    Result<VisualPhoto> addPhoto(const QString &itemId, const QByteArray &data,
                                 const QString &fileName);
    // The same from a photo file the user named (refused in words when it cannot be read).
    Result<VisualPhoto> addPhotoFile(const QString &itemId, const QString &path);
    Result<QList<VisualPhoto>> photos(const QString &itemId) const; // oldest first

    // What a person types, read or refused in their words: yyyy-MM-dd or dd/MM/yyyy.
    static Result<QDate> parseDate(const QString &text);

private:
    // Checks and cleans what addItem() and updateItem() store.
    Status prepare(VisualItem &item) const;
    Status checkActivity(const QString &activityId, QString *planId) const;
    Status checkDates(const VisualItem &item) const;
    Result<QList<VisualItem>> withPhotos(QList<VisualItem> items) const;

    Database &m_db;
};

} // namespace PressDesk
