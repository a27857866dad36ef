// The `plan` commands of pressdesk-cli.
#include "PlanCommands.h"

#include "office/OfficeRepository.h"
#include "plan/PlanJson.h"
#include "plan/PlanProgress.h"
#include "plan/PlanRepository.h"
#include "report/PlanReport.h"
#include "report/ReportEvidence.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace PressDesk {

namespace {

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString shownDate(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("–");
}

QJsonObject planSummary(const Plan &p)
{
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("number"), p.number},
                       {QStringLiteral("title"), p.title},
                       {QStringLiteral("issuing_body"), p.issuingBody},
                       {QStringLiteral("issue_date"), isoDate(p.issueDate)},
                       {QStringLiteral("period_start"), isoDate(p.periodStart)},
                       {QStringLiteral("period_end"), isoDate(p.periodEnd)},
                       {QStringLiteral("status"), p.status}};
}

QJsonObject progressJson(const ActivityProgress &p)
{
    const Activity &a = p.activity;
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("channel"), channelKey(a.channel)},
                       {QStringLiteral("focus_topic"), a.focusTopic},
                       {QStringLiteral("description"), a.description},
                       {QStringLiteral("responsible_unit"), a.responsibleUnit},
                       {QStringLiteral("start"), isoDate(a.start)},
                       {QStringLiteral("due"), isoDate(a.due)},
                       {QStringLiteral("target"), a.target},
                       {QStringLiteral("unit"), a.unit},
                       {QStringLiteral("status"), a.status},
                       {QStringLiteral("from_articles"), p.fromArticles},
                       {QStringLiteral("aired"), p.aired},
                       {QStringLiteral("installed"), p.installed},
                       {QStringLiteral("manual"), p.manual},
                       {QStringLiteral("done"), p.done()},
                       {QStringLiteral("percent"), qRound(p.percent() * 10) / 10.0},
                       {QStringLiteral("overdue"), p.overdue},
                       {QStringLiteral("at_risk"), p.atRisk},
                       {QStringLiteral("article_ids"), QJsonArray::fromStringList(p.articleIds)},
                       {QStringLiteral("aired_ids"), QJsonArray::fromStringList(p.airedIds)},
                       {QStringLiteral("visual_ids"), QJsonArray::fromStringList(p.visualIds)}};
}

QJsonObject unitChangeJson(const UnitChange &c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("activity_id"), c.activityId},
                       {QStringLiteral("from"), c.fromUnit},
                       {QStringLiteral("to"), c.toUnit},
                       {QStringLiteral("at"), c.at.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("by"), c.by},
                       {QStringLiteral("note"), c.note}};
}

// Reads the date options that are set into their targets; the usage message for the first
// that is not a date, else empty.
QString readDates(const QCommandLineParser &p, const QList<std::pair<QString, QDate *>> &options)
{
    for (const auto &[option, date] : options) {
        if (!p.isSet(option))
            continue;
        *date = PlanJson::parseDate(p.value(option));
        if (!date->isValid())
            return PlanCommands::tr("--%1 needs a date (2019-02-19 or 19/02/2019).").arg(option);
    }
    return {};
}

} // namespace

QList<CommandGroup::Command> PlanCommands::commands()
{
    return {{QStringLiteral("plan new"), false, call(&PlanCommands::create)},
            {QStringLiteral("plan import"), true, call(&PlanCommands::import)},
            // It prints JSON anyway: --json changes nothing.
            {QStringLiteral("plan export"), true, call(&PlanCommands::exportPlan)},
            {QStringLiteral("plan list"), true, call(&PlanCommands::list)},
            {QStringLiteral("plan show"), true,
             [this](const QStringList &args) {
                 return progress(true, args);
             }},
            {QStringLiteral("plan progress"), true,
             [this](const QStringList &args) {
                 return progress(false, args);
             }},
            {QStringLiteral("plan link"), false,
             [this](const QStringList &args) {
                 return link(true, args);
             }},
            {QStringLiteral("plan unlink"), false,
             [this](const QStringList &args) {
                 return link(false, args);
             }},
            {QStringLiteral("plan activity add"), false, call(&PlanCommands::addActivity)},
            {QStringLiteral("plan activity reassign"), true, call(&PlanCommands::reassign)},
            {QStringLiteral("plan unit merge"), true, call(&PlanCommands::mergeUnits)},
            {QStringLiteral("plan manual"), false, call(&PlanCommands::manual)},
            {QStringLiteral("plan attach"), false, call(&PlanCommands::attach)},
            {QStringLiteral("plan report"), false, call(&PlanCommands::report)}};
}

