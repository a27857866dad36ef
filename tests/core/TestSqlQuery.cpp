#include "TempDatabase.h"
#include "store/SqlQuery.h"

#include <QTest>

using namespace PressDesk;

// Sql::exec and its conveniences: values are bound in order, and every failure comes back
// as the translated database error.
class TestSqlQuery : public QObject
{
    Q_OBJECT

private:
    static void makeTable(Database &db)
    {
        const Status made = Sql::run(
            db, QStringLiteral("CREATE TABLE scratch (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                               "big INTEGER, data BLOB)"));
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
    }

private Q_SLOTS:
    void bindsValuesInOrderAsValues()
    {
        TempDatabase t;
        makeTable(t.db());
        // A quote, a placeholder and SQL in the text stay text: they are bound, not pasted.
        const QString name = QStringLiteral("Ủy ban 'xã' ?; DROP TABLE scratch; --");
        const qint64 big = 9'000'000'000LL;
        const QByteArray data("\0\x01\xff", 3);
        auto inserted = Sql::exec(
            t.db(), QStringLiteral("INSERT INTO scratch (name, big, data) VALUES (?, ?, ?)"),
            {name, big, data});
        QVERIFY(inserted.ok());
        QCOMPARE(inserted->lastInsertId().toLongLong(), 1);

        auto rows = Sql::exec(t.db(), QStringLiteral("SELECT name, big, data FROM scratch"));
        QVERIFY(rows.ok());
        QVERIFY(rows.value().next());
        QCOMPARE(rows->value(0).toString(), name);
        QCOMPARE(rows->value(1).toLongLong(), big);
        QCOMPARE(rows->value(2).toByteArray(), data);
        QVERIFY(!rows.value().next());
    }

    void aStatementThatCannotBePreparedIsAnError()
    {
        TempDatabase t;
        auto q = Sql::exec(t.db(), QStringLiteral("SELECT * FROM no_such_table WHERE id = ?"), {1});
        QVERIFY(!q.ok());
        QCOMPARE(q.error().code, QStringLiteral("database"));
        QVERIFY2(q.error().message.contains(QLatin1String("no_such_table")),
                 qPrintable(q.error().message));
    }

    void aFailingStatementReturnsTheTranslatedError()
    {
        TempDatabase t;
        makeTable(t.db());
        // NOT NULL violated: the driver's reason reaches the user.
        const Status st = Sql::run(t.db(), QStringLiteral("INSERT INTO scratch (name) VALUES (?)"),
                                   {QVariant(QMetaType::fromType<QString>())});
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, QStringLiteral("database"));
        QVERIFY2(st.error().message.contains(QLatin1String("NOT NULL")),
                 qPrintable(st.error().message));

        // A read-only store gets its own plain message, as from Database::sqlError.
        QVERIFY(Sql::run(t.db(), QStringLiteral("PRAGMA query_only = ON")).ok());
        auto changed = Sql::affected(
            t.db(), QStringLiteral("INSERT INTO scratch (name) VALUES (?)"), {QStringLiteral("x")});
        QVERIFY(!changed.ok());
        QCOMPARE(changed.error().code, QStringLiteral("read-only"));
        QVERIFY(changed.error().message.contains(QLatin1String("read-only")));
    }

    void oneRowAndOneValue()
    {
        TempDatabase t;
        makeTable(t.db());
        const QString select = QStringLiteral("SELECT name, big FROM scratch WHERE name = ?");

        // Nothing matches: ok, but no row and no value.
        auto none = Sql::one(t.db(), select, {QStringLiteral("Hà Nội")});
        QVERIFY(none.ok());
        QVERIFY(!none->has_value());
        auto noValue = Sql::value(t.db(), select, {QStringLiteral("Hà Nội")});
        QVERIFY(noValue.ok());
        QVERIFY(!noValue->isValid());

        QVERIFY(Sql::run(t.db(), QStringLiteral("INSERT INTO scratch (name, big) VALUES (?, ?)"),
                         {QStringLiteral("Hà Nội"), 7})
                    .ok());
        auto row = Sql::one(t.db(), select, {QStringLiteral("Hà Nội")});
        QVERIFY(row.ok());
        QVERIFY(row->has_value());
        QCOMPARE((*row)->value(1).toInt(), 7); // already on the first row
        auto name = Sql::value(t.db(), select, {QStringLiteral("Hà Nội")});
        QVERIFY(name.ok());
        QCOMPARE(name->toString(), QStringLiteral("Hà Nội"));

        // A failing statement is an error, not "no row".
        auto broken = Sql::one(t.db(), QStringLiteral("SELECT nope FROM scratch"));
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().code, QStringLiteral("database"));
    }

    void rowsAffected()
    {
        TempDatabase t;
        makeTable(t.db());
        for (const char *n : {"a", "b", "c"})
            QVERIFY(Sql::run(t.db(),
                             QStringLiteral("INSERT INTO scratch (name, big) VALUES (?, 1)"),
                             {QString::fromLatin1(n)})
                        .ok());
        auto two =
            Sql::affected(t.db(), QStringLiteral("UPDATE scratch SET big = 2 WHERE name IN (?, ?)"),
                          {QStringLiteral("a"), QStringLiteral("c")});
        QVERIFY(two.ok());
        QCOMPARE(two.value(), 2);
        auto none = Sql::affected(t.db(), QStringLiteral("DELETE FROM scratch WHERE name = ?"),
                                  {QStringLiteral("z")});
        QVERIFY(none.ok());
        QCOMPARE(none.value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSqlQuery)
#include "TestSqlQuery.moc"
