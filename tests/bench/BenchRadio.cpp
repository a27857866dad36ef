// Radio benchmark: reading scripts for N articles, and a year of a programme's rundowns with
// their aired log, as the radio window, the plan tracker and the export use them. Figures go to
// docs/PERFORMANCE.md; no time is asserted.
//
//   bench_radio [--articles 1000] [--days 365] [--items 6] [--runs 5]
//
// Scripts: N articles made by CorpusGenerator (seed 42, the benchmark corpus of the store),
// each turned into its reading script (RadioRepository::scriptOf: Text::readingScript with the
// office glossary, numbers and dates written as said) and timed (RadioDuration::estimate), as
// "Add article…" does; the demo article too.
// A year: a new profile with a plan and its radio activity, the district's station and two
// communes' loudspeakers, a daily 15-minute bulletin; every day of the year `--items` items
// (scripts of the articles above) are added to the rundown and each is aired on all three
// stations. Then, `--runs` times: every day's rundown read (the window stepping through the
// days), the plan's progress counted (the radio activity's broadcasts), the year's aired log
// read, and one day exported as text files for the loudspeakers.
#include "model/Article.h"
#include "plan/PlanProgress.h"
#include "plan/PlanRepository.h"
#include "radio/RadioDuration.h"
#include "radio/RadioExport.h"
#include "radio/RadioRepository.h"
#include "store/CategoryRepository.h"
#include "store/CorpusGenerator.h"
#include "store/Database.h"
#include "store/UserRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace PressDesk;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}

template <typename T> T must(Result<T> r, const char *what)
{
    if (!r)
        qFatal("%s: %s", what, qPrintable(r.error().message));
    return std::move(r).value();
}

