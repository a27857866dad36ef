#include "plan/PlanProgress.h"

#include "model/Article.h"
#include "plan/PlanRepository.h"
#include "store/Database.h"
#include "store/SqlUtil.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace PressDesk {

namespace {

using Item = CountableItem;

struct Span
{
    QDate from; // invalid: open
    QDate to;
    bool contains(const QDate &d) const
    {
        return d.isValid() && (!from.isValid() || d >= from) && (!to.isValid() || d <= to);
    }
    Span cut(const Span &other) const
    {
        Span s = *this;
        if (other.from.isValid() && (!s.from.isValid() || other.from > s.from))
            s.from = other.from;
        if (other.to.isValid() && (!s.to.isValid() || other.to < s.to))
            s.to = other.to;
        return s;
    }
};

QDate localDay(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().date() : QDate();
}

Span windowOf(const Activity &a, const Plan &plan)
{
    return {a.start.isValid() ? a.start : plan.periodStart,
            a.due.isValid() ? a.due : plan.periodEnd};
}

// The plan, its activities and every item that may count (qualifying status), unfiltered by
// date: three queries.
struct Loaded
{
    Plan plan;
    QList<Activity> activities;
    QList<Item> items;
};

Result<Loaded> load(Database &db, const QString &planId)
{
    PlanRepository repo(db);
    auto plan = repo.get(planId);
    if (!plan)
        return plan.error();
    auto activities = repo.activities(planId);
    if (!activities)
        return activities.error();
    auto items = repo.countableItems(planId);
    if (!items)
        return items.error();
    return Loaded{plan.value(), activities.value(), items.value()};
}

} // namespace

int MonthOutput::total() const
{
    int sum = 0;
    for (int n : byChannel)
        sum += n;
    return sum;
}

void PlanProgress::setFlags(ActivityProgress &p, const QDate &start, const QDate &due, int done,
                            const QDate &today)
{
    p.overdue = false;
    p.atRisk = false;
    const Activity &a = p.activity;
    if (a.status != QLatin1String("open") || a.target <= 0 || !due.isValid() || done >= a.target)
        return;
    if (due < today) {
        p.overdue = true;
        return;
    }
    const qint64 daysLeft = today.daysTo(due);
    if (!start.isValid() || start >= due) {
        p.atRisk = daysLeft <= 14;
        return;
    }
    const double duration = double(start.daysTo(due));
    const bool nearEnd = daysLeft <= 14 || double(daysLeft) < 0.25 * duration;
    const double elapsed = std::clamp(double(start.daysTo(today)) / duration, 0.0, 1.0);
    p.atRisk = nearEnd && double(done) < double(a.target) * elapsed;
}

Result<QList<ActivityProgress>> PlanProgress::activities(const QString &planId, const QDate &from,
                                                         const QDate &to,
                                                         const QDate &todayAsked) const
{
    auto loaded = load(m_db, planId);
    if (!loaded)
        return loaded.error();
    const Plan &plan = loaded->plan;
    const QDate today = todayAsked.isValid() ? todayAsked : QDate::currentDate();
    const Span range{from.isValid() ? from : plan.periodStart, to.isValid() ? to : plan.periodEnd};

    QHash<QString, QList<const Item *>> byActivity;
    for (const Item &it : std::as_const(loaded->items))
        byActivity[it.activityId] << &it;

    QList<ActivityProgress> out;
    for (const Activity &a : std::as_const(loaded->activities)) {
        ActivityProgress p;
        p.activity = a;
        const Span whole = windowOf(a, plan);
        const Span counted = whole.cut(range);
        int doneWhole = 0;
        QList<const Item *> articles, broadcasts, visuals;
        for (const Item *it : byActivity.value(a.id)) {
            if (whole.contains(it->day))
                doneWhole += it->quantity;
            if (!counted.contains(it->day))
                continue;
            if (!it->airedId.isEmpty()) {
                p.aired += it->quantity;
                broadcasts << it;
            } else if (!it->visualId.isEmpty()) {
                p.installed += it->quantity;
                visuals << it;
            } else if (it->articleId.isEmpty()) {
                p.manual += it->quantity;
            } else {
                ++p.fromArticles;
                articles << it;
            }
        }
        std::sort(articles.begin(), articles.end(), [](const Item *x, const Item *y) {
            return x->at != y->at ? x->at < y->at : x->articleId < y->articleId;
        });
        for (const Item *it : std::as_const(articles))
            p.articleIds << it->articleId;
        // What is behind the radio and visual counts, in the order it happened.
        const auto byDay = [](const Item *x, const Item *y) {
            return std::tie(x->day, x->at, x->airedId, x->visualId) <
                   std::tie(y->day, y->at, y->airedId, y->visualId);
        };
        std::sort(broadcasts.begin(), broadcasts.end(), byDay);
        for (const Item *it : std::as_const(broadcasts))
            p.airedIds << it->airedId;
        std::sort(visuals.begin(), visuals.end(), byDay);
        for (const Item *it : std::as_const(visuals))
            p.visualIds << it->visualId;
        setFlags(p, whole.from, whole.to, doneWhole, today);
        out << p;
    }
    return out;
}

