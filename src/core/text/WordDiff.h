#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// Word-level comparison of two plain texts, for comparing article revisions. Pure functions,
// no state, no widgets.
//
// Texts are cut into tokens: words (runs of letters, digits and combining marks), runs of
// whitespace other than "\n", each "\n" on its own, and each other character (punctuation,
// symbols) on its own. Combining marks always stay with the token before them, so a word
// typed in NFD is one token. Tokens are compared after Unicode NFC normalisation: the same
// text in NFD and NFC is no change, but a changed tone mark, diacritic or letter case is a
// changed word ("cải" / "cãi", "Đức" / "Duc"), and a changed word is always shown whole.
namespace PressDesk::Text {

struct DiffSegment
{
    enum Kind { Equal, Deleted, Inserted };

    Kind kind = Equal;
    // Deleted: text of the old revision. Inserted: text of the new revision. Equal: the new
    // revision's text.
    QString text;
    // Equal only, and only when the old revision spells the same words with other code
    // units (another normalisation form, e.g. NFD): the old revision's text. Empty otherwise,
    // meaning the old side is `text`. Use oldSide() rather than reading it directly.
    QString oldText;

    // This segment's text in the old revision (empty for Inserted).
    QString oldSide() const;
    // This segment's text in the new revision (empty for Deleted).
    QString newSide() const;

    friend bool operator==(const DiffSegment &, const DiffSegment &) = default;
};

struct WordDiffOptions
{
    // Bound on the work of the Myers search, in steps (one step is one diagonal or one
    // matching token visited: 7 to 9 ns each in a Release build on a 2-core VM). Parts of
    // the texts still unresolved when it runs out are shown as "all deleted, all inserted".
    // The default resolves a 5 000-word revision with several hundred scattered edits
    // exactly (50 edits take about 0.6 million steps, 800 edits about 19.5 million) and
    // bounds two unrelated 20 000-word texts to about 0.2 s. Memory is O(tokens) either way.
    qint64 maxSteps = 20'000'000;
    // Turn a lone whitespace token (without "\n") left equal between two changes into part
    // of them when that makes one replacement, so "cải cách" -> "cãi cach" is one deletion
    // and one insertion, not "del ins ␠ del ins" (two pure insertions around a kept space
    // stay apart). Off only to test the raw, shortest edit script.
    bool semanticCleanup = true;
};

struct WordDiffStats
{
    qsizetype oldTokens = 0;
    qsizetype newTokens = 0;
    qint64 steps = 0;    // Myers steps spent
    bool capped = false; // maxSteps ran out: some middle part is "all deleted, all inserted"
};

// Segments that, concatenated, give both texts back exactly: the old text is the old sides of
// Equal and Deleted segments in order, the new text the new sides of Equal and Inserted ones
// (see diffOldText / diffNewText). No segment is empty, two neighbours never have the same
// kind, and between two Equal segments a Deleted one comes before an Inserted one.
// Identical texts give one Equal segment; two empty texts give none.
QList<DiffSegment> wordDiff(const QString &oldText, const QString &newText,
                            const WordDiffOptions &options = {}, WordDiffStats *stats = nullptr);

// The tokens wordDiff compares, in order; they concatenate to text.
QStringList wordDiffTokens(const QString &text);

// The old / new revision rebuilt from segments.
QString diffOldText(const QList<DiffSegment> &segments);
QString diffNewText(const QList<DiffSegment> &segments);

// Inline view: the new revision's text with deletions as <del>…</del> and insertions as
// <ins>…</ins>, deletion before insertion. Text is HTML-escaped (& < > ") and every "\n"
// becomes <br> (inside <del>/<ins> too), so a paragraph break is a line break; wrap the
// result in a block element of your own. No other markup, no styles: Qt's rich text
// (QTextDocument, QTextBrowser) keeps <del>/<ins> unstyled unless given a default style
// sheet, e.g. "del { text-decoration: line-through } ins { text-decoration: underline }".
QString diffToInlineHtml(const QList<DiffSegment> &segments);

// One row of a side-by-side view: a stretch of the old revision and the matching stretch of
// the new one, escaped and marked up as in diffToInlineHtml (Equal text plain).
struct DiffRow
{
    QString oldHtml;
    QString newHtml;

    friend bool operator==(const DiffRow &, const DiffRow &) = default;
};

// Side-by-side view, one row per paragraph: a row ends at every "\n" the two texts share.
// Within a run of changes, a "\n" on both sides ends the row too; a "\n" on one side only
// ends the row when the other side's cell of that row is still empty (a whole paragraph
// inserted or deleted gets its own row beside an empty cell), and is a <br> inside the cell
// otherwise. No row is made for the empty stretch after a final "\n".
QList<DiffRow> diffToSideBySideHtml(const QList<DiffSegment> &segments);

} // namespace PressDesk::Text
