// Start-up benchmark: launching PressDesk on a large profile until the main window is shown
// with the first page of the article list drawn, beside an empty QMainWindow shown the same
// way.
//   bench_startup [--articles N] [--db FILE] [--runs N] [--verbose]
// With --db, an existing file with enough articles is reused (generation takes a while).
//
// Each launch is a new process (this program started again with --child), because start-up
// is what a process pays once: loading plugins, fonts and the style, a cold SQLite cache.
// Timing many windows in one process would measure a warm Qt instead. Two figures per launch:
//  - "in process": from the first line of main() to the moment the event loop is free again
//    after the article list's first paint with rows (the window is on screen, the first page
//    is drawn and the work queued at start-up has run);
//  - "launch": the same moment seen from this parent, from QProcess::start() on, so it also
//    counts exec() and the dynamic linker;
//  - "CPU in process": the child's CPU time (all threads) at that moment. On a machine shared
//    with other work the wall times also count waiting for a core; this figure does not.
// One discarded launch of each kind first fills the disk cache and the settings (the
// article opened last), as on a machine where PressDesk was used the day before. Launches of
// the two kinds alternate, so load from other programs hits both alike. Medians are printed.
#include "AppStartup.h"
#include "BenchCorpus.h"
#include "MainWindow.h"
#include "editor/ArticleEditor.h"
#include "list/ArticleListPanel.h"
#include "store/ArticleListModel.h"
#include "store/ArticleRepository.h"
#include "store/CorpusGenerator.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QProcess>
#include <QScreen>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace PressDesk;

namespace {

double ms(qint64 nsecs)
{
    return double(nsecs) / 1e6;
}

// CPU time of this process so far, all threads, user + system, in ms (Linux); -1 elsewhere.
// On a shared machine wall time also counts waiting for a core; this does not.
double cpuMs()
{
#ifdef Q_OS_LINUX
    rusage u{};
    if (getrusage(RUSAGE_SELF, &u) == 0)
        return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
               double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
#endif
    return -1;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

// Prints "drawn" when the first paint of `viewport` for which `ready` holds is over (the paint
// is done inside the filter, so the time is taken after it), and "ready" once `settled` holds
// and the event loop is free again; then quits the application.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *viewport, std::function<bool()> ready, const QElapsedTimer &clock,
               bool verbose)
        : m_ready(std::move(ready)), m_clock(clock), m_verbose(verbose)
    {
        viewport->installEventFilter(this);
    }

    // "ready" waits for settled() too: the work start-up leaves for after the first paint
    // (opening the initial article).
    void waitForSettled() { m_waiting = true; }
    void settled()
    {
        m_waiting = false;
        if (m_drawn)
            finish();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_drawn && m_ready()) {
            m_drawn = true;
            watched->removeEventFilter(this);
            // The paint itself, timed, through the filters installed before this one (what
            // start-up left for after the first paint is queued there).
            QCoreApplication::sendEvent(watched, event);
            std::printf("drawn %.3f %.3f\n", ms(m_clock.nsecsElapsed()), cpuMs());
            std::fflush(stdout);
            if (m_verbose)
                std::fprintf(stderr, "  %8.1f ms (CPU %6.1f ms)  first list page drawn\n",
                             ms(m_clock.nsecsElapsed()), cpuMs());
            if (!m_waiting)
                finish();
            return true;
        }
        return false;
    }

