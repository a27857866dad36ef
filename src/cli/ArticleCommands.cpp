// The `article` and `search` commands of pressdesk-cli.
#include "ArticleCommands.h"

#include "import/DocumentImport.h"
#include "store/ArticleRepository.h"
#include "store/CategoryRepository.h"
#include "store/Database.h"
#include "store/ImageStore.h"
#include "store/Search.h"
#include "text/HtmlSanitizer.h"
#include "workflow/ContentHash.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace PressDesk {

namespace {

QJsonObject toJson(const Article &a, const QString &categoryName, bool full)
{
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("title"), a.title},
                  {QStringLiteral("category"), categoryName},
                  {QStringLiteral("status"), statusKey(a.status)},
                  {QStringLiteral("created_at"), a.createdAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("updated_at"), a.updatedAt.toString(Qt::ISODateWithMs)}};
    if (full) {
        o.insert(QStringLiteral("lead"), a.lead);
        o.insert(QStringLiteral("body_html"), a.bodyHtml);
        o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(a.tags));
        o.insert(QStringLiteral("source"), a.source);
        o.insert(QStringLiteral("author"), a.author);
        o.insert(QStringLiteral("content_hash"), contentHash(a));
        o.insert(QStringLiteral("approved_hash"), a.approvedHash);
        o.insert(QStringLiteral("approved_by"), a.approvedBy);
        o.insert(QStringLiteral("approved_at"),
                 a.approvedAt.isValid() ? a.approvedAt.toString(Qt::ISODateWithMs) : QString());
    }
    return o;
}

QString categoryName(Database &db, const QString &id)
{
    if (id.isEmpty())
        return {};
    auto c = CategoryRepository(db).find(id);
    return c ? c->name : QString();
}

void addContentOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("title"), QString(), QStringLiteral("T")});
    p.addOption({QStringLiteral("lead"), QString(), QStringLiteral("L")});
    p.addOption({QStringLiteral("body-file"), QString(), QStringLiteral("F")});
    p.addOption({QStringLiteral("category"), QString(), QStringLiteral("C")});
    p.addOption({QStringLiteral("tag"), QString(), QStringLiteral("T")});
    p.addOption({QStringLiteral("source"), QString(), QStringLiteral("S")});
}

} // namespace

QList<CommandGroup::Command> ArticleCommands::commands()
{
    return {{QStringLiteral("article new"), false, call(&ArticleCommands::create)},
            {QStringLiteral("article list"), true, call(&ArticleCommands::list)},
            {QStringLiteral("article show"), true, call(&ArticleCommands::show)},
            {QStringLiteral("article edit"), false, call(&ArticleCommands::edit)},
            {QStringLiteral("article export"), false, call(&ArticleCommands::exportArticle)},
            {QStringLiteral("article import"), true, call(&ArticleCommands::importDocument)},
            {QStringLiteral("search"), true, call(&ArticleCommands::search)}};
}

int ArticleCommands::create(const QStringList &args)
{
    QCommandLineParser p;
    addContentOptions(p);
    if (!p.parse(QStringList{QStringLiteral("article-new")} + args))
        return usage(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return usage(tr("Unexpected argument: %1").arg(p.positionalArguments().first()));
    if (!p.isSet(QStringLiteral("title")) || p.value(QStringLiteral("title")).trimmed().isEmpty())
        return usage(tr("article new needs --title."));
    Article a;
    a.title = p.value(QStringLiteral("title"));
    a.lead = p.value(QStringLiteral("lead"));
    a.source = p.value(QStringLiteral("source"));
    a.tags = p.values(QStringLiteral("tag"));
    a.author = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (p.isSet(QStringLiteral("body-file"))) {
        auto body = m_ctx.readTextFile(p.value(QStringLiteral("body-file")));
        if (!body)
            return fail(body.error());
        a.bodyHtml = body.value();
    }
    if (auto st = open(); !st)
        return fail(st.error());
    if (p.isSet(QStringLiteral("category"))) {
        auto c = CategoryRepository(db()).find(p.value(QStringLiteral("category")));
        if (!c)
            return fail(c.error());
        a.categoryId = c->id;
    }
    auto created = ArticleRepository(db()).create(a);
    if (!created)
        return fail(created.error());
    out() << created->id << Qt::endl;
    return Success;
}

int ArticleCommands::list(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("Unexpected argument: %1").arg(args.first()));
    if (auto st = open(); !st)
        return fail(st.error());
    auto list = ArticleRepository(db()).list();
    if (!list)
        return fail(list.error());
    auto categories = CategoryRepository(db()).list();
    QHash<QString, QString> names;
    if (categories) {
        for (const Category &c : categories.value())
            names.insert(c.id, c.name);
    }
    if (json()) {
        QJsonArray arr;
        for (const Article &a : list.value())
            arr << toJson(a, names.value(a.categoryId), false);
        return m_ctx.printJson(arr);
    }
    QList<QStringList> rows;
    for (const Article &a : list.value())
        rows << QStringList{a.id, a.updatedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy")),
                            statusDisplayName(a.status), a.title};
    return m_ctx.printRows(rows);
}

