#include "publish/WordPressPortal.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace PressDesk {

namespace {

// WordPress returns names with HTML entities ("Kinh tế &amp; Xã hội").
QString decodeEntities(QString s)
{
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&#039;"), QLatin1String("'"));
    s.replace(QLatin1String("&#8211;"), QString(QChar(0x2013)));
    return s;
}

RemotePost postFromJson(const QJsonObject &o)
{
    RemotePost p;
    p.id = o.value(QStringLiteral("id")).toInteger();
    p.link = o.value(QStringLiteral("link")).toString();
    p.status = o.value(QStringLiteral("status")).toString();
    p.slug = o.value(QStringLiteral("slug")).toString();
    p.modifiedGmt = o.value(QStringLiteral("modified_gmt")).toString();
    p.titleRaw =
        o.value(QStringLiteral("title")).toObject().value(QStringLiteral("raw")).toString();
    p.contentRaw =
        o.value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString();
    p.excerptRaw =
        o.value(QStringLiteral("excerpt")).toObject().value(QStringLiteral("raw")).toString();
    p.dateGmt = QDateTime::fromString(o.value(QStringLiteral("date_gmt")).toString(), Qt::ISODate);
    p.dateGmt.setTimeSpec(Qt::UTC);
    for (const QJsonValue &v : o.value(QStringLiteral("categories")).toArray())
        p.categories << v.toInteger();
    for (const QJsonValue &v : o.value(QStringLiteral("tags")).toArray())
        p.tags << v.toInteger();
    p.featuredMedia = o.value(QStringLiteral("featured_media")).toInteger();
    return p;
}

QJsonObject postToJson(const PostFields &post)
{
    QJsonObject o{{QStringLiteral("title"), post.title},
                  {QStringLiteral("content"), post.content},
                  {QStringLiteral("excerpt"), post.excerpt},
                  {QStringLiteral("status"), post.status}};
    if (!post.slug.isEmpty())
        o.insert(QStringLiteral("slug"), post.slug);
    if (post.dateGmt.isValid())
        o.insert(QStringLiteral("date_gmt"),
                 post.dateGmt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    QJsonArray categories;
    for (qint64 id : post.categories)
        categories << id;
    o.insert(QStringLiteral("categories"), categories);
    QJsonArray tags;
    for (qint64 id : post.tags)
        tags << id;
    o.insert(QStringLiteral("tags"), tags);
    o.insert(QStringLiteral("featured_media"), post.featuredMedia);
    return o;
}

const QList<QPair<QString, QString>> kEdit{{QStringLiteral("context"), QStringLiteral("edit")}};

} // namespace

WordPressPortal::WordPressPortal(const QUrl &siteUrl, const QString &user,
                                 const QString &applicationPassword)
    : m_site(siteUrl), m_user(user), m_password(applicationPassword)
{
    // Application passwords are shown in groups of four; the spaces are not part of them.
    m_password.remove(u' ');
}

QNetworkRequest WordPressPortal::request(const QUrl &url) const
{
    QNetworkRequest r(url);
    r.setRawHeader("Accept", "application/json");
    r.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("PressDesk"));
    if (!m_user.isEmpty()) {
        r.setRawHeader("Authorization",
                       "Basic " + (m_user + u':' + m_password).toUtf8().toBase64());
    }
    return r;
}

