#include "SyncSimulation.h"

#include "FaultProxy.h"
#include "TestOfficeServer.h"
#include "plan/PlanRepository.h"
#include "server/ServerAdmin.h"
#include "store/ArticleRepository.h"
#include "store/AuditLog.h"
#include "store/CategoryRepository.h"
#include "store/CommentRepository.h"
#include "sync/ConflictService.h"
#include "sync/SyncEngine.h"
#include "sync/SyncRepository.h"
#include "workflow/ContentHash.h"
#include "workflow/WorkflowService.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <thread>
#include <vector>

using namespace PressDesk;

namespace TestSupport {
namespace {

const QStringList kWords = {
    QStringLiteral("hội nghị"),     QStringLiteral("tuyên truyền"), QStringLiteral("cải cách"),
    QStringLiteral("hành chính"),   QStringLiteral("người dân"),    QStringLiteral("phường"),
    QStringLiteral("dịch vụ công"), QStringLiteral("trực tuyến"),   QStringLiteral("thủ tục"),
    QStringLiteral("minh bạch"),    QStringLiteral("cán bộ"),       QStringLiteral("triển khai")};
const QStringList kTags = {QStringLiteral("CCHC"), QStringLiteral("Kế hoạch 65"),
                           QStringLiteral("Dịch vụ công"), QStringLiteral("Chuyển đổi số"),
                           QStringLiteral("An ninh trật tự")};
// Names two desks may create offline, some the same once folded.
const QStringList kCategories = {QStringLiteral("Cải cách hành chính"),
                                 QStringLiteral("cai cach hanh chinh"),
                                 QStringLiteral("Kinh tế"),
                                 QStringLiteral("KINH TẾ"),
                                 QStringLiteral("Văn hóa - Xã hội"),
                                 QStringLiteral("Chuyển đổi số"),
                                 QStringLiteral("chuyen doi so"),
                                 QStringLiteral("Nông thôn mới"),
                                 QStringLiteral("Nông Thôn Mới"),
                                 QStringLiteral("Y tế"),
                                 QStringLiteral("Giáo dục"),
                                 QStringLiteral("Môi trường")};

struct Desk
{
    QString name; // "an", "cuong", "dung", "binh"
    QString login;
    Role role = Role::Staff;
    QString path;
    std::unique_ptr<Database> db;
};

class Simulation
{
public:
    explicit Simulation(const SimulationOptions &options) : m_o(options), m_rng(options.seed) {}

    SimulationOutcome run()
    {
        QElapsedTimer clock;
        clock.start();
        if (setUp())
            simulate();
        m_out.elapsedMs = clock.elapsed();
        for (Desk &d : m_desks)
            d.db.reset();
        m_proxy.reset();
        if (const QString e = m_office.tearDown(); !e.isEmpty())
            m_out.violations << QStringLiteral("tearing the office down: ") + e;
        return m_out;
    }

private:
    const SimulationOptions m_o;
    QRandomGenerator m_rng;
    TestOfficeServer m_office;
    std::unique_ptr<FaultProxy> m_proxy;
    std::vector<Desk> m_desks;
    SimulationOutcome m_out;
    int m_token = 0;
    bool m_settled = false;         // the wire healed and every desk synced until nothing moved
    QSet<QString> m_savedRevisions; // every revision any desk ever held
    QSet<QString> m_comments;       // every comment anyone added
    QSet<QString> m_entries;        // every manual entry anyone added …
    QSet<QString> m_removedEntries; // … and those someone removed

    void log(const QString &line)
    {
        if (m_o.log)
            m_o.log(line);
    }
    void violation(const QString &what)
    {
        m_out.violations << QStringLiteral("seed %1: %2").arg(m_o.seed).arg(what);
        log(QStringLiteral("VIOLATION ") + what);
    }
    void count(const QString &what, int n = 1) { m_out.counts[what] += n; }
    // The value of a read that must work (a violation and nothing when it does not). By
    // value: a loop over a temporary Result's value() would outlive the Result.
    template <typename T> T got(Result<T> read)
    {
        if (!read) {
            violation(QStringLiteral("a read failed: ") + read.error().message);
            return T();
        }
        return std::move(read).value();
    }
    int pick(qsizetype n) { return int(m_rng.bounded(quint32(n))); }
    bool chance(int percent) { return int(m_rng.bounded(100U)) < percent; }
    template <typename T> const T &any(const QList<T> &list) { return list.at(pick(list.size())); }
    QString token(const Desk &d) { return QStringLiteral("%1%2").arg(d.name).arg(++m_token); }

    QString viaProxy(const QString &login) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=disable")
            .arg(login)
            .arg(m_proxy->port())
            .arg(m_office.databaseName());
    }

    // -- Setting up: the office, its people, a plan, the desks joined through the proxy. ----

