#include "CliContext.h"

#include "FileErrors.h"
#include "plan/PlanRepository.h"
#include "publish/PortalRepository.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/DemoContent.h"
#include "store/UserRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStorageInfo>
#include <QStringDecoder>

#include <cstdio>

namespace PressDesk {

CliContext::CliContext() : m_out(stdout), m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

CliContext::~CliContext() = default;

QString CliContext::usageText()
{
    return tr(
        "Usage: pressdesk-cli [--db FILE] [--user NAME] [--json] [--lang vi|en] COMMAND …\n"
        "\n"
        "Commands:\n"
        "  article new --title T [--lead L] [--body-file F] [--category C] [--tag T]… "
        "[--source S]\n"
        "  article list [--json]\n"
        "  article show ID [--json]\n"
        "  article edit ID [--title T] [--lead L] [--body-file F] [--category C] "
        "[--tag T]… [--source S]\n"
        "  article export ID --format html|txt [--out FILE]\n"
        "  article import FILE [--category C] [--legacy auto|none|tcvn3|vni|viqr|cp1258] "
        "[--json]\n"
        "  article submit ID\n"
        "  article approve ID [--revision N] [--comment C]\n"
        "  article return ID --comment C\n"
        "  article history ID [--json]\n"
        "  article restore ID REVISION\n"
        "  article diff ID REVISION_A REVISION_B [--json]\n"
        "  search QUERY [--limit N] [--json]\n"
        "  category list [--json]\n"
        "  category add NAME\n"
        "  category remove NAME [--move-to NAME]\n"
        "  db generate --articles N [--seed S]\n"
        "  db backup --out FILE    db restore FILE    db check [--json]\n"
        "  user add NAME --role staff|supervisor|admin [--display-name D]\n"
        "  user list [--json]\n"
        "  audit list [--json] [--article ID]\n"
        "  audit verify [--json]\n"
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
        "  plan import FILE.json [--json]\n"
        "  plan export PLAN [--json] (always JSON)\n"
        "  plan list [--json]\n"
        "  plan show PLAN [--json]\n"
        "  plan progress PLAN [--from DATE] [--to DATE] [--today DATE] [--json]\n"
        "  plan attach PLAN FILE.pdf|.doc|.docx|.odt\n"
        "  plan activity add PLAN --channel portal|radio|visual|press|meetings|other "
        "--target N --unit U [--description D] [--topic T] [--responsible R] "
        "[--start DATE] [--due DATE]\n"
        "  plan activity reassign ACTIVITY --unit UNIT [--note N] [--json]\n"
        "  plan unit merge --from UNIT --to UNIT [--plan PLAN] [--note N] [--json]\n"
        "  plan link ARTICLE ACTIVITY    plan unlink ARTICLE ACTIVITY\n"
        "  plan manual ACTIVITY --quantity N --date DATE --note NOTE\n"
        "  plan report PLAN --format odt|pdf|html --out FILE [--from DATE --to DATE] "
        "[--signer NAME]\n"
        "  radio script ARTICLE [--out FILE]\n"
        "  radio station add NAME [--kind station|loudspeakers]    radio station list "
        "[--json]\n"
        "  radio program add NAME --station STATION [--weekday 1-7] [--time HH:MM] "
        "[--length MINUTES]\n"
        "  radio program list [--json]\n"
        "  radio item add ARTICLE --program PROGRAM --date DATE [--activity ACTIVITY]\n"
        "  radio rundown PROGRAM --date DATE [--json]\n"
        "  radio aired ITEM --station STATION --at DATETIME\n"
        "  radio export PROGRAM --date DATE --format odt|pdf --out FILE\n"
        "  radio export PROGRAM --date DATE --format txt --out FOLDER\n"
        "  visual add --activity ACTIVITY --form FORM --quantity N --place PLACE "
        "[--commune C] [--size S] [--text T | --slogan ID] [--responsible R] "
        "[--planned DATE] [--installed DATE] [--lat X --lon Y] [--photo FILE]…\n"
        "  visual list [--plan PLAN] [--json]\n"
        "  visual install ITEM --date DATE [--photo FILE]…    visual remove ITEM --date "
        "DATE\n"
        "  visual photo ITEM FILE…\n"
        "  visual slogan add --plan PLAN [--topic T] TEXT    visual slogan list --plan "
        "PLAN [--json]\n"
        "  server init --server URL [--office NAME] [--json]\n"
        "  server user add NAME --role staff|supervisor|admin --server URL "
        "[--display-name D] [--json]\n"
        "  server check --server URL [--json]\n"
        "  sync join --server URL --user NAME [--import] [--json]\n"
        "  sync [--after-restore] [--json]    sync status [--json]    sync conflicts [--json]\n"
        "  sync resolve ID --take mine|theirs|both | --body-file F [--json]\n"
        "  text convert [--from auto|tcvn3|vni|viqr|cp1258] FILE\n"
        "  text tone [--style traditional|modern] FILE\n"
        "  text spell FILE [--json]\n"
        "  text style FILE [--style traditional|modern] [--apply] [--json]\n"
        "  text dict add [--name] WORD…    text dict remove WORD…    text dict list "
        "[--json]\n"
        "  office set [--name N] [--parent BODY] [--place WHERE] [--signer S] "
        "[--signer-title T] [--recipient R]… [--number-suffix X] "
        "[--tone-style traditional|modern]\n"
        "  office show [--json]\n"
        "  office glossary list [--json]    office glossary add ABBREVIATION EXPANSION    "
        "office glossary remove ABBREVIATION\n"
        "\n"
        "PLAN is a plan's number (65/KH-UBND) or id; ACTIVITY an activity's id; dates are "
        "2019-02-19 or 19/02/2019.\n"
        "--json is accepted only by the commands marked [--json]; the others refuse it.\n"
        "The profile is --db FILE, else $PRESSDESK_DB, else the default profile.\n"
        "--user NAME (before the command) acts as that profile user; else the profile's "
        "current user.\n"
        "A portal's application password is read from $PRESSDESK_PORTAL_PASSWORD or "
        "standard input.\n"
        "URL (the office server) is postgresql://[USER@]HOST[:PORT]/DATABASE"
        "[?sslmode=…&sslrootcert=FILE]; the administrator signs in as psql does "
        "($PGPASSWORD, ~/.pgpass); a new person's password is read from "
        "$PRESSDESK_SERVER_PASSWORD or standard input; a desk's password comes from the "
        "system keychain (kept there by sync join), $PRESSDESK_SERVER_PASSWORD or standard "
        "input.\n"
        "text convert prints FILE, typed in TCVN3 (.VnTime fonts), VNI, VIQR or "
        "Windows-1258, as Unicode; auto recognises the encoding. A file that is already "
        "Unicode is not converted.\n"
        "text spell lists the words of a UTF-8 FILE that neither the Vietnamese "
        "dictionary (hunspell-vi) nor the office dictionary knows, as LINE:COLUMN, the "
        "word and suggestions; numbers, document numbers, addresses and abbreviations in "
        "capitals are not checked. text dict add --name adds a proper name, whose "
        "capitals then count. text style lists the style hints of FILE (an "
        "abbreviation of the glossary not written out at its first use, syllables in the "
        "other tone-mark style than the office's, straight quotes, doubled spaces, a "
        "space before a punctuation mark) with what each would write; --apply prints "
        "FILE with all of them applied.\n"
        "STATION and PROGRAM are a station's or a programme's name or id; ITEM an item's "
        "id (as radio item add printed it, or its first characters); DATETIME is "
        "2024-03-05 06:15 in local time, or ISO 8601. radio script prints an article as "
        "it is read on air; radio aired records one broadcast (a plan's radio activity "
        "counts them); radio export writes the rundown and every script as one ODT or PDF "
        "document for the announcer (the total against the slot, an over-time warning), "
        "or one UTF-8 text file per item (01-title.txt …) for text-to-speech "
        "loudspeakers.\n"
        "FORM is banner, panel, poster, led_screen, leaflet or slogan, or its Vietnamese "
        "name (băng rôn, pano, áp phích, màn hình LED, tờ rơi, khẩu hiệu; diacritics may be "
        "left out); PLACE the village or street, C the commune or ward; ITEM a visual "
        "item's id (as visual add printed it, or its first characters). A plan's visual "
        "activity counts the quantities installed; photos are JPEG, PNG or WebP, their "
        "date and GPS position read from their EXIF.\n"
        "office set changes what it names and keeps the rest: N is the office's name as "
        "written in a sentence (UBND xã Vân Canh; a document's header puts it in "
        "capitals), BODY the body above it in that header, WHERE the place of "
        "\"Vân Canh, ngày … tháng … năm …\"; --recipient, repeated, replaces the list "
        "(in order); X is the office's part of a document's symbol (UBND: plans …/KH-UBND, "
        "reports …/BC-UBND). New plans and reports read it; text tone without --style "
        "uses its tone-mark style. office glossary: the office's abbreviations (PressDesk's "
        "own, with those the office adds, changes or removes); radio scripts read them out "
        "in full and text style asks for them spelled out at their first use.\n"
        "Exit codes: 0 done, 1 error (message on stderr), 2 wrong usage.\n");
}

int CliContext::fail(const Error &error)
{
    m_err << tr("Error: %1").arg(error.message) << Qt::endl;
    return UserError;
}

int CliContext::usage(const QString &message)
{
    if (!message.isEmpty())
        m_err << message << u'\n';
    m_err << usageText() << Qt::flush;
    return UsageError;
}

Status CliContext::open()
{
    if (m_db)
        return {};
    auto opened = Database::open(Database::resolvePath(dbPath));
    if (!opened)
        return opened.error();
    m_db = std::move(opened).value();
    if (m_db->isNew() && seedDemo) {
        if (auto st = DemoContent::seed(*m_db); !st)
            return st;
    }
    UserRepository users(*m_db);
    auto current = users.ensureCurrentUser();
    if (!current)
        return current.error();
    if (!userName.isEmpty()) {
        // Acts as that user for this command only; the profile's current user stays.
        auto who = users.find(userName);
        if (!who)
            return who.error();
        m_db->setActingUser(who->name);
    }
    return {};
}

Result<QString> CliContext::articleId(const QString &idOrPrefix)
{
    if (auto st = open(); !st)
        return st.error();
    return ArticleRepository(*m_db).resolveId(idOrPrefix);
}

Result<Article> CliContext::article(const QString &idOrPrefix)
{
    auto id = articleId(idOrPrefix);
    if (!id)
        return id.error();
    return ArticleRepository(*m_db).get(id.value());
}

Result<Plan> CliContext::plan(const QString &numberOrId)
{
    if (auto st = open(); !st)
        return st.error();
    return PlanRepository(*m_db).find(numberOrId);
}

Result<PortalAccount> CliContext::portal(const QString &name)
{
    if (auto st = open(); !st)
        return st.error();
    return PortalRepository(*m_db).find(name);
}

int CliContext::printRows(const QList<QStringList> &rows)
{
    for (const QStringList &row : rows)
        m_out << row.join(u'\t') << u'\n';
    m_out.flush();
    return Success;
}

int CliContext::printJson(const QJsonArray &array)
{
    m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)) << Qt::flush;
    return Success;
}

