#include "Cli.h"

#include "store/CategoryRepository.h"
#include "store/CorpusGenerator.h"
#include "store/Database.h"
#include "store/DemoContent.h"
#include "store/UserRepository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <cstdio>

namespace PressDesk {

Cli::Cli() : m_out(stdout), m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

Cli::~Cli() = default;

QString Cli::usageText() const
{
    return tr("Usage: pressdesk-cli [--db FILE] [--user NAME] [--json] [--lang vi|en] COMMAND …\n"
              "\n"
              "Commands:\n"
              "  article new --title T [--lead L] [--body-file F] [--category C] [--tag T]… "
              "[--source S]\n"
              "  article list [--json]\n"
              "  article show ID [--json]\n"
              "  article edit ID [--title T] [--lead L] [--body-file F] [--category C] "
              "[--tag T]… [--source S]\n"
              "  article export ID --format html|txt [--out FILE]\n"
              "  article submit ID\n"
              "  article approve ID [--revision N] [--comment C]\n"
              "  article return ID --comment C\n"
              "  article history ID [--json]\n"
              "  article restore ID REVISION\n"
              "  article diff ID REVISION_A REVISION_B\n"
              "  search QUERY [--limit N] [--json]\n"
              "  category list [--json]\n"
              "  category add NAME\n"
              "  db generate --articles N [--seed S]\n"
              "  user add NAME --role staff|supervisor|admin [--display-name D]\n"
              "  user list [--json]\n"
              "  audit list [--json] [--article ID]\n"
              "  audit verify\n"
              "  audit export --out FILE.csv\n"
              "  portal add NAME --url URL --user USER\n"
              "  portal list [--json]\n"
              "  portal test NAME\n"
              "  portal categories NAME [--json]\n"
              "  portal trust NAME SHA256-FINGERPRINT | --clear\n"
              "  portal import NAME [--since DATE] [--category NAME] [--json]\n"
              "  publish ID --portal NAME [--at ISO-DATETIME] [--overwrite]\n"
              "  publish queue [--json]\n"
              "  publish retry\n"
              "  publish cancel ENTRY\n"
              "  withdraw ID --portal NAME [--trash]\n"
              "  plan new --number N --title T [--body ISSUING-BODY] [--issued DATE] "
              "[--from DATE --to DATE] [--theme T] [--topic T]…\n"
              "  plan import FILE.json\n"
              "  plan export PLAN\n"
              "  plan list [--json]\n"
              "  plan show PLAN [--json]\n"
              "  plan progress PLAN [--from DATE] [--to DATE] [--today DATE] [--json]\n"
              "  plan attach PLAN FILE.pdf|.doc|.docx|.odt\n"
              "  plan activity add PLAN --channel portal|radio|visual|press|meetings|other "
              "--target N --unit U [--description D] [--topic T] [--responsible R] "
              "[--start DATE] [--due DATE]\n"
              "  plan link ARTICLE ACTIVITY    plan unlink ARTICLE ACTIVITY\n"
              "  plan manual ACTIVITY --quantity N --date DATE --note NOTE\n"
              "  plan report PLAN --format odt|pdf|html --out FILE [--from DATE --to DATE] "
              "[--signer NAME]\n"
              "\n"
              "PLAN is a plan's number (65/KH-UBND) or id; ACTIVITY an activity's id; dates are "
              "2019-02-19 or 19/02/2019.\n"
              "The profile is --db FILE, else $PRESSDESK_DB, else the default profile.\n"
              "--user NAME (before the command) acts as that profile user; else the profile's "
              "current user.\n"
              "A portal's application password is read from $PRESSDESK_PORTAL_PASSWORD or "
              "standard input.\n"
              "Exit codes: 0 done, 1 error (message on stderr), 2 wrong usage.\n");
}

int Cli::fail(const Error &error)
{
    m_err << tr("Error: %1").arg(error.message) << Qt::endl;
    return UserError;
}

int Cli::usage(const QString &message)
{
    if (!message.isEmpty())
        m_err << message << u'\n';
    m_err << usageText() << Qt::flush;
    return UsageError;
}

Status Cli::openDatabase()
{
    if (m_db)
        return {};
    auto db = Database::open(Database::resolvePath(m_dbPath));
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    if (m_db->isNew()) {
        if (auto st = DemoContent::seed(*m_db); !st)
            return st;
    }
    UserRepository users(*m_db);
    auto current = users.ensureCurrentUser();
    if (!current)
        return current.error();
    if (!m_userName.isEmpty()) {
        // Acts as that user for this command only; the profile's current user stays.
        auto who = users.find(m_userName);
        if (!who)
            return who.error();
        m_db->setActingUser(who->name);
    }
    return {};
}

Result<QString> Cli::readTextFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("io"), tr("Cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error{QStringLiteral("encoding"),
                     tr("%1 is not valid UTF-8 text. Save it as UTF-8 (Unicode) and try again; "
                        "nothing was changed.")
                         .arg(path)};
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    return text;
}

