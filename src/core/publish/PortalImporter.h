#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace PressDesk {

class Database;
class Portal;
struct PortalAccount;
struct RemotePost;

// What to import: posts published at or after since (invalid: all), in the portal category
// named or slugged `category` (empty: all categories).
struct ImportOptions
{
    QDateTime since;
    QString category;
};

struct ImportFailure
{
    qint64 remoteId = 0;
    QString title; // plain text, possibly empty
    QString reason;
};

struct ImportSummary
{
    int imported = 0;
    int skipped = 0; // already linked to an article (imported before, or published by PressDesk)
    QList<ImportFailure> failed;
    QStringList articleIds;         // the new articles, in the portal's order (oldest first)
    std::optional<Error> stoppedBy; // the portal failed midway: what was imported stays
    bool cancelled = false;
};

// Brings a portal's published posts into the store as published articles linked to their
// posts (article_posts), so they are searchable and counted, and a later publish of the
// article updates the same post. Posts already linked for that portal are skipped, so an
// import can be run again (after a failure, or for newer posts) without duplicates. Each
// page of posts is imported in one transaction; every new article gets an "import" entry
// in the audit log.
class PortalImporter
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::PortalImporter)

public:
    explicit PortalImporter(Database &db) : m_db(db) {}

    // Called after each page with the pages done and the pages in all; return false to
    // stop (the pages done stay imported).
    using Progress = std::function<bool(int pagesDone, int totalPages)>;

    // Only a supervisor or an administrator imports (the articles arrive published). Errors
    // before anything is imported (unknown category, the portal unreachable, a store error)
    // are returned; a portal failure after that ends the run with stoppedBy set.
    Result<ImportSummary> run(const PortalAccount &account, Portal &portal,
                              const ImportOptions &options, const Progress &progress = {});

    // The lead and body PressDesk stores for a post's raw excerpt and content: plain text,
    // and sanitized HTML (classic posts without paragraph markup get one per blank line).
    static QString titleFromRaw(const QString &raw);
    static QString leadFromRaw(const QString &raw);
    static QString bodyFromRaw(const QString &raw);

private:
    Result<QString> importOne(const RemotePost &post, const PortalAccount &account,
                              const QString &categoryId);

    Database &m_db;
};

} // namespace PressDesk
