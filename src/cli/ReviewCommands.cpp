// The review commands of pressdesk-cli: the workflow decisions, history, restore and diff.
#include "ReviewCommands.h"

#include "store/ArticleRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "text/WordDiff.h"
#include "workflow/WorkflowService.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <climits>

namespace PressDesk {

QJsonObject ReviewCommands::auditEntryJson(const AuditEntry &e)
{
    return {{QStringLiteral("seq"), e.seq},
            {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("user"), e.userName},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("article_id"), e.articleId},
            {QStringLiteral("from_status"), e.fromStatus},
            {QStringLiteral("to_status"), e.toStatus},
            {QStringLiteral("hash_before"), e.hashBefore},
            {QStringLiteral("hash_after"), e.hashAfter},
            {QStringLiteral("comment"), e.comment},
            {QStringLiteral("entry_hash"), e.entryHash}};
}

QList<CommandGroup::Command> ReviewCommands::commands()
{
    QList<Command> list;
    for (const char *action : {"submit", "approve", "return"}) {
        const QString key = QLatin1String(action);
        list << Command{QStringLiteral("article ") + key, false,
                        [this, key](const QStringList &args) {
                            return decide(key, args);
                        }};
    }
    list << Command{QStringLiteral("article history"), true, call(&ReviewCommands::history)}
         << Command{QStringLiteral("article restore"), false, call(&ReviewCommands::restore)}
         << Command{QStringLiteral("article diff"), true, call(&ReviewCommands::diff)};
    return list;
}

int ReviewCommands::decide(const QString &actionName, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("comment"), QString(), QStringLiteral("C")});
    p.addOption({QStringLiteral("revision"), QString(), QStringLiteral("N")});
    if (!p.parse(QStringList{QStringLiteral("article-") + actionName} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(tr("article %1 needs one article id.").arg(actionName));
    const WorkflowAction action = actionFromKey(actionName).value();
    if (action == WorkflowAction::Submit && p.isSet(QStringLiteral("comment")))
        return usage(tr("article submit takes no comment."));
    // --revision N: approve only if N is still the latest revision (what was read).
    const bool readMark = p.isSet(QStringLiteral("revision"));
    if (readMark && action != WorkflowAction::Approve)
        return usage(tr("--revision N goes with article approve."));
    int revision = 0;
    if (readMark) {
        const auto n = CliContext::number(QStringLiteral("--revision"),
                                          p.value(QStringLiteral("revision")), 1, INT_MAX);
        if (!n)
            return usage(n.error().message);
        revision = int(n.value());
    }
    auto id = m_ctx.articleId(p.positionalArguments().first());
    if (!id)
        return fail(id.error());
    const QString comment = p.value(QStringLiteral("comment"));
    auto done = readMark
                    ? WorkflowService(db()).approve(id.value(), ReadMark{revision, {}}, comment)
                    : WorkflowService(db()).apply(id.value(), action, comment);
    if (!done)
        return fail(done.error());
    out() << tr("%1: %2").arg(done->title, statusDisplayName(done->status)) << Qt::endl;
    return Success;
}

int ReviewCommands::history(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("article history needs one article id."));
    auto id = m_ctx.articleId(args.first());
    if (!id)
        return fail(id.error());
    auto revisions = ArticleRepository(db()).revisions(id.value());
    if (!revisions)
        return fail(revisions.error());
    auto events = AuditLog(db()).list(id.value());
    if (!events)
        return fail(events.error());
    if (json()) {
        QJsonArray revs;
        for (const Revision &r : std::as_const(revisions.value())) {
            revs << QJsonObject{
                {QStringLiteral("number"), r.number},
                {QStringLiteral("created_at"), r.createdAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("updated_at"), r.updatedAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("saved_by"), r.savedBy},
                {QStringLiteral("status"), statusKey(r.status)},
                {QStringLiteral("autosave"), r.autosave},
                {QStringLiteral("note"), r.note},
                {QStringLiteral("title"), r.title}};
        }
        QJsonArray evs;
        for (const AuditEntry &e : std::as_const(events.value()))
            evs << auditEntryJson(e);
        return m_ctx.printJson(QJsonObject{{QStringLiteral("article_id"), id.value()},
                                           {QStringLiteral("revisions"), revs},
                                           {QStringLiteral("events"), evs}});
    }
    // One timeline: revisions and decisions, oldest first.
    struct Line
    {
        QDateTime at;
        QString text;
    };
    QList<Line> lines;
    for (const Revision &r : std::as_const(revisions.value())) {
        QString text = tr("revision %1").arg(r.number);
        text += u'\t' + (r.savedBy.isEmpty() ? QStringLiteral("-") : r.savedBy) + u'\t' +
                statusDisplayName(r.status);
        if (!r.note.isEmpty())
            text += u'\t' + r.note;
        lines << Line{r.createdAt, text};
    }
    for (const AuditEntry &e : std::as_const(events.value())) {
        QString text = auditActionDisplayName(e.action) + u'\t' + e.userName + u'\t' +
                       statusDisplayNameForKey(e.fromStatus) + QStringLiteral(" → ") +
                       statusDisplayNameForKey(e.toStatus);
        if (!e.comment.isEmpty())
            text += u'\t' + e.comment;
        lines << Line{e.at, text};
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line &a, const Line &b) { return a.at < b.at; });
    for (const Line &l : std::as_const(lines))
        out() << displayDateTime(l.at) << u'\t' << l.text << u'\n';
    out().flush();
    return Success;
}