int PlanCommands::create(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("number"), QString(), QStringLiteral("N")});
    p.addOption({QStringLiteral("title"), QString(), QStringLiteral("T")});
    p.addOption({QStringLiteral("body"), QString(), QStringLiteral("B")});
    p.addOption({QStringLiteral("issued"), QString(), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("from"), QString(), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("to"), QString(), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("theme"), QString(), QStringLiteral("T")});
    p.addOption({QStringLiteral("topic"), QString(), QStringLiteral("T")});
    if (!p.parse(QStringList{QStringLiteral("plan-new")} + args))
        return usage(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return usage(tr("Unexpected argument: %1").arg(p.positionalArguments().first()));
    if (p.value(QStringLiteral("number")).trimmed().isEmpty() ||
        p.value(QStringLiteral("title")).trimmed().isEmpty())
        return usage(tr("plan new needs --number and --title."));
    Plan plan;
    plan.number = p.value(QStringLiteral("number"));
    plan.title = p.value(QStringLiteral("title"));
    plan.issuingBody = p.value(QStringLiteral("body"));
    plan.theme = p.value(QStringLiteral("theme"));
    plan.focusTopics = p.values(QStringLiteral("topic"));
    if (QString bad = readDates(p, {{QStringLiteral("issued"), &plan.issueDate},
                                    {QStringLiteral("from"), &plan.periodStart},
                                    {QStringLiteral("to"), &plan.periodEnd}});
        !bad.isEmpty())
        return usage(bad);
    if (auto st = open(); !st)
        return fail(st.error());
    if (!p.isSet(QStringLiteral("body"))) {
        // Issued by the office itself, unless it says otherwise.
        auto office = OfficeRepository(db()).load();
        if (!office)
            return fail(office.error());
        plan.issuingBody = office->name;
    }
    auto created = PlanRepository(db()).create(plan);
    if (!created)
        return fail(created.error());
    out() << created->id << Qt::endl;
    return Success;
}

int PlanCommands::import(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("plan import needs one file (JSON)."));
    const auto bytes = m_ctx.readFile(args.first());
    if (!bytes)
        return fail(bytes.error());
    if (auto st = open(); !st)
        return fail(st.error());
    auto plan = PlanJson::import(db(), bytes.value());
    if (!plan)
        return fail(plan.error());
    auto activities = PlanRepository(db()).activities(plan->id);
    if (!activities)
        return fail(activities.error());
    if (json()) {
        QJsonObject o = planSummary(plan.value());
        o.insert(QStringLiteral("activities"), int(activities->size()));
        return m_ctx.printJson(o);
    }
    out() << plan->id << Qt::endl;
    err() << tr("Imported plan %1 with %n activity(ies).", nullptr, int(activities->size()))
                 .arg(plan->number)
          << Qt::endl;
    return Success;
}

int PlanCommands::exportPlan(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("plan export needs the plan's number or id."));
    auto plan = m_ctx.plan(args.first());
    if (!plan)
        return fail(plan.error());
    auto activities = PlanRepository(db()).activities(plan->id);
    if (!activities)
        return fail(activities.error());
    return m_ctx.printJson(PlanJson::toJson(plan.value(), activities.value()));
}

int PlanCommands::list(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("Unexpected argument: %1").arg(args.first()));
    if (auto st = open(); !st)
        return fail(st.error());
    auto plans = PlanRepository(db()).list();
    if (!plans)
        return fail(plans.error());
    if (json()) {
        QJsonArray arr;
        for (const Plan &p : std::as_const(plans.value()))
            arr << planSummary(p);
        return m_ctx.printJson(arr);
    }
    QList<QStringList> rows;
    for (const Plan &p : std::as_const(plans.value()))
        rows << QStringList{p.id, p.number, shownDate(p.issueDate), p.title};
    return m_ctx.printRows(rows);
}

