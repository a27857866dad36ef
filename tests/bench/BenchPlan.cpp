// Plan progress benchmark: a plan of 50 activities over a store of generated articles, a few
// thousand of them linked to the activities and a share of those published or approved.
//   bench_plan [--articles N] [--links N] [--db FILE] [--runs N] [--keep]
// With --db, an existing file with enough articles is reused (generation takes a while).
#include "plan/PlanProgress.h"
#include "plan/PlanRepository.h"
#include "report/PlanReport.h"
#include "store/ArticleRepository.h"
#include "store/CorpusGenerator.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace PressDesk;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

int fail(const Error &e)
{
    std::fprintf(stderr, "%s\n", qPrintable(e.message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // The report's PDF lays text out with fonts: a GUI application, on no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("articles"), QString(), QStringLiteral("N"), QStringLiteral("100000")});
    p.addOption({QStringLiteral("links"), QString(), QStringLiteral("N"), QStringLiteral("5000")});
    p.addOption({QStringLiteral("db"), QString(), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("runs"), QString(), QStringLiteral("N"), QStringLiteral("21")});
    p.addOption({QStringLiteral("keep"), QStringLiteral("Keep the plan in the file afterwards.")});
    p.process(app);
    const int n = p.value(QStringLiteral("articles")).toInt();
    const int links = p.value(QStringLiteral("links")).toInt();
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());
    QTemporaryDir tmp;
    const QString path = p.isSet(QStringLiteral("db"))
                             ? p.value(QStringLiteral("db"))
                             : tmp.filePath(QStringLiteral("bench.sqlite"));
    auto opened = Database::open(path);
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();
    const int have = ArticleRepository(db).count().value();
    if (have < n) {
        QElapsedTimer t;
        t.start();
        if (auto st = CorpusGenerator::generate(db, n - have, 42); !st)
            return fail(st.error());
        std::printf("generated %d articles in %.1f s\n", n - have, ms(t) / 1000);
    }

    // A plan for 2019 with 50 activities over the six channels (a new one each run, so a
    // reused file keeps working).
    PlanRepository plans(db);
    Plan plan;
    plan.number = QStringLiteral("bench/%1").arg(QDateTime::currentMSecsSinceEpoch());
    plan.issueDate = QDate(2019, 2, 19);
    plan.periodStart = QDate(2019, 1, 1);
    plan.periodEnd = QDate(2019, 12, 31);
    auto created = plans.create(plan);
    if (!created)
        return fail(created.error());
    const QString planId = created->id;
    const QList<Channel> channels = allChannels();
    QStringList activityIds;
    for (int i = 0; i < 50; ++i) {
        Activity a;
        a.planId = planId;
        a.channel = channels.at(i % channels.size());
        a.target = 20 + i;
        a.unit = QStringLiteral("bài");
        a.start = QDate(2019, 1 + i % 6, 1);
        a.due = QDate(2019, 7 + i % 6, 28);
        a.position = -1;
        auto added = plans.addActivity(a);
        if (!added)
            return fail(added.error());
        activityIds << added->id;
    }

    // Link `links` random articles (some to two activities); publish half of them and approve
    // a quarter, with dates spread over 2018–2020 (set directly: the workflow stamps "now").
    QRandomGenerator rng(7);
    QElapsedTimer setup;
    setup.start();
    auto st = db.transaction([&]() -> Status {
        QSqlQuery ids(db.connection());
        ids.prepare(QStringLiteral("SELECT id FROM articles ORDER BY random() LIMIT ?"));
        ids.addBindValue(links);
        if (!ids.exec())
            return Database::sqlError(ids.lastError());
        QStringList chosen;
        while (ids.next())
            chosen << ids.value(0).toString();
        QSqlQuery link(db.connection());
        link.prepare(QStringLiteral("INSERT OR IGNORE INTO activity_articles (activity_id, "
                                    "article_id, linked_at) VALUES (?, ?, '2019-01-01')"));
        QSqlQuery status(db.connection());
        status.prepare(QStringLiteral("UPDATE articles SET status = ?, status_changed_at = ?, "
                                      "approved_at = ? WHERE id = ?"));
        for (int i = 0; i < chosen.size(); ++i) {
            const int copies = i % 5 == 0 ? 2 : 1;
            for (int c = 0; c < copies; ++c) {
                link.addBindValue(activityIds.at(int(rng.bounded(activityIds.size()))));
                link.addBindValue(chosen.at(i));
                if (!link.exec())
                    return Database::sqlError(link.lastError());
            }
            const QDateTime when(QDate(2018, 1, 1).addDays(rng.bounded(3 * 365)),
                                 QTime(int(rng.bounded(24)), 0), Qt::UTC);
            const int r = int(rng.bounded(4));
            status.addBindValue(
                r < 2 ? QStringLiteral("published")
                      : (r == 2 ? QStringLiteral("approved") : QStringLiteral("draft")));
            status.addBindValue(when.toString(Qt::ISODateWithMs));
            status.addBindValue(when.addDays(-1).toString(Qt::ISODateWithMs));
            status.addBindValue(chosen.at(i));
            if (!status.exec())
                return Database::sqlError(status.lastError());
        }
        return {};
    });
    if (!st)
        return fail(st.error());
    std::printf("linked %d articles to 50 activities in %.0f ms\n", links, ms(setup));

    PlanProgress progress(db);
    QList<double> times, monthTimes, listTimes;
    int done = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto r = progress.activities(planId, {}, {}, QDate(2019, 10, 1));
        times << ms(t);
        if (!r)
            return fail(r.error());
        done = 0;
        for (const ActivityProgress &a : r.value())
            done += a.done();
        t.restart();
        auto m = progress.monthly(planId);
        monthTimes << ms(t);
        if (!m || m->size() != 12)
            return 1;
        t.restart();
        auto l = progress.publishedArticles(planId);
        listTimes << ms(t);
        if (!l)
            return fail(l.error());
    }
    // The whole report as the office makes it: count, list, lay out and write PDF and ODT.
    QList<double> pdfTimes, odtTimes;
    const Plan stored = plans.get(planId).value();
    for (int i = 0; i < std::min(runs, 5); ++i) {
        QElapsedTimer t;
        t.start();
        ReportInput in;
        in.plan = stored;
        in.from = stored.periodStart;
        in.to = stored.periodEnd;
        in.date = QDate(2020, 1, 10);
        in.progress = progress.activities(planId, in.from, in.to).value();
        in.articles = progress.publishedArticles(planId, in.from, in.to).value();
        if (auto w = PlanReport::writePdf(in, tmp.filePath(QStringLiteral("r.pdf"))); !w)
            return fail(w.error());
        pdfTimes << ms(t);
        t.restart();
        in.progress = progress.activities(planId, in.from, in.to).value();
        in.articles = progress.publishedArticles(planId, in.from, in.to).value();
        if (auto w = PlanReport::writeOdt(in, tmp.filePath(QStringLiteral("r.odt"))); !w)
            return fail(w.error());
        odtTimes << ms(t);
        if (i == 0)
            std::printf("report lists %d published articles\n", int(in.articles.size()));
    }
    std::printf("articles %d, counted %d items over 50 activities\n",
                ArticleRepository(db).count().value(), done);
    std::printf("PlanProgress::activities, median of %d: %.2f ms\n", runs, median(times));
    std::printf("PlanProgress::monthly, median of %d: %.2f ms\n", runs, median(monthTimes));
    std::printf("PlanProgress::publishedArticles, median of %d: %.2f ms\n", runs,
                median(listTimes));
    std::printf("report as PDF (count, list, lay out, write), median of %d: %.0f ms\n",
                int(pdfTimes.size()), median(pdfTimes));
    std::printf("report as ODT, median of %d: %.0f ms\n", int(odtTimes.size()), median(odtTimes));
    if (!p.isSet(QStringLiteral("keep")))
        (void)plans.remove(planId);
    return done > 0 ? 0 : 1;
}