    bool setUp()
    {
        if (!m_office.isAvailable()) {
            m_out.setupError = QStringLiteral("no test PostgreSQL in the environment");
            return false;
        }
        if (const QString e = m_office.setUp(QStringLiteral("UBND xã Hoài Đức")); !e.isEmpty()) {
            m_out.setupError = e;
            return false;
        }
        m_proxy = std::make_unique<FaultProxy>(m_office.pg().host, quint16(m_office.pg().port));
        if (m_proxy->port() == 0) {
            m_out.setupError = QStringLiteral("the fault proxy could not listen");
            return false;
        }
        const std::tuple<const char *, Role, const char *> people[] = {
            {"an", Role::Staff, "Nguyễn Văn An"},
            {"cuong", Role::Staff, "Lê Văn Cường"},
            {"dung", Role::Staff, "Phạm Thị Dung"},
            {"binh", Role::Supervisor, "Trần Thị Bình"}};
        for (const auto &[name, role, full] : people) {
            Desk d;
            d.name = QLatin1String(name);
            d.role = role;
            d.login = m_office.addPerson(d.name, role, QString::fromUtf8(full));
            if (d.login.isEmpty()) {
                m_out.setupError = QStringLiteral("could not add ") + d.name;
                return false;
            }
            d.path = QDir(m_o.workDir)
                         .filePath(QStringLiteral("desk-%1-%2.sqlite").arg(m_o.seed).arg(d.name));
            QFile::remove(d.path);
            m_desks.push_back(std::move(d));
        }
        // The first desk brings the plan and the categories; the others join after it.
        for (size_t i = 0; i < m_desks.size(); ++i) {
            Desk &d = m_desks[i];
            auto opened = Database::open(d.path);
            if (!opened) {
                m_out.setupError = opened.error().message;
                return false;
            }
            d.db = std::move(opened).value();
            auto server = ServerConnection::open(ServerAddress::parse(viaProxy(d.login)).value(),
                                                 d.login, TestOfficeServer::password());
            if (!server) {
                m_out.setupError = server.error().message + u' ' + server.error().detail;
                return false;
            }
            auto joined = SyncEngine(*d.db, *server.value()).join(viaProxy(d.login), false);
            if (!joined) {
                m_out.setupError = QStringLiteral("join: ") + joined.error().message;
                return false;
            }
            d.db->setActingUser(d.login);
            if (i == 0) {
                if (!seedPlan(d))
                    return false;
                auto first = SyncEngine(*d.db, *server.value()).runPass();
                if (!first) {
                    m_out.setupError = first.error().message;
                    return false;
                }
            }
        }
        return true;
    }

    bool seedPlan(Desk &d)
    {
        const int year = QDate::currentDate().year();
        Plan p;
        p.number = QStringLiteral("65/KH-UBND");
        p.title = QStringLiteral("Thúc đẩy tuyên truyền cải cách hành chính năm %1").arg(year);
        p.issuingBody = QStringLiteral("UBND xã Hoài Đức");
        p.issueDate = QDate(year, 1, 2);
        p.periodStart = QDate(year, 1, 1);
        p.periodEnd = QDate(year, 12, 31);
        auto plan = PlanRepository(*d.db).create(p);
        if (!plan) {
            m_out.setupError = plan.error().message;
            return false;
        }
        for (Channel channel : {Channel::Portal, Channel::Radio, Channel::VisualCampaign}) {
            if (!addActivity(d, plan->id, channel))
                return false;
        }
        // The office's categories (a profile may already have some of these names).
        for (const QString &name : {kCategories.at(0), kCategories.at(2)})
            (void)CategoryRepository(*d.db).create(name);
        return true;
    }

    bool addActivity(Desk &d, const QString &planId, Channel channel)
    {
        Activity a;
        a.planId = planId;
        a.channel = channel;
        a.description = QStringLiteral("Tuyên truyền %1").arg(any(kWords));
        a.target = 12;
        a.unit = QStringLiteral("lượt");
        a.due = QDate(QDate::currentDate().year(), 12, 31);
        a.position = -1;
        auto added = PlanRepository(*d.db).addActivity(a);
        if (!added)
            m_out.setupError = added.error().message;
        return bool(added);
    }

    // -- The rounds. -----------------------------------------------------------------------

    void simulate()
    {
        for (int round = 1; round <= m_o.rounds; ++round) {
            for (Desk &d : m_desks) {
                const int steps = pick(4);
                for (int s = 0; s < steps; ++s)
                    act(d);
                remember(d);
            }
            QList<int> order{0, 1, 2, 3};
            std::shuffle(order.begin(), order.end(), std::mt19937(m_rng.generate()));
            for (int i : std::as_const(order)) {
                if (chance(70))
                    faultyPass(m_desks[size_t(i)]);
            }
            if (round % 10 == 0)
                log(QStringLiteral("seed %1 round %2: %3 violations so far")
                        .arg(m_o.seed)
                        .arg(round)
                        .arg(m_out.violations.size()));
        }
        m_proxy->setFault(FaultProxy::Fault::None);
        if (!settle(QStringLiteral("after the rounds")))
            return;
        m_settled = true;
        checkConflictsReported();
        // Someone resolves each open conflict, on a desk that shows it; then all sync again.
        // Someone resolves the conflicts of each article (all of them: the article's edits wait
        // while one is open), on a desk that shows them; then all sync again.
        for (int attempt = 0; attempt < 4; ++attempt) {
            if (serverOpenConflicts().isEmpty())
                break;
            QSet<QString> articles;
            for (Desk &d : m_desks) {
                for (const auto &c : got(ConflictService(*d.db).open()))
                    articles.insert(c.articleId);
            }
            for (const QString &article : std::as_const(articles)) {
                Desk &d = m_desks[size_t(pick(qsizetype(m_desks.size())))];
                for (const auto &c : got(ConflictService(*d.db).open(article)))
                    resolveConflict(d, c.id);
                remember(d);
            }
            if (!settle(QStringLiteral("after resolving")))
                return;
        }
        if (!serverOpenConflicts().isEmpty())
            violation(QStringLiteral("conflicts stay open after every desk resolved them"));
        for (Desk &d : m_desks)
            remember(d);
        checkFinal();
    }