int ReviewCommands::restore(const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("article restore needs an article id and a revision number."));
    const auto revision = CliContext::number(QStringLiteral("REVISION"), args.at(1), 1, INT_MAX);
    if (!revision)
        return usage(revision.error().message);
    const int number = int(revision.value());
    auto id = m_ctx.articleId(args.first());
    if (!id)
        return fail(id.error());
    auto restored = WorkflowService(db()).restore(id.value(), number);
    if (!restored)
        return fail(restored.error());
    out() << tr("Restored revision %1 of %2 (%3).")
                 .arg(number)
                 .arg(restored->title, statusDisplayName(restored->status))
          << Qt::endl;
    return Success;
}

int ReviewCommands::diff(const QStringList &args)
{
    if (args.size() != 3)
        return usage(tr("article diff needs an article id and two revision numbers."));
    const auto revisionA = CliContext::number(QStringLiteral("REVISION_A"), args.at(1), 1, INT_MAX);
    if (!revisionA)
        return usage(revisionA.error().message);
    const auto revisionB = CliContext::number(QStringLiteral("REVISION_B"), args.at(2), 1, INT_MAX);
    if (!revisionB)
        return usage(revisionB.error().message);
    const int a = int(revisionA.value());
    const int b = int(revisionB.value());
    auto id = m_ctx.articleId(args.first());
    if (!id)
        return fail(id.error());
    auto revisions = ArticleRepository(db()).revisions(id.value());
    if (!revisions)
        return fail(revisions.error());
    const auto find = [&](int n) -> const Revision * {
        for (const Revision &r : std::as_const(revisions.value())) {
            if (r.number == n)
                return &r;
        }
        return nullptr;
    };
    const Revision *ra = find(a);
    const Revision *rb = find(b);
    if (!ra || !rb)
        return fail(Error{QStringLiteral("no-revision"),
                          tr("The article has no revision %1.").arg(ra ? b : a)});
    const WorkflowService service(db());
    const auto segments = Text::wordDiff(service.comparableText(*ra), service.comparableText(*rb));
    if (json()) {
        QJsonArray parts;
        for (const Text::DiffSegment &s : segments) {
            const QString kind = s.kind == Text::DiffSegment::Equal ? QStringLiteral("equal")
                                 : s.kind == Text::DiffSegment::Deleted
                                     ? QStringLiteral("deleted")
                                     : QStringLiteral("inserted");
            parts << QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("text"), s.text}};
        }
        return m_ctx.printJson(QJsonObject{{QStringLiteral("article_id"), id.value()},
                                           {QStringLiteral("from"), a},
                                           {QStringLiteral("to"), b},
                                           {QStringLiteral("segments"), parts}});
    }
    // git's word-diff notation: [-removed-]{+added+}.
    for (const Text::DiffSegment &s : segments) {
        switch (s.kind) {
        case Text::DiffSegment::Equal:
            out() << s.text;
            break;
        case Text::DiffSegment::Deleted:
            out() << QStringLiteral("[-") << s.text << QStringLiteral("-]");
            break;
        case Text::DiffSegment::Inserted:
            out() << QStringLiteral("{+") << s.text << QStringLiteral("+}");
            break;
        }
    }
    out() << u'\n';
    out().flush();
    return Success;
}

} // namespace PressDesk
