#include "text/WordDiff.h"

#include "text/TextFold.h"

#include <QChar>
#include <QHash>
#include <QStringView>

#include <algorithm>
#include <cstdint>
#include <vector>

// Why not a library: Debian's libdtl-dev (dtl, header-only) was considered. Its O(NP) search
// has one fixed limit, a constant 2 million stored path coordinates (24 bytes each, ~48 MB);
// past it, it either starts again from the point reached (no bound on work) or, in its
// "trivial" mode, gives up on the rest. We want a bound the caller sets, O(tokens) memory,
// common prefix/suffix trimming first (dtl has none), and token ranges to post-process
// (dtl returns its edit script element by element, copying both input sequences). Myers'
// linear-space bisection with a step budget is about 150 lines here, with no new dependency.

namespace PressDesk::Text {

namespace {

enum class TokenClass : std::uint8_t { Word, Space, Newline, Other };

struct Tokens
{
    std::vector<qsizetype> starts; // token i is [starts[i], starts[i + 1]); back() == size
    std::vector<int> ids;          // equal ids <=> equal NFC text
    std::vector<TokenClass> classes;

    qsizetype size() const { return qsizetype(ids.size()); }
    qsizetype begin(qsizetype token) const { return starts[std::size_t(token)]; }
};

char32_t codePointAt(QStringView s, qsizetype i, qsizetype *length)
{
    const QChar c = s[i];
    if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(c, s[i + 1]);
    }
    *length = 1;
    return c.unicode();
}

bool isWordChar(char32_t c)
{
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

bool isMark(char32_t c)
{
    return c >= 0x0300 && QChar::isMark(c);
}

TokenClass classify(char32_t c)
{
    if (c == u'\n')
        return TokenClass::Newline;
    if (isWordChar(c))
        return TokenClass::Word;
    if (QChar::isSpace(c))
        return TokenClass::Space;
    return TokenClass::Other;
}

// Cuts text into tokens; calls onToken(start, end, class) for each.
template <typename OnToken> void tokenize(QStringView text, OnToken onToken)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    qsizetype len = 0;
    while (i < n) {
        const qsizetype start = i;
        const TokenClass cls = classify(codePointAt(text, i, &len));
        i += len;
        while (i < n) {
            const char32_t c = codePointAt(text, i, &len);
            bool more = isMark(c); // marks stay with whatever precedes them
            if (cls == TokenClass::Word)
                more = more || isWordChar(c);
            else if (cls == TokenClass::Space)
                more = more || (c != u'\n' && QChar::isSpace(c));
            if (!more)
                break;
            i += len;
        }
        onToken(start, i, cls);
    }
}

// Gives each distinct NFC token text an id. Raw token texts are looked up first, so NFC is
// computed once per distinct spelling, not once per token.
class Interner
{
public:
    int id(QStringView raw)
    {
        const auto it = m_byRaw.constFind(raw);
        if (it != m_byRaw.cend())
            return it.value();
        const QString nfc = toNfc(raw.toString());
        auto jt = m_byNfc.constFind(nfc);
        if (jt == m_byNfc.cend())
            jt = m_byNfc.insert(nfc, int(m_byNfc.size()));
        m_byRaw.insert(raw, jt.value());
        return jt.value();
    }

private:
    QHash<QStringView, int> m_byRaw; // views into the texts being compared
    QHash<QString, int> m_byNfc;
};

Tokens tokens(const QString &text, Interner &interner)
{
    Tokens t;
    const QStringView view(text);
    t.starts.reserve(std::size_t(text.size() / 3 + 2));
    t.ids.reserve(std::size_t(text.size() / 3 + 1));
    t.classes.reserve(std::size_t(text.size() / 3 + 1));
    tokenize(view, [&](qsizetype start, qsizetype end, TokenClass cls) {
        t.starts.push_back(start);
        t.ids.push_back(interner.id(view.sliced(start, end - start)));
        t.classes.push_back(cls);
    });
    t.starts.push_back(text.size());
    return t;
}

// The edit script as alternating runs: an equal run covers the same number of tokens on
// both sides; a change run deletes oldLen tokens and inserts newLen tokens.
struct Hunk
{
    bool equal = false;
    qsizetype oldLen = 0;
    qsizetype newLen = 0;
};

class Script
{
public:
    void equal(qsizetype n)
    {
        if (n <= 0)
            return;
        if (!hunks.empty() && hunks.back().equal) {
            hunks.back().oldLen += n;
            hunks.back().newLen += n;
        } else {
            hunks.push_back({true, n, n});
        }
    }
    void change(qsizetype deleted, qsizetype inserted)
    {
        if (deleted <= 0 && inserted <= 0)
            return;
        if (hunks.empty() || hunks.back().equal)
            hunks.push_back({false, 0, 0});
        hunks.back().oldLen += deleted;
        hunks.back().newLen += inserted;
    }
    void append(const Hunk &h)
    {
        if (h.equal)
            equal(h.oldLen);
        else
            change(h.oldLen, h.newLen);
    }