Result<QUrl> WordPressPortal::discoverRestRoot()
{
    if (m_restRoot.isValid())
        return m_restRoot;
    if (!m_site.isValid() ||
        (m_site.scheme() != QLatin1String("http") && m_site.scheme() != QLatin1String("https")))
        return Error{QStringLiteral("bad-url"),
                     tr("“%1” is not a web address (http:// or https://).").arg(m_site.toString())};
    auto home = m_http.get(request(m_site));
    if (!home)
        return home.error();
    // Link: <https://site/wp-json/>; rel="https://api.w.org/"
    static const QRegularExpression link(
        QStringLiteral("<([^>]+)>\\s*;\\s*rel=\"https://api\\.w\\.org/\""));
    for (const auto &[name, value] : home->headers) {
        if (name.compare("Link", Qt::CaseInsensitive) != 0)
            continue;
        const auto m = link.match(QString::fromUtf8(value));
        if (m.hasMatch()) {
            m_restRoot = m_site.resolved(QUrl(m.captured(1)));
            return m_restRoot;
        }
    }
    // Pretty permalinks off, or a proxy that drops the header: ask for the index directly.
    QUrl fallback = m_site;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("rest_route"), QStringLiteral("/"));
    fallback.setQuery(q);
    auto index = m_http.get(request(fallback));
    if (!index)
        return index.error();
    const QJsonObject json = QJsonDocument::fromJson(index->body).object();
    if (index->status == 200 &&
        json.value(QStringLiteral("namespaces")).toArray().contains(QStringLiteral("wp/v2"))) {
        m_restRoot = fallback;
        return m_restRoot;
    }
    return Error{QStringLiteral("not-wordpress"),
                 tr("%1 answers, but it is not a WordPress site with the REST API (or the API "
                    "is switched off).")
                     .arg(m_site.toString())};
}

QUrl WordPressPortal::endpoint(const QString &route,
                               const QList<QPair<QString, QString>> &query) const
{
    QUrl url = m_restRoot;
    QUrlQuery q(url);
    if (q.hasQueryItem(QStringLiteral("rest_route"))) {
        q.removeAllQueryItems(QStringLiteral("rest_route"));
        q.addQueryItem(QStringLiteral("rest_route"), route);
    } else {
        QString path = url.path();
        if (!path.endsWith(u'/'))
            path += u'/';
        url.setPath(path + route.mid(1));
    }
    for (const auto &[key, value] : query)
        q.addQueryItem(key, value);
    url.setQuery(q);
    return url;
}

Error WordPressPortal::httpError(const HttpResponse &r) const
{
    const QJsonObject json = QJsonDocument::fromJson(r.body).object();
    const QString code = json.value(QStringLiteral("code")).toString();
    const QString message = json.value(QStringLiteral("message")).toString();
    if (r.status == 401 || code == QLatin1String("rest_not_logged_in"))
        return {QStringLiteral("auth"),
                tr("The portal did not accept the user name and application password "
                   "(WordPress answers the same when the user does not exist, the password is "
                   "wrong or revoked, or a server in between drops the Authorization header).")};
    if (r.status == 403)
        return {QStringLiteral("forbidden"),
                tr("The portal account may not do this (%1).").arg(message)};
    // WordPress refuses a file it does not allow (type, size) with a 500: permanent, so it
    // must not be retried like a passing server failure.
    if (code.startsWith(QLatin1String("rest_upload_")))
        return {QStringLiteral("rejected-file"),
                tr("The portal refused the image: %1 Change the image (JPEG or PNG, smaller) "
                   "and approve the article again.")
                    .arg(message.isEmpty() ? code : message)};
    if (r.status >= 500)
        return {QStringLiteral("server"),
                tr("The portal had an internal error (HTTP %1). Try again later.%2")
                    .arg(r.status)
                    .arg(message.isEmpty() ? QString() : QStringLiteral(" ") + message)};
    if (r.status >= 300 && r.status < 400)
        return {QStringLiteral("redirect"),
                tr("The portal sent PressDesk to another address (%1). Check the site address; "
                   "use https:// if the site moved.")
                    .arg(QString::fromUtf8(r.header("Location")))};
    return {QStringLiteral("http"),
            tr("The portal answered HTTP %1: %2")
                .arg(r.status)
                .arg(message.isEmpty() ? QString::fromUtf8(r.body.left(200)) : message)};
}