    // The revisions the desk holds, so that the end can ask the server for each.
    void remember(Desk &d)
    {
        QSqlQuery q(d.db->connection());
        if (!q.exec(QStringLiteral("SELECT id FROM revisions"))) {
            violation(QStringLiteral("%1: cannot read its revisions").arg(d.name));
            return;
        }
        while (q.next())
            m_savedRevisions.insert(q.value(0).toString());
    }

    // One random thing a person at the desk does.
    void act(Desk &d)
    {
        const bool supervisor = d.role == Role::Supervisor;
        struct Choice
        {
            int weight;
            void (Simulation::*step)(Desk &);
            const char *name;
        };
        const QList<Choice> choices = {
            {supervisor ? 3 : 8, &Simulation::newArticle, "newArticle"},
            {supervisor ? 10 : 30, &Simulation::editParagraph, "editParagraph"},
            {5, &Simulation::addOrRemoveParagraph, "addOrRemoveParagraph"},
            {5, &Simulation::editTitle, "editTitle"},
            {5, &Simulation::editLead, "editLead"},
            {6, &Simulation::editTags, "editTags"},
            {3, &Simulation::editCategory, "editCategory"},
            {supervisor ? 20 : 6, &Simulation::decide, "decide"},
            {6, &Simulation::comment, "comment"},
            {6, &Simulation::linkOrUnlink, "linkOrUnlink"},
            {5, &Simulation::manualEntry, "manualEntry"},
            {4, &Simulation::editActivity, "editActivity"},
            {2, &Simulation::newOrRemovedActivity, "newOrRemovedActivity"},
            {2, &Simulation::newCategory, "newCategory"},
            {8, &Simulation::resolveSomeConflict, "resolveSomeConflict"},
        };
        int total = 0;
        for (const Choice &c : choices)
            total += c.weight;
        int at = pick(total);
        for (const Choice &c : choices) {
            if (at < c.weight) {
                log(QStringLiteral("%1: %2").arg(d.name, QLatin1String(c.name)));
                (this->*c.step)(d);
                return;
            }
            at -= c.weight;
        }
    }

    // A step the desk itself refused (a workflow rule, an article waiting in a conflict): the
    // person sees why and nothing changed. Counted; not a violation.
    void refused(const Desk &d, const char *what, const Error &e)
    {
        count(QStringLiteral("refused"));
        m_out.refusals[QStringLiteral("on the desk, %1: %2").arg(QLatin1String(what), e.code)] += 1;
        log(QStringLiteral("%1: %2 refused: %3 (%4)")
                .arg(d.name, QLatin1String(what), e.message, e.code));
    }

    std::optional<Article> someArticle(Desk &d)
    {
        auto list = ArticleRepository(*d.db).list();
        if (!list || list->isEmpty())
            return std::nullopt;
        return any(list.value());
    }

    static QStringList paragraphs(const QString &html)
    {
        static const QRegularExpression p(QStringLiteral("<p>(.*?)</p>"),
                                          QRegularExpression::DotMatchesEverythingOption);
        QStringList out;
        for (auto it = p.globalMatch(html); it.hasNext();)
            out << it.next().captured(1);
        return out;
    }
    static QString html(const QStringList &paragraphs)
    {
        QString out;
        for (const QString &p : paragraphs)
            out += QStringLiteral("<p>") + p + QStringLiteral("</p>");
        return out;
    }
    QString sentence(const Desk &d, int words)
    {
        QStringList w;
        for (int i = 0; i < words; ++i)
            w << any(kWords);
        w.insert(pick(w.size() + 1), token(d));
        return w.join(u' ');
    }

    void save(Desk &d, Article a, const char *what)
    {
        log(QStringLiteral("  %1 saves %2").arg(d.name, a.id.left(8)));
        auto saved = ArticleRepository(*d.db).save(a, SaveKind::Manual);
        if (!saved)
            return refused(d, what, saved.error());
        count(QStringLiteral("edits"));
    }

    void newArticle(Desk &d)
    {
        Article a;
        a.title = QStringLiteral("Tin %1 về %2").arg(token(d), any(kWords));
        a.lead = sentence(d, 6) + u'.';
        QStringList body;
        for (int i = 0; i < 4; ++i)
            body << sentence(d, 5) + u'.';
        a.bodyHtml = html(body);
        a.tags = {any(kTags)};
        a.author = d.login;
        if (auto cats = CategoryRepository(*d.db).list(); cats && !cats->isEmpty() && chance(60))
            a.categoryId = any(cats.value()).id;
        auto created = ArticleRepository(*d.db).create(a);
        if (!created)
            return violation(QStringLiteral("%1 cannot write a new article: %2")
                                 .arg(d.name, created.error().message));
        count(QStringLiteral("articles"));
    }

    // The same paragraph as another desk, often: four paragraphs, a word replaced or added.
    void editParagraph(Desk &d)
    {
        auto a = someArticle(d);
        if (!a)
            return;
        QStringList ps = paragraphs(a->bodyHtml);
        if (ps.isEmpty())
            ps << QString();
        const int i = pick(ps.size());
        QStringList words = ps[i].split(u' ', Qt::SkipEmptyParts);
        if (!words.isEmpty() && chance(50))
            words[pick(words.size())] = token(d);
        else
            words.insert(pick(words.size() + 1), token(d));
        ps[i] = words.join(u' ');
        a->bodyHtml = html(ps);
        save(d, *a, "edit paragraph");
    }