    std::vector<Hunk> hunks;
};

// Myers' O(ND) difference algorithm, linear-space variant: find the middle snake of the
// shortest edit script by searching from both ends, split there, recurse. Every call trims
// its common prefix and suffix first. A shared step budget bounds the total work; a part
// whose search runs out of it is reported as "all deleted, all inserted".
class Myers
{
public:
    Myers(const std::vector<int> &a, const std::vector<int> &b, qint64 budget, Script &out)
        : m_a(a.data()), m_b(b.data()), m_budget(budget), m_out(out)
    {}

    void diff(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1)
    {
        qsizetype prefix = 0;
        while (a0 < a1 && b0 < b1 && m_a[a0] == m_b[b0]) {
            ++a0;
            ++b0;
            ++prefix;
        }
        qsizetype suffix = 0;
        while (a0 < a1 && b0 < b1 && m_a[a1 - 1] == m_b[b1 - 1]) {
            --a1;
            --b1;
            ++suffix;
        }
        m_out.equal(prefix);
        qsizetype x = 0;
        qsizetype y = 0;
        if (a0 == a1 || b0 == b1) {
            m_out.change(a1 - a0, b1 - b0);
        } else if (bisect(a0, a1, b0, b1, &x, &y)) {
            diff(a0, a0 + x, b0, b0 + y);
            diff(a0 + x, a1, b0 + y, b1);
        } else {
            m_out.change(a1 - a0, b1 - b0);
        }
        m_out.equal(suffix);
    }

    qint64 stepsUsed(qint64 budget) const { return budget - m_budget; }
    bool capped() const { return m_capped; }

private:
    // Finds a point (x, y) on a shortest edit path of a[a0, a1) -> b[b0, b1), relative to
    // (a0, b0), that splits it into two non-empty problems. False when the budget ran out.
    bool bisect(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1, qsizetype *splitX,
                qsizetype *splitY)
    {
        if (m_budget <= 0) {
            m_capped = true;
            return false;
        }
        const int *a = m_a + a0;
        const int *b = m_b + b0;
        const qsizetype n = a1 - a0;
        const qsizetype m = b1 - b0;
        const qsizetype maxD = (n + m + 1) / 2;
        const qsizetype offset = maxD;
        const qsizetype length = 2 * maxD + 2;
        // v1[offset + k]: furthest x reached on diagonal k = x - y from the top left;
        // v2 likewise from the bottom right (x counted from the end).
        m_v1.assign(std::size_t(length), -1);
        m_v2.assign(std::size_t(length), -1);
        qsizetype *v1 = m_v1.data();
        qsizetype *v2 = m_v2.data();
        v1[offset + 1] = 0;
        v2[offset + 1] = 0;
        const qsizetype delta = n - m;
        qint64 budget = m_budget; // a local the compiler can keep in a register
        // With an odd delta the paths meet while extending the forward one, else the reverse.
        const bool front = delta % 2 != 0;
        qsizetype k1start = 0, k1end = 0, k2start = 0, k2end = 0;
        for (qsizetype d = 0; d < maxD; ++d) {
            for (qsizetype k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                const qsizetype i1 = offset + k1;
                qsizetype x1 = (k1 == -d || (k1 != d && v1[i1 - 1] < v1[i1 + 1])) ? v1[i1 + 1]
                                                                                  : v1[i1 - 1] + 1;
                qsizetype y1 = x1 - k1;
                const qsizetype snakeStart = x1;
                while (x1 < n && y1 < m && a[x1] == b[y1]) {
                    ++x1;
                    ++y1;
                }
                budget -= 1 + (x1 - snakeStart);
                v1[i1] = x1;
                if (x1 > n) {
                    k1end += 2; // ran off the right edge
                } else if (y1 > m) {
                    k1start += 2; // ran off the bottom edge
                } else if (front) {
                    const qsizetype i2 = offset + delta - k1;
                    if (i2 >= 0 && i2 < length && v2[i2] != -1 && x1 >= n - v2[i2]) {
                        m_budget = budget;
                        return split(n, m, x1, y1, splitX, splitY);
                    }
                }
            }
            if (budget <= 0)
                break;
            for (qsizetype k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                const qsizetype i2 = offset + k2;
                qsizetype x2 = (k2 == -d || (k2 != d && v2[i2 - 1] < v2[i2 + 1])) ? v2[i2 + 1]
                                                                                  : v2[i2 - 1] + 1;
                qsizetype y2 = x2 - k2;
                const qsizetype snakeStart = x2;
                while (x2 < n && y2 < m && a[n - x2 - 1] == b[m - y2 - 1]) {
                    ++x2;
                    ++y2;
                }
                budget -= 1 + (x2 - snakeStart);
                v2[i2] = x2;
                if (x2 > n) {
                    k2end += 2;
                } else if (y2 > m) {
                    k2start += 2;
                } else if (!front) {
                    const qsizetype i1 = offset + delta - k2;
                    if (i1 >= 0 && i1 < length && v1[i1] != -1) {
                        const qsizetype x1 = v1[i1];
                        const qsizetype y1 = x1 - (i1 - offset);
                        if (x1 >= n - x2) {
                            m_budget = budget;
                            return split(n, m, x1, y1, splitX, splitY);
                        }
                    }
                }
            }
            if (budget <= 0)
                break;
        }
        // Out of budget, or the paths never met: no token in common, and "all deleted, all
        // inserted" is the exact answer.
        m_budget = budget;
        m_capped = m_capped || budget <= 0;
        return false;
    }

