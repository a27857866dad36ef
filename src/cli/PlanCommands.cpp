// The `plan` commands of pressdesk-cli.
#include "Cli.h"

#include "plan/PlanJson.h"
#include "plan/PlanProgress.h"
#include "plan/PlanRepository.h"
#include "report/PlanReport.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
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
                       {QStringLiteral("manual"), p.manual},
                       {QStringLiteral("done"), p.done()},
                       {QStringLiteral("percent"), qRound(p.percent() * 10) / 10.0},
                       {QStringLiteral("overdue"), p.overdue},
                       {QStringLiteral("at_risk"), p.atRisk},
                       {QStringLiteral("article_ids"), QJsonArray::fromStringList(p.articleIds)}};
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
            return Cli::tr("--%1 needs a date (2019-02-19 or 19/02/2019).").arg(option);
    }
    return {};
}

} // namespace

int Cli::runPlan(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("new"))
        return planNew(rest);
    if (sub == QLatin1String("import"))
        return planImport(rest);
    if (sub == QLatin1String("export"))
        return planExport(rest);
    if (sub == QLatin1String("list"))
        return planList(rest);
    if (sub == QLatin1String("show") || sub == QLatin1String("progress"))
        return planProgress(sub, rest);
    if (sub == QLatin1String("link") || sub == QLatin1String("unlink"))
        return planLink(sub, rest);
    if (sub == QLatin1String("activity"))
        return planActivity(rest);
    if (sub == QLatin1String("manual"))
        return planManual(rest);
    if (sub == QLatin1String("attach"))
        return planAttach(rest);
    if (sub == QLatin1String("report"))
        return planReport(rest);
    return usage(tr("Unknown plan command: %1").arg(sub));
}

int Cli::planNew(const QStringList &args)
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
    if (auto st = openDatabase(); !st)
        return fail(st.error());
    auto created = PlanRepository(*m_db).create(plan);
    if (!created)
        return fail(created.error());
    m_out << created->id << Qt::endl;
    return Success;
}

int Cli::planImport(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("plan import needs one file (JSON)."));
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error{QStringLiteral("io"),
                          tr("Cannot read %1: %2").arg(args.first(), file.errorString())});
    if (auto st = openDatabase(); !st)
        return fail(st.error());
    auto plan = PlanJson::import(*m_db, file.readAll());
    if (!plan)
        return fail(plan.error());
    auto activities = PlanRepository(*m_db).activities(plan->id);
    if (!activities)
        return fail(activities.error());
    if (m_json) {
        QJsonObject o = planSummary(plan.value());
        o.insert(QStringLiteral("activities"), int(activities->size()));
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)) << Qt::flush;
    } else {
        m_out << plan->id << Qt::endl;
        m_err << tr("Imported plan %1 with %n activity(ies).", nullptr, int(activities->size()))
                     .arg(plan->number)
              << Qt::endl;
    }
    return Success;
}

int Cli::planExport(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("plan export needs the plan's number or id."));
    if (auto st = openDatabase(); !st)
        return fail(st.error());
    PlanRepository repo(*m_db);
    auto plan = repo.find(args.first());
    if (!plan)
        return fail(plan.error());
    auto activities = repo.activities(plan->id);
    if (!activities)
        return fail(activities.error());
    m_out << QString::fromUtf8(QJsonDocument(PlanJson::toJson(plan.value(), activities.value()))
                                   .toJson(QJsonDocument::Indented))
          << Qt::flush;
    return Success;
}

int Cli::planList(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("Unexpected argument: %1").arg(args.first()));
    if (auto st = openDatabase(); !st)
        return fail(st.error());
    auto plans = PlanRepository(*m_db).list();
    if (!plans)
        return fail(plans.error());
    if (m_json) {
        QJsonArray arr;
        for (const Plan &p : std::as_const(plans.value()))
            arr << planSummary(p);
        m_out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
    } else {
        for (const Plan &p : std::as_const(plans.value()))
            m_out << p.id << u'\t' << p.number << u'\t' << shownDate(p.issueDate) << u'\t'
                  << p.title << u'\n';
    }
    m_out.flush();
    return Success;
}

