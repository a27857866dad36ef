#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace PressDesk {

class ArticleBulkWriter;
struct CopyRow;
class Database;

// A pass's pull of the office's articles and revisions: every row changed since the last
// pull's server snapshot, streamed by one COPY each (CopyStream) inside the pull's transaction
// and written through ArticleBulkWriter, a local transaction per 500 rows. A new desk's join
// pulls an office's worth this way. Cut off anywhere, the pass is run again from the same
// snapshot: what was written is recognised (an article by its version, a revision by its id).
class ArticlePull
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::ArticlePull)

public:
    // What a revision of a given kind ("merge", "side"…) says in the history, given the logins
    // of the revisions a merge joined.
    using NoteFn = std::function<QString(const QString &kind, const QStringList &mergedBy)>;

    ArticlePull(Database &local, QSqlDatabase &server);
    ~ArticlePull();

    // `since` is a pg_snapshot's text ("xmin:xmax:xip,…"). `pulled` counts the articles
    // written.
    Status articles(const QString &since, int &pulled);
    Status revisions(const QString &since, const NoteFn &note);

    // The columns the pull reads (of pd.article, and of pd.article_revision as `t`), each as
    // text; the benchmark's baseline COPY reads the same.
    static QString articleColumns();
    static QString revisionColumns();

    // For tests of an interrupted pass: the stream stops with an error once its first
    // transaction is committed.
    void setStopAfterFirstCommit(bool stop) { m_stopAfterFirstCommit = stop; }
    // How many rows the last call read from the server.
    int rowsRead() const { return m_rows; }

private:
    Status stream(const QString &columns, const QString &table, const QString &since,
                  int columnCount, const std::function<Status(const CopyRow &)> &write);

    Database &m_local;
    QSqlDatabase &m_server;
    std::unique_ptr<ArticleBulkWriter> m_writer;
    bool m_stopAfterFirstCommit = false;
    int m_rows = 0;
};

} // namespace PressDesk