    void addOrRemoveParagraph(Desk &d)
    {
        auto a = someArticle(d);
        if (!a)
            return;
        QStringList ps = paragraphs(a->bodyHtml);
        if (ps.size() > 2 && chance(40))
            ps.removeAt(pick(ps.size()));
        else
            ps.insert(pick(ps.size() + 1), sentence(d, 4) + u'.');
        a->bodyHtml = html(ps);
        save(d, *a, "add or remove a paragraph");
    }

    void editTitle(Desk &d)
    {
        if (auto a = someArticle(d)) {
            a->title = QStringLiteral("Tin %1 về %2").arg(token(d), any(kWords));
            save(d, *a, "title");
        }
    }

    void editLead(Desk &d)
    {
        if (auto a = someArticle(d)) {
            QStringList words = a->lead.split(u' ', Qt::SkipEmptyParts);
            words.insert(pick(words.size() + 1), token(d));
            a->lead = words.join(u' ');
            save(d, *a, "lead");
        }
    }

    void editTags(Desk &d)
    {
        if (auto a = someArticle(d)) {
            if (!a->tags.isEmpty() && chance(40))
                a->tags.removeAt(pick(a->tags.size()));
            else if (const QString t = any(kTags); !a->tags.contains(t))
                a->tags << t;
            save(d, *a, "tags");
        }
    }

    void editCategory(Desk &d)
    {
        auto a = someArticle(d);
        auto cats = CategoryRepository(*d.db).list();
        if (!a || !cats)
            return;
        a->categoryId = cats->isEmpty() || chance(20) ? QString() : any(cats.value()).id;
        save(d, *a, "category");
    }

    // Staff submit drafts; the supervisor approves what waits for review, or returns it.
    void decide(Desk &d)
    {
        auto list = ArticleRepository(*d.db).list();
        if (!list)
            return;
        const ArticleStatus wanted =
            d.role == Role::Supervisor ? ArticleStatus::Submitted : ArticleStatus::Draft;
        QList<Article> candidates;
        for (const Article &a : list.value()) {
            if (a.status == wanted)
                candidates << a;
        }
        if (candidates.isEmpty())
            return;
        const Article a = any(candidates);
        const WorkflowAction action = d.role != Role::Supervisor ? WorkflowAction::Submit
                                      : chance(80)               ? WorkflowAction::Approve
                                                                 : WorkflowAction::Return;
        auto done = WorkflowService(*d.db).apply(
            a.id, action,
            action == WorkflowAction::Return ? QStringLiteral("Sửa lại đoạn đầu.") : QString());
        if (!done)
            return refused(d, "decision", done.error());
        count(QStringLiteral("decisions"));
    }

    void comment(Desk &d)
    {
        auto a = someArticle(d);
        if (!a)
            return;
        auto existing = CommentRepository(*d.db).list(a->id);
        if (existing && !existing->isEmpty() && chance(25)) {
            if (auto s = CommentRepository(*d.db).setResolved(any(existing.value()).id, true); !s)
                refused(d, "resolve a comment", s.error());
            return;
        }
        auto added = CommentRepository(*d.db).add(a->id, QStringLiteral("Góp ý ") + token(d));
        if (!added)
            return violation(
                QStringLiteral("%1 cannot comment: %2").arg(d.name, added.error().message));
        m_comments.insert(added->id);
        count(QStringLiteral("comments"));
    }

    QList<Activity> activities(Desk &d)
    {
        QList<Activity> out;
        const auto plans = PlanRepository(*d.db).list();
        if (!plans)
            return out;
        for (const Plan &p : plans.value())
            if (auto acts = PlanRepository(*d.db).activities(p.id))
                out += acts.value();
        return out;
    }

    void linkOrUnlink(Desk &d)
    {
        auto a = someArticle(d);
        const QList<Activity> acts = activities(d);
        if (!a || acts.isEmpty())
            return;
        const QList<Activity> linked = got(PlanRepository(*d.db).activitiesOfArticle(a->id));
        Status s = !linked.isEmpty() && chance(35)
                       ? PlanRepository(*d.db).unlink(a->id, any(linked).id)
                       : PlanRepository(*d.db).link(a->id, any(acts).id);
        if (!s)
            return refused(d, "link", s.error());
        count(QStringLiteral("plan changes"));
    }

    void manualEntry(Desk &d)
    {
        const QList<Activity> acts = activities(d);
        if (acts.isEmpty())
            return;
        const Activity act = any(acts);
        const QList<ManualEntry> entries = got(PlanRepository(*d.db).manualEntries(act.id));
        if (!entries.isEmpty() && chance(25)) {
            const QString id = any(entries).id;
            if (auto s = PlanRepository(*d.db).removeManualEntry(id); !s)
                return refused(d, "remove an entry", s.error());
            m_removedEntries.insert(id);
            count(QStringLiteral("plan changes"));
            return;
        }
        auto added = PlanRepository(*d.db).addManualEntry(
            ManualEntry{.activityId = act.id,
                        .date = QDate::currentDate(),
                        .quantity = 1 + pick(3),
                        .note = QStringLiteral("Pano ở thôn ") + token(d)});
        if (!added)
            return violation(QStringLiteral("%1 cannot count work by hand: %2")
                                 .arg(d.name, added.error().message));
        m_entries.insert(added->id);
        count(QStringLiteral("plan changes"));
    }