// `plan show ID`: the plan and its activities with progress over its period;
// `plan progress ID [--from] [--to] [--today]`: the progress over a range, with the months.
int PlanCommands::progress(bool show, const QStringList &args)
{
    const QString sub = show ? QStringLiteral("show") : QStringLiteral("progress");
    QCommandLineParser p;
    if (!show) {
        p.addOption({QStringLiteral("from"), QString(), QStringLiteral("DATE")});
        p.addOption({QStringLiteral("to"), QString(), QStringLiteral("DATE")});
        p.addOption({QStringLiteral("today"), QString(), QStringLiteral("DATE")});
    }
    if (!p.parse(QStringList{QStringLiteral("plan-progress")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(tr("plan %1 needs the plan's number or id.").arg(sub));
    QDate from, to, today;
    if (!show) {
        if (QString bad = readDates(p, {{QStringLiteral("from"), &from},
                                        {QStringLiteral("to"), &to},
                                        {QStringLiteral("today"), &today}});
            !bad.isEmpty())
            return usage(bad);
        if (from.isValid() && to.isValid() && to < from)
            return usage(tr("--to comes before --from."));
    }
    auto plan = m_ctx.plan(p.positionalArguments().first());
    if (!plan)
        return fail(plan.error());
    PlanProgress counter(db());
    auto progress = counter.activities(plan->id, from, to, today);
    if (!progress)
        return fail(progress.error());
    from = from.isValid() ? from : plan->periodStart;
    to = to.isValid() ? to : plan->periodEnd;
    // The units responsible before (reassigned since the 2025 reorganisation).
    auto history = PlanRepository(db()).unitHistoryOfPlan(plan->id);
    if (!history)
        return fail(history.error());

    if (json()) {
        QJsonObject o = planSummary(plan.value());
        QJsonArray acts;
        for (const ActivityProgress &a : std::as_const(progress.value())) {
            QJsonObject act = progressJson(a);
            QJsonArray changes;
            for (const UnitChange &c : history->value(a.activity.id))
                changes << unitChangeJson(c);
            act.insert(QStringLiteral("unit_history"), changes);
            acts << act;
        }
        if (show) {
            o.insert(QStringLiteral("theme"), plan->theme);
            o.insert(QStringLiteral("focus_topics"), QJsonArray::fromStringList(plan->focusTopics));
            o.insert(QStringLiteral("document_name"), plan->documentName);
            o.insert(QStringLiteral("activities"), acts);
        } else {
            auto months = counter.monthly(plan->id, from, to);
            if (!months)
                return fail(months.error());
            QJsonArray monthsJson;
            for (const MonthOutput &m : std::as_const(months.value())) {
                QJsonObject counts;
                for (auto it = m.byChannel.cbegin(); it != m.byChannel.cend(); ++it)
                    counts.insert(channelKey(it.key()), it.value());
                monthsJson << QJsonObject{
                    {QStringLiteral("month"), m.month.toString(QStringLiteral("yyyy-MM"))},
                    {QStringLiteral("counts"), counts},
                    {QStringLiteral("total"), m.total()}};
            }
            o = QJsonObject{{QStringLiteral("plan"), o},
                            {QStringLiteral("from"), isoDate(from)},
                            {QStringLiteral("to"), isoDate(to)},
                            {QStringLiteral("activities"), acts},
                            {QStringLiteral("months"), monthsJson}};
        }
        return m_ctx.printJson(o);
    }

    out() << tr("Plan %1: %2").arg(plan->number, plan->title) << u'\n';
    if (show) {
        out() << tr("Issued by %1 on %2").arg(plan->issuingBody, shownDate(plan->issueDate))
              << u'\n';
        if (!plan->theme.isEmpty())
            out() << tr("Theme: %1").arg(plan->theme) << u'\n';
        for (const QString &t : std::as_const(plan->focusTopics))
            out() << QStringLiteral("  - ") << t << u'\n';
        if (!plan->documentName.isEmpty())
            out() << tr("Document: %1").arg(plan->documentName) << u'\n';
    }
    out() << tr("Progress from %1 to %2").arg(shownDate(from), shownDate(to)) << u'\n';
    for (const ActivityProgress &a : std::as_const(progress.value())) {
        QString flag;
        if (a.overdue)
            flag = tr("overdue");
        else if (a.atRisk)
            flag = tr("at risk");
        out() << a.activity.id << u'\t' << channelKey(a.activity.channel) << u'\t'
              << tr("%1 of %2 %3 (%4%)")
                     .arg(a.done())
                     .arg(a.activity.target)
                     .arg(a.activity.unit)
                     .arg(qRound(a.percent()))
              << u'\t' << tr("due %1").arg(shownDate(a.activity.due)) << u'\t' << flag << u'\t'
              << a.activity.description << u'\n';
        const QList<UnitChange> changes = history->value(a.activity.id);
        if (show && !changes.isEmpty()) {
            QStringList before;
            for (const UnitChange &c : changes)
                before << tr("before %1: %2")
                              .arg(shownDate(c.at.toLocalTime().date()),
                                   c.fromUnit.isEmpty() ? tr("no unit") : c.fromUnit);
            out() << QStringLiteral("  ")
                  << tr("Responsible: %1 (%2)")
                         .arg(a.activity.responsibleUnit, before.join(QStringLiteral("; ")))
                  << u'\n';
        }
    }
    out().flush();
    return Success;
}

int PlanCommands::link(bool linking, const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("plan %1 needs an article id and an activity id.")
                         .arg(linking ? QStringLiteral("link") : QStringLiteral("unlink")));
    auto article = m_ctx.articleId(args.at(0));
    if (!article)
        return fail(article.error());
    PlanRepository repo(db());
    const Status st =
        linking ? repo.link(article.value(), args.at(1)) : repo.unlink(article.value(), args.at(1));
    if (!st)
        return fail(st.error());
    return Success;
}

int PlanCommands::addActivity(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("channel"), QString(), QStringLiteral("C")});
    p.addOption({QStringLiteral("target"), QString(), QStringLiteral("N")});
    p.addOption({QStringLiteral("unit"), QString(), QStringLiteral("U")});
    p.addOption({QStringLiteral("description"), QString(), QStringLiteral("D")});
    p.addOption({QStringLiteral("topic"), QString(), QStringLiteral("T")});
    p.addOption({QStringLiteral("responsible"), QString(), QStringLiteral("R")});
    p.addOption({QStringLiteral("start"), QString(), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("due"), QString(), QStringLiteral("DATE")});
    if (!p.parse(QStringList{QStringLiteral("plan-activity-add")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(tr("plan activity add needs the plan's number or id."));
    const auto channel = channelFromKey(p.value(QStringLiteral("channel")));
    if (!channel)
        return usage(tr("--channel must be portal, radio, visual, press, meetings or other."));
    // As many as the plan window allows.
    const auto target = CliContext::number(QStringLiteral("--target"),
                                           p.value(QStringLiteral("target")), 0, 100000);
    if (!target)
        return usage(target.error().message);
    Activity a;
    a.channel = *channel;
    a.target = int(target.value());
    if (p.value(QStringLiteral("unit")).trimmed().isEmpty())
        return usage(tr("--unit is needed (bài, lượt phát, băng rôn…)."));
    a.unit = p.value(QStringLiteral("unit"));
    a.description = p.value(QStringLiteral("description"));
    a.focusTopic = p.value(QStringLiteral("topic"));
    a.responsibleUnit = p.value(QStringLiteral("responsible"));
    a.position = -1;
    if (QString bad =
            readDates(p, {{QStringLiteral("start"), &a.start}, {QStringLiteral("due"), &a.due}});
        !bad.isEmpty())
        return usage(bad);
    auto plan = m_ctx.plan(p.positionalArguments().first());
    if (!plan)
        return fail(plan.error());
    a.planId = plan->id;
    auto added = PlanRepository(db()).addActivity(a);
    if (!added)
        return fail(added.error());
    out() << added->id << Qt::endl;
    return Success;
}

// `plan activity reassign ACTIVITY --unit UNIT [--note N]`: the unit responsible for one
// activity, reassigned and recorded.
int PlanCommands::reassign(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("unit"), QString(), QStringLiteral("UNIT")});
    p.addOption({QStringLiteral("note"), QString(), QStringLiteral("NOTE")});
    if (!p.parse(QStringList{QStringLiteral("plan-activity-reassign")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(tr("plan activity reassign needs the activity's id."));
    if (p.value(QStringLiteral("unit")).trimmed().isEmpty())
        return usage(tr("--unit is needed: the unit that becomes responsible."));
    if (auto st = open(); !st)
        return fail(st.error());
    auto change = PlanRepository(db()).reassignUnit(p.positionalArguments().first(),
                                                    p.value(QStringLiteral("unit")),
                                                    p.value(QStringLiteral("note")));
    if (!change)
        return fail(change.error());
    if (json())
        return m_ctx.printJson(unitChangeJson(change.value()));
    out() << tr("Activity %1: responsible unit “%2”, before “%3”.")
                 .arg(change->activityId, change->toUnit, change->fromUnit)
          << Qt::endl;
    return Success;
}

// `plan unit merge --from A --to B [--plan PLAN] [--note N]`: every activity of A (in the plan,
// or in every plan) becomes B's, each reassignment recorded.
int PlanCommands::mergeUnits(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("from"), QString(), QStringLiteral("UNIT")});
    p.addOption({QStringLiteral("to"), QString(), QStringLiteral("UNIT")});
    p.addOption({QStringLiteral("plan"), QString(), QStringLiteral("PLAN")});
    p.addOption({QStringLiteral("note"), QString(), QStringLiteral("NOTE")});
    if (!p.parse(QStringList{QStringLiteral("plan-unit-merge")} + args))
        return usage(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return usage(tr("Unexpected argument: %1").arg(p.positionalArguments().first()));
    if (p.value(QStringLiteral("from")).trimmed().isEmpty() ||
        p.value(QStringLiteral("to")).trimmed().isEmpty())
        return usage(tr("plan unit merge needs --from and --to (the units' names)."));
    QString planId;
    QString planNumber;
    if (p.isSet(QStringLiteral("plan"))) {
        auto plan = m_ctx.plan(p.value(QStringLiteral("plan")));
        if (!plan)
            return fail(plan.error());
        planId = plan->id;
        planNumber = plan->number;
    } else if (auto st = open(); !st) {
        return fail(st.error());
    }
    auto changes = PlanRepository(db()).mergeUnits(p.value(QStringLiteral("from")),
                                                   p.value(QStringLiteral("to")), planId,
                                                   p.value(QStringLiteral("note")));
    if (!changes)
        return fail(changes.error());
    const QString from = p.value(QStringLiteral("from")).trimmed();
    const QString to = p.value(QStringLiteral("to")).trimmed();
    if (json()) {
        QJsonArray list;
        for (const UnitChange &c : std::as_const(changes.value()))
            list << unitChangeJson(c);
        return m_ctx.printJson(QJsonObject{
            {QStringLiteral("from"), from},
            {QStringLiteral("to"), to},
            {QStringLiteral("plan"), planNumber.isEmpty() ? QJsonValue() : QJsonValue(planNumber)},
            {QStringLiteral("changed"), int(changes->size())},
            {QStringLiteral("changes"), list}});
    }
    out() << tr("%n activity(ies) moved from “%1” to “%2”.", nullptr, int(changes->size()))
                 .arg(from, to)
          << Qt::endl;
    return Success;
}

int PlanCommands::manual(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("quantity"), QString(), QStringLiteral("N")});
    p.addOption({QStringLiteral("date"), QString(), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("note"), QString(), QStringLiteral("NOTE")});
    if (!p.parse(QStringList{QStringLiteral("plan-manual")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(tr("plan manual needs the activity's id."));
    // As many as the plan window allows.
    const auto quantity = CliContext::number(QStringLiteral("--quantity"),
                                             p.value(QStringLiteral("quantity")), 1, 10000);
    if (!quantity)
        return usage(quantity.error().message);
    ManualEntry e;
    e.activityId = p.positionalArguments().first();
    e.quantity = int(quantity.value());
    e.date = PlanJson::parseDate(p.value(QStringLiteral("date")));
    if (!e.date.isValid())
        return usage(tr("--date needs a date (2019-02-19 or 19/02/2019)."));
    if (p.value(QStringLiteral("note")).trimmed().isEmpty())
        return usage(tr("--note is needed: say what was done (for the report)."));
    e.note = p.value(QStringLiteral("note"));
    if (auto st = open(); !st)
        return fail(st.error());
    auto added = PlanRepository(db()).addManualEntry(e);
    if (!added)
        return fail(added.error());
    out() << added->id << Qt::endl;
    return Success;
}

int PlanCommands::attach(const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("plan attach needs the plan's number or id and a file."));
    auto plan = m_ctx.plan(args.at(0));
    if (!plan)
        return fail(plan.error());
    if (auto st = PlanRepository(db()).attachDocumentFile(plan->id, args.at(1)); !st)
        return fail(st.error());
    return Success;
}

int PlanCommands::report(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("format"), QString(), QStringLiteral("odt|pdf|html")});
    p.addOption({QStringLiteral("out"), QString(), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("from"), QString(), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("to"), QString(), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("signer"), QString(), QStringLiteral("NAME")});
    if (!p.parse(QStringList{QStringLiteral("plan-report")} + args))
        return usage(p.errorText());
    const QString format = p.value(QStringLiteral("format")).toLower();
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("out")) ||
        (format != QLatin1String("odt") && format != QLatin1String("pdf") &&
         format != QLatin1String("html")))
        return usage(tr("plan report needs the plan, --format odt|pdf|html and --out FILE."));
    QDate from;
    QDate to;
    if (QString bad = readDates(p, {{QStringLiteral("from"), &from}, {QStringLiteral("to"), &to}});
        !bad.isEmpty())
        return usage(bad);
    if (from.isValid() && to.isValid() && to < from)
        return usage(tr("--to comes before --from."));
    auto plan = m_ctx.plan(p.positionalArguments().first());
    if (!plan)
        return fail(plan.error());
    auto office = OfficeRepository(db()).load();
    if (!office)
        return fail(office.error());
    ReportInput in;
    in.setOffice(office.value());
    in.plan = plan.value();
    in.from = from.isValid() ? from : plan->periodStart;
    in.to = to.isValid() ? to : plan->periodEnd;
    in.date = QDate::currentDate();
    if (p.isSet(QStringLiteral("signer")))
        in.signerName = p.value(QStringLiteral("signer"));
    PlanProgress counter(db());
    auto progress = counter.activities(plan->id, in.from, in.to);
    if (!progress)
        return fail(progress.error());
    in.progress = progress.value();
    auto articles = counter.publishedArticles(plan->id, in.from, in.to);
    if (!articles)
        return fail(articles.error());
    in.articles = articles.value();
    if (Status evidence = loadReportEvidence(db(), in); !evidence)
        return fail(evidence.error());
    const QString outPath = p.value(QStringLiteral("out"));
    if (auto st = CliContext::checkWritable(outPath); !st)
        return fail(st.error());
    const Status st = format == QLatin1String("pdf")    ? PlanReport::writePdf(in, outPath)
                      : format == QLatin1String("html") ? PlanReport::writeHtml(in, outPath)
                                                        : PlanReport::writeOdt(in, outPath);
    if (!st)
        return fail(st.error());
    out() << tr("Report on %1 (%2) written to %3.")
                 .arg(plan->number, PlanReport::periodName(in.from, in.to), outPath)
          << Qt::endl;
    return Success;
}

} // namespace PressDesk