private:
    void finish()
    {
        // Posted behind what start-up queued: the loop is free once it runs.
        QTimer::singleShot(0, qApp, [this] {
            std::printf("ready %.3f %.3f\n", ms(m_clock.nsecsElapsed()), cpuMs());
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }

    std::function<bool()> m_ready;
    const QElapsedTimer &m_clock;
    bool m_verbose;
    bool m_drawn = false;
    bool m_waiting = false;
};

// One launch, in its own process: "main" is PressDesk's own main() (src/app/main.cpp) minus
// the command line; "empty" is an empty QMainWindow of the same size.
int runChild(int argc, char *argv[], const QElapsedTimer &clock)
{
    const auto arg = [&](const char *name) -> QString {
        for (int i = 1; i + 1 < argc; ++i) {
            if (std::strcmp(argv[i], name) == 0)
                return QString::fromLocal8Bit(argv[i + 1]);
        }
        return {};
    };
    const QString kind = arg("--child");
    const QString path = arg("--db");
    bool verbose = false;
    for (int i = 1; i < argc; ++i)
        verbose = verbose || std::strcmp(argv[i], "--verbose") == 0;
    const auto phase = [&](const char *what) {
        if (verbose)
            std::fprintf(stderr, "  %8.1f ms (CPU %6.1f ms)  %s\n", ms(clock.nsecsElapsed()),
                         cpuMs(), what);
    };

    QApplication app(argc, argv);
    // The settings (window layout, article opened last) of a bench profile, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PressDesk"));
    QApplication::setApplicationName(QStringLiteral("bench_startup"));
    phase("QApplication");

    if (kind == QLatin1String("empty")) {
        QMainWindow window;
        // The size MainWindow takes on a profile without a saved layout.
        const QScreen *screen = QGuiApplication::primaryScreen();
        window.resize((screen ? screen->availableGeometry().size() : QSize(1440, 900))
                          .boundedTo(QSize(1440, 900)));
        FirstPaint probe(
            &window, [] { return true; }, clock, verbose);
        window.show();
        return app.exec();
    }

    prepareApplication(app); // as main.cpp does, with its start-up below
    auto profile = openStartupProfile(path);
    if (!profile || !profile->warnings.isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(profile ? profile->warnings.join(u'\n') : profile.error().message));
        return 1;
    }
    Database &database = *profile->db;
    phase("profile opened");
    MainWindow window(database);
    phase("main window constructed");
    const ArticleListModel *model = window.listPanel()->model();
    auto *view = window.listPanel()->findChild<QTableView *>(QStringLiteral("articleTableView"));
    if (!view)
        return 1;
    FirstPaint probe(
        view->viewport(), [model] { return model->rowCount() > 0; }, clock, verbose);
    probe.waitForSettled();
    QObject::connect(window.editor(), &ArticleEditor::articleOpened, &app, [&] {
        phase("initial article opened");
        probe.settled();
    });
    window.show();
    phase("shown");
    window.openInitialArticleWhenDrawn(); // as main.cpp does
    return app.exec();
}

// One launch's figures, in ms: when the window with the list's first page was drawn, and when
// start-up was over (the initial article open, the event loop free).
struct Launch
{
    double inProcess = -1;
    double cpu = -1;
    double launch = -1;
    double settledInProcess = -1;
    double settledLaunch = -1;
};

