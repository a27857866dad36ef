// The `article` and `search` commands of pressdesk-cli.
#include "Cli.h"

#include "store/ArticleRepository.h"
#include "store/CategoryRepository.h"
#include "store/Database.h"
#include "store/Search.h"
#include "text/HtmlSanitizer.h"
#include "workflow/ContentHash.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

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

int Cli::runArticle(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("new"))
        return articleNew(rest);
    if (sub == QLatin1String("list"))
        return articleList(rest);
    if (sub == QLatin1String("show"))
        return articleShow(rest);
    if (sub == QLatin1String("edit"))
        return articleEdit(rest);
    if (sub == QLatin1String("export"))
        return articleExport(rest);
    if (sub == QLatin1String("submit") || sub == QLatin1String("approve") ||
        sub == QLatin1String("return"))
        return articleDecide(sub, rest);
    if (sub == QLatin1String("history"))
        return articleHistory(rest);
    if (sub == QLatin1String("restore"))
        return articleRestore(rest);
    if (sub == QLatin1String("diff"))
        return articleDiff(rest);
    return usage(tr("Unknown article command: %1").arg(sub));
}

int Cli::articleNew(const QStringList &args)
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
        auto body = readTextFile(p.value(QStringLiteral("body-file")));
        if (!body)
            return fail(body.error());
        a.bodyHtml = body.value();
    }
    if (auto st = openDatabase(); !st)
        return fail(st.error());
    if (p.isSet(QStringLiteral("category"))) {
        auto c = CategoryRepository(*m_db).find(p.value(QStringLiteral("category")));
        if (!c)
            return fail(c.error());
        a.categoryId = c->id;
    }
    auto created = ArticleRepository(*m_db).create(a);
    if (!created)
        return fail(created.error());
    m_out << created->id << Qt::endl;
    return Success;
}

int Cli::articleList(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("Unexpected argument: %1").arg(args.first()));
    if (auto st = openDatabase(); !st)
        return fail(st.error());
    auto list = ArticleRepository(*m_db).list();
    if (!list)
        return fail(list.error());
    auto categories = CategoryRepository(*m_db).list();
    QHash<QString, QString> names;
    if (categories) {
        for (const Category &c : categories.value())
            names.insert(c.id, c.name);
    }
    if (m_json) {
        QJsonArray arr;
        for (const Article &a : list.value())
            arr << toJson(a, names.value(a.categoryId), false);
        m_out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
    } else {
        for (const Article &a : list.value()) {
            m_out << a.id << u'\t'
                  << a.updatedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy")) << u'\t'
                  << statusDisplayName(a.status) << u'\t' << a.title << u'\n';
        }
    }
    m_out.flush();
    return Success;
}

int Cli::articleShow(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("article show needs one article id."));
    if (auto st = openDatabase(); !st)
        return fail(st.error());
    ArticleRepository repo(*m_db);
    auto id = repo.resolveId(args.first());
    if (!id)
        return fail(id.error());
    auto a = repo.get(id.value());
    if (!a)
        return fail(a.error());
    const QString category = categoryName(*m_db, a->categoryId);
    if (m_json) {
        m_out << QString::fromUtf8(
            QJsonDocument(toJson(a.value(), category, true)).toJson(QJsonDocument::Indented));
    } else {
        m_out << a->title << QStringLiteral("\n\n");
        if (!a->lead.isEmpty())
            m_out << a->lead << QStringLiteral("\n\n");
        m_out << Html::toPlainText(a->bodyHtml) << QStringLiteral("\n\n");
        if (!a->source.isEmpty())
            m_out << a->source << u'\n';
        m_out << tr("Category: %1").arg(category) << u'\n'
              << tr("Tags: %1").arg(a->tags.join(QStringLiteral(", "))) << u'\n'
              << tr("Status: %1").arg(statusDisplayName(a->status)) << u'\n'
              << tr("Updated: %1")
                     .arg(a->updatedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")))
              << u'\n';
    }
    m_out.flush();
    return Success;
}

int Cli::articleEdit(const QStringList &args)
{
    QCommandLineParser p;
    addContentOptions(p);
    if (!p.parse(QStringList{QStringLiteral("article-edit")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(tr("article edit needs one article id."));
    if (auto st = openDatabase(); !st)
        return fail(st.error());
    ArticleRepository repo(*m_db);
    auto id = repo.resolveId(p.positionalArguments().first());
    if (!id)
        return fail(id.error());
    auto current = repo.get(id.value());
    if (!current)
        return fail(current.error());
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
        auto c = CategoryRepository(*m_db).find(p.value(QStringLiteral("category")));
        if (!c)
            return fail(c.error());
        a.categoryId = c->id;
    }
    if (p.isSet(QStringLiteral("body-file"))) {
        auto body = readTextFile(p.value(QStringLiteral("body-file")));
        if (!body)
            return fail(body.error());
        a.bodyHtml = body.value();
    }
    auto saved = repo.save(a, SaveKind::Manual);
    if (!saved)
        return fail(saved.error());
    if (!saved->changed)
        m_err << tr("Nothing changed.") << Qt::endl;
    m_out << saved->article.id << Qt::endl;
    return Success;
}

int Cli::articleExport(const QStringList &args)
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
    if (auto st = openDatabase(); !st)
        return fail(st.error());
    ArticleRepository repo(*m_db);
    auto id = repo.resolveId(p.positionalArguments().first());
    if (!id)
        return fail(id.error());
    auto a = repo.get(id.value());
    if (!a)
        return fail(a.error());

    QString text;
    if (format == QLatin1String("html")) {
        text =
            QStringLiteral("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<title>") +
            a->title.toHtmlEscaped() +
            QStringLiteral("</title>\n</head>\n<body>\n<article>\n<h1>") +
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
        QSaveFile file(p.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
            return fail(Error{QStringLiteral("io"),
                              tr("Cannot write %1: %2").arg(file.fileName(), file.errorString())});
        return Success;
    }
    m_out << text << Qt::flush;
    return Success;
}

int Cli::runSearch(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("limit"), QString(), QStringLiteral("N"), QStringLiteral("20")});
    if (!p.parse(QStringList{QStringLiteral("search")} + args))
        return usage(p.errorText());
    const QString query = p.positionalArguments().join(u' ');
    if (query.trimmed().isEmpty())
        return usage(tr("search needs a query."));
    bool ok = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        return usage(tr("--limit needs a positive number."));
    if (auto st = openDatabase(); !st)
        return fail(st.error());
    auto hits = Search(*m_db).search(query, limit);
    if (!hits)
        return fail(hits.error());
    if (m_json) {
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
        m_out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
    } else {
        for (const SearchHit &h : hits.value())
            m_out << h.articleId << u'\t' << h.title << u'\n';
        if (hits->isEmpty())
            m_err << tr("No articles found.") << Qt::endl;
    }
    m_out.flush();
    return Success;
}

} // namespace PressDesk