    static bool split(qsizetype n, qsizetype m, qsizetype x, qsizetype y, qsizetype *splitX,
                      qsizetype *splitY)
    {
        // A split that leaves the whole problem on one side would recurse forever; the
        // algorithm never produces one for trimmed inputs, but do not rely on it.
        if ((x <= 0 && y <= 0) || (x >= n && y >= m) || x < 0 || y < 0 || x > n || y > m)
            return false;
        *splitX = x;
        *splitY = y;
        return true;
    }

    const int *m_a;
    const int *m_b;
    qint64 m_budget;
    bool m_capped = false;
    Script &m_out;
    std::vector<qsizetype> m_v1; // reused by every bisection (its data is dead on return)
    std::vector<qsizetype> m_v2;
};

// How good a place the boundary between tokens `before` and `after` is for an edit to start
// or end (-1: text edge). Prefers edits that start a paragraph, then ones next to spaces.
int boundaryScore(int before, int after)
{
    if (before < 0 || after < 0)
        return 3;
    if (TokenClass(before) == TokenClass::Newline)
        return 2;
    if (TokenClass(after) == TokenClass::Newline || TokenClass(before) == TokenClass::Space ||
        TokenClass(after) == TokenClass::Space)
        return 1;
    return 0;
}

// Slides each pure insertion or deletion that sits between two equal runs along the
// repeated tokens around it to its best-scoring place (the rightmost one on ties): a
// paragraph inserted after "\n" reads "<ins>New\n</ins>", not "\n<ins>New</ins>\n".
void slideEdits(std::vector<Hunk> &hunks, const Tokens &oldTokens, const Tokens &newTokens)
{
    qsizetype oldPos = 0;
    qsizetype newPos = 0;
    for (std::size_t i = 0; i < hunks.size(); ++i) {
        Hunk &h = hunks[i];
        const bool pure = !h.equal && (h.oldLen == 0 || h.newLen == 0);
        if (pure && i > 0 && i + 1 < hunks.size() && hunks[i - 1].equal && hunks[i + 1].equal) {
            const bool deletion = h.newLen == 0;
            const Tokens &t = deletion ? oldTokens : newTokens;
            const qsizetype p = deletion ? oldPos : newPos;
            const qsizetype k = deletion ? h.oldLen : h.newLen;
            const qsizetype before = hunks[i - 1].oldLen;
            const qsizetype after = hunks[i + 1].oldLen;
            const auto &ids = t.ids;
            auto cls = [&](qsizetype j) {
                return j < 0 || j >= t.size() ? -1 : int(t.classes[std::size_t(j)]);
            };
            auto score = [&](qsizetype q) {
                return boundaryScore(cls(q - 1), cls(q)) +
                       boundaryScore(cls(q + k - 1), cls(q + k));
            };
            qsizetype q = p;
            while (q > p - before && ids[std::size_t(q - 1)] == ids[std::size_t(q + k - 1)])
                --q;
            qsizetype best = q;
            int bestScore = score(q);
            while (q < p + after && ids[std::size_t(q)] == ids[std::size_t(q + k)]) {
                ++q;
                const int s = score(q);
                if (s >= bestScore) {
                    best = q;
                    bestScore = s;
                }
            }
            const qsizetype shift = best - p;
            if (shift != 0) {
                hunks[i - 1].oldLen += shift;
                hunks[i - 1].newLen += shift;
                hunks[i + 1].oldLen -= shift;
                hunks[i + 1].newLen -= shift;
                oldPos += shift;
                newPos += shift;
            }
        }
        oldPos += h.oldLen;
        newPos += h.newLen;
    }
    // Drop equal runs slid down to nothing and merge the changes they separated.
    Script merged;
    for (const Hunk &h : hunks)
        merged.append(h);
    hunks = std::move(merged.hunks);
}

// Folds an equal run of one whitespace token (not "\n") between two changes into them when
// that leaves one replacement instead of "del ins ␠ del ins". Two pure insertions (or two
// pure deletions) around a kept space stay as they are.
void semanticCleanup(std::vector<Hunk> &hunks, const Tokens &newTokens)
{
    Script out;
    qsizetype newPos = 0;
    for (std::size_t i = 0; i < hunks.size(); ++i) {
        const Hunk &h = hunks[i];
        if (h.equal && h.oldLen == 1 && !out.hunks.empty() && !out.hunks.back().equal &&
            i + 1 < hunks.size() && !hunks[i + 1].equal &&
            newTokens.classes[std::size_t(newPos)] == TokenClass::Space) {
            const Hunk &prev = out.hunks.back();
            const Hunk &next = hunks[i + 1];
            if (prev.oldLen + next.oldLen > 0 && prev.newLen + next.newLen > 0) {
                out.change(1 + next.oldLen, 1 + next.newLen);
                newPos += 1 + next.newLen;
                ++i;
                continue;
            }
        }
        out.append(h);
        newPos += h.newLen;
    }
    hunks = std::move(out.hunks);
}

QString slice(const QString &text, const Tokens &t, qsizetype from, qsizetype count)
{
    const qsizetype begin = t.begin(from);
    return text.sliced(begin, t.begin(from + count) - begin);
}

void appendEscaped(QString &out, QStringView text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'\n':
            out += QLatin1String("<br>");
            break;
        default:
            out += c;
        }
    }
}

