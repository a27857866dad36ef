// The office's property test, short: for each seed of a fixed list, three staff desks and a
// supervisor's desk edit at random offline and sync in random order through a fault proxy, with
// pressdesk-cli killed in some passes; then the wire heals and they sync until nothing moves.
// Afterwards every desk shows the office's content, every revision anyone saved is on the
// server, every approval is a supervisor's for the content it names, every audit chain
// verifies, and no conflict went unreported (tests/support/SyncSimulation.h). The long run is
// bench_sync_property. Against the real PostgreSQL of the test command.

#include "SyncSimulation.h"
#include "TestPostgres.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestSyncProperty : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QMap<QString, int> m_total;

private Q_SLOTS:
    void initTestCase()
    {
        PRESSDESK_REQUIRE_POSTGRES(TestPostgresServer::fromEnvironment());
        QVERIFY(m_dir.isValid());
    }

    void officeConvergesUnderFaults_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {65U, 1902U, 2019U})
            QTest::addRow("seed %u", seed) << seed;
    }

    void officeConvergesUnderFaults()
    {
        QFETCH(quint32, seed);
        SimulationOptions options;
        options.seed = seed;
        options.rounds = 8;
        options.cli = QStringLiteral(PRESSDESK_CLI);
        options.workDir = m_dir.path();
        if (qEnvironmentVariableIsSet("PRESSDESK_SIMULATION_LOG"))
            options.log = [](const QString &line) {
                qInfo("%s", qPrintable(line));
            };
        const SimulationOutcome out = simulateOffice(options);
        QVERIFY2(out.setupError.isEmpty(), qPrintable(out.setupError));
        QStringList counts;
        for (auto it = out.counts.cbegin(); it != out.counts.cend(); ++it) {
            counts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
            m_total[it.key()] += it.value();
        }
        qInfo("seed %u: %s", seed, qPrintable(counts.join(QStringLiteral(", "))));
        QVERIFY2(out.violations.isEmpty(), qPrintable(out.violations.join(u'\n')));
    }

    // The runs together met what they are meant to prove things under: edits merged and in
    // conflict, decisions, faults that struck and desks killed in the middle of a pass.
    void theRunsMetEveryKindOfTrouble()
    {
        for (const char *what : {"edits", "decisions", "merged", "conflicts", "resolved",
                                 "faults struck", "killed", "comments", "plan changes"})
            QVERIFY2(m_total.value(QLatin1String(what)) > 0, what);
    }
};

QTEST_GUILESS_MAIN(TestSyncProperty)
#include "TestSyncProperty.moc"