// `plan show ID`: the plan and its activities with progress over its period;
// `plan progress ID [--from] [--to] [--today]`: the progress over a range, with the months.
int Cli::planProgress(const QString &sub, const QStringList &args)
{
    const bool show = sub == QLatin1String("show");
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
    if (auto st = openDatabase(); !st)
        return fail(st.error());
    auto plan = PlanRepository(*m_db).find(p.positionalArguments().first());
    if (!plan)
        return fail(plan.error());
    PlanProgress counter(*m_db);
    auto progress = counter.activities(plan->id, from, to, today);
    if (!progress)
        return fail(progress.error());
    from = from.isValid() ? from : plan->periodStart;
    to = to.isValid() ? to : plan->periodEnd;

    if (m_json) {
        QJsonObject o = planSummary(plan.value());
        QJsonArray acts;
        for (const ActivityProgress &a : std::as_const(progress.value()))
            acts << progressJson(a);
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
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Success;
    }

    m_out << tr("Plan %1: %2").arg(plan->number, plan->title) << u'\n';
    if (show) {
        m_out << tr("Issued by %1 on %2").arg(plan->issuingBody, shownDate(plan->issueDate))
              << u'\n';
        if (!plan->theme.isEmpty())
            m_out << tr("Theme: %1").arg(plan->theme) << u'\n';
        for (const QString &t : std::as_const(plan->focusTopics))
            m_out << QStringLiteral("  - ") << t << u'\n';
        if (!plan->documentName.isEmpty())
            m_out << tr("Document: %1").arg(plan->documentName) << u'\n';
    }
    m_out << tr("Progress from %1 to %2").arg(shownDate(from), shownDate(to)) << u'\n';
    for (const ActivityProgress &a : std::as_const(progress.value())) {
        QString flag;
        if (a.overdue)
            flag = tr("overdue");
        else if (a.atRisk)
            flag = tr("at risk");
        m_out << a.activity.id << u'\t' << channelKey(a.activity.channel) << u'\t'
              << tr("%1 of %2 %3 (%4%)")
                     .arg(a.done())
                     .arg(a.activity.target)
                     .arg(a.activity.unit)
                     .arg(qRound(a.percent()))
              << u'\t' << tr("due %1").arg(shownDate(a.activity.due)) << u'\t' << flag << u'\t'
              << a.activity.description << u'\n';
    }
    m_out.flush();
    return Success;
}

int Cli::planLink(const QString &sub, const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("plan %1 needs an article id and an activity id.").arg(sub));
    if (auto st = openDatabase(); !st)
        return fail(st.error());
    auto article = ArticleRepository(*m_db).resolveId(args.at(0));
    if (!article)
        return fail(article.error());
    PlanRepository repo(*m_db);
    const Status st = sub == QLatin1String("link") ? repo.link(article.value(), args.at(1))
                                                   : repo.unlink(article.value(), args.at(1));
    if (!st)
        return fail(st.error());
    return Success;
}