    void editActivity(Desk &d)
    {
        const QList<Activity> acts = activities(d);
        if (acts.isEmpty())
            return;
        Activity a = any(acts);
        switch (pick(3)) {
        case 0:
            a.target = 5 + pick(30);
            break;
        case 1:
            a.description = QStringLiteral("Tuyên truyền ") + token(d);
            break;
        default:
            // A unit is given once; then only a supervisor reassigns it, recorded.
            if (!a.responsibleUnit.isEmpty()) {
                if (d.role == Role::Staff)
                    return;
                if (auto s = PlanRepository(*d.db).reassignUnit(a.id, QStringLiteral("Văn phòng ") +
                                                                          token(d));
                    !s)
                    return refused(d, "reassign an activity's unit", s.error());
                count(QStringLiteral("plan changes"));
                return;
            }
            a.responsibleUnit = QStringLiteral("Văn phòng ") + token(d);
        }
        if (auto s = PlanRepository(*d.db).updateActivity(a); !s)
            return refused(d, "edit an activity", s.error());
        count(QStringLiteral("plan changes"));
    }

    void newOrRemovedActivity(Desk &d)
    {
        const QList<Activity> acts = activities(d);
        if (acts.size() > 2 && chance(40)) {
            if (auto s = PlanRepository(*d.db).removeActivity(any(acts).id); !s)
                return refused(d, "remove an activity", s.error());
        } else {
            const auto plans = PlanRepository(*d.db).list();
            if (!plans || plans->isEmpty())
                return;
            if (!addActivity(d, plans->first().id, any(allChannels())))
                return violation(
                    QStringLiteral("%1 cannot add an activity: %2").arg(d.name, m_out.setupError));
        }
        count(QStringLiteral("plan changes"));
    }

    void newCategory(Desk &d)
    {
        auto created = CategoryRepository(*d.db).create(any(kCategories));
        if (!created)
            return refused(d, "new category", created.error());
        count(QStringLiteral("categories"));
    }

    void resolveSomeConflict(Desk &d)
    {
        auto open = ConflictService(*d.db).open();
        if (!open || open->isEmpty())
            return;
        resolveConflict(d, any(open.value()).id);
    }

    void resolveConflict(Desk &d, const QString &conflictId)
    {
        const ConflictService::Take take = any(
            QList<ConflictService::Take>{ConflictService::Take::Mine, ConflictService::Take::Theirs,
                                         ConflictService::Take::Both});
        log(QStringLiteral("  %1 resolves %2 taking %3")
                .arg(d.name, conflictId.left(8))
                .arg(int(take)));
        auto resolved = ConflictService(*d.db).resolve(conflictId, take);
        // The other side may not be here yet when a pass was cut off after this desk learnt
        // of the conflict: the person is told to sync first. Not once the desks settled.
        if (!resolved && resolved.error().code == QLatin1String("not-synced") && !m_settled)
            return refused(d, "resolve a conflict", resolved.error());
        if (!resolved)
            return violation(QStringLiteral("%1 cannot resolve conflict %2: %3")
                                 .arg(d.name, conflictId, resolved.error().message));
        count(QStringLiteral("resolved"));
    }

    // -- Passes. ---------------------------------------------------------------------------

    // A pass in this process on a new connection through the proxy; nullopt when it could not
    // connect (the error in *error).
    std::optional<Result<SyncReport>> pass(Desk &d, const std::function<void()> &beforePass = {},
                                           Error *error = nullptr)
    {
        auto server = ServerConnection::open(ServerAddress::parse(viaProxy(d.login)).value(),
                                             d.login, TestOfficeServer::password());
        if (!server) {
            if (error)
                *error = server.error();
            return std::nullopt;
        }
        if (beforePass)
            beforePass();
        SyncEngine engine(*d.db, *server.value());
        auto report = engine.runPass();
        return report;
    }

    void tally(const SyncReport &r)
    {
        log(QStringLiteral("  pass: pushed %1 pulled %2 merged %3 conflicts %4")
                .arg(r.pushed)
                .arg(r.pulled)
                .arg(r.merged)
                .arg(r.conflicts));
        count(QStringLiteral("merged"), r.merged);
        count(QStringLiteral("conflicts"), r.conflicts);
        count(QStringLiteral("refused by the office"), int(r.rejected.size()));
        static const QRegularExpression quoted(QStringLiteral("“[^”]*”"));
        for (const QString &why : r.rejected) {
            log(QStringLiteral("refused by the office: ") + why);
            m_out.refusals[QString(why).replace(quoted, QStringLiteral("“…”"))] += 1;
        }
    }