int CliContext::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)) << Qt::flush;
    return Success;
}

Result<qint64> CliContext::number(const QString &name, const QString &text, qint64 min, qint64 max)
{
    const QString t = text.trimmed();
    static const QRegularExpression digits(QStringLiteral("^[+-]?[0-9]+$"));
    if (!digits.match(t).hasMatch())
        return Error{QStringLiteral("usage"), tr("%1 needs a whole number from %2 to %3, not “%4”.")
                                                  .arg(name)
                                                  .arg(min)
                                                  .arg(max)
                                                  .arg(text)};
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    // A number too long even for 64 bits is out of range too.
    if (!ok || n < min || n > max)
        return Error{
            QStringLiteral("usage"),
            tr("%1 must be between %2 and %3; %4 is not.").arg(name).arg(min).arg(max).arg(t)};
    return n;
}

Error CliContext::writeError(const QString &path, const QFileDevice &file)
{
    if (auto st = checkWritable(path); !st)
        return st.error();
    const QFileInfo info(path);
    const QStorageInfo storage(info.absolutePath());
    QString reason;
    if (storage.isValid() && storage.bytesAvailable() == 0)
        reason = tr("the disk is full.");
    else
        reason = tr("the file could not be saved. Details: %1").arg(file.errorString());
    return Error{QStringLiteral("io"), tr("Cannot write %1: %2").arg(path, reason)};
}