Launch launch(const QString &kind, const QString &db, bool verbose)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(verbose ? QProcess::ForwardedErrorChannel
                                        : QProcess::SeparateChannels);
    QStringList args{QStringLiteral("--child"), kind, QStringLiteral("--db"), db};
    if (verbose)
        args << QStringLiteral("--verbose");
    QElapsedTimer t;
    t.start();
    child.start(QCoreApplication::applicationFilePath(), args);
    Launch out;
    QByteArray seen; // every line, for the message when a launch fails
    const auto take = [&](const QByteArray &line) {
        seen += line + '\n';
        const QList<QByteArray> fields = line.trimmed().split(' ');
        if (fields.first() == "drawn") {
            out.launch = ms(t.nsecsElapsed());
            out.inProcess = fields.value(1).toDouble();
            out.cpu = fields.value(2).toDouble();
        } else if (fields.first() == "ready") {
            out.settledLaunch = ms(t.nsecsElapsed());
            out.settledInProcess = fields.value(1).toDouble();
        }
    };
    while (out.settledLaunch < 0 && child.state() != QProcess::NotRunning) {
        if (child.canReadLine())
            take(child.readLine());
        else
            child.waitForReadyRead(1000);
    }
    // A child that crashes or fails while closing fails the benchmark (and its smoke test).
    const bool finished = child.waitForFinished(60000);
    while (child.canReadLine()) // what it wrote just before it ended
        take(child.readLine());
    if (!finished || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 ||
        out.launch < 0 || out.settledLaunch < 0) {
        std::fprintf(stderr, "%s launch failed (%s, exit code %d): %s%s\n", qPrintable(kind),
                     !finished                                    ? "did not finish"
                     : child.exitStatus() != QProcess::NormalExit ? "crashed"
                                                                  : "ended",
                     child.exitCode(), seen.constData(), child.readAllStandardError().constData());
        return {};
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--child") == 0)
            return runChild(argc, argv, clock);
    }

    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("articles"), QString(), QStringLiteral("N"), QStringLiteral("100000")});
    p.addOption({QStringLiteral("db"), QString(), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("runs"), QString(), QStringLiteral("N"), QStringLiteral("9")});
    p.addOption({QStringLiteral("verbose"), QStringLiteral("Print each launch's phases.")});
    p.process(app);
    const bool verbose = p.isSet(QStringLiteral("verbose"));
    const int n = p.value(QStringLiteral("articles")).toInt();
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());
    QTemporaryDir tmp;
    const QString path = p.isSet(QStringLiteral("db"))
                             ? p.value(QStringLiteral("db"))
                             : tmp.filePath(QStringLiteral("bench.sqlite"));
    const int count = ensureBenchCorpus(path, n);
    if (count < 0)
        return 1;

    // Warm-up: disk cache, settings; not counted.
    if (launch(QStringLiteral("empty"), path, false).launch < 0 ||
        launch(QStringLiteral("main"), path, false).launch < 0)
        return 1;
    QList<double> emptyIn, emptyCpu, emptyLaunch, mainIn, mainCpu, mainLaunch, settledIn,
        settledLaunch;
    for (int i = 0; i < runs; ++i) {
        if (verbose)
            std::fprintf(stderr, "run %d: empty QMainWindow\n", i + 1);
        const Launch e = launch(QStringLiteral("empty"), path, verbose);
        if (verbose)
            std::fprintf(stderr, "run %d: PressDesk\n", i + 1);
        const Launch m = launch(QStringLiteral("main"), path, verbose);
        if (e.launch < 0 || m.launch < 0)
            return 1;
        emptyIn << e.inProcess;
        emptyCpu << e.cpu;
        emptyLaunch << e.launch;
        mainIn << m.inProcess;
        mainCpu << m.cpu;
        mainLaunch << m.launch;
        settledIn << m.settledInProcess;
        settledLaunch << m.settledLaunch;
    }

    const auto row = [](const char *what, const QList<double> &launchMs, const QList<double> &inMs,
                        const QList<double> &cpu) {
        std::printf("| %s | %.1f ms | %.1f ms | %s |\n", what, median(launchMs), median(inMs),
                    cpu.isEmpty() ? "" : qPrintable(QString::asprintf("%.1f ms", median(cpu))));
    };
    std::printf("\n| start-up (%d articles), median of %d launches | launch | in process | "
                "CPU in process |\n|---|---|---|---|\n",
                count, runs);
    row("empty QMainWindow drawn", emptyLaunch, emptyIn, emptyCpu);
    row("PressDesk main window, first list page drawn", mainLaunch, mainIn, mainCpu);
    std::printf("| ratio | %.1fx | %.1fx | %.1fx |\n", median(mainLaunch) / median(emptyLaunch),
                median(mainIn) / median(emptyIn), median(mainCpu) / median(emptyCpu));
    row("PressDesk, initial article open too", settledLaunch, settledIn, {});
    return 0;
}
