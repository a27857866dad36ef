#include "publish/PortalImporter.h"

#include "publish/Portal.h"
#include "publish/PortalMappingRepository.h"
#include "publish/PortalRepository.h"
#include "publish/PostLinkRepository.h"
#include "store/ArticleRepository.h"
#include "store/AuditLog.h"
#include "store/CategoryRepository.h"
#include "store/Database.h"
#include "text/HtmlSanitizer.h"
#include "text/TextFold.h"
#include "workflow/ContentHash.h"
#include "workflow/WorkflowService.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace PressDesk {

namespace {

// WordPress's default category ("Uncategorized", "Chưa được phân loại") says nothing.
bool isDefaultCategory(const PortalCategory &c)
{
    return c.id == 1 || c.slug == QLatin1String("uncategorized");
}

// Remote category id -> local category id for one portal: the mapping Publisher made, else
// a local category with the same name (without case and diacritics), else a new one.
class CategoryMapper
{
public:
    CategoryMapper(Database &db, const QString &portalId, const QList<PortalCategory> &remote)
        : m_db(db), m_portalId(portalId)
    {
        for (const PortalCategory &c : remote)
            m_remote.insert(c.id, c);
    }

    Result<QString> localFor(const QList<qint64> &remoteIds)
    {
        for (qint64 id : remoteIds) {
            const auto it = m_remote.constFind(id);
            if (it == m_remote.constEnd() || isDefaultCategory(*it))
                continue;
            return localFor(*it);
        }
        return QString();
    }

private:
    Result<QString> localFor(const PortalCategory &remote)
    {
        if (const auto it = m_local.constFind(remote.id); it != m_local.constEnd())
            return *it;
        PortalMappingRepository mappings(m_db);
        auto mapped = mappings.localCategory(m_portalId, remote.id);
        if (!mapped)
            return mapped.error();
        QString local = mapped.value();
        if (local.isEmpty()) {
            CategoryRepository categories(m_db);
            auto all = categories.list();
            if (!all)
                return all.error();
            const QString key = Text::fold(remote.name.simplified());
            for (const Category &c : std::as_const(all.value())) {
                if (Text::fold(c.name) == key) {
                    local = c.id;
                    break;
                }
            }
            if (local.isEmpty()) {
                auto created = categories.create(remote.name);
                if (!created)
                    return created.error();
                local = created->id;
            }
            // Remembered for publishing too, unless that local category already has a
            // portal category.
            if (auto saved = mappings.mapCategoryUnlessMapped(local, m_portalId, remote.id); !saved)
                return saved.error();
        }
        m_local.insert(remote.id, local);
        return local;
    }

    Database &m_db;
    QString m_portalId;
    QHash<qint64, PortalCategory> m_remote;
    QHash<qint64, QString> m_local;
};

Result<qint64> resolveCategory(const QList<PortalCategory> &remote, const QString &nameOrSlug)
{
    const QString wanted = nameOrSlug.simplified();
    for (const PortalCategory &c : remote) {
        if (c.slug.compare(wanted, Qt::CaseInsensitive) == 0 ||
            Text::toNfc(c.name) == Text::toNfc(wanted))
            return c.id;
    }
    for (const PortalCategory &c : remote) {
        if (Text::fold(c.name) == Text::fold(wanted))
            return c.id;
    }
    return Error{QStringLiteral("no-category"),
                 PortalImporter::tr("The portal has no category “%1” (give its name or its "
                                    "slug, as `portal categories` lists them).")
                     .arg(wanted)};
}

} // namespace

QString PortalImporter::titleFromRaw(const QString &raw)
{
    // The raw title is HTML text: WordPress stores "&" as "&amp;", and it may hold other
    // entities or inline tags.
    return Text::toNfc(Html::toPlainText(raw)).simplified();
}

QString PortalImporter::leadFromRaw(const QString &raw)
{
    return Text::toNfc(Html::toPlainText(raw)).simplified();
}

QString PortalImporter::bodyFromRaw(const QString &raw)
{
    // Classic-editor posts keep paragraphs as blank lines (WordPress adds the <p> when it
    // shows them); block-editor posts carry their own markup.
    static const QRegularExpression blocks(
        QStringLiteral("<(?:p|div|h[1-6]|ul|ol|blockquote|figure|table|pre)[\\s>/]"),
        QRegularExpression::CaseInsensitiveOption);
    if (blocks.match(raw).hasMatch())
        return Html::sanitize(raw);
    static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t\\r]*\\n"));
    QString html;
    for (const QString &part : raw.split(blankLine, Qt::SkipEmptyParts)) {
        QString paragraph = part.trimmed();
        if (paragraph.isEmpty())
            continue;
        paragraph.replace(u'\n', QStringLiteral("<br>\n"));
        html += QStringLiteral("<p>") + paragraph + QStringLiteral("</p>\n");
    }
    return Html::sanitize(html);
}

