#include "Merge3.h"

#include "HtmlModel.h"
#include "WordDiff.h"

#include <QSet>

#include <vector>

namespace PressDesk::Text {

namespace {

using Html::detail::Block;
using Html::detail::Blocks;
using Html::detail::Kind;
using Html::detail::Span;
using namespace Qt::StringLiterals;

// Above this many cells the middle of two sequences is not matched (all of it changed): a
// bound on time and memory for pathological inputs. Real articles stay far below it (a block
// rarely has more than a few hundred words, an article a few hundred blocks).
constexpr qint64 kMaxCells = 4'000'000;

// For each element of a, the index of the element of b it is matched with in a longest common
// subsequence, or -1. Matched indices increase.
QList<int> matchLcs(const QStringList &a, const QStringList &b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    QList<int> match(n, -1);
    int pre = 0;
    while (pre < n && pre < m && a[pre] == b[pre]) {
        match[pre] = pre;
        ++pre;
    }
    int suf = 0;
    while (suf < n - pre && suf < m - pre && a[n - 1 - suf] == b[m - 1 - suf]) {
        match[n - 1 - suf] = m - 1 - suf;
        ++suf;
    }
    const int rows = n - pre - suf;
    const int cols = m - pre - suf;
    if (rows == 0 || cols == 0 || qint64(rows) * cols > kMaxCells)
        return match;
    // lengths[i][j]: LCS of a[pre+i..] and b[pre+j..].
    std::vector<int> lengths(size_t(rows + 1) * size_t(cols + 1), 0);
    const auto at = [&](int i, int j) -> int & {
        return lengths[size_t(i) * size_t(cols + 1) + j];
    };
    for (int i = rows - 1; i >= 0; --i) {
        for (int j = cols - 1; j >= 0; --j) {
            at(i, j) = a[pre + i] == b[pre + j] ? at(i + 1, j + 1) + 1
                                                : std::max(at(i + 1, j), at(i, j + 1));
        }
    }
    for (int i = 0, j = 0; i < rows && j < cols;) {
        if (a[pre + i] == b[pre + j]) {
            match[pre + i] = pre + j;
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            ++i;
        } else {
            ++j;
        }
    }
    return match;
}

// A stretch of the three sequences: [b0, b1) of the base, [m0, m1) of mine, [t0, t1) of theirs.
struct Hunk
{
    enum Kind { Same, Mine, Theirs, Both, Conflict };
    Kind kind;
    int b0, b1, m0, m1, t0, t1;
};

bool sameRange(const QStringList &x, int x0, int x1, const QStringList &y, int y0, int y1)
{
    if (x1 - x0 != y1 - y0)
        return false;
    for (int i = 0; i < x1 - x0; ++i) {
        if (x[x0 + i] != y[y0 + i])
            return false;
    }
    return true;
}

// The diff3 of three sequences of keys: stretches all three share, and between them what
// changed on which side.
QList<Hunk> diff3(const QStringList &base, const QStringList &mine, const QStringList &theirs)
{
    const QList<int> toMine = matchLcs(base, mine);
    const QList<int> toTheirs = matchLcs(base, theirs);
    const int nb = int(base.size()), nm = int(mine.size()), nt = int(theirs.size());
    QList<Hunk> hunks;
    int i = 0, j = 0, k = 0;
    while (i < nb || j < nm || k < nt) {
        if (i < nb && toMine[i] == j && toTheirs[i] == k) {
            int len = 0;
            while (i + len < nb && toMine[i + len] == j + len && toTheirs[i + len] == k + len)
                ++len;
            hunks.append({Hunk::Same, i, i + len, j, j + len, k, k + len});
            i += len;
            j += len;
            k += len;
            continue;
        }
        // Up to the next element of the base that both sides kept.
        int p = i;
        while (p < nb && (toMine[p] < 0 || toTheirs[p] < 0))
            ++p;
        const int jm = p < nb ? toMine[p] : nm;
        const int kt = p < nb ? toTheirs[p] : nt;
        const bool mineSame = sameRange(base, i, p, mine, j, jm);
        const bool theirsSame = sameRange(base, i, p, theirs, k, kt);
        Hunk::Kind kind = Hunk::Conflict;
        if (mineSame && theirsSame)
            kind = Hunk::Same;
        else if (mineSame)
            kind = Hunk::Theirs;
        else if (theirsSame)
            kind = Hunk::Mine;
        else if (sameRange(mine, j, jm, theirs, k, kt))
            kind = Hunk::Both;
        hunks.append({kind, i, p, j, jm, k, kt});
        i = p;
        j = jm;
        k = kt;
    }
    return hunks;
}

// --- Words inside a block --------------------------------------------------------------------

// One word (or space, or punctuation) of a block with its format, or an inline image.
struct Token
{
    QString key; // compared: the format and the text
    Span span;   // what it writes back
};

QList<Token> tokensOf(const Block &block)
{
    QList<Token> out;
    for (const Span &s : block.spans) {
        if (!s.imageSrc.isEmpty()) {
            out.append({QStringLiteral("\x01img:") + s.imageSrc + u'|' + s.imageAlt, s});
            continue;
        }
        QString format;
        if (s.format.bold)
            format += u'b';
        if (s.format.italic)
            format += u'i';
        format += u'|' + s.format.href + u'\x02';
        for (const QString &word : wordDiffTokens(s.text)) {
            Span piece = s;
            piece.text = word;
            out.append({format + word, piece});
        }
    }
    return out;
}

QStringList keysOf(const QList<Token> &tokens)
{
    QStringList keys;
    keys.reserve(tokens.size());
    for (const Token &t : tokens)
        keys << t.key;
    return keys;
}

// Both sides changed the same block: merged word by word when their changes do not touch.
bool mergeWords(const Block &base, const Block &mine, const Block &theirs, Block &merged)
{
    const QList<Token> b = tokensOf(base), m = tokensOf(mine), t = tokensOf(theirs);
    const QList<Hunk> hunks = diff3(keysOf(b), keysOf(m), keysOf(t));
    QList<Span> spans;
    for (const Hunk &h : hunks) {
        const auto take = [&](const QList<Token> &from, int from0, int from1) {
            for (int x = from0; x < from1; ++x)
                spans.append(from[x].span);
        };
        switch (h.kind) {
        case Hunk::Same:
        case Hunk::Mine:
        case Hunk::Both:
            take(m, h.m0, h.m1);
            break;
        case Hunk::Theirs:
            take(t, h.t0, h.t1);
            break;
        case Hunk::Conflict:
            return false;
        }
    }
    merged = mine;
    merged.spans = spans; // normalize() joins the runs of one format again
    return true;
}

bool canMergeWords(const Block &a, const Block &b)
{
    return a.kind == b.kind && a.kind != Kind::Figure && a.level == b.level &&
           a.ordered == b.ordered && a.header == b.header && a.colSpan == b.colSpan &&
           a.rowSpan == b.rowSpan;
}

// A table cell that begins a row (the first cell of its table, or in another row than the
// cell before it).
bool startsRow(const Blocks &blocks, qsizetype i)
{
    const Block &b = blocks[i];
    if (b.kind != Kind::Cell)
        return false;
    const Block *before = i > 0 ? &blocks[i - 1] : nullptr;
    return !before || before->kind != Kind::Cell || before->table != b.table ||
           before->row != b.row;
}

// --- Blocks ----------------------------------------------------------------------------------

QString blockKey(const Block &block)
{
    return Html::detail::write({block});
}

// A table cell's key says whether it begins a row: adding a row is adding cells, and the
// rows after it stay equal.
QStringList blockKeys(const Blocks &blocks)
{
    QStringList keys;
    keys.reserve(blocks.size());
    for (qsizetype i = 0; i < blocks.size(); ++i)
        keys << (startsRow(blocks, i) ? u"row "_s : QString()) + blockKey(blocks[i]);
    return keys;
}

Blocks slice(const Blocks &blocks, int from, int to)
{
    return blocks.mid(from, to - from);
}

// Where a merged block comes from: its version (0 mine, 1 theirs), its list or table number
// there, and whether it began a table row there.
struct Origin
{
    int side = 0;
    int listId = 0;
    int table = 0;
    bool rowStart = false;
};

// List items keep the lists they had: two items of one version stay in one list exactly when
// they were in one list there; items next to each other from different versions join one
// list (an item one side added beside the items the other side kept).
void renumberLists(Blocks &blocks, const QList<Origin> &origins)
{
    int list = 0;
    const Block *previous = nullptr;
    Origin previousOrigin;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        Block &b = blocks[i];
        if (b.kind != Kind::Item) {
            previous = nullptr;
            continue;
        }
        const Origin &o = origins.at(i);
        const bool sameList = previous && previous->ordered == b.ordered &&
                              (previousOrigin.side != o.side || previousOrigin.listId == o.listId);
        if (!sameList)
            ++list;
        previousOrigin = o;
        b.listId = list;
        previous = &b;
    }
}

// Table cells keep their tables and rows: a cell that began a row in its version begins one
// here; table parts next to each other form one table unless one version had them in two.
void renumberTables(Blocks &blocks, const QList<Origin> &origins)
{
    int table = 0;
    int row = -1;
    const Origin *previous = nullptr;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        Block &b = blocks[i];
        if (b.kind != Kind::Cell && b.kind != Kind::TableCaption) {
            previous = nullptr;
            continue;
        }
        const Origin &o = origins.at(i);
        if (!previous || (previous->side == o.side && previous->table != o.table) ||
            (b.kind == Kind::TableCaption && row >= 0)) {
            ++table;
            row = -1;
        }
        if (b.kind == Kind::Cell && (o.rowStart || row < 0))
            ++row;
        b.table = table;
        b.row = std::max(row, 0);
        previous = &o;
    }
}

} // namespace