// Appends text to out, wrapped in <tag>…</tag> when tag is set (and text is not empty).
void appendMarked(QString &out, QStringView text, QLatin1String tag)
{
    if (text.isEmpty())
        return;
    if (!tag.isEmpty()) {
        out += u'<';
        out += tag;
        out += u'>';
    }
    appendEscaped(out, text);
    if (!tag.isEmpty()) {
        out += QLatin1String("</");
        out += tag;
        out += u'>';
    }
}

} // namespace

QString DiffSegment::oldSide() const
{
    switch (kind) {
    case Equal:
        return oldText.isEmpty() ? text : oldText;
    case Deleted:
        return text;
    case Inserted:
        break;
    }
    return {};
}

QString DiffSegment::newSide() const
{
    return kind == Deleted ? QString() : text;
}

QList<DiffSegment> wordDiff(const QString &oldText, const QString &newText,
                            const WordDiffOptions &options, WordDiffStats *stats)
{
    if (stats)
        *stats = {};
    if (oldText == newText) {
        if (oldText.isEmpty())
            return {};
        if (stats)
            stats->oldTokens = stats->newTokens = wordDiffTokens(oldText).size();
        return {DiffSegment{DiffSegment::Equal, newText, {}}};
    }

    Interner interner;
    const Tokens a = tokens(oldText, interner);
    const Tokens b = tokens(newText, interner);

    Script script;
    Myers myers(a.ids, b.ids, options.maxSteps, script);
    myers.diff(0, a.size(), 0, b.size());
    std::vector<Hunk> &hunks = script.hunks;
    slideEdits(hunks, a, b);
    if (options.semanticCleanup)
        semanticCleanup(hunks, b);

    if (stats) {
        stats->oldTokens = a.size();
        stats->newTokens = b.size();
        stats->steps = myers.stepsUsed(options.maxSteps);
        stats->capped = myers.capped();
    }

    QList<DiffSegment> segments;
    segments.reserve(qsizetype(hunks.size()) * 3 / 2 + 1);
    qsizetype i = 0; // old token position
    qsizetype j = 0; // new token position
    for (const Hunk &h : hunks) {
        if (h.equal) {
            QString newSide = slice(newText, b, j, h.newLen);
            QString oldSide = slice(oldText, a, i, h.oldLen);
            if (oldSide == newSide)
                oldSide.clear();
            segments.append({DiffSegment::Equal, std::move(newSide), std::move(oldSide)});
        } else {
            if (h.oldLen > 0)
                segments.append({DiffSegment::Deleted, slice(oldText, a, i, h.oldLen), {}});
            if (h.newLen > 0)
                segments.append({DiffSegment::Inserted, slice(newText, b, j, h.newLen), {}});
        }
        i += h.oldLen;
        j += h.newLen;
    }
    return segments;
}

