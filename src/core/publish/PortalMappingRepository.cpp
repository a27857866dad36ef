#include "publish/PortalMappingRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"

namespace PressDesk {

Result<std::optional<RemoteMedia>> PortalMappingRepository::media(const QString &imageHash,
                                                                  const QString &portalId) const
{
    auto row = Sql::one(m_db,
                        QStringLiteral("SELECT remote_id, url FROM portal_media "
                                       "WHERE image_hash = ? AND portal_id = ?"),
                        {imageHash, portalId});
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<RemoteMedia>();
    return std::optional<RemoteMedia>(
        RemoteMedia{(*row)->value(0).toLongLong(), (*row)->value(1).toString()});
}

Status PortalMappingRepository::saveMedia(const QString &imageHash, const QString &portalId,
                                          const RemoteMedia &media)
{
    return Sql::run(m_db,
                    QStringLiteral("INSERT OR REPLACE INTO portal_media (image_hash, portal_id, "
                                   "remote_id, url) VALUES (?, ?, ?, ?)"),
                    {imageHash, portalId, media.id, media.url});
}

Result<qint64> PortalMappingRepository::remoteCategory(const QString &categoryId,
                                                       const QString &portalId) const
{
    auto id = Sql::value(m_db,
                         QStringLiteral("SELECT remote_id FROM portal_categories "
                                        "WHERE category_id = ? AND portal_id = ?"),
                         {categoryId, portalId});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<QString> PortalMappingRepository::localCategory(const QString &portalId,
                                                       qint64 remoteId) const
{
    auto id = Sql::value(m_db,
                         QStringLiteral("SELECT pc.category_id FROM portal_categories pc "
                                        "JOIN categories c ON c.id = pc.category_id "
                                        "WHERE pc.portal_id = ? AND pc.remote_id = ? "
                                        "AND c.deleted = 0 ORDER BY c.position LIMIT 1"),
                         {portalId, remoteId});
    if (!id)
        return id.error();
    return id->toString();
}

Status PortalMappingRepository::mapCategory(const QString &categoryId, const QString &portalId,
                                            qint64 remoteId)
{
    return Sql::run(m_db,
                    QStringLiteral("INSERT OR REPLACE INTO portal_categories (category_id, "
                                   "portal_id, remote_id) VALUES (?, ?, ?)"),
                    {categoryId, portalId, remoteId});
}

Status PortalMappingRepository::mapCategoryUnlessMapped(const QString &categoryId,
                                                        const QString &portalId, qint64 remoteId)
{
    return Sql::run(m_db,
                    QStringLiteral("INSERT OR IGNORE INTO portal_categories (category_id, "
                                   "portal_id, remote_id) VALUES (?, ?, ?)"),
                    {categoryId, portalId, remoteId});
}

} // namespace PressDesk