    // A pass under a random fault: a clean one, a slow or stalled wire, a reset, a cut after
    // some bytes or after the server committed, or pressdesk-cli killed in the middle.
    void faultyPass(Desk &d)
    {
        remember(d);
        count(QStringLiteral("passes"));
        const int kind = pick(100);
        log(QStringLiteral("%1 syncs (%2)").arg(d.name).arg(kind));
        if (kind < 15 && m_o.kills && !m_o.cli.isEmpty())
            return killedPass(d);
        FaultProxy::Fault fault = FaultProxy::Fault::None;
        qint64 argument = 0;
        if (kind < 32) {
            fault = FaultProxy::Fault::CutAfterCommit;
        } else if (kind < 42) {
            fault = FaultProxy::Fault::CutAfterBytes;
            argument = 200 + pick(40000);
        } else if (kind < 48) {
            fault = FaultProxy::Fault::Reset;
        } else if (kind < 54) {
            fault = FaultProxy::Fault::Delay;
            argument = 1 + pick(3);
        } else if (kind < 60) {
            fault = FaultProxy::Fault::Stall;
        }
        const int cutsBefore = m_proxy->cuts();
        std::unique_ptr<std::thread> heal;
        Error connectError;
        auto result = pass(
            d,
            [&] {
                m_proxy->setFault(fault, argument);
                if (fault == FaultProxy::Fault::Stall) {
                    const int ms = 100 + pick(500);
                    heal = std::make_unique<std::thread>([this, ms] {
                        std::this_thread::sleep_for(std::chrono::milliseconds(ms));
                        m_proxy->setFault(FaultProxy::Fault::None);
                    });
                }
            },
            &connectError);
        if (heal)
            heal->join();
        m_proxy->setFault(FaultProxy::Fault::None);
        const bool struck = m_proxy->cuts() != cutsBefore;
        if (struck)
            count(QStringLiteral("faults struck"));
        if (!result)
            return violation(QStringLiteral("%1 cannot connect on a healthy wire: %2")
                                 .arg(d.name, connectError.message));
        if (!*result) {
            count(QStringLiteral("failed passes"));
            if (!struck)
                violation(QStringLiteral("%1's pass failed with no fault on the wire: %2 (%3)")
                              .arg(d.name, result->error().message, result->error().code));
            return;
        }
        tally(result->value());
    }

