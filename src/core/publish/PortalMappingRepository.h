#pragma once

#include "Result.h"
#include "publish/Portal.h"

#include <QCoreApplication>

#include <optional>

namespace PressDesk {

class Database;

// Which portal object stands for a local one, per portal: the portal's copy of an image
// (table portal_media, uploaded once and reused) and the portal category of a local category
// (table portal_categories, chosen once by publishing or importing).
class PortalMappingRepository
{
    Q_DISABLE_COPY_MOVE(PortalMappingRepository)

public:
    explicit PortalMappingRepository(Database &db) : m_db(db) {}

    // The portal's copy of the image, or nullopt when it was never uploaded there.
    Result<std::optional<RemoteMedia>> media(const QString &imageHash,
                                             const QString &portalId) const;
    Status saveMedia(const QString &imageHash, const QString &portalId, const RemoteMedia &media);

    // The portal category of a local category; 0 when none was chosen.
    Result<qint64> remoteCategory(const QString &categoryId, const QString &portalId) const;
    // A (not deleted) local category mapped to that portal category; empty when none.
    Result<QString> localCategory(const QString &portalId, qint64 remoteId) const;
    // Maps the local category to the portal category (replacing its mapping).
    Status mapCategory(const QString &categoryId, const QString &portalId, qint64 remoteId);
    // The same, unless the local category already has a portal category (which it keeps).
    Status mapCategoryUnlessMapped(const QString &categoryId, const QString &portalId,
                                   qint64 remoteId);

private:
    Database &m_db;
};

} // namespace PressDesk