MergeResult mergeHtml(const QString &baseHtml, const QString &mineHtml, const QString &theirsHtml,
                      KeepInConflict keep)
{
    const Blocks base = Html::detail::parse(baseHtml);
    const Blocks mine = Html::detail::parse(mineHtml);
    const Blocks theirs = Html::detail::parse(theirsHtml);
    MergeResult result;
    // Only one side changed anything (or both the same): that side, as it is.
    const QStringList baseKeys = blockKeys(base), mineKeys = blockKeys(mine),
                      theirsKeys = blockKeys(theirs);
    if (mineKeys == baseKeys || mineKeys == theirsKeys || theirsKeys == baseKeys) {
        result.merged = Html::detail::write(mineKeys == baseKeys ? theirs : mine);
        return result;
    }
    Blocks merged;
    QList<Origin> origins;
    const auto take = [&](const Blocks &from, int side, int from0, int from1) {
        for (int x = from0; x < from1; ++x) {
            merged.append(from[x]);
            origins.append({side, from[x].listId, from[x].table, startsRow(from, x)});
        }
    };
    for (const Hunk &h : diff3(baseKeys, mineKeys, theirsKeys)) {
        switch (h.kind) {
        case Hunk::Same:
        case Hunk::Mine:
        case Hunk::Both:
            take(mine, 0, h.m0, h.m1);
            continue;
        case Hunk::Theirs:
            take(theirs, 1, h.t0, h.t1);
            continue;
        case Hunk::Conflict:
            break;
        }
        const auto conflict = [&](int b0, int b1, int m0, int m1, int t0, int t1) {
            result.conflicts.append({Html::detail::write(slice(base, b0, b1)),
                                     Html::detail::write(slice(mine, m0, m1)),
                                     Html::detail::write(slice(theirs, t0, t1))});
            if (keep != KeepInConflict::Theirs)
                take(mine, 0, m0, m1);
            if (keep != KeepInConflict::Mine)
                take(theirs, 1, t0, t1);
        };
        // Both changed the same run of blocks, each side keeping as many blocks as the base
        // had (edits in neighbouring paragraphs): block by block, each block taken from the
        // side that changed it, and word by word in a block both changed when their words do
        // not touch.
        const int n = h.b1 - h.b0;
        if (n == 0 || h.m1 - h.m0 != n || h.t1 - h.t0 != n) {
            conflict(h.b0, h.b1, h.m0, h.m1, h.t0, h.t1);
            continue;
        }
        for (int i = 0; i < n; ++i) {
            const int b = h.b0 + i, m = h.m0 + i, t = h.t0 + i;
            if (mineKeys[m] == baseKeys[b] && theirsKeys[t] != baseKeys[b]) {
                take(theirs, 1, t, t + 1);
                continue;
            }
            if (theirsKeys[t] == baseKeys[b] || mineKeys[m] == theirsKeys[t]) {
                take(mine, 0, m, m + 1);
                continue;
            }
            Block block;
            if (canMergeWords(base[b], mine[m]) && canMergeWords(base[b], theirs[t]) &&
                mergeWords(base[b], mine[m], theirs[t], block)) {
                merged.append(block);
                origins.append({0, block.listId, block.table, startsRow(mine, m)});
                continue;
            }
            conflict(b, b + 1, m, m + 1, t, t + 1);
        }
    }
    renumberLists(merged, origins);
    renumberTables(merged, origins);
    result.merged = Html::detail::write(Html::detail::normalize(merged));
    return result;
}

