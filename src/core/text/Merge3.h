#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Three-way merge of what two desks wrote from the same revision (the base): what only one side
// changed is taken from that side, what both changed the same way once, and what both changed
// differently is a conflict. Pure functions, no state.
namespace PressDesk::Text {

// A passage both sides changed differently: the base's, this side's and the other side's
// version, each as canonical HTML (for a body) or plain text (for a lead).
struct MergeConflict
{
    QString base;
    QString mine;
    QString theirs;

    friend bool operator==(const MergeConflict &, const MergeConflict &) = default;
};

// What a conflicting passage becomes in MergeResult::merged: this side's version (the default),
// the other side's, or both (this side's first).
enum class KeepInConflict { Mine, Theirs, Both };

struct MergeResult
{
    // The merged content. Where there are conflicts it holds the version of each conflicting
    // passage that was asked for (this side's by default), so it is always whole and valid;
    // every unchanged passage is there.
    QString merged;
    QList<MergeConflict> conflicts;

    bool isClean() const { return conflicts.isEmpty(); }
};

// Article bodies (any HTML; compared and returned as canonical, sanitized HTML): block by
// block (paragraph, heading, quote, list item, figure, caption), then word by word inside a
// block both sides changed, keeping bold, italic and links with their words.
MergeResult mergeHtml(const QString &base, const QString &mine, const QString &theirs,
                      KeepInConflict keep = KeepInConflict::Mine);

// Plain text (a lead, a title) word by word.
MergeResult mergeText(const QString &base, const QString &mine, const QString &theirs,
                      KeepInConflict keep = KeepInConflict::Mine);

// Sets (tags): what either side added is in, what either side removed is out. Order: this
// side's, then what only the other side added. Never a conflict.
QStringList mergeSets(const QStringList &base, const QStringList &mine, const QStringList &theirs);

} // namespace PressDesk::Text
