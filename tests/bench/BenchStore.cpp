// Store benchmark: opening a profile and showing the first page of the list, full-text
// search beside LIKE scans, and peak memory while scrolling the whole list.
//   bench_store [--articles N] [--db FILE] [--queries N]
// With --db, an existing file with enough articles is reused (generation takes a while).
#include "BenchCorpus.h"
#include "model/ArticleFilter.h"
#include "store/ArticleListModel.h"
#include "store/ArticleRepository.h"
#include "store/CorpusGenerator.h"
#include "store/Database.h"
#include "store/Search.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
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
    const qsizetype i = std::min(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5));
    return v.at(i);
}

// Peak resident set size in MB (Linux); -1 elsewhere.
double peakRssMb()
{
#ifdef Q_OS_LINUX
    QFile f(QStringLiteral("/proc/self/status"));
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
#endif
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("articles"), QString(), QStringLiteral("N"), QStringLiteral("100000")});
    p.addOption({QStringLiteral("db"), QString(), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("queries"), QString(), QStringLiteral("N"), QStringLiteral("20")});
    p.addOption({QStringLiteral("verbose"), QStringLiteral("Print each query's time.")});
    p.process(app);
    const bool verbose = p.isSet(QStringLiteral("verbose"));
    const int n = p.value(QStringLiteral("articles")).toInt();
    QTemporaryDir tmp;
    const QString path = p.isSet(QStringLiteral("db"))
                             ? p.value(QStringLiteral("db"))
                             : tmp.filePath(QStringLiteral("bench.sqlite"));
    if (ensureBenchCorpus(path, n) < 0)
        return 1;

    // 1. Open the profile and show the first page of the list (5 runs, median).
    QList<double> openTimes;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        auto db = Database::open(path);
        ArticleListModel model(*db.value());
        if (model.rowCount() == 0)
            return 1;
        openTimes << ms(t);
    }

    auto db = Database::open(path);
    Database &store = *db.value();
    const int count = ArticleRepository(store).count().value();

    // 2. Search: 20 queries typical of an office (places, topics, phrases, no diacritics).
    const QStringList queries = {QStringLiteral("cải cách hành chính"),
                                 QStringLiteral("cai cach"),
                                 QStringLiteral("Hoài Đức"),
                                 QStringLiteral("nong thon moi"),
                                 QStringLiteral("\"dịch vụ công trực tuyến\""),
                                 QStringLiteral("chuyển đổi số"),
                                 QStringLiteral("an toan giao thong"),
                                 QStringLiteral("Đan Phượng"),
                                 QStringLiteral("phòng cháy chữa cháy"),
                                 QStringLiteral("tuyen quan"),
                                 QStringLiteral("giải phóng mặt bằng"),
                                 QStringLiteral("van hoa cong so"),
                                 QStringLiteral("Kim Chung"),
                                 QStringLiteral("tinh giản biên chế"),
                                 QStringLiteral("thu ngan sach"),
                                 QStringLiteral("bầu cử"),
                                 QStringLiteral("người cao tuổi"),
                                 QStringLiteral("an toàn thực phẩm"),
                                 QStringLiteral("pano khẩu hiệu"),
                                 QStringLiteral("truyen thanh co so")};
    const int nq = std::min(int(queries.size()), p.value(QStringLiteral("queries")).toInt());
    // What the user waits for when typing in the search box: the list's count and first
    // page; and the CLI's top 20 with highlighted excerpts.
    Search search(store);
    ArticleListModel listModel(store);
    QList<double> ftsTimes, snippetTimes, likeTimes;
    for (int i = 0; i < nq; ++i) {
        QElapsedTimer t;
        t.start();
        listModel.setFilter(ArticleFilter{.query = queries.at(i)});
        ftsTimes << ms(t);
        if (listModel.rowCount() == 0)
            std::printf("  no result for %s\n", qPrintable(queries.at(i)));
        t.restart();
        auto hits = search.search(queries.at(i), 20);
        snippetTimes << ms(t);
        if (!hits)
            return 1;
        if (verbose)
            std::printf("  %-30s %6d%s rows  list %7.2f ms  top 20 with excerpts %7.2f ms\n",
                        qPrintable(queries.at(i)), listModel.totalCount(),
                        listModel.totalIsLowerBound() ? "+" : " ", ftsTimes.last(),
                        snippetTimes.last());
        t.restart();
        auto scan = search.scanLike(queries.at(i), 50);
        likeTimes << ms(t);
        if (!scan)
            return 1;
    }

    // 3. Scroll the whole list: fetch every page, touching every row as a view would.
    const double rssBefore = peakRssMb();
    QElapsedTimer scroll;
    scroll.start();
    ArticleListModel model(store);
    while (model.canFetchMore({}))
        model.fetchMore({});
    qint64 chars = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        chars += model.data(model.index(row, 0)).toString().size();
    const double scrollMs = ms(scroll);

    std::printf("\n| measure (%d articles) | value |\n|---|---|\n", count);
    std::printf("| open profile + first list page, median of 5 | %.1f ms |\n",
                percentile(openTimes, 0.5));
    std::printf(
        "| search box: count + first page, p50 / p95 over %d queries | %.2f ms / %.2f ms |\n", nq,
        percentile(ftsTimes, 0.5), percentile(ftsTimes, 0.95));
    std::printf("| CLI search: top 20 with excerpts, p50 / p95 | %.2f ms / %.2f ms |\n",
                percentile(snippetTimes, 0.5), percentile(snippetTimes, 0.95));
    std::printf("| same queries as LIKE scans p50 / p95 | %.1f ms / %.1f ms |\n",
                percentile(likeTimes, 0.5), percentile(likeTimes, 0.95));
    std::printf("| speed-up at p50 / p95 | %.0fx / %.0fx |\n",
                percentile(likeTimes, 0.5) / percentile(ftsTimes, 0.5),
                percentile(likeTimes, 0.95) / percentile(ftsTimes, 0.95));
    std::printf("| scroll whole list (%d rows fetched) | %.0f ms |\n", int(model.rowCount()),
                scrollMs);
    std::printf("| peak RSS before scrolling / after | %.0f MB / %.0f MB |\n", rssBefore,
                peakRssMb());
    return chars > 0 ? 0 : 1;
}