int Cli::run(const QStringList &arguments)
{
    QStringList args;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--db")) {
            if (i + 1 >= arguments.size())
                return usage(tr("--db needs a file name."));
            m_dbPath = arguments.at(++i);
        } else if (a.startsWith(QLatin1String("--db="))) {
            m_dbPath = a.mid(5);
        } else if (a == QLatin1String("--user") && args.isEmpty()) {
            // Global only before the command: `portal add … --user USER` is the portal's.
            if (i + 1 >= arguments.size())
                return usage(tr("--user needs a user name."));
            m_userName = arguments.at(++i);
        } else if (a.startsWith(QLatin1String("--user=")) && args.isEmpty()) {
            m_userName = a.mid(7);
        } else if (a == QLatin1String("--json")) {
            m_json = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            m_out << usageText() << Qt::flush;
            return Success;
        } else if (a == QLatin1String("--version")) {
            m_out << QCoreApplication::applicationVersion() << Qt::endl;
            return Success;
        } else {
            args << a;
        }
    }
    if (args.isEmpty())
        return usage(tr("No command given."));
    const QString command = args.takeFirst();
    if (command == QLatin1String("article"))
        return runArticle(args);
    if (command == QLatin1String("search"))
        return runSearch(args);
    if (command == QLatin1String("db"))
        return runDb(args);
    if (command == QLatin1String("category"))
        return runCategory(args);
    if (command == QLatin1String("user"))
        return runUser(args);
    if (command == QLatin1String("audit"))
        return runAudit(args);
    if (command == QLatin1String("portal"))
        return runPortal(args);
    if (command == QLatin1String("publish"))
        return runPublish(args);
    if (command == QLatin1String("withdraw"))
        return runWithdraw(args);
    if (command == QLatin1String("plan"))
        return runPlan(args);
    return usage(tr("Unknown command: %1").arg(command));
}

int Cli::runDb(const QStringList &args)
{
    if (args.value(0) != QLatin1String("generate"))
        return usage(tr("Unknown db command: %1").arg(args.value(0)));
    QCommandLineParser p;
    p.addOption({QStringLiteral("articles"), QString(), QStringLiteral("N")});
    p.addOption({QStringLiteral("seed"), QString(), QStringLiteral("S"), QStringLiteral("1")});
    if (!p.parse(QStringList{QStringLiteral("db")} + args.mid(1)))
        return usage(p.errorText());
    bool ok = false;
    const int n = p.value(QStringLiteral("articles")).toInt(&ok);
    if (!ok || n <= 0)
        return usage(tr("--articles needs a positive number."));
    const uint seed = p.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        return usage(tr("--seed needs a number."));
    if (auto st = openDatabase(); !st)
        return fail(st.error());
    auto st = CorpusGenerator::generate(*m_db, n, seed, [this, n](int done) {
        m_err << tr("%1 of %2 articles").arg(done).arg(n) << u'\r' << Qt::flush;
    });
    m_err << u'\n' << Qt::flush;
    if (!st)
        return fail(st.error());
    m_out << tr("Generated %n article(s).", nullptr, n) << Qt::endl;
    return Success;
}

int Cli::runCategory(const QStringList &args)
{
    const QString sub = args.value(0);
    if (auto st = openDatabase(); !st)
        return fail(st.error());
    CategoryRepository repo(*m_db);
    if (sub == QLatin1String("list")) {
        auto list = repo.list();
        if (!list)
            return fail(list.error());
        if (m_json) {
            QJsonArray arr;
            for (const Category &c : list.value())
                arr << QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}};
            m_out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        } else {
            for (const Category &c : list.value())
                m_out << c.id << u'\t' << c.name << u'\n';
        }
        m_out.flush();
        return Success;
    }
    if (sub == QLatin1String("add")) {
        if (args.size() != 2)
            return usage(tr("category add needs exactly one name."));
        auto c = repo.create(args.at(1));
        if (!c)
            return fail(c.error());
        m_out << c->id << Qt::endl;
        return Success;
    }
    return usage(tr("Unknown category command: %1").arg(sub));
}

} // namespace PressDesk
