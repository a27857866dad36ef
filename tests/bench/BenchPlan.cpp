// Plan progress benchmark: a plan of 50 activities over a store of generated articles, a few
// thousand of them linked to the activities and a share of those published or approved; for
// the report's lists and annex, 40 broadcasts on a radio activity and visual items with
// camera-sized evidence photos (12 megapixels, several MB each) on a visual one.
//   bench_plan [--articles N] [--links N] [--photos N] [--db FILE] [--runs N] [--keep]
// With --db, an existing file with enough articles is reused (generation takes a while).
#include "plan/PlanProgress.h"
#include "plan/PlanRepository.h"
#include "radio/RadioRepository.h"
#include "report/PlanReport.h"
#include "report/ReportEvidence.h"
#include "store/ArticleRepository.h"
#include "store/CorpusGenerator.h"
#include "store/Database.h"
#include "visual/VisualRepository.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
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

// A photo as a phone takes it: 4000 × 3000, with fine detail everywhere (grain over a scene),
// so that the JPEG is as large as a real one.
QByteArray cameraPhoto()
{
    QImage image(4000, 3000, QImage::Format_RGB32);
    QRandomGenerator grain(11);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int n = int(grain.bounded(48));
            const int sky = y < 1700;
            line[x] = qRgb(sky ? 120 + n : 80 + n, sky ? 170 + n : 80 + n, sky ? 200 + n : 80 + n);
        }
    }
    QPainter painter(&image);
    painter.fillRect(400, 900, 3200, 500, QColor(200, 20, 20));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", 95);
    return bytes;
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
    p.addOption({QStringLiteral("photos"), QString(), QStringLiteral("N"), QStringLiteral("20")});
    p.addOption({QStringLiteral("db"), QString(), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("runs"), QString(), QStringLiteral("N"), QStringLiteral("21")});
    p.addOption({QStringLiteral("keep"), QStringLiteral("Keep the plan in the file afterwards.")});
    p.process(app);
    const int n = p.value(QStringLiteral("articles")).toInt();
    const int links = p.value(QStringLiteral("links")).toInt();
    const int photos = p.value(QStringLiteral("photos")).toInt();
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

    // The report's lists and annex: 40 broadcasts (20 items on two stations) on the first
    // radio activity; on the first visual activity, items of four photos each (`photos` in
    // all, distinct files of one camera-sized picture) and one item without photo.
    QString radioActivity, visualActivity;
    for (int i = 0; i < activityIds.size(); ++i) {
        const Channel c = channels.at(i % channels.size());
        if (c == Channel::Radio && radioActivity.isEmpty())
            radioActivity = activityIds.at(i);
        if (c == Channel::VisualCampaign && visualActivity.isEmpty())
            visualActivity = activityIds.at(i);
    }
    {
        QElapsedTimer t;
        t.start();
        RadioRepository radio(db);
        const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
        Station district;
        district.name = QStringLiteral("Đài Truyền thanh huyện ") + stamp;
        auto station = radio.addStation(district);
        Station commune;
        commune.name = QStringLiteral("Loa truyền thanh xã ") + stamp;
        commune.kind = StationKind::Loudspeakers;
        auto speakers = radio.addStation(commune);
        if (!station || !speakers)
            return fail(station ? speakers.error() : station.error());
        Program bulletin;
        bulletin.name = QStringLiteral("Thời sự");
        bulletin.stationId = station->id;
        bulletin.startTime = QStringLiteral("06:00");
        auto program = radio.addProgram(bulletin);
        if (!program)
            return fail(program.error());
        for (int i = 0; i < 20; ++i) {
            RadioItem item;
            item.programId = program->id;
            item.broadcastDate = QDate(2019, 2, 1).addDays(i * 7);
            item.title = QStringLiteral("Bản tin cải cách hành chính số %1").arg(i + 1);
            item.script = item.title;
            item.activityId = radioActivity;
            auto added = radio.addItem(item);
            if (!added)
                return fail(added.error());
            for (const QString &s : {station->id, speakers->id}) {
                if (auto a =
                        radio.markAired(added->id, s, QDateTime(item.broadcastDate, QTime(6, 5)));
                    !a)
                    return fail(a.error());
            }
        }
        VisualRepository visual(db);
        const QByteArray picture = photos > 0 ? cameraPhoto() : QByteArray();
        for (int i = 0; i * 4 < photos + 4; ++i) {
            VisualItem item;
            item.activityId = visualActivity;
            item.form = i % 2 ? VisualForm::Panel : VisualForm::Banner;
            item.quantity = 1 + i;
            item.content = QStringLiteral("Cải cách hành chính vì nhân dân phục vụ");
            item.commune = QStringLiteral("Xã số %1").arg(i + 1);
            item.place = QStringLiteral("Thôn %1").arg(i + 1);
            item.installedDate = QDate(2019, 3, 1).addDays(i * 10);
            auto added = visual.addItem(item);
            if (!added)
                return fail(added.error());
            for (int k = i * 4; k < std::min(photos, i * 4 + 4); ++k) {
                // Bytes after the JPEG's end make each file distinct (the store keeps one
                // copy of identical bytes).
                const QByteArray file = picture + stamp.toLatin1() + QByteArray::number(k);
                if (auto ph = visual.addPhoto(added->id, file, QStringLiteral("IMG_%1.jpg").arg(k));
                    !ph)
                    return fail(ph.error());
            }
        }
        std::printf("40 broadcasts and %d photos of %.1f MB each stored in %.1f s\n", photos,
                    double(picture.size()) / 1e6, ms(t) / 1000);
    }

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
    QList<double> pdfTimes, odtTimes, evidenceTimes;
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
        QElapsedTimer e;
        e.start();
        if (auto loaded = loadReportEvidence(db, in); !loaded)
            return fail(loaded.error());
        evidenceTimes << ms(e);
        if (auto w = PlanReport::writePdf(in, tmp.filePath(QStringLiteral("r.pdf"))); !w)
            return fail(w.error());
        pdfTimes << ms(t);
        t.restart();
        in.progress = progress.activities(planId, in.from, in.to).value();
        in.articles = progress.publishedArticles(planId, in.from, in.to).value();
        if (auto loaded = loadReportEvidence(db, in); !loaded)
            return fail(loaded.error());
        if (auto w = PlanReport::writeOdt(in, tmp.filePath(QStringLiteral("r.odt"))); !w)
            return fail(w.error());
        odtTimes << ms(t);
        if (i == 0) {
            int shown = 0;
            for (const ReportVisualItem &v : std::as_const(in.visualItems))
                shown += int(v.photos.size());
            std::printf("report lists %d published articles, %d broadcasts, %d visual items, "
                        "%d photos in its annex; PDF %.1f MB, ODT %.1f MB\n",
                        int(in.articles.size()), int(in.broadcasts.size()),
                        int(in.visualItems.size()), shown,
                        double(QFileInfo(tmp.filePath(QStringLiteral("r.pdf"))).size()) / 1e6,
                        double(QFileInfo(tmp.filePath(QStringLiteral("r.odt"))).size()) / 1e6);
            if (const QString keep = qEnvironmentVariable("BENCH_KEEP_REPORT"); !keep.isEmpty())
                QFile::copy(tmp.filePath(QStringLiteral("r.pdf")), keep);
        }
    }
    std::printf("articles %d, counted %d items over 50 activities\n",
                ArticleRepository(db).count().value(), done);
    std::printf("PlanProgress::activities, median of %d: %.2f ms\n", runs, median(times));
    std::printf("PlanProgress::monthly, median of %d: %.2f ms\n", runs, median(monthTimes));
    std::printf("PlanProgress::publishedArticles, median of %d: %.2f ms\n", runs,
                median(listTimes));
    // The first report scales the photos down and keeps their previews; the others read them.
    const auto later = [](const QList<double> &all) {
        return median(all.mid(1));
    };
    std::printf("report's evidence (broadcasts, items, photos' previews): the first %.0f ms "
                "(previews made), then median of %d: %.0f ms\n",
                evidenceTimes.value(0), int(evidenceTimes.size()) - 1, later(evidenceTimes));
    std::printf("report as PDF (count, list, evidence, lay out, write): the first %.0f ms, then "
                "median of %d: %.0f ms\n",
                pdfTimes.value(0), int(pdfTimes.size()) - 1, later(pdfTimes));
    std::printf("report as ODT, median of %d: %.0f ms\n", int(odtTimes.size()), median(odtTimes));
    if (!p.isSet(QStringLiteral("keep")))
        (void)plans.remove(planId);
    return done > 0 ? 0 : 1;
}