QStringList wordDiffTokens(const QString &text)
{
    QStringList out;
    tokenize(QStringView(text), [&](qsizetype start, qsizetype end, TokenClass) {
        out.append(text.sliced(start, end - start));
    });
    return out;
}

QString diffOldText(const QList<DiffSegment> &segments)
{
    QString out;
    for (const DiffSegment &s : segments)
        out += s.oldSide();
    return out;
}

QString diffNewText(const QList<DiffSegment> &segments)
{
    QString out;
    for (const DiffSegment &s : segments)
        out += s.newSide();
    return out;
}

QString diffToInlineHtml(const QList<DiffSegment> &segments)
{
    QString out;
    for (const DiffSegment &s : segments) {
        switch (s.kind) {
        case DiffSegment::Equal:
            appendMarked(out, s.text, QLatin1String());
            break;
        case DiffSegment::Deleted:
            appendMarked(out, s.text, QLatin1String("del"));
            break;
        case DiffSegment::Inserted:
            appendMarked(out, s.text, QLatin1String("ins"));
            break;
        }
    }
    return out;
}

QList<DiffRow> diffToSideBySideHtml(const QList<DiffSegment> &segments)
{
    QList<DiffRow> rows;
    DiffRow row;
    auto endRow = [&] {
        rows.append(std::move(row));
        row = {};
    };
    qsizetype s = 0;
    while (s < segments.size()) {
        if (segments.at(s).kind == DiffSegment::Equal) {
            const QString oldSide = segments.at(s).oldSide();
            const QList<QStringView> oldParts = QStringView(oldSide).split(u'\n');
            const QList<QStringView> newParts = QStringView(segments.at(s).text).split(u'\n');
            const qsizetype n = std::max(oldParts.size(), newParts.size());
            for (qsizetype p = 0; p < n; ++p) {
                if (p > 0)
                    endRow();
                if (p < oldParts.size())
                    appendMarked(row.oldHtml, oldParts.at(p), QLatin1String());
                if (p < newParts.size())
                    appendMarked(row.newHtml, newParts.at(p), QLatin1String());
            }
            ++s;
            continue;
        }
        // A run of changes: at most one Deleted and one Inserted segment.
        QString deleted;
        QString inserted;
        for (; s < segments.size() && segments.at(s).kind != DiffSegment::Equal; ++s)
            (segments.at(s).kind == DiffSegment::Deleted ? deleted : inserted) +=
                segments.at(s).text;
        const QList<QStringView> delParts = QStringView(deleted).split(u'\n');
        const QList<QStringView> insParts = QStringView(inserted).split(u'\n');
        const qsizetype oldBreaks = delParts.size() - 1;
        const qsizetype newBreaks = insParts.size() - 1;
        const qsizetype n = std::max(oldBreaks, newBreaks) + 1;
        for (qsizetype p = 0; p < n; ++p) {
            if (p < delParts.size())
                appendMarked(row.oldHtml, delParts.at(p), QLatin1String("del"));
            if (p < insParts.size())
                appendMarked(row.newHtml, insParts.at(p), QLatin1String("ins"));
            if (p == n - 1)
                break;
            const bool oldBreak = p < oldBreaks;
            const bool newBreak = p < newBreaks;
            if (oldBreak && newBreak) {
                endRow();
            } else if (oldBreak) {
                if (row.newHtml.isEmpty())
                    endRow();
                else
                    row.oldHtml += QLatin1String("<br>");
            } else {
                if (row.oldHtml.isEmpty())
                    endRow();
                else
                    row.newHtml += QLatin1String("<br>");
            }
        }
    }
    if (!row.oldHtml.isEmpty() || !row.newHtml.isEmpty())
        endRow();
    return rows;
}

} // namespace PressDesk::Text
