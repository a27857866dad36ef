#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace PressDesk {

class Database;

// pressdesk-cli: parses global options, opens the profile and runs one command.
// Exit codes: 0 success, 1 user error (message on stderr), 2 usage error.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::Cli)

public:
    enum ExitCode { Success = 0, UserError = 1, UsageError = 2 };

    Cli();
    ~Cli();
    int run(const QStringList &arguments);

private:
    struct Usage
    {
        QString message;
    };

    int runArticle(const QStringList &args);
    int articleNew(const QStringList &args);
    int articleList(const QStringList &args);
    int articleShow(const QStringList &args);
    int articleEdit(const QStringList &args);
    int articleExport(const QStringList &args);
    int articleDecide(const QString &action, const QStringList &args);
    int articleHistory(const QStringList &args);
    int articleRestore(const QStringList &args);
    int articleDiff(const QStringList &args);
    int runSearch(const QStringList &args);
    int runUser(const QStringList &args);
    int runAudit(const QStringList &args);
    int runPortal(const QStringList &args);
    int portalImport(const QStringList &args);
    int runPublish(const QStringList &args);
    int runWithdraw(const QStringList &args);
    int runDb(const QStringList &args);
    int runCategory(const QStringList &args);
    int runPlan(const QStringList &args);
    int planReport(const QStringList &args);
    int planNew(const QStringList &args);
    int planImport(const QStringList &args);
    int planExport(const QStringList &args);
    int planList(const QStringList &args);
    int planProgress(const QString &sub, const QStringList &args);
    int planLink(const QString &sub, const QStringList &args);
    int planActivity(const QStringList &args);
    int planManual(const QStringList &args);
    int planAttach(const QStringList &args);

    Status openDatabase();
    int fail(const Error &error);
    int usage(const QString &message);
    QString usageText() const;
    Result<QString> readTextFile(const QString &path);

    QTextStream m_out;
    QTextStream m_err;
    QString m_dbPath;
    QString m_userName; // --user: act as this profile user for this command
    bool m_json = false;
    std::unique_ptr<Database> m_db;
};

} // namespace PressDesk
