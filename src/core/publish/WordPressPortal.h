#pragma once

#include "publish/HttpClient.h"
#include "publish/Portal.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace PressDesk {

// The WordPress REST API (/wp/v2/…) with an application password (HTTP Basic, sent on every
// request: WordPress's 401 carries no WWW-Authenticate). The REST root is discovered from the
// site's Link header, or ?rest_route= when pretty permalinks are off.
class WordPressPortal : public Portal
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::WordPressPortal)

public:
    WordPressPortal(const QUrl &siteUrl, const QString &user, const QString &applicationPassword);

    HttpClient &http() { return m_http; }

    Result<QUrl> discoverRestRoot();
    Result<PortalConnection> testConnection() override;
    Result<QList<PortalCategory>> categories() override;
    Result<PortalCategory> createCategory(const QString &name) override;
    Result<qint64> ensureTag(const QString &name) override;
    Result<RemoteMedia> uploadMedia(const QByteArray &data, const QString &mimeType,
                                    const QString &fileName, const QString &altText,
                                    const QString &caption) override;
    Result<RemotePost> createPost(const PostFields &post) override;
    Result<RemotePost> updatePost(qint64 id, const PostFields &post) override;
    Result<RemotePost> getPost(qint64 id) override;
    Result<RemotePost> findPostBySlug(const QString &slug) override;
    Result<RemotePost> withdrawPost(qint64 id, bool trash) override;
    Result<RemotePostPage> listPosts(const PostListQuery &query) override;

    // The URL of route ("/wp/v2/posts") with query items under the discovered root.
    QUrl endpoint(const QString &route, const QList<QPair<QString, QString>> &query = {}) const;

private:
    Result<QJsonDocument> getJson(const QString &route,
                                  const QList<QPair<QString, QString>> &query = {});
    Error httpError(const HttpResponse &response) const;
    Result<QJsonDocument> sendJson(const QByteArray &verb, const QString &route,
                                   const QJsonObject &body,
                                   const QList<QPair<QString, QString>> &query = {});
    QNetworkRequest request(const QUrl &url) const;

    QUrl m_site;
    QString m_user;
    QString m_password;
    QUrl m_restRoot;
    HttpClient m_http;
};

} // namespace PressDesk