QString CliContext::secret(const char *environmentVariable)
{
    const QString fromEnv = qEnvironmentVariable(environmentVariable);
    if (!fromEnv.isEmpty())
        return fromEnv;
    char line[1024] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return {};
    QString value = QString::fromUtf8(line);
    while (value.endsWith(u'\n') || value.endsWith(u'\r'))
        value.chop(1);
    return value;
}

Status CliContext::checkWritable(const QString &path)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    QString reason;
    if (!folder.exists())
        reason =
            tr("the folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.filePath()));
    else if (info.isDir())
        reason = tr("it is a folder, not a file.");
    else if (!folder.isWritable() || (info.exists() && !info.isWritable()))
        reason = tr("you have no permission to write there.");
    if (reason.isEmpty())
        return {};
    return Error{QStringLiteral("io"), tr("Cannot write %1: %2").arg(path, reason)};
}

Result<QByteArray> CliContext::readFile(const QString &path)
{
    return FileErrors::readFile(path);
}

Result<QString> CliContext::readTextFile(const QString &path)
{
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes.value());
    if (decoder.hasError())
        return Error{QStringLiteral("encoding"),
                     tr("%1 is not valid UTF-8 text. Save it as UTF-8 (Unicode) and try again; "
                        "nothing was changed.")
                         .arg(path)};
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    return text;
}

Status CliContext::writeFile(const QString &path, const QByteArray &bytes, bool asText)
{
    QSaveFile file(path);
    if (!file.open(asText ? QIODevice::WriteOnly | QIODevice::Text : QIODevice::WriteOnly))
        return writeError(path, file);
    if (file.write(bytes) != bytes.size()) { // the size given, whatever the line ends
        const Error e = writeError(path, file);
        file.cancelWriting();
        return e;
    }
    if (!file.commit())
        return writeError(path, file);
    return {};
}

} // namespace PressDesk