int Cli::planActivity(const QStringList &args)
{
    if (args.value(0) != QLatin1String("add"))
        return usage(tr("Unknown plan activity command: %1").arg(args.value(0)));
    QCommandLineParser p;
    p.addOption({QStringLiteral("channel"), QString(), QStringLiteral("C")});
    p.addOption({QStringLiteral("target"), QString(), QStringLiteral("N")});
    p.addOption({QStringLiteral("unit"), QString(), QStringLiteral("U")});
    p.addOption({QStringLiteral("description"), QString(), QStringLiteral("D")});
    p.addOption({QStringLiteral("topic"), QString(), QStringLiteral("T")});
    p.addOption({QStringLiteral("responsible"), QString(), QStringLiteral("R")});
    p.addOption({QStringLiteral("start"), QString(), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("due"), QString(), QStringLiteral("DATE")});
    if (!p.parse(QStringList{QStringLiteral("plan-activity-add")} + args.mid(1)))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(tr("plan activity add needs the plan's number or id."));
    const auto channel = channelFromKey(p.value(QStringLiteral("channel")));
    if (!channel)
        return usage(tr("--channel must be portal, radio, visual, press, meetings or other."));
    bool ok = false;
    Activity a;
    a.channel = *channel;
    a.target = p.value(QStringLiteral("target")).toInt(&ok);
    if (!ok || a.target < 0)
        return usage(tr("--target needs a number (0 or more)."));
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
    if (auto st = openDatabase(); !st)
        return fail(st.error());
    PlanRepository repo(*m_db);
    auto plan = repo.find(p.positionalArguments().first());
    if (!plan)
        return fail(plan.error());
    a.planId = plan->id;
    auto added = repo.addActivity(a);
    if (!added)
        return fail(added.error());
    m_out << added->id << Qt::endl;
    return Success;
}

int Cli::planManual(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("quantity"), QString(), QStringLiteral("N")});
    p.addOption({QStringLiteral("date"), QString(), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("note"), QString(), QStringLiteral("NOTE")});
    if (!p.parse(QStringList{QStringLiteral("plan-manual")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(tr("plan manual needs the activity's id."));
    bool ok = false;
    ManualEntry e;
    e.activityId = p.positionalArguments().first();
    e.quantity = p.value(QStringLiteral("quantity")).toInt(&ok);
    if (!ok || e.quantity <= 0)
        return usage(tr("--quantity needs a positive number."));
    e.date = PlanJson::parseDate(p.value(QStringLiteral("date")));
    if (!e.date.isValid())
        return usage(tr("--date needs a date (2019-02-19 or 19/02/2019)."));
    if (p.value(QStringLiteral("note")).trimmed().isEmpty())
        return usage(tr("--note is needed: say what was done (for the report)."));
    e.note = p.value(QStringLiteral("note"));
    if (auto st = openDatabase(); !st)
        return fail(st.error());
    auto added = PlanRepository(*m_db).addManualEntry(e);
    if (!added)
        return fail(added.error());
    m_out << added->id << Qt::endl;
    return Success;
}

int Cli::planAttach(const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("plan attach needs the plan's number or id and a file."));
    if (auto st = openDatabase(); !st)
        return fail(st.error());
    PlanRepository repo(*m_db);
    auto plan = repo.find(args.at(0));
    if (!plan)
        return fail(plan.error());
    if (auto st = repo.attachDocumentFile(plan->id, args.at(1)); !st)
        return fail(st.error());
    return Success;
}

int Cli::planReport(const QStringList &args)
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
    if (auto st = openDatabase(); !st)
        return fail(st.error());
    auto plan = PlanRepository(*m_db).find(p.positionalArguments().first());
    if (!plan)
        return fail(plan.error());
    ReportInput in;
    in.plan = plan.value();
    in.from = from.isValid() ? from : plan->periodStart;
    in.to = to.isValid() ? to : plan->periodEnd;
    in.date = QDate::currentDate();
    in.signerName = p.value(QStringLiteral("signer"));
    PlanProgress counter(*m_db);
    auto progress = counter.activities(plan->id, in.from, in.to);
    if (!progress)
        return fail(progress.error());
    in.progress = progress.value();
    auto articles = counter.publishedArticles(plan->id, in.from, in.to);
    if (!articles)
        return fail(articles.error());
    in.articles = articles.value();
    const QString out = p.value(QStringLiteral("out"));
    const Status st = format == QLatin1String("pdf")    ? PlanReport::writePdf(in, out)
                      : format == QLatin1String("html") ? PlanReport::writeHtml(in, out)
                                                        : PlanReport::writeOdt(in, out);
    if (!st)
        return fail(st.error());
    m_out << tr("Report on %1 (%2) written to %3.")
                 .arg(plan->number, PlanReport::periodName(in.from, in.to), out)
          << Qt::endl;
    return Success;
}

} // namespace PressDesk
