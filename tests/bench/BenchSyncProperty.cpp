// The office's property test, long (tests/support/SyncSimulation.h): for each seed, three staff
// desks and a supervisor's desk make random offline edits and sync through a fault proxy for
// --rounds rounds, pressdesk-cli killed in some passes; then the wire heals and every property
// is checked. Prints what happened and every violation; exits 1 when one was found.
// Run: scripts/postgres-test-env.sh start DIR && source DIR/postgres.env &&
//      build/…/tests/bench/bench_sync_property --rounds 200 [--seeds 65,1902,2019] [--verbose]

#include "SyncSimulation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Rounds per seed."),
                      QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("seeds"), QStringLiteral("Seeds, separated by commas."),
                      QStringLiteral("LIST"), QStringLiteral("65,1902,2019")});
    parser.addOption({QStringLiteral("no-kills"), QStringLiteral("Every pass in this process.")});
    parser.addOption({QStringLiteral("verbose"), QStringLiteral("Every step and pass.")});
    parser.process(app);

    QTextStream out(stdout);
    QTemporaryDir dir;
    int violations = 0;
    QMap<QString, int> total, refusals;
    qint64 totalMs = 0;
    const QStringList seeds = parser.value(QStringLiteral("seeds")).split(u',');
    for (const QString &seed : seeds) {
        TestSupport::SimulationOptions options;
        options.seed = seed.toUInt();
        options.rounds = parser.value(QStringLiteral("rounds")).toInt();
        options.cli = QStringLiteral(PRESSDESK_CLI);
        options.workDir = dir.path();
        options.kills = !parser.isSet(QStringLiteral("no-kills"));
        if (parser.isSet(QStringLiteral("verbose")))
            options.log = [&out](const QString &line) {
                out << line << Qt::endl;
            };
        const TestSupport::SimulationOutcome o = TestSupport::simulateOffice(options);
        if (!o.setupError.isEmpty()) {
            out << "seed " << seed << ": cannot set up the office: " << o.setupError << Qt::endl;
            return 2;
        }
        QStringList counts;
        for (auto it = o.counts.cbegin(); it != o.counts.cend(); ++it) {
            counts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
            total[it.key()] += it.value();
        }
        totalMs += o.elapsedMs;
        for (auto it = o.refusals.cbegin(); it != o.refusals.cend(); ++it)
            refusals[it.key()] += it.value();
        out << "seed " << seed << ", " << options.rounds << " rounds, " << o.elapsedMs / 1000.0
            << " s: " << counts.join(QStringLiteral(", ")) << Qt::endl;
        for (const QString &v : o.violations)
            out << "  VIOLATION " << v << Qt::endl;
        violations += int(o.violations.size());
    }
    QStringList counts;
    for (auto it = total.cbegin(); it != total.cend(); ++it)
        counts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    out << "all " << seeds.size() << " seeds, " << totalMs / 1000.0
        << " s: " << counts.join(QStringLiteral(", ")) << Qt::endl
        << violations << " violations" << Qt::endl;
    out << "refused (expected; each shown to the person):" << Qt::endl;
    for (auto it = refusals.cbegin(); it != refusals.cend(); ++it)
        out << "  " << it.value() << "  " << it.key() << Qt::endl;
    return violations == 0 ? 0 : 1;
}