Result<QJsonDocument> WordPressPortal::getJson(const QString &route,
                                               const QList<QPair<QString, QString>> &query)
{
    if (auto root = discoverRestRoot(); !root)
        return root.error();
    auto r = m_http.get(request(endpoint(route, query)));
    if (!r)
        return r.error();
    if (r->status != 200)
        return httpError(r.value());
    QJsonParseError parse;
    QJsonDocument doc = QJsonDocument::fromJson(r->body, &parse);
    if (parse.error != QJsonParseError::NoError)
        return Error{QStringLiteral("bad-json"),
                     tr("The portal's answer is not valid JSON (%1); a plugin or the server may "
                        "be printing errors into it.")
                         .arg(parse.errorString())};
    return doc;
}

Result<PortalConnection> WordPressPortal::testConnection()
{
    auto root = discoverRestRoot();
    if (!root)
        return root.error();
    PortalConnection c;
    c.restRoot = root.value();

    // The index says whether application passwords can be used at all.
    auto index = m_http.get(request(endpoint(QStringLiteral("/"))));
    if (!index)
        return index.error();
    const QJsonObject site = QJsonDocument::fromJson(index->body).object();
    c.siteName = site.value(QStringLiteral("name")).toString();
    const QJsonValue auth = site.value(QStringLiteral("authentication"));
    if (!auth.toObject().contains(QStringLiteral("application-passwords")))
        return Error{QStringLiteral("no-app-passwords"),
                     m_site.scheme() == QLatin1String("http")
                         ? tr("The portal does not accept application passwords over plain "
                              "HTTP. Use its https:// address.")
                         : tr("Application passwords are switched off on the portal (by a "
                              "plugin or its configuration); ask its administrator.")};

    auto me = getJson(QStringLiteral("/wp/v2/users/me"),
                      {{QStringLiteral("context"), QStringLiteral("edit")}});
    if (!me)
        return me.error();
    const QJsonObject user = me->object();
    c.userName = user.value(QStringLiteral("name")).toString();
    for (const QJsonValue &role : user.value(QStringLiteral("roles")).toArray())
        c.roles << role.toString();
    const QJsonObject caps = user.value(QStringLiteral("capabilities")).toObject();
    c.canPublish = caps.value(QStringLiteral("publish_posts")).toBool();
    c.canUpload = caps.value(QStringLiteral("upload_files")).toBool();
    c.canManageCategories = caps.value(QStringLiteral("manage_categories")).toBool();
    if (!c.canPublish)
        return Error{QStringLiteral("cannot-publish"),
                     tr("The account %1 may not publish posts on the portal (roles: %2); it "
                        "needs the Editor or Author role.")
                         .arg(m_user, c.roles.join(QStringLiteral(", ")))};
    if (!c.canUpload)
        return Error{
            QStringLiteral("cannot-upload"),
            tr("The account %1 may not upload images to the portal's media library.").arg(m_user)};
    return c;
}

Result<QList<PortalCategory>> WordPressPortal::categories()
{
    QList<PortalCategory> out;
    for (int page = 1;; ++page) {
        auto doc = getJson(QStringLiteral("/wp/v2/categories"),
                           {{QStringLiteral("per_page"), QStringLiteral("100")},
                            {QStringLiteral("page"), QString::number(page)},
                            {QStringLiteral("context"), QStringLiteral("view")}});
        if (!doc)
            return doc.error();
        const QJsonArray items = doc->array();
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            out << PortalCategory{o.value(QStringLiteral("id")).toInteger(),
                                  decodeEntities(o.value(QStringLiteral("name")).toString()),
                                  o.value(QStringLiteral("slug")).toString(),
                                  o.value(QStringLiteral("parent")).toInteger(),
                                  o.value(QStringLiteral("count")).toInt()};
        }
        if (items.size() < 100)
            break;
    }
    return out;
}