MergeResult mergeText(const QString &base, const QString &mine, const QString &theirs,
                      KeepInConflict keep)
{
    const QStringList b = wordDiffTokens(base), m = wordDiffTokens(mine),
                      t = wordDiffTokens(theirs);
    MergeResult result;
    for (const Hunk &h : diff3(b, m, t)) {
        switch (h.kind) {
        case Hunk::Same:
        case Hunk::Mine:
        case Hunk::Both:
            result.merged += m.mid(h.m0, h.m1 - h.m0).join(QString());
            break;
        case Hunk::Theirs:
            result.merged += t.mid(h.t0, h.t1 - h.t0).join(QString());
            break;
        case Hunk::Conflict: {
            const QString mineSide = m.mid(h.m0, h.m1 - h.m0).join(QString());
            const QString theirsSide = t.mid(h.t0, h.t1 - h.t0).join(QString());
            result.conflicts.append(
                {b.mid(h.b0, h.b1 - h.b0).join(QString()), mineSide, theirsSide});
            if (keep == KeepInConflict::Mine)
                result.merged += mineSide;
            else if (keep == KeepInConflict::Theirs)
                result.merged += theirsSide;
            else
                result.merged += mineSide.trimmed().isEmpty() || theirsSide.trimmed().isEmpty()
                                     ? QString(mineSide + theirsSide)
                                     : QString(mineSide + u' ' + theirsSide);
            break;
        }
        }
    }
    return result;
}

QStringList mergeSets(const QStringList &base, const QStringList &mine, const QStringList &theirs)
{
    const QSet<QString> b(base.begin(), base.end());
    const QSet<QString> m(mine.begin(), mine.end());
    const QSet<QString> t(theirs.begin(), theirs.end());
    QStringList out;
    QSet<QString> seen;
    const auto keep = [&](const QString &x) {
        // Removed by either side: out. Otherwise in if either side has it.
        const bool removed = b.contains(x) && (!m.contains(x) || !t.contains(x));
        if (!removed && !seen.contains(x)) {
            seen.insert(x);
            out << x;
        }
    };
    for (const QString &x : mine)
        keep(x);
    for (const QString &x : theirs)
        keep(x);
    return out;
}

} // namespace PressDesk::Text