    // The desk's pressdesk-cli syncs and is killed after a while (or finishes first).
    void killedPass(Desk &d)
    {
        d.db.reset();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PRESSDESK_SERVER_PASSWORD"), TestOfficeServer::password());
        env.insert(QStringLiteral("PRESSDESK_NO_KEYCHAIN"), QStringLiteral("1"));
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(m_o.cli, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
                            d.path, QStringLiteral("sync")});
        if (!cli.waitForStarted(60000)) {
            violation(QStringLiteral("pressdesk-cli did not start: ") + cli.errorString());
        } else if (chance(50)) {
            // At a random moment of its pass (often before it has sent anything).
            QDeadlineTimer wait(20 + pick(600));
            while (cli.state() == QProcess::Running && !wait.hasExpired())
                cli.waitForFinished(5);
        } else {
            // As soon as the server has taken something of the pass: its transaction
            // committed, the desk has not recorded it yet (or only part of it).
            const QString taken = QStringLiteral(
                "SELECT (SELECT count(*) FROM pd.article_revision) + (SELECT count(*) FROM "
                "pd.audit_entry) + (SELECT count(*) FROM pd.comment)");
            const int before = m_office.admin(taken).toInt();
            QDeadlineTimer wait(60000);
            while (cli.state() == QProcess::Running && !wait.hasExpired() &&
                   m_office.admin(taken).toInt() == before)
                cli.waitForFinished(2);
        }
        if (cli.error() != QProcess::FailedToStart) {
            if (cli.state() == QProcess::Running) {
                cli.kill();
                count(QStringLiteral("killed"));
            }
            if (cli.state() != QProcess::NotRunning && !cli.waitForFinished(60000))
                violation(QStringLiteral("pressdesk-cli did not end"));
            else if (cli.exitStatus() == QProcess::NormalExit && cli.exitCode() != 0)
                violation(QStringLiteral("%1's pressdesk-cli sync failed with no fault: %2")
                              .arg(d.name, QString::fromUtf8(cli.readAllStandardError())));
        }
        // The server ends what the dead desk left open (idle_in_transaction_session_timeout
        // does it within a minute in an office).
        m_office.admin(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM "
                                      "pg_stat_activity WHERE usename = ? AND state LIKE "
                                      "'idle in transaction%'"),
                       {d.login});
        auto reopened = Database::open(d.path);
        if (!reopened) {
            violation(QStringLiteral("%1's profile does not open after the kill: %2")
                          .arg(d.name, reopened.error().message));
            qFatal("the simulation cannot go on without the desk");
        }
        d.db = std::move(reopened).value();
        d.db->setActingUser(d.login);
        QSqlQuery q(d.db->connection());
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() ||
            q.value(0).toString() != QLatin1String("ok"))
            violation(QStringLiteral("%1's profile is damaged after the kill").arg(d.name));
    }

    // Every desk syncs on a healed wire, in turn, until a whole turn moves nothing.
    bool settle(const QString &when)
    {
        for (int cycle = 1; cycle <= 8; ++cycle) {
            bool quiet = true;
            for (Desk &d : m_desks) {
                count(QStringLiteral("settling passes"));
                Error connectError;
                auto result = pass(d, {}, &connectError);
                if (!result || !*result) {
                    violation(QStringLiteral("%1's pass fails on a healed wire %2: %3")
                                  .arg(d.name, when,
                                       result ? result->error().message : connectError.message));
                    return false;
                }
                const SyncReport &r = result->value();
                tally(r);
                if (r.pushed || r.pulled || r.conflicts || r.merged)
                    quiet = false;
            }
            if (quiet)
                return true;
        }
        violation(QStringLiteral("the desks do not settle %1: every turn still moves something")
                      .arg(when));
        return false;
    }

    // -- What must hold. -------------------------------------------------------------------

    QSet<QString> serverOpenConflicts()
    {
        QSet<QString> out;
        QSqlQuery q(m_office.adminDb());
        if (!q.exec(QStringLiteral("SELECT id::text FROM pd.conflict WHERE resolved_at IS NULL")))
            violation(QStringLiteral("cannot read the office's conflicts"));
        while (q.next())
            out.insert(q.value(0).toString());
        return out;
    }

    void checkConflictsReported()
    {
        const QSet<QString> office = serverOpenConflicts();
        count(QStringLiteral("open at the end"), int(office.size()));
        for (Desk &d : m_desks) {
            // Open here, or resolved here and waiting to be sent with the article's edits
            // (while another conflict of the article is open).
            QSet<QString> here, open;
            for (const auto &c : got(SyncRepository(*d.db).conflicts(false))) {
                if (!c.resolvedAt.isValid())
                    open.insert(c.id);
                if (!c.resolvedAt.isValid() || !c.resolutionSent)
                    here.insert(c.id);
            }
            if (!(open - office).isEmpty())
                violation(QStringLiteral("%1 shows %2 conflicts open that the office closed")
                              .arg(d.name)
                              .arg((open - office).size()));
            if (!(office - here).isEmpty())
                violation(QStringLiteral("%1 does not report %2 of the office's %3 open "
                                         "conflicts (%4)")
                              .arg(d.name)
                              .arg((office - here).size())
                              .arg(office.size())
                              .arg(QStringList((office - here).values()).join(u',')));
        }
    }

    // What a person sees on the desk, one line per thing, in a fixed order.
    QStringList contentOf(Desk &d)
    {
        QStringList out;
        QHash<QString, QString> categoryName;
        for (const Category &c : got(CategoryRepository(*d.db).list())) {
            categoryName.insert(c.id, c.name);
            out << QStringLiteral("category %1 %2").arg(c.id, c.name);
        }
        QList<Article> articles = got(ArticleRepository(*d.db).list());
        std::sort(articles.begin(), articles.end(),
                  [](const Article &a, const Article &b) { return a.id < b.id; });
        for (const Article &a : std::as_const(articles)) {
            QStringList tags = a.tags;
            tags.sort();
            out << QStringLiteral("article %1 [%2] title=%3 lead=%4 body=%5 category=%6 "
                                  "tags=%7 author=%8 approved=%9/%10")
                       .arg(a.id, statusKey(a.status), a.title, a.lead, a.bodyHtml,
                            categoryName.value(a.categoryId), tags.join(u','), a.author,
                            a.approvedBy)
                       .arg(a.approvedHash);
            for (const Comment &c : got(CommentRepository(*d.db).list(a.id)))
                out << QStringLiteral("  comment %1 %2 %3 %4")
                           .arg(c.id, c.author, c.body,
                                c.resolved ? QStringLiteral("resolved") : QStringLiteral("open"));
            QStringList links;
            for (const Activity &act : got(PlanRepository(*d.db).activitiesOfArticle(a.id)))
                links << act.id;
            links.sort();
            out << QStringLiteral("  links %1").arg(links.join(u','));
        }
        for (const Plan &p : got(PlanRepository(*d.db).list())) {
            out << QStringLiteral("plan %1 %2 %3 %4").arg(p.id, p.number, p.title, p.status);
            for (const Activity &a : got(PlanRepository(*d.db).activities(p.id))) {
                out << QStringLiteral("  activity %1 %2 %3 target=%4 unit=%5 by=%6 %7")
                           .arg(a.id, channelKey(a.channel), a.description)
                           .arg(a.target)
                           .arg(a.unit, a.responsibleUnit, a.status);
                for (const ManualEntry &e : got(PlanRepository(*d.db).manualEntries(a.id)))
                    out << QStringLiteral("    entry %1 %2 x%3 %4")
                               .arg(e.id, e.date.toString(Qt::ISODate))
                               .arg(e.quantity)
                               .arg(e.note);
            }
        }
        return out;
    }

    // For a violation about an article (its id in the text): its history on the office and
    // its state on each desk.
    QString historyOf(const QString &text)
    {
        static const QRegularExpression uuid(QStringLiteral(
            "article ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"));
        const auto m = uuid.match(text);
        if (!m.hasMatch())
            return {};
        const QString id = m.captured(1);
        QString out = QStringLiteral("\n  on the office:");
        QSqlQuery q(m_office.adminDb());
        q.prepare(QStringLiteral("SELECT number, version, kind, saved_by, left(id::text, 8), "
                                 "coalesce(array_to_string(merged_from, ' '), ''), "
                                 "left(body_html, 60) FROM pd.article_revision WHERE "
                                 "article_id = ?::uuid ORDER BY number"));
        q.addBindValue(id);
        if (q.exec()) {
            while (q.next())
                out += QStringLiteral("\n    #%1 v%2 %3 by %4 %5 from [%6] %7")
                           .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString().section(u'_', -1), q.value(4).toString(),
                                q.value(5).toString(), q.value(6).toString());
        }
        for (Desk &d : m_desks) {
            QSqlQuery l(d.db->connection());
            l.prepare(QStringLiteral("SELECT dirty, conflict, server_version, local_rev, "
                                     "(SELECT group_concat(number || ':' || substr(id, 1, 8), "
                                     "' ') FROM revisions WHERE article_id = a.id) FROM articles "
                                     "a WHERE id = ?"));
            l.addBindValue(id);
            if (l.exec() && l.next())
                out +=
                    QStringLiteral("\n  %1: dirty %2 conflict %3 server v%4 local %5 [%6]")
                        .arg(d.name, l.value(0).toString(), l.value(1).toString(),
                             l.value(2).toString(), l.value(3).toString(), l.value(4).toString());
        }
        return out;
    }

    void checkFinal()
    {
        // The same content on every desk.
        const QStringList first = contentOf(m_desks[0]);
        for (size_t i = 1; i < m_desks.size(); ++i) {
            const QStringList other = contentOf(m_desks[i]);
            if (other == first)
                continue;
            QString where;
            for (qsizetype k = 0; k < std::max(first.size(), other.size()); ++k) {
                const QString a = first.value(k), b = other.value(k);
                if (a != b) {
                    where = QStringLiteral("\n  %1: %2\n  %3: %4")
                                .arg(m_desks[0].name, a, m_desks[i].name, b);
                    break;
                }
            }
            violation(QStringLiteral("%1 and %2 show different content:%3%4")
                          .arg(m_desks[0].name, m_desks[i].name, where, historyOf(where)));
        }
        // … which is the office's.
        QSqlQuery q(m_office.adminDb());
        if (!q.exec(QStringLiteral("SELECT id::text, title, body_html FROM pd.article")))
            violation(QStringLiteral("cannot read the office's articles"));
        int onServer = 0;
        while (q.next()) {
            ++onServer;
            auto here = ArticleRepository(*m_desks[0].db).get(q.value(0).toString());
            if (!here || here->title != q.value(1).toString() ||
                here->bodyHtml != q.value(2).toString())
                violation(QStringLiteral("article %1 differs from the office's")
                              .arg(q.value(0).toString()));
        }
        if (onServer != ArticleRepository(*m_desks[0].db).count().value())
            violation(QStringLiteral("the office has %1 articles, the desks %2")
                          .arg(onServer)
                          .arg(ArticleRepository(*m_desks[0].db).count().value()));

        // Every revision any desk saved is on the server.
        QSet<QString> office;
        if (!q.exec(QStringLiteral("SELECT id::text FROM pd.article_revision")))
            violation(QStringLiteral("cannot read the office's revisions"));
        while (q.next())
            office.insert(q.value(0).toString());
        const QSet<QString> missing = m_savedRevisions - office;
        count(QStringLiteral("revisions"), int(m_savedRevisions.size()));
        if (!missing.isEmpty())
            violation(QStringLiteral("%1 of %2 revisions the desks saved are not on the server "
                                     "(%3)")
                          .arg(missing.size())
                          .arg(m_savedRevisions.size())
                          .arg(QStringList(missing.values()).mid(0, 3).join(u',')));

        // Every comment and every entry nobody removed is on every desk.
        for (Desk &d : m_desks) {
            QSet<QString> comments, entries;
            QSqlQuery l(d.db->connection());
            if (l.exec(QStringLiteral("SELECT id FROM comments"))) {
                while (l.next())
                    comments.insert(l.value(0).toString());
            }
            if (l.exec(
                    QStringLiteral("SELECT uid FROM activity_manual_entries WHERE deleted = 0"))) {
                while (l.next())
                    entries.insert(l.value(0).toString());
            } else {
                violation(QStringLiteral("cannot read the manual entries"));
            }
            if (const QSet<QString> lost = m_comments - comments; !lost.isEmpty())
                violation(QStringLiteral("%1 lacks %2 comments").arg(d.name).arg(lost.size()));
            if (const QSet<QString> lost = (m_entries - m_removedEntries) - entries;
                !lost.isEmpty())
                violation(
                    QStringLiteral("%1 lacks %2 manual entries").arg(d.name).arg(lost.size()));
        }

        // Approvals: a supervisor's, for exactly the content; audit chains; nothing waits.
        auto findings = ServerAdmin::check(m_office.adminDb());
        if (!findings)
            violation(QStringLiteral("server check: ") + findings.error().message);
        else
            for (const ServerAdmin::Finding &f : findings.value()) {
                if (!f.ok)
                    violation(QStringLiteral("server check: ") + f.message);
            }
        const QString supervisor = m_desks.back().login;
        for (Desk &d : m_desks) {
            for (const Article &a : got(ArticleRepository(*d.db).list())) {
                if (a.approvedHash.isEmpty())
                    continue;
                count(QStringLiteral("approved at the end"));
                if (a.approvedBy != supervisor || a.approvedHash != contentHash(a))
                    violation(QStringLiteral("%1: article %2 is approved by %3 for content it "
                                             "does not have")
                                  .arg(d.name, a.id, a.approvedBy));
            }
            const auto audit = AuditLog(*d.db).verify();
            if (!audit || !audit->ok)
                violation(QStringLiteral("%1's audit chain: %2")
                              .arg(d.name, audit ? audit->problem : audit.error().message));
            const SyncStatus s = SyncEngine::status(*d.db).value();
            if (s.pending != 0 || s.conflicts != 0)
                violation(QStringLiteral("%1 still has %2 changes waiting and %3 conflicts")
                              .arg(d.name)
                              .arg(s.pending)
                              .arg(s.conflicts));
        }
    }
};

} // namespace

SimulationOutcome simulateOffice(const SimulationOptions &options)
{

    return Simulation(options).run();
}

} // namespace TestSupport