Result<QJsonDocument> WordPressPortal::sendJson(const QByteArray &verb, const QString &route,
                                                const QJsonObject &body,
                                                const QList<QPair<QString, QString>> &query)
{
    if (auto root = discoverRestRoot(); !root)
        return root.error();
    QNetworkRequest r = request(endpoint(route, query));
    r.setHeader(QNetworkRequest::ContentTypeHeader,
                QStringLiteral("application/json; charset=utf-8"));
    auto response = m_http.send(verb, r, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!response)
        return response.error();
    if (response->status != 200 && response->status != 201)
        return httpError(response.value());
    return QJsonDocument::fromJson(response->body);
}

Result<PortalCategory> WordPressPortal::createCategory(const QString &name)
{
    auto doc =
        sendJson("POST", QStringLiteral("/wp/v2/categories"), {{QStringLiteral("name"), name}});
    if (!doc)
        return doc.error();
    const QJsonObject o = doc->object();
    return PortalCategory{o.value(QStringLiteral("id")).toInteger(),
                          decodeEntities(o.value(QStringLiteral("name")).toString()),
                          o.value(QStringLiteral("slug")).toString(),
                          o.value(QStringLiteral("parent")).toInteger(), 0};
}

Result<qint64> WordPressPortal::ensureTag(const QString &name)
{
    const QString wanted = name.simplified();
    const auto find = [&]() -> Result<qint64> {
        auto doc = getJson(QStringLiteral("/wp/v2/tags"),
                           {{QStringLiteral("search"), wanted},
                            {QStringLiteral("per_page"), QStringLiteral("100")},
                            {QStringLiteral("_fields"), QStringLiteral("id,name")}});
        if (!doc)
            return doc.error();
        for (const QJsonValue &v : doc->array()) {
            const QJsonObject t = v.toObject();
            if (decodeEntities(t.value(QStringLiteral("name")).toString())
                    .compare(wanted, Qt::CaseInsensitive) == 0)
                return t.value(QStringLiteral("id")).toInteger();
        }
        return qint64(0);
    };
    auto found = find();
    if (!found || found.value() != 0)
        return found;
    auto created =
        sendJson("POST", QStringLiteral("/wp/v2/tags"), {{QStringLiteral("name"), wanted}});
    if (created)
        return created->object().value(QStringLiteral("id")).toInteger();
    // Someone made it in between (WordPress answers term_exists): look again.
    found = find();
    if (found && found.value() == 0)
        return created.error();
    return found;
}

Result<RemoteMedia> WordPressPortal::uploadMedia(const QByteArray &data, const QString &mimeType,
                                                 const QString &fileName, const QString &altText,
                                                 const QString &caption)
{
    if (auto root = discoverRestRoot(); !root)
        return root.error();
    // A raw body with Content-Disposition, not multipart: PHP's form limit is 2 MB.
    QNetworkRequest r = request(endpoint(QStringLiteral("/wp/v2/media"), kEdit));
    r.setHeader(QNetworkRequest::ContentTypeHeader, mimeType);
    r.setRawHeader("Content-Disposition",
                   "attachment; filename=\"" + QUrl::toPercentEncoding(fileName) + '"');
    auto response = m_http.send("POST", r, data);
    if (!response)
        return response.error();
    if (response->status != 201)
        return httpError(response.value());
    const QJsonObject o = QJsonDocument::fromJson(response->body).object();
    RemoteMedia media{o.value(QStringLiteral("id")).toInteger(),
                      o.value(QStringLiteral("source_url")).toString()};
    if (!altText.isEmpty() || !caption.isEmpty()) {
        auto meta =
            sendJson("POST", QStringLiteral("/wp/v2/media/%1").arg(media.id),
                     {{QStringLiteral("alt_text"), altText}, {QStringLiteral("caption"), caption}});
        if (!meta)
            return meta.error();
    }
    return media;
}

Result<RemotePost> WordPressPortal::createPost(const PostFields &post)
{
    auto doc = sendJson("POST", QStringLiteral("/wp/v2/posts"), postToJson(post), kEdit);
    if (!doc)
        return doc.error();
    return postFromJson(doc->object());
}