int ArticleCommands::show(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("article show needs one article id."));
    auto a = m_ctx.article(args.first());
    if (!a)
        return fail(a.error());
    const QString category = categoryName(db(), a->categoryId);
    if (json())
        return m_ctx.printJson(toJson(a.value(), category, true));
    out() << a->title << QStringLiteral("\n\n");
    if (!a->lead.isEmpty())
        out() << a->lead << QStringLiteral("\n\n");
    out() << Html::toPlainText(a->bodyHtml) << QStringLiteral("\n\n");
    if (!a->source.isEmpty())
        out() << a->source << u'\n';
    out() << tr("Category: %1").arg(category) << u'\n'
          << tr("Tags: %1").arg(a->tags.join(QStringLiteral(", "))) << u'\n'
          << tr("Status: %1").arg(statusDisplayName(a->status)) << u'\n'
          << tr("Updated: %1")
                 .arg(a->updatedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")))
          << u'\n';
    out().flush();
    return Success;
}

int ArticleCommands::edit(const QStringList &args)
{
    QCommandLineParser p;
    addContentOptions(p);
    if (!p.parse(QStringList{QStringLiteral("article-edit")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(tr("article edit needs one article id."));
    auto current = m_ctx.article(p.positionalArguments().first());
    if (!current)
        return fail(current.error());
    ArticleRepository repo(db());
    Article a = current.value();
    if (p.isSet(QStringLiteral("title"))) {
        a.title = p.value(QStringLiteral("title"));
        if (a.title.trimmed().isEmpty())
            return usage(tr("The title cannot be empty."));
    }
    if (p.isSet(QStringLiteral("lead")))
        a.lead = p.value(QStringLiteral("lead"));
    if (p.isSet(QStringLiteral("source")))
        a.source = p.value(QStringLiteral("source"));
    if (p.isSet(QStringLiteral("tag")))
        a.tags = p.values(QStringLiteral("tag"));
    if (p.isSet(QStringLiteral("category"))) {
        auto c = CategoryRepository(db()).find(p.value(QStringLiteral("category")));
        if (!c)
            return fail(c.error());
        a.categoryId = c->id;
    }
    if (p.isSet(QStringLiteral("body-file"))) {
        auto body = m_ctx.readTextFile(p.value(QStringLiteral("body-file")));
        if (!body)
            return fail(body.error());
        a.bodyHtml = body.value();
    }
    auto saved = repo.save(a, SaveKind::Manual);
    if (!saved)
        return fail(saved.error());
    if (!saved->changed)
        err() << tr("Nothing changed.") << Qt::endl;
    out() << saved->article.id << Qt::endl;
    return Success;
}

int ArticleCommands::exportArticle(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("format"), QString(), QStringLiteral("html|txt")});
    p.addOption({QStringLiteral("out"), QString(), QStringLiteral("FILE")});
    if (!p.parse(QStringList{QStringLiteral("article-export")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(tr("article export needs one article id."));
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("html") && format != QLatin1String("txt"))
        return usage(tr("--format must be html or txt."));
    auto a = m_ctx.article(p.positionalArguments().first());
    if (!a)
        return fail(a.error());

    QString text;
    if (format == QLatin1String("html")) {
        text =
            QStringLiteral("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<title>") +
            a->title.toHtmlEscaped() +
            QStringLiteral("</title>\n<style>table{border-collapse:collapse}th,td{border:1px "
                           "solid #999;padding:4px}</style>\n</head>\n<body>\n<article>\n<h1>") +
            a->title.toHtmlEscaped() + QStringLiteral("</h1>\n");
        if (!a->lead.isEmpty())
            text += QStringLiteral("<p class=\"lead\"><strong>") + a->lead.toHtmlEscaped() +
                    QStringLiteral("</strong></p>\n");
        text += a->bodyHtml + u'\n';
        if (!a->source.isEmpty())
            text += QStringLiteral("<p class=\"source\"><em>") + a->source.toHtmlEscaped() +
                    QStringLiteral("</em></p>\n");
        text += QStringLiteral("</article>\n</body>\n</html>\n");
    } else {
        text = a->title + QStringLiteral("\n\n");
        if (!a->lead.isEmpty())
            text += a->lead + QStringLiteral("\n\n");
        text += Html::toPlainText(a->bodyHtml) + u'\n';
        if (!a->source.isEmpty())
            text += u'\n' + a->source + u'\n';
    }

    if (p.isSet(QStringLiteral("out"))) {
        if (auto st = m_ctx.writeFile(p.value(QStringLiteral("out")), text.toUtf8(),
                                      format == QLatin1String("txt"));
            !st)
            return fail(st.error());
        return Success;
    }
    out() << text << Qt::flush;
    return Success;
}

// A .docx, .odt, .doc or .rtf as a new article, through LibreOffice (core/import). In auto, text
// typed in an old Vietnamese font is converted when the fonts or the text say so, and stderr
// (or the JSON) says it was.
int ArticleCommands::importDocument(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("category"), QString(), QStringLiteral("C")});
    p.addOption(
        {QStringLiteral("legacy"), QString(), QStringLiteral("MODE"), QStringLiteral("auto")});
    if (!p.parse(QStringList{QStringLiteral("article-import")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(tr("article import takes one document (.docx, .odt, .doc or .rtf)."));
    LegacyChoice choice;
    const QString legacy = p.value(QStringLiteral("legacy"));
    if (legacy == QLatin1String("none")) {
        choice.mode = LegacyChoice::None;
    } else if (legacy != QLatin1String("auto")) {
        const auto encoding = Text::legacyEncodingFromKey(legacy);
        if (!encoding)
            return usage(
                tr("--legacy is auto, none, tcvn3, vni, viqr or cp1258, not %1.").arg(legacy));
        choice = {LegacyChoice::Force, *encoding};
    }
    if (auto st = open(); !st)
        return fail(st.error());
    Article a;
    a.author = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (p.isSet(QStringLiteral("category"))) {
        auto c = CategoryRepository(db()).find(p.value(QStringLiteral("category")));
        if (!c)
            return fail(c.error());
        a.categoryId = c->id;
    }
    auto converted = DocumentImport::convert(p.positionalArguments().first());
    if (!converted)
        return fail(converted.error());

    // The images and the article together: a failed save leaves no image behind.
    Result<ImportedDocument> imported = Error{};
    Result<Article> created = Error{};
    const Status st = db().transaction([&]() -> Status {
        ImageStore images(db());
        imported = DocumentImport::build(converted.value(), images, choice);
        if (!imported)
            return imported.error();
        a.title = imported->title;
        a.bodyHtml = imported->bodyHtml;
        created = ArticleRepository(db()).create(a);
        if (!created)
            return created.error();
        return {};
    });
    if (!st)
        return fail(st.error());

    const QString encodingKey = imported->converted && imported->legacyEncoding
                                    ? Text::legacyEncodingKey(*imported->legacyEncoding)
                                    : QString();
    if (json()) {
        QJsonObject o{{QStringLiteral("id"), created->id},
                      {QStringLiteral("title"), created->title},
                      {QStringLiteral("legacy_converted"),
                       encodingKey.isEmpty() ? QJsonValue(QJsonValue::Null) : encodingKey},
                      {QStringLiteral("images"), imported->imageCount},
                      {QStringLiteral("warnings"), QJsonArray::fromStringList(imported->warnings)}};
        if (!imported->converted && imported->legacyEncoding)
            o.insert(QStringLiteral("legacy_detected"),
                     Text::legacyEncodingKey(*imported->legacyEncoding));
        return m_ctx.printJson(o);
    }
    for (const QString &w : std::as_const(imported->warnings))
        err() << w << Qt::endl;
    if (imported->converted && imported->legacyEncoding)
        err() << tr("The text was typed in the old %1 encoding and has been converted to Unicode.")
                     .arg(Text::legacyEncodingDisplayName(*imported->legacyEncoding))
              << Qt::endl;
    else if (imported->legacyEncoding)
        err() << tr("The text seems to be typed in the old %1 encoding; it was kept as it is. Use "
                    "--legacy %2 to convert it.")
                     .arg(Text::legacyEncodingDisplayName(*imported->legacyEncoding),
                          Text::legacyEncodingKey(*imported->legacyEncoding))
              << Qt::endl;
    out() << created->id << Qt::endl;
    return Success;
}

int ArticleCommands::search(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("limit"), QString(), QStringLiteral("N"), QStringLiteral("20")});
    if (!p.parse(QStringList{QStringLiteral("search")} + args))
        return usage(p.errorText());
    const QString query = p.positionalArguments().join(u' ');
    if (query.trimmed().isEmpty())
        return usage(tr("search needs a query."));
    const auto limit =
        CliContext::number(QStringLiteral("--limit"), p.value(QStringLiteral("limit")), 1, 10000);
    if (!limit)
        return usage(limit.error().message);
    if (auto st = open(); !st)
        return fail(st.error());
    auto hits = Search(db()).search(query, int(limit.value()));
    if (!hits)
        return fail(hits.error());
    if (json()) {
        QJsonArray arr;
        for (const SearchHit &h : hits.value()) {
            arr << QJsonObject{
                {QStringLiteral("id"), h.articleId},
                {QStringLiteral("title"), h.title},
                {QStringLiteral("title_html"), h.titleHtml},
                {QStringLiteral("snippet_html"), h.snippetHtml},
                {QStringLiteral("category"), h.categoryName},
                {QStringLiteral("title_match"), h.titleMatch},
                {QStringLiteral("updated_at"), h.updatedAt.toString(Qt::ISODateWithMs)}};
        }
        return m_ctx.printJson(arr);
    }
    QList<QStringList> rows;
    for (const SearchHit &h : hits.value())
        rows << QStringList{h.articleId, h.title};
    if (hits->isEmpty())
        err() << tr("No articles found.") << Qt::endl;
    return m_ctx.printRows(rows);
}

} // namespace PressDesk
