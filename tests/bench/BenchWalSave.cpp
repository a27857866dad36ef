// A save on the window's connection while a join's WAL waits to be copied into the database.
//   bench_wal_save [--wal-mb 300] [--runs 3]
// Another connection leaves --wal-mb megabytes in the WAL without a checkpoint (as a sync's
// pull does), then one article is saved on the window's connection: with SQLite's automatic
// checkpoint (before) the save copies the whole WAL in the saving thread; with
// Database::leaveCheckpointsToWorker and a WalCheckpointer (now) it only appends, and the
// worker copies the WAL meanwhile. Medians of --runs runs each.
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/SqliteBulk.h"
#include "store/WalCheckpointer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace PressDesk;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// Writes megabytes of rows through a connection that never checkpoints, as the pull's.
bool fillWal(const QString &path, int megabytes)
{
    auto bulk = SqliteBulk::open(path);
    if (!bulk || !bulk.value()->exec("CREATE TABLE IF NOT EXISTS bench_fill (b TEXT)") ||
        !bulk.value()->begin())
        return false;
    auto insert = bulk.value()->prepare("INSERT INTO bench_fill (b) VALUES (?)");
    if (!insert)
        return false;
    const QByteArray row(16 * 1024, 'x');
    for (int i = 0; i < megabytes * 64; ++i) {
        if (!insert.value()->text(1, row).step())
            return false;
    }
    return bulk.value()->commit().ok();
}

double walMb(const QString &path)
{
    return double(QFileInfo(path + QStringLiteral("-wal")).size()) / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("wal-mb"), QString(), QStringLiteral("N"), QStringLiteral("300")});
    p.addOption({QStringLiteral("runs"), QString(), QStringLiteral("N"), QStringLiteral("3")});
    p.process(app);
    const int megabytes = p.value(QStringLiteral("wal-mb")).toInt();
    const int runs = p.value(QStringLiteral("runs")).toInt();

    QList<double> before, now, copied;
    double wal = 0;
    for (int run = 0; run < runs; ++run) {
        for (const bool worker : {false, true}) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
            auto db = Database::open(path);
            if (!db)
                return 1;
            ArticleRepository repo(*db.value());
            auto article = repo.create(Article{.title = QStringLiteral("Bản tin tuần"),
                                               .bodyHtml = QStringLiteral("<p>Bản nháp.</p>")});
            if (!article)
                return 1;
            std::unique_ptr<WalCheckpointer> checkpointer;
            if (worker) {
                db.value()->leaveCheckpointsToWorker();
                checkpointer = std::make_unique<WalCheckpointer>(path);
            }
            if (!fillWal(path, megabytes))
                return 1;
            wal = walMb(path);
            if (checkpointer)
                checkpointer->start();
            Article edited = article.value();
            edited.bodyHtml = QStringLiteral("<p>Bản nháp, sửa lần hai.</p>");
            QElapsedTimer t;
            t.start();
            if (!repo.save(edited, SaveKind::Manual))
                return 1;
            (worker ? now : before) << double(t.nsecsElapsed()) / 1e6;
            if (checkpointer) {
                // How long until the worker has copied the WAL (its next tick and the copy).
                QEventLoop loop;
                QObject::connect(checkpointer.get(), &WalCheckpointer::checkpointed, &loop,
                                 [&](int left) {
                                     if (left == 0)
                                         loop.quit();
                                 });
                checkpointer->checkpointNow();
                loop.exec();
                copied << double(t.nsecsElapsed()) / 1e6;
            }
        }
    }
    std::printf("\n| a save on the window's connection, WAL of %.0f MB left by a pull | median of "
                "%d |\n|---|---|\n",
                wal, runs);
    std::printf("| SQLite's automatic checkpoint (before): the save | %.1f ms |\n", median(before));
    std::printf("| checkpoints left to WalCheckpointer (now): the save | %.1f ms |\n", median(now));
    std::printf("| now: the WAL copied by the worker, from the save | %.0f ms |\n", median(copied));
    return 0;
}
