#pragma once

// The office's property test (issue 12): three staff desks and a supervisor's desk of one
// office make random offline edits — the same and different paragraphs, titles, leads, tags,
// categories, workflow decisions, comments, plan links, manual entries, activities, removals,
// conflict resolutions — and sync in random order through a FaultProxy that delays, stalls,
// resets and cuts the wire (also after the server committed), while now and then a desk's
// pressdesk-cli is killed in the middle of its pass. Then the wire is healed and every desk
// syncs until nothing moves. What must hold afterwards:
//  - every conflict open on the office is reported on every desk, and once resolved, all desks
//    show the same content (articles, comments, categories, plans, activities, links, entries),
//    which is the office's;
//  - every revision any desk ever saved is on the server; every comment and every manual entry
//    anyone added is on every desk unless someone removed the entry;
//  - every approval was given by a supervisor to the exact content it names (on the office and
//    on every desk), and every audit chain verifies;
//  - a pass fails only when the wire failed under it, and each profile stays intact.
//
// One random sequence per seed: the same seed makes the same edits and faults (when a kill
// strikes depends on the machine's speed). Used by TestSyncProperty (a few short runs in ctest)
// and bench_sync_property (hundreds of rounds). Needs the test PostgreSQL (TestPostgres.h) and
// pressdesk_core.

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace TestSupport {

struct SimulationOptions
{
    quint32 seed = 65;
    int rounds = 10;   // each round: every desk edits a little, then some desks sync
    QString cli;       // pressdesk-cli, for the desks killed in the middle of a pass
    QString workDir;   // where the desks' profiles are made
    bool kills = true; // kill pressdesk-cli passes (off: every pass runs in this process)
    std::function<void(const QString &)> log; // progress lines; may be empty
};

struct SimulationOutcome
{
    QString setupError;     // the office could not be set up (nothing was simulated)
    QStringList violations; // the properties that did not hold, each explained
    // What happened, by name: "edits", "decisions", "passes", "failed passes",
    // "faults struck", "killed", "merged", "conflicts", "resolved", "refused", …
    QMap<QString, int> counts;
    // Why steps were refused (on the desk: the step and the error's code; by the office: its
    // explanation, names left out), and how often: expected refusals, shown to the person.
    QMap<QString, int> refusals;
    qint64 elapsedMs = 0;
};

SimulationOutcome simulateOffice(const SimulationOptions &options);

} // namespace TestSupport