Result<ImportSummary> PortalImporter::run(const PortalAccount &account, Portal &portal,
                                          const ImportOptions &options, const Progress &progress)
{
    if (WorkflowService(m_db).actingRole() == Role::Staff)
        return Error{QStringLiteral("not-allowed"),
                     tr("Importing from a portal needs a supervisor or an administrator (the "
                        "articles arrive published).")};
    auto remoteCategories = portal.categories();
    if (!remoteCategories)
        return remoteCategories.error();
    PostListQuery query;
    query.since = options.since;
    if (!options.category.trimmed().isEmpty()) {
        auto id = resolveCategory(remoteCategories.value(), options.category);
        if (!id)
            return id.error();
        query.categoryId = id.value();
    }
    CategoryMapper categories(m_db, account.id, remoteCategories.value());

    ImportSummary summary;
    for (query.page = 1;; ++query.page) {
        auto page = portal.listPosts(query);
        if (!page) {
            if (summary.imported == 0 && summary.skipped == 0 && summary.failed.isEmpty())
                return page.error();
            summary.stoppedBy = page.error();
            break;
        }
        ImportSummary pageSummary;
        const Status st = m_db.transaction([&]() -> Status {
            auto known = PostLinkRepository(m_db).linkedRemoteIds(account.id);
            if (!known)
                return known.error();
            QSet<qint64> &linked = known.value();
            for (const RemotePost &post : std::as_const(page->posts)) {
                if (linked.contains(post.id)) {
                    ++pageSummary.skipped;
                    continue;
                }
                auto category = categories.localFor(post.categories);
                if (!category)
                    return category.error();
                Result<QString> created = Error{};
                // Each post in a savepoint: one that cannot be stored does not stop the rest.
                const Status one = m_db.transaction([&]() -> Status {
                    created = importOne(post, account, category.value());
                    return created ? Status{} : Status{created.error()};
                });
                if (!one) {
                    pageSummary.failed
                        << ImportFailure{post.id, titleFromRaw(post.titleRaw), one.error().message};
                    continue;
                }
                linked.insert(post.id);
                ++pageSummary.imported;
                pageSummary.articleIds << created.value();
            }
            return {};
        });
        if (!st)
            return st.error(); // the page is rolled back; earlier pages stay
        summary.imported += pageSummary.imported;
        summary.skipped += pageSummary.skipped;
        summary.failed += pageSummary.failed;
        summary.articleIds += pageSummary.articleIds;
        if (progress && !progress(query.page, page->totalPages)) {
            summary.cancelled = query.page < page->totalPages;
            break;
        }
        if (query.page >= page->totalPages)
            break;
    }
    return summary;
}

Result<QString> PortalImporter::importOne(const RemotePost &post, const PortalAccount &account,
                                          const QString &categoryId)
{
    Article a;
    a.title = titleFromRaw(post.titleRaw);
    if (a.title.isEmpty())
        return Error{QStringLiteral("no-title"),
                     tr("The post has no title; give it one on the portal and import again.")};
    a.lead = leadFromRaw(post.excerptRaw);
    a.bodyHtml = bodyFromRaw(post.contentRaw);
    a.categoryId = categoryId;
    a.status = ArticleStatus::Published;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    a.createdAt = post.dateGmt.isValid() ? post.dateGmt : now;
    QDateTime modified = QDateTime::fromString(post.modifiedGmt, Qt::ISODate);
    modified.setTimeSpec(Qt::UTC);
    a.updatedAt = modified.isValid() && modified > a.createdAt ? modified : a.createdAt;

    auto stored = ArticleRepository(m_db).create(a);
    if (!stored)
        return stored.error();
    const QString hash = contentHash(stored.value());

    if (auto linked =
            PostLinkRepository(m_db).add(PostLink{stored->id, account.id, post.id, post.link,
                                                  post.slug, post.status, post.modifiedGmt, hash});
        !linked)
        return linked.error();

    // Arriving published skips the editorial decisions: the log says where it came from.
    AuditEntry entry;
    entry.action = QStringLiteral("import");
    entry.articleId = stored->id;
    entry.toStatus = statusKey(ArticleStatus::Published);
    entry.hashAfter = hash;
    entry.comment = post.link;
    if (auto logged = AuditLog(m_db).append(entry); !logged)
        return logged.error();
    return stored->id;
}

} // namespace PressDesk
