#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

class QFileDevice;
class QJsonArray;
class QJsonObject;

namespace PressDesk {

class Database;
struct Article;
struct Plan;
struct PortalAccount;

// What every command of pressdesk-cli shares: the global options, the profile (opened once,
// acting as --user), the output streams, one way to print rows or JSON, the messages and the
// exit codes (0 done, 1 error with a message on stderr, 2 wrong usage).
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::CliContext)

public:
    enum ExitCode { Success = 0, UserError = 1, UsageError = 2 };

    CliContext();
    ~CliContext();

    // Global options.
    QString dbPath;
    QString userName; // --user: act as this profile user for this command
    bool json = false;
    // A new profile starts with the demo article and plan, except one made to join an office.
    bool seedDemo = true;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Opens the profile (a new one gets the demo content) and sets the acting user.
    Status open();
    Database &db() { return *m_db; } // after open()

    // Open the profile if needed and find one thing, with the repository's message.
    Result<QString> articleId(const QString &idOrPrefix);
    Result<Article> article(const QString &idOrPrefix);
    Result<Plan> plan(const QString &numberOrId);
    Result<PortalAccount> portal(const QString &name);

    // "Error: …" on stderr; returns UserError.
    int fail(const Error &error);
    // The message and the usage text on stderr; returns UsageError.
    int usage(const QString &message);
    static QString usageText();

    // Prints rows as a tab-separated table, or a JSON document (indented); returns Success.
    int printRows(const QList<QStringList> &rows);
    int printJson(const QJsonArray &array);
    int printJson(const QJsonObject &object);

    // A whole number in [min, max] given for `name` (an option like --limit or a placeholder
    // like REVISION); else the usage message, naming the limits.
    static Result<qint64> number(const QString &name, const QString &text, qint64 min, qint64 max);

    // Files, with messages in our own words (the system's text only as a detail).
    Result<QByteArray> readFile(const QString &path);
    Result<QString> readTextFile(const QString &path); // UTF-8, without a BOM
    // asText: a text file for people, with the system's line ends (CRLF on Windows, where
    // Notepad and Word expect them).
    Status writeFile(const QString &path, const QByteArray &bytes, bool asText = false);
    // Checks that `path` can be created or replaced (its folder exists and is writable).
    static Status checkWritable(const QString &path);
    // A secret for the command: the environment variable's value, else one line on standard
    // input without its line end (spaces in it count); empty when there is neither.
    static QString secret(const char *environmentVariable);
    static Error writeError(const QString &path, const QFileDevice &file);

private:
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Database> m_db;
};

} // namespace PressDesk
