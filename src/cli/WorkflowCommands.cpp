// The workflow, `user` and `audit` commands of pressdesk-cli.
#include "Cli.h"

#include "store/ArticleRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/UserRepository.h"
#include "text/WordDiff.h"
#include "workflow/WorkflowService.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace PressDesk {

namespace {

QJsonObject toJson(const AuditEntry &e)
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

} // namespace

int Cli::articleDecide(const QString &actionName, const QStringList &args)
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
    bool revisionOk = false;
    const int revision = p.value(QStringLiteral("revision")).toInt(&revisionOk);
    if (p.isSet(QStringLiteral("revision")) &&
        (action != WorkflowAction::Approve || !revisionOk || revision <= 0))
        return usage(tr("--revision N takes a revision number and goes with article approve."));
    if (auto st = openDatabase(); !st)
        return fail(st.error());
    auto id = ArticleRepository(*m_db).resolveId(p.positionalArguments().first());
    if (!id)
        return fail(id.error());
    const QString comment = p.value(QStringLiteral("comment"));
    auto done = p.isSet(QStringLiteral("revision"))
                    ? WorkflowService(*m_db).approve(id.value(), ReadMark{revision, {}}, comment)
                    : WorkflowService(*m_db).apply(id.value(), action, comment);
    if (!done)
        return fail(done.error());
    m_out << tr("%1: %2").arg(done->title, statusDisplayName(done->status)) << Qt::endl;
    return Success;
}

int Cli::articleHistory(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("article history needs one article id."));
    if (auto st = openDatabase(); !st)
        return fail(st.error());
    ArticleRepository repo(*m_db);
    auto id = repo.resolveId(args.first());
    if (!id)
        return fail(id.error());
    auto revisions = repo.revisions(id.value());
    if (!revisions)
        return fail(revisions.error());
    auto events = AuditLog(*m_db).list(id.value());
    if (!events)
        return fail(events.error());
    if (m_json) {
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
            evs << toJson(e);
        m_out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("article_id"), id.value()},
                                      {QStringLiteral("revisions"), revs},
                                      {QStringLiteral("events"), evs}})
                .toJson(QJsonDocument::Indented));
        m_out.flush();
        return Success;
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
        m_out << displayDateTime(l.at) << u'\t' << l.text << u'\n';
    m_out.flush();
    return Success;
}

int Cli::articleRestore(const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("article restore needs an article id and a revision number."));
    bool ok = false;
    const int number = args.at(1).toInt(&ok);
    if (!ok || number <= 0)
        return usage(tr("The revision must be a positive number."));
    if (auto st = openDatabase(); !st)
        return fail(st.error());
    auto id = ArticleRepository(*m_db).resolveId(args.first());
    if (!id)
        return fail(id.error());
    auto restored = WorkflowService(*m_db).restore(id.value(), number);
    if (!restored)
        return fail(restored.error());
    m_out << tr("Restored revision %1 of %2 (%3).")
                 .arg(number)
                 .arg(restored->title, statusDisplayName(restored->status))
          << Qt::endl;
    return Success;
}

int Cli::articleDiff(const QStringList &args)
{
    if (args.size() != 3)
        return usage(tr("article diff needs an article id and two revision numbers."));
    bool okA = false, okB = false;
    const int a = args.at(1).toInt(&okA);
    const int b = args.at(2).toInt(&okB);
    if (!okA || !okB || a <= 0 || b <= 0)
        return usage(tr("The revision must be a positive number."));
    if (auto st = openDatabase(); !st)
        return fail(st.error());
    ArticleRepository repo(*m_db);
    auto id = repo.resolveId(args.first());
    if (!id)
        return fail(id.error());
    auto revisions = repo.revisions(id.value());
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
    const WorkflowService service(*m_db);
    const auto segments = Text::wordDiff(service.comparableText(*ra), service.comparableText(*rb));
    // git's word-diff notation: [-removed-]{+added+}.
    for (const Text::DiffSegment &s : segments) {
        switch (s.kind) {
        case Text::DiffSegment::Equal:
            m_out << s.text;
            break;
        case Text::DiffSegment::Deleted:
            m_out << QStringLiteral("[-") << s.text << QStringLiteral("-]");
            break;
        case Text::DiffSegment::Inserted:
            m_out << QStringLiteral("{+") << s.text << QStringLiteral("+}");
            break;
        }
    }
    m_out << u'\n';
    m_out.flush();
    return Success;
}

