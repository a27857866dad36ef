#pragma once

// Runs pressdesk-cli (PRESSDESK_CLI, the built program) against a temporary profile.
// A test class derives from CliTest and calls newProfile() in its init() slot.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class CliTest : public QObject
{
protected:
    QTemporaryDir m_dir;
    QString m_db; // the profile of the current test function

    // A fresh profile (not yet created: the first command creates it with the demo content).
    void newProfile()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("cli-%1.sqlite").arg(++n));
    }

    // Runs the CLI in `lang` against the test's profile (unless args or env name another).
    CliRun cli(const QStringList &args, const QString &lang = QStringLiteral("en"),
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QStringList all;
        if (!lang.isEmpty())
            all << QStringLiteral("--lang") << lang;
        if (!args.contains(QStringLiteral("--db")) && !env.contains(QStringLiteral("PRESSDESK_DB")))
            all << QStringLiteral("--db") << m_db;
        return runCli(all + args, env);
    }

public:
    // Runs the CLI with exactly these arguments.
    static CliRun runCli(const QStringList &args,
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        // Under Wine on a loaded machine, creating a process now and then fails outright
        // (the program never ran, so nothing of ours was tested): try again, at most twice.
        for (int attempt = 1;; ++attempt) {
            p.start(QStringLiteral(PRESSDESK_CLI), args);
            if (p.waitForStarted(60000) || attempt == 3)
                break;
            qWarning("pressdesk-cli did not start (%s); trying again", qPrintable(p.errorString()));
        }
        if (!p.waitForFinished(60000))
            qFatal("pressdesk-cli did not finish: %s (QProcess error %d, state %d)",
                   qPrintable(p.errorString()), int(p.error()), int(p.state()));
        return {p.exitCode(), lines(p.readAllStandardOutput(), "standard output"),
                lines(p.readAllStandardError(), "standard error")};
    }

    // The CLI's output as text with "\n" line ends. On Windows it must end every line with
    // CRLF, as Windows programs do (a file made with `> out.txt` reads right in Notepad).
    static QString lines(const QByteArray &bytes, const char *stream)
    {
        QString text = QString::fromUtf8(bytes);
#ifdef Q_OS_WIN
        const qsizetype crlf = text.count(QStringLiteral("\r\n"));
        if (crlf != text.count(u'\n'))
            QTest::qFail(qPrintable(QStringLiteral("pressdesk-cli's %1 has lines ending in a "
                                                   "bare LF (Windows programs write CRLF)")
                                        .arg(QLatin1String(stream))),
                         __FILE__, __LINE__);
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
#else
        Q_UNUSED(stream);
#endif
        return text;
    }

protected:
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write test file");
        f.write(bytes);
        return path;
    }

    // A new article (`article new` with these options); its id.
    QString newArticle(const QStringList &extra = {})
    {
        const CliRun r = cli(QStringList{QStringLiteral("article"), QStringLiteral("new")} + extra);
        if (r.exitCode != 0)
            qFatal("article new failed: %s", qPrintable(r.err));
        return r.out.trimmed();
    }

    // The progress of one activity as `plan progress --json` reports it.
    QJsonObject activityProgress(const QString &plan, const QString &activityId,
                                 const QStringList &extra = {})
    {
        const CliRun r = cli(QStringList{QStringLiteral("--json"), QStringLiteral("plan"),
                                         QStringLiteral("progress"), plan} +
                             extra);
        if (r.exitCode != 0)
            qFatal("plan progress failed: %s", qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const QJsonValue &a : o.value(QStringLiteral("activities")).toArray()) {
            if (a[QStringLiteral("id")].toString() == activityId)
                return a.toObject();
        }
        qFatal("activity %s missing", qPrintable(activityId));
    }
};