void must(const Status &s, const char *what)
{
    if (!s)
        qFatal("%s: %s", what, qPrintable(s.error().message));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("articles"), QString(), QStringLiteral("N"), QStringLiteral("1000")});
    p.addOption({QStringLiteral("days"), QString(), QStringLiteral("N"), QStringLiteral("365")});
    p.addOption({QStringLiteral("items"), QString(), QStringLiteral("N"), QStringLiteral("6")});
    p.addOption({QStringLiteral("runs"), QString(), QStringLiteral("N"), QStringLiteral("5")});
    p.process(app);
    const int articleCount = std::max(1, p.value(QStringLiteral("articles")).toInt());
    const int days = std::clamp(p.value(QStringLiteral("days")).toInt(), 1, 366);
    const int perDay = std::max(1, p.value(QStringLiteral("items")).toInt());
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("radio.sqlite")));
    if (!opened)
        qFatal("profile: %s", qPrintable(opened.error().message));
    Database &db = *opened.value();
    must(UserRepository(db).ensureCurrentUser(), "user");
    const QList<Category> categories = must(CategoryRepository(db).list(), "categories");

    // --- Scripts of N articles -------------------------------------------------------------
    QRandomGenerator rng(42);
    QList<Article> articles;
    qint64 words = 0;
    for (int i = 0; i < articleCount; ++i)
        articles << CorpusGenerator::makeArticle(rng, categories);
    QFile demoFile(QStringLiteral(PRESSDESK_DEMO_ARTICLE));
    if (!demoFile.open(QIODevice::ReadOnly))
        qFatal("cannot read the demo article");
    const QJsonObject demoJson = QJsonDocument::fromJson(demoFile.readAll()).object();
    Article demo;
    demo.title = demoJson.value(QLatin1String("title")).toString();
    demo.lead = demoJson.value(QLatin1String("lead")).toString();
    demo.bodyHtml = demoJson.value(QLatin1String("body_html")).toString();

    QList<double> perArticle;
    QList<double> totals;
    QStringList scripts;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer all;
        all.start();
        scripts.clear();
        words = 0;
        for (const Article &a : std::as_const(articles)) {
            QElapsedTimer one;
            one.start();
            const QString script = RadioRepository::scriptOf(a);
            words += RadioDuration::estimate(script).words;
            if (run == runs - 1)
                perArticle << ms(one);
            scripts << script;
        }
        totals << ms(all);
    }
    QList<double> demoRuns;
    QString demoScript;
    for (int run = 0; run < std::max(runs, 20); ++run) {
        QElapsedTimer one;
        one.start();
        demoScript = RadioRepository::scriptOf(demo);
        (void)RadioDuration::estimate(demoScript);
        demoRuns << ms(one);
    }

    // --- A year of rundowns ------------------------------------------------------------------
    PlanRepository plans(db);
    const QDate first(2019, 1, 1);
    Plan plan;
    plan.number = QStringLiteral("65/KH-UBND");
    plan.title = QStringLiteral("Tuyên truyền cải cách hành chính năm 2019");
    plan.periodStart = first;
    plan.periodEnd = QDate(2019, 12, 31);
    plan = must(plans.create(plan), "plan");
    Activity radioActivity;
    radioActivity.planId = plan.id;
    radioActivity.channel = Channel::Radio;
    radioActivity.description = QStringLiteral("Phát sóng tin bài về cải cách hành chính");
    radioActivity.target = 1000;
    radioActivity.unit = QStringLiteral("lượt phát");
    radioActivity = must(plans.addActivity(radioActivity), "activity");

    RadioRepository radio(db);
    QStringList stationIds;
    for (const char *name :
         {"Đài Truyền thanh huyện Hoài Đức", "Loa xã Vân Canh", "Loa xã An Khánh"}) {
        Station s;
        s.name = QString::fromUtf8(name);
        s.kind = stationIds.isEmpty() ? StationKind::Station : StationKind::Loudspeakers;
        stationIds << must(radio.addStation(s), "station").id;
    }
    Program bulletin;
    bulletin.name = QStringLiteral("Thời sự Hoài Đức");
    bulletin.stationId = stationIds.first();
    bulletin.startTime = QStringLiteral("06:00");
    bulletin.lengthMinutes = 15;
    bulletin = must(radio.addProgram(bulletin), "programme");

    QElapsedTimer fill;
    fill.start();
    int itemCount = 0;
    int airedCount = 0;
    for (int d = 0; d < days; ++d) {
        const QDate day = first.addDays(d);
        must(db.transaction([&]() -> Status {
            for (int i = 0; i < perDay; ++i) {
                RadioItem item;
                item.programId = bulletin.id;
                item.broadcastDate = day;
                item.title = articles.at(itemCount % articles.size()).title;
                item.script = scripts.at(itemCount % scripts.size());
                item.activityId = radioActivity.id;
                auto added = radio.addItem(item);
                if (!added)
                    return added.error();
                ++itemCount;
                for (int s = 0; s < stationIds.size(); ++s) {
                    auto aired = radio.markAired(added->id, stationIds.at(s),
                                                 QDateTime(day, QTime(6, i * 2 + s)));
                    if (!aired)
                        return aired.error();
                    ++airedCount;
                }
            }
            return {};
        }),
             "a day's rundown");
    }
    const double fillMs = ms(fill);

    QList<double> dayRundown, yearOfDays, progress, airedLog, exportDay;
    QTemporaryDir out;
    int counted = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer year;
        year.start();
        for (int d = 0; d < days; ++d) {
            QElapsedTimer one;
            one.start();
            const Rundown r = must(radio.rundown(bulletin.id, first.addDays(d)), "rundown");
            if (r.items.size() != perDay)
                qFatal("a rundown of %d items, not %d", int(r.items.size()), perDay);
            if (run == runs - 1)
                dayRundown << ms(one);
        }
        yearOfDays << ms(year);

        QElapsedTimer counting;
        counting.start();
        const QList<ActivityProgress> counts =
            must(PlanProgress(db).activities(plan.id), "progress");
        progress << ms(counting);
        counted = counts.first().aired;

        QElapsedTimer log;
        log.start();
        const QList<AiredEntry> entries = must(radio.aired(first, plan.periodEnd), "aired log");
        airedLog << ms(log);
        if (entries.size() != airedCount)
            qFatal("aired log of %d, not %d", int(entries.size()), airedCount);

        QElapsedTimer exporting;
        exporting.start();
        const Rundown r = must(radio.rundown(bulletin.id, first.addDays(days / 2)), "rundown");
        must(RadioExport::writeTextFiles(r, out.filePath(QString::number(run))), "export");
        exportDay << ms(exporting);
    }
    if (counted != airedCount)
        qFatal("the plan counted %d broadcasts of %d", counted, airedCount);

    std::printf("| radio, %d articles; a year of %d days × %d items × %d stations (%d items, %d "
                "broadcasts) | median of %d | p95 |\n|---|---|---|\n",
                articleCount, days, perDay, int(stationIds.size()), itemCount, airedCount, runs);
    std::printf("| scripts of all %d articles (%lld words read) | %.0f ms | |\n", articleCount,
                words, percentile(totals, 0.5));
    std::printf("| one article's script and duration | %.2f ms | %.2f ms |\n",
                percentile(perArticle, 0.5), percentile(perArticle, 0.95));
    std::printf("| the demo article's script (%d characters) | %.2f ms | %.2f ms |\n",
                int(demoScript.size()), percentile(demoRuns, 0.5), percentile(demoRuns, 0.95));
    std::printf("| filling the year (items added and aired, once) | %.0f ms | |\n", fillMs);
    std::printf("| one day's rundown read | %.2f ms | %.2f ms |\n", percentile(dayRundown, 0.5),
                percentile(dayRundown, 0.95));
    std::printf("| every day of the year's rundown read | %.0f ms | |\n",
                percentile(yearOfDays, 0.5));
    std::printf("| the plan's progress counted (%d broadcasts) | %.1f ms | %.1f ms |\n", counted,
                percentile(progress, 0.5), percentile(progress, 0.95));
    std::printf("| the year's aired log read | %.1f ms | |\n", percentile(airedLog, 0.5));
    std::printf("| one day exported as text files | %.1f ms | |\n", percentile(exportDay, 0.5));
    return 0;
}