int Cli::runUser(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("add")) {
        QCommandLineParser p;
        p.addOption({QStringLiteral("role"), QString(), QStringLiteral("R")});
        p.addOption({QStringLiteral("display-name"), QString(), QStringLiteral("D")});
        if (!p.parse(QStringList{QStringLiteral("user-add")} + args.mid(1)))
            return usage(p.errorText());
        if (p.positionalArguments().size() != 1)
            return usage(tr("user add needs exactly one name."));
        const auto role = roleFromKey(p.value(QStringLiteral("role")));
        if (!role)
            return usage(tr("--role must be staff, supervisor or admin."));
        if (auto st = openDatabase(); !st)
            return fail(st.error());
        auto u = UserRepository(*m_db).add(p.positionalArguments().first(), *role,
                                           p.value(QStringLiteral("display-name")));
        if (!u)
            return fail(u.error());
        m_out << u->name << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("list")) {
        if (args.size() != 1)
            return usage(tr("user list takes no arguments."));
        if (auto st = openDatabase(); !st)
            return fail(st.error());
        auto users = UserRepository(*m_db).list();
        if (!users)
            return fail(users.error());
        if (m_json) {
            QJsonArray arr;
            for (const User &u : std::as_const(users.value()))
                arr << QJsonObject{{QStringLiteral("name"), u.name},
                                   {QStringLiteral("display_name"), u.displayName},
                                   {QStringLiteral("role"), roleKey(u.role)},
                                   {QStringLiteral("current"), u.name == m_db->actingUser()}};
            m_out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        } else {
            for (const User &u : std::as_const(users.value()))
                m_out << (u.name == m_db->actingUser() ? u'*' : u' ') << u' ' << u.name << u'\t'
                      << roleDisplayName(u.role) << u'\t' << u.displayName << u'\n';
        }
        m_out.flush();
        return Success;
    }
    return usage(tr("Unknown user command: %1").arg(sub));
}

int Cli::runAudit(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list")) {
        QCommandLineParser p;
        p.addOption({QStringLiteral("article"), QString(), QStringLiteral("ID")});
        if (!p.parse(QStringList{QStringLiteral("audit-list")} + args.mid(1)))
            return usage(p.errorText());
        if (!p.positionalArguments().isEmpty())
            return usage(tr("audit list takes no positional arguments."));
        if (auto st = openDatabase(); !st)
            return fail(st.error());
        QString articleId;
        if (p.isSet(QStringLiteral("article"))) {
            auto id = ArticleRepository(*m_db).resolveId(p.value(QStringLiteral("article")));
            if (!id)
                return fail(id.error());
            articleId = id.value();
        }
        auto entries = AuditLog(*m_db).list(articleId);
        if (!entries)
            return fail(entries.error());
        if (m_json) {
            QJsonArray arr;
            for (const AuditEntry &e : std::as_const(entries.value()))
                arr << toJson(e);
            m_out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        } else {
            for (const AuditEntry &e : std::as_const(entries.value())) {
                m_out << e.seq << u'\t' << displayDateTime(e.at) << u'\t' << e.userName << u'\t'
                      << auditActionDisplayName(e.action) << u'\t' << e.articleId.left(8) << u'\t'
                      << statusDisplayNameForKey(e.fromStatus) << QStringLiteral(" → ")
                      << statusDisplayNameForKey(e.toStatus);
                if (!e.comment.isEmpty())
                    m_out << u'\t' << e.comment;
                m_out << u'\n';
            }
        }
        m_out.flush();
        return Success;
    }
    if (sub == QLatin1String("verify")) {
        if (args.size() != 1)
            return usage(tr("audit verify takes no arguments."));
        if (auto st = openDatabase(); !st)
            return fail(st.error());
        auto v = AuditLog(*m_db).verify();
        if (!v)
            return fail(v.error());
        if (!v->ok)
            return fail(Error{QStringLiteral("audit-broken"),
                              tr("The audit log has been tampered with at entry %1. %2")
                                  .arg(v->firstBroken)
                                  .arg(v->problem)});
        m_out << tr("The audit log is intact: %n entry(s) verified.", nullptr, v->entries)
              << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("export")) {
        QCommandLineParser p;
        p.addOption({QStringLiteral("out"), QString(), QStringLiteral("FILE")});
        if (!p.parse(QStringList{QStringLiteral("audit-export")} + args.mid(1)))
            return usage(p.errorText());
        if (!p.isSet(QStringLiteral("out")))
            return usage(tr("audit export needs --out FILE."));
        if (auto st = openDatabase(); !st)
            return fail(st.error());
        QSaveFile file(p.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly))
            return fail(Error{QStringLiteral("io"),
                              tr("Cannot write %1: %2").arg(file.fileName(), file.errorString())});
        if (auto st = AuditLog(*m_db).exportCsv(&file); !st)
            return fail(st.error());
        if (!file.commit())
            return fail(Error{QStringLiteral("io"),
                              tr("Cannot write %1: %2").arg(file.fileName(), file.errorString())});
        return Success;
    }
    return usage(tr("Unknown audit command: %1").arg(sub));
}

} // namespace PressDesk