Result<RemotePost> WordPressPortal::updatePost(qint64 id, const PostFields &post)
{
    auto doc = sendJson("POST", QStringLiteral("/wp/v2/posts/%1").arg(id), postToJson(post), kEdit);
    if (!doc)
        return doc.error();
    return postFromJson(doc->object());
}

Result<RemotePost> WordPressPortal::getPost(qint64 id)
{
    auto doc = getJson(QStringLiteral("/wp/v2/posts/%1").arg(id), kEdit);
    if (!doc)
        return doc.error();
    return postFromJson(doc->object());
}

Result<RemotePost> WordPressPortal::findPostBySlug(const QString &slug)
{
    auto doc =
        getJson(QStringLiteral("/wp/v2/posts"),
                {{QStringLiteral("slug"), slug},
                 {QStringLiteral("status"), QStringLiteral("publish,future,draft,pending,private")},
                 {QStringLiteral("context"), QStringLiteral("edit")}});
    if (!doc)
        return doc.error();
    const QJsonArray found = doc->array();
    if (found.isEmpty())
        return RemotePost{};
    return postFromJson(found.first().toObject());
}

Result<RemotePost> WordPressPortal::withdrawPost(qint64 id, bool trash)
{
    Result<QJsonDocument> doc =
        trash ? sendJson("DELETE", QStringLiteral("/wp/v2/posts/%1").arg(id), {}, kEdit)
              : sendJson("POST", QStringLiteral("/wp/v2/posts/%1").arg(id),
                         {{QStringLiteral("status"), QStringLiteral("draft")}}, kEdit);
    if (!doc)
        return doc.error();
    return postFromJson(doc->object());
}

Result<RemotePostPage> WordPressPortal::listPosts(const PostListQuery &query)
{
    if (auto root = discoverRestRoot(); !root)
        return root.error();
    QList<QPair<QString, QString>> params{
        {QStringLiteral("context"), QStringLiteral("edit")},
        {QStringLiteral("status"), QStringLiteral("publish")},
        {QStringLiteral("orderby"), QStringLiteral("date")},
        {QStringLiteral("order"), QStringLiteral("asc")},
        {QStringLiteral("page"), QString::number(std::max(query.page, 1))},
        {QStringLiteral("per_page"), QString::number(std::clamp(query.perPage, 1, 100))}};
    if (query.since.isValid()) {
        // "after" is compared with the post's date in the site's time zone, which the API
        // does not tell us: ask from a day earlier and keep what is really since (below).
        params << qMakePair(QStringLiteral("after"), query.since.toUTC().addDays(-1).toString(
                                                         QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    }
    if (query.categoryId > 0)
        params << qMakePair(QStringLiteral("categories"), QString::number(query.categoryId));
    auto r = m_http.get(request(endpoint(QStringLiteral("/wp/v2/posts"), params)));
    if (!r)
        return r.error();
    RemotePostPage out;
    out.totalPages = r->header("X-WP-TotalPages").toInt();
    if (r->status == 400 &&
        QJsonDocument::fromJson(r->body).object().value(QStringLiteral("code")).toString() ==
            QLatin1String("rest_post_invalid_page_number"))
        return out; // past the last page (the set shrank since the previous page)
    if (r->status != 200)
        return httpError(r.value());
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(r->body, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isArray())
        return Error{QStringLiteral("bad-json"),
                     tr("The portal's list of posts is not valid JSON (%1); a plugin or the "
                        "server may be printing errors into it.")
                         .arg(parse.errorString())};
    for (const QJsonValue &v : doc.array()) {
        RemotePost p = postFromJson(v.toObject());
        if (!query.since.isValid() || p.dateGmt >= query.since.toUTC())
            out.posts << p;
    }
    return out;
}

} // namespace PressDesk