Result<QList<MonthOutput>> PlanProgress::monthly(const QString &planId, const QDate &from,
                                                 const QDate &to) const
{
    auto loaded = load(m_db, planId);
    if (!loaded)
        return loaded.error();
    const Plan &plan = loaded->plan;
    Span range{from.isValid() ? from : plan.periodStart, to.isValid() ? to : plan.periodEnd};

    QHash<QString, const Activity *> activityById;
    for (const Activity &a : std::as_const(loaded->activities))
        activityById.insert(a.id, &a);

    QMap<QDate, MonthOutput> months;
    QSet<QString> seen; // channel + article or broadcast: each once per channel
    QDate first, last;
    for (const Item &it : std::as_const(loaded->items)) {
        const Activity *a = activityById.value(it.activityId);
        if (!a || !windowOf(*a, plan).cut(range).contains(it.day))
            continue;
        // A broadcast, too, is one output of its channel whatever the activities it serves (a
        // visual item serves one activity: its quantity counts once).
        const QString counted = !it.airedId.isEmpty()    ? it.airedId
                                : !it.visualId.isEmpty() ? it.visualId
                                                         : it.articleId;
        if (!counted.isEmpty()) {
            const QString key = channelKey(a->channel) + u'/' + counted;
            if (seen.contains(key))
                continue;
            seen.insert(key);
        }
        const QDate month(it.day.year(), it.day.month(), 1);
        MonthOutput &m = months[month];
        m.month = month;
        m.byChannel[a->channel] += it.quantity;
        first = first.isValid() ? std::min(first, month) : month;
        last = last.isValid() ? std::max(last, month) : month;
    }
    // Every month of the range, empty ones too, so a chart's axis has no holes.
    const QDate start =
        range.from.isValid() ? QDate(range.from.year(), range.from.month(), 1) : first;
    const QDate end = range.to.isValid() ? QDate(range.to.year(), range.to.month(), 1) : last;
    QList<MonthOutput> out;
    if (!start.isValid() || !end.isValid())
        return out;
    for (QDate m = start; m <= end; m = m.addMonths(1)) {
        MonthOutput mo = months.value(m);
        mo.month = m;
        out << mo;
    }
    return out;
}

Result<QList<ReportArticle>>
PlanProgress::publishedArticles(const QString &planId, const QDate &from, const QDate &to) const
{
    auto progress = activities(planId, from, to);
    if (!progress)
        return progress.error();
    auto plan = PlanRepository(m_db).get(planId);
    if (!plan)
        return plan.error();
    const Span range{from.isValid() ? from : plan->periodStart,
                     to.isValid() ? to : plan->periodEnd};
    QHash<QString, QString> countedFor; // article -> first activity it counted for
    QHash<QString, int> position;       // activity -> plan order
    for (const ActivityProgress &p : std::as_const(progress.value())) {
        position.insert(p.activity.id, int(position.size()));
        for (const QString &id : p.articleIds) {
            if (!countedFor.contains(id))
                countedFor.insert(id, p.activity.id);
        }
    }

    auto links = PlanRepository(m_db).publishedArticles(planId);
    if (!links)
        return links.error();
    QHash<QString, ReportArticle> byId;
    for (const PlanArticleLink &l : std::as_const(links.value())) {
        if (!range.contains(localDay(l.publishedAt)))
            continue;
        auto found = byId.find(l.articleId);
        if (found == byId.end()) {
            found = byId.insert(l.articleId,
                                ReportArticle{l.title, l.publishedAt, l.link, l.activityId});
        } else if (position.value(l.activityId) < position.value(found->activityId)) {
            found->activityId = l.activityId;
        }
    }
    QList<ReportArticle> out;
    for (auto it = byId.begin(); it != byId.end(); ++it) {
        if (countedFor.contains(it.key()))
            it->activityId = countedFor.value(it.key());
        out << it.value();
    }
    std::sort(out.begin(), out.end(), [](const ReportArticle &x, const ReportArticle &y) {
        return x.publishedAt != y.publishedAt ? x.publishedAt < y.publishedAt : x.title < y.title;
    });
    return out;
}

} // namespace PressDesk
