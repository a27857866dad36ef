#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

namespace PressDesk {

// What changed in a store, by topic. Each topic covers a group of tables (see
// resources/migrations/008_change_counters.sql): "articles" is articles, their tags,
// revisions and images; "outbox" is the outbox and the post links; and so on.
enum class Change : unsigned {
    None = 0,
    Articles = 1u << 0,
    Categories = 1u << 1,
    Users = 1u << 2,
    Comments = 1u << 3, // comments, and what each user has read
    Audit = 1u << 4,
    Portals = 1u << 5,
    Outbox = 1u << 6,
    Plans = 1u << 7,       // plans, activities, their links and manual entries
    Sync = 1u << 8,        // where the profile stands with its office server, and its conflicts
    Radio = 1u << 9,       // radio stations, programmes, their items and the aired log
    Visual = 1u << 10,     // visual campaigns: the register of items, their photos, the slogans
    Dictionary = 1u << 11, // the office dictionary: words and proper names
    Office = 1u << 12,     // the office profile: name, place, signer, recipients, tone marks
    All = 0x1fffu,
};
Q_DECLARE_FLAGS(Changes, Change)
Q_DECLARE_OPERATORS_FOR_FLAGS(Changes)

// Announces what changed in one store after it was committed, whoever wrote it. Owned by
// Database; lives in the thread of its Database's connection.
//
// No writer announces anything: triggers bump one counter per topic on every write
// (migration 8) and this object compares the counters with what it saw last.
// - Writes of its own connection: Qt's SQLite driver reports the triggers' writes to the
//   counters table; a check follows on the next turn of the event loop, after the commit
//   (a burst of writes gives one signal; a rolled-back write moves no counter).
// - Writes of other connections (the outbox worker's thread, an import, the command line,
//   another window or process on the same profile, the sync): watch() polls the counters.
// Nothing is done until someone connects to changed(): the command line pays nothing.
class ChangeNotifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeNotifier)

public:
    // Reads the counters through connectionName (a QSqlDatabase connection name).
    explicit ChangeNotifier(QString connectionName, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    // Compares the counters with what was last seen and emits changed() when something
    // moved. Returns what changed. Cheap: one read of a table of a row per topic.
    Changes check();

    // A check on the next turn of the event loop; several requests give one check. For
    // code that knows another connection just wrote (the outbox worker finished an entry).
    void scheduleCheck();

    // Also checks every intervalMs for writes by other connections (0 stops).
    void watch(int intervalMs);
    bool isWatching() const { return m_pollTimer.isActive(); }
    // What the app uses: a change made elsewhere shows within a second.
    static constexpr int defaultPollInterval() { return 1000; }

    // Takes the current counters as seen, without emitting (after opening the store).
    void resetBaseline();

    // Calls fn (in receiver's thread, while receiver lives) whenever one of topics changed.
    // The one way panels subscribe: `db.changes().subscribe(this, Change::Articles, [this]
    // { refresh(); });`
    template <typename Fn>
    QMetaObject::Connection subscribe(QObject *receiver, Changes topics, Fn fn)
    {
        return connect(this, &ChangeNotifier::changed, receiver,
                       [topics, fn = std::move(fn)](Changes what) {
                           if (what & topics)
                               fn();
                       });
    }

signals:
    void changed(PressDesk::Changes what);

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    bool readCounters(QHash<QString, qint64> &out) const;
    void listenToOwnWrites();

    QString m_connectionName;
    QHash<QString, qint64> m_seen;
    QTimer m_pollTimer;
    bool m_checkScheduled = false;
    bool m_listening = false;
};

} // namespace PressDesk

Q_DECLARE_METATYPE(PressDesk::Changes)
