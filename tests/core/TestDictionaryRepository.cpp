// The office dictionary: entries kept as the checker needs them (NFC, case kept), listed in
// Vietnamese order, announced to subscribers, and what the spell checker then accepts.
#include "TempDatabase.h"
#include "store/ChangeNotifier.h"
#include "store/Database.h"
#include "store/DictionaryRepository.h"
#include "store/UserRepository.h"
#include "text/SpellChecker.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace PressDesk;

class TestDictionaryRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addListRemove()
    {
        TempDatabase t;
        t.db().setActingUser(QStringLiteral("lan.nguyen"));
        DictionaryRepository dict(t.db());
        QCOMPARE(dict.list()->size(), 0);

        // Decomposed input and stray spaces are stored as NFC with one space.
        auto name = dict.add(QString::fromUtf8("  Khuo\u0302\u0309i   Va\u0300i "),
                             DictionaryWord::Kind::Name);
        QVERIFY2(name, name ? "" : qPrintable(name.error().message));
        QCOMPARE(name->word, QString::fromUtf8("Khuổi Vài"));
        QCOMPARE(name->kind, DictionaryWord::Kind::Name);
        QCOMPARE(name->addedBy, QStringLiteral("lan.nguyen"));
        QVERIFY(name->addedAt.isValid());
        QVERIFY(dict.add(QStringLiteral("livestream"), DictionaryWord::Kind::Word));
        QVERIFY(dict.add(QString::fromUtf8("Đắk R'lấp"), DictionaryWord::Kind::Name));
        QVERIFY(dict.add(QString::fromUtf8("Ấp Bàu"), DictionaryWord::Kind::Name));

        // Adding again changes nothing but the kind.
        auto again = dict.add(QStringLiteral("livestream"), DictionaryWord::Kind::Name);
        QVERIFY(again);
        QCOMPARE(again->kind, DictionaryWord::Kind::Name);
        QCOMPARE(again->addedBy, QStringLiteral("lan.nguyen"));

        // Vietnamese order: Ấp and Đắk among the A and D, not after Z.
        QStringList listed;
        const auto entries = dict.list();
        QVERIFY(entries);
        for (const DictionaryWord &w : entries.value())
            listed << w.word;
        QCOMPARE(listed,
                 (QStringList{QString::fromUtf8("Ấp Bàu"), QString::fromUtf8("Đắk R'lấp"),
                              QString::fromUtf8("Khuổi Vài"), QStringLiteral("livestream")}));
        QCOMPARE(dict.words()->size(), 4);

        // Case matters: "khuổi vài" is not the name.
        QCOMPARE(dict.remove(QString::fromUtf8("khuổi vài")).error().code,
                 QStringLiteral("not-found"));
        QVERIFY(dict.remove(QString::fromUtf8("Khuổi Vài")));
        QCOMPARE(dict.words()->size(), 3);
        QVERIFY(!dict.words()->contains(QString::fromUtf8("Khuổi Vài")));
    }

    void notAWordIsRefused_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("number") << QStringLiteral("2019");
        QTest::newRow("document number") << QStringLiteral("65/KH-UBND");
        QTest::newRow("abbreviation") << QStringLiteral("UBND");
        QTest::newRow("punctuation") << QStringLiteral("…!");
    }

    void notAWordIsRefused()
    {
        QFETCH(QString, entry);
        TempDatabase t;
        auto added = DictionaryRepository(t.db()).add(entry, DictionaryWord::Kind::Word);
        QVERIFY(!added);
        QCOMPARE(added.error().code, QStringLiteral("not-a-word"));
        QCOMPARE(DictionaryRepository(t.db()).words()->size(), 0);
    }

    // Staff remove the words they added, a supervisor anyone's (the office server's rule too);
    // a word removed and added again is back, as the word of whoever added it again.
    void staffRemoveOnlyTheirOwnWords()
    {
        TempDatabase t;
        UserRepository users(t.db());
        QVERIFY(users.ensureCurrentUser());
        QVERIFY(users.add(QStringLiteral("lan"), Role::Staff));
        QVERIFY(users.add(QStringLiteral("minh"), Role::Staff));
        QVERIFY(users.add(QStringLiteral("hung"), Role::Supervisor));
        DictionaryRepository dict(t.db());
        const auto actAs = [&](const QString &name) {
            QVERIFY(users.setCurrentUser(name));
            t.db().setActingUser(name);
        };
        actAs(QStringLiteral("lan"));
        QVERIFY(dict.add(QString::fromUtf8("Khuổi Vài"), DictionaryWord::Kind::Name));
        QVERIFY(dict.add(QStringLiteral("livestream"), DictionaryWord::Kind::Word));

        actAs(QStringLiteral("minh"));
        const Status refused = dict.remove(QString::fromUtf8("Khuổi Vài"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("not-allowed"));
        QVERIFY(refused.error().message.contains(QStringLiteral("lan")));
        QVERIFY(dict.words()->contains(QString::fromUtf8("Khuổi Vài")));

        actAs(QStringLiteral("lan"));
        QVERIFY(dict.remove(QStringLiteral("livestream")));
        actAs(QStringLiteral("hung"));
        QVERIFY(dict.remove(QString::fromUtf8("Khuổi Vài")));
        QCOMPARE(dict.words()->size(), 0);
        QCOMPARE(dict.remove(QStringLiteral("livestream")).error().code,
                 QStringLiteral("not-found"));

        actAs(QStringLiteral("minh"));
        auto back = dict.add(QStringLiteral("livestream"), DictionaryWord::Kind::Word);
        QVERIFY(back);
        QCOMPARE(back->addedBy, QStringLiteral("minh"));
        QCOMPARE(dict.words().value(), QStringList{QStringLiteral("livestream")});
        QVERIFY(dict.remove(QStringLiteral("livestream")));
    }

    void changesAreAnnounced()
    {
        TempDatabase t;
        QSignalSpy spy(&t.db().changes(), &ChangeNotifier::changed);
        DictionaryRepository dict(t.db());
        QVERIFY(dict.add(QString::fromUtf8("Pác Nặm"), DictionaryWord::Kind::Name));
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Changes>(), Changes(Change::Dictionary));
        QVERIFY(dict.remove(QString::fromUtf8("Pác Nặm")));
        QTRY_COMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).value<Changes>(), Changes(Change::Dictionary));
    }

    void checkerAcceptsTheOfficeWords()
    {
        TempDatabase t;
        DictionaryRepository dict(t.db());
        auto checker = Text::SpellChecker::open();
        QVERIFY2(checker, checker ? "" : qPrintable(checker.error().message));
        const QString text = QString::fromUtf8("Thôn Khuổi Vài, xã Pác Nặm.");
        QVERIFY(checker.value()->setOfficeWords(dict.words().value()));
        QCOMPARE(checker.value()->check(text).size(), 2);
        QVERIFY(dict.add(QString::fromUtf8("Khuổi Vài"), DictionaryWord::Kind::Name));
        QVERIFY(dict.add(QString::fromUtf8("Pác Nặm"), DictionaryWord::Kind::Name));
        QVERIFY(checker.value()->setOfficeWords(dict.words().value()));
        QCOMPARE(checker.value()->check(text).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDictionaryRepository)
#include "TestDictionaryRepository.moc"
