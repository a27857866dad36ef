// The office dictionary shared by the office's desks through the office server (the real
// PostgreSQL of the test command): a word or a local name added on one desk is no longer
// underlined on another after both synced (asserted with the spell checker the editor uses,
// fed by DictionaryRepository as the editor feeds it); a removal goes round too; the same word
// added on two desks is one entry; between a removal and an addition of one word the later by
// the server's order wins; a desk that joins gets the office's dictionary and sends its own
// words; and a staff login cannot remove another person's word, neither from its desk nor
// with psql, while a supervisor can.
#include "TestOfficeServer.h"
#include "server/ServerAdmin.h"
#include "store/Database.h"
#include "store/DictionaryRepository.h"
#include "text/SpellChecker.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace PressDesk;

namespace {

using Desk = TestDesk;

// A sentence with the commune's names and a borrowed word, as a reporter writes it.
const QString kSentence =
    QStringLiteral("Thôn Khuổi Vài, xã Pác Nặm tổ chức livestream giới thiệu nông sản.");

} // namespace

class TestDictionarySync : public QObject
{
    Q_OBJECT

    TestOfficeServer m_office;
    QTemporaryDir m_dir;
    QString m_staff1, m_staff2, m_sup;
    std::unique_ptr<Text::SpellChecker> m_checker;

    std::unique_ptr<Desk> join(const QString &login,
                               const std::function<void(Database &)> &seed = {})
    {
        return m_office.join(m_dir.path(), login, seed);
    }

    QVariant admin(const QString &sql, const QVariantList &values = {})
    {
        return m_office.admin(sql, values);
    }

    // The words of `text` the desk's editor underlines: hunspell-vi with the desk's office
    // dictionary, loaded as SpellHighlighter loads it.
    QStringList underlinedOn(Desk &desk, const QString &text = kSentence)
    {
        auto words = DictionaryRepository(*desk.db).words();
        if (!words)
            return {QStringLiteral("error: ") + words.error().message};
        if (Status loaded = m_checker->setOfficeWords(words.value()); !loaded)
            return {QStringLiteral("error: ") + loaded.error().message};
        QStringList out;
        for (const Text::Misspelling &m : m_checker->check(text))
            out << m.word;
        return out;
    }

    static void add(Desk &desk, const QString &word,
                    DictionaryWord::Kind kind = DictionaryWord::Kind::Word)
    {
        auto added = DictionaryRepository(*desk.db).add(word, kind);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    }

    static QStringList listed(Desk &desk)
    {
        QStringList out;
        const QList<DictionaryWord> words = DictionaryRepository(*desk.db).list().value();
        for (const DictionaryWord &w : words)
            out << w.word;
        return out;
    }

    static DictionaryWord entry(Desk &desk, const QString &word)
    {
        const QList<DictionaryWord> words = DictionaryRepository(*desk.db).list().value();
        for (const DictionaryWord &w : words) {
            if (w.word == word)
                return w;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        PRESSDESK_REQUIRE_POSTGRES(m_office.pg());
        auto checker = Text::SpellChecker::open();
        QVERIFY2(checker, qPrintable(checker ? QString() : checker.error().message));
        m_checker = std::move(checker).value();
        const QString error = m_office.setUp(QStringLiteral("UBND xã Pác Nặm"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_staff1 =
            m_office.addPerson(QStringLiteral("an"), Role::Staff, QStringLiteral("Nguyễn Văn An"));
        m_staff2 = m_office.addPerson(QStringLiteral("cuong"), Role::Staff);
        m_sup = m_office.addPerson(QStringLiteral("binh"), Role::Supervisor);
        QVERIFY(!m_staff1.isEmpty() && !m_staff2.isEmpty() && !m_sup.isEmpty());
    }

    void cleanupTestCase()
    {
        const QString error = m_office.tearDown();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Server step 7 keeps the server check's promises: forced row-level security, nobody
    // deletes.
    void theServerCheckHolds()
    {
        QCOMPARE(m_office.failedChecks(), QStringList());
        QCOMPARE(admin(QStringLiteral("SELECT c.relrowsecurity AND c.relforcerowsecurity FROM "
                                      "pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                      "WHERE n.nspname = 'pd' AND c.relname = "
                                      "'dictionary_word'"))
                     .toBool(),
                 true);
    }

    // A reporter adds the village's name and a borrowed word on her desk; after both desks
    // synced, the other desk's editor no longer underlines them.
    void aWordAddedOnOneDeskIsKnownOnTheOthers()
    {
        auto an = join(m_staff1);
        auto cuong = join(m_staff2);
        // hunspell-vi knows "Vài" and "Pác" as syllables, not "Khuổi" nor "Nặm".
        const QStringList unknown{QStringLiteral("Khuổi"), QStringLiteral("Nặm"),
                                  QStringLiteral("livestream")};
        QCOMPARE(underlinedOn(*cuong), unknown);

        add(*an, QStringLiteral("Khuổi Vài"), DictionaryWord::Kind::Name);
        add(*an, QStringLiteral("livestream"));
        QCOMPARE(underlinedOn(*an), QStringList{QStringLiteral("Nặm")});
        QCOMPARE(an->pending(), 2);
        QVERIFY_PASS(an->sync());
        QCOMPARE(an->pending(), 0);
        QCOMPARE(underlinedOn(*cuong), unknown); // not before its own sync
        QVERIFY_PASS(cuong->sync());

        QCOMPARE(underlinedOn(*cuong), QStringList{QStringLiteral("Nặm")});
        const DictionaryWord name = entry(*cuong, QStringLiteral("Khuổi Vài"));
        QCOMPARE(name.kind, DictionaryWord::Kind::Name);
        QCOMPARE(name.addedBy, m_staff1);
        QCOMPARE(cuong->pending(), 0);
        QCOMPARE(admin(QStringLiteral("SELECT added_by::text FROM pd.dictionary_word WHERE word "
                                      "= ?"),
                       {QStringLiteral("livestream")})
                     .toString(),
                 m_staff1);
        // A name keeps its capitals on the other desk too: "khuổi" in lower case is still a
        // mistake there.
        QCOMPARE(underlinedOn(*cuong, QStringLiteral("khuổi")),
                 QStringList{QStringLiteral("khuổi")});
    }

    // Removed on the desk of the person who added it: underlined again everywhere.
    void aRemovalReachesTheOtherDesks()
    {
        auto an = join(m_staff1);
        auto cuong = join(m_staff2);
        QVERIFY_PASS(cuong->sync());
        add(*an, QStringLiteral("Pác Nặm"), DictionaryWord::Kind::Name);
        QVERIFY_PASS(an->sync());
        QVERIFY_PASS(cuong->sync());
        QVERIFY(!underlinedOn(*cuong).contains(QStringLiteral("Nặm")));

        QVERIFY(DictionaryRepository(*an->db).remove(QStringLiteral("Pác Nặm")));
        QCOMPARE(an->pending(), 1);
        QVERIFY_PASS(an->sync());
        QVERIFY_PASS(cuong->sync());
        QVERIFY(underlinedOn(*cuong).contains(QStringLiteral("Nặm")));
        QVERIFY(!listed(*cuong).contains(QStringLiteral("Pác Nặm")));
        QCOMPARE(admin(QStringLiteral("SELECT deleted AND removed_by = ? FROM pd.dictionary_word "
                                      "WHERE word = ?"),
                       {m_staff1, QStringLiteral("Pác Nặm")})
                     .toBool(),
                 true);
        QCOMPARE(an->pending(), 0);
        QCOMPARE(cuong->pending(), 0);

        // Added again later: known everywhere again.
        add(*cuong, QStringLiteral("Pác Nặm"), DictionaryWord::Kind::Name);
        QVERIFY_PASS(cuong->sync());
        QVERIFY_PASS(an->sync());
        QVERIFY(!underlinedOn(*an).contains(QStringLiteral("Nặm")));
        QCOMPARE(entry(*an, QStringLiteral("Pác Nặm")).addedBy, m_staff2);
    }

    // Two desks add the same word while apart: one entry for the office, no refusal, and it is
    // the word of the person whose desk sent it first.
    void theSameWordOnTwoDesksIsOneEntry()
    {
        auto an = join(m_staff1);
        auto cuong = join(m_staff2);
        const QString word = QStringLiteral("fanpage");
        QCOMPARE(underlinedOn(*an, QStringLiteral("Trang fanpage của xã")), QStringList{word});
        add(*an, word);
        add(*cuong, word);
        QVERIFY_PASS(an->sync());
        QVERIFY_PASS(cuong->sync());
        QVERIFY_PASS(an->sync());
        QCOMPARE(
            admin(QStringLiteral("SELECT count(*) FROM pd.dictionary_word WHERE word = ?"), {word})
                .toInt(),
            1);
        for (Desk *desk : {an.get(), cuong.get()}) {
            QCOMPARE(listed(*desk).count(word), 1);
            QCOMPARE(entry(*desk, word).addedBy, m_staff1);
            QCOMPARE(desk->pending(), 0);
            QCOMPARE(underlinedOn(*desk, QStringLiteral("Trang fanpage của xã")), QStringList());
        }
    }

    // One desk removes a word while another, apart, adds it: the later by the server's order
    // wins — the addition that arrives after the removal brings the word back, the removal
    // that arrives after the addition removes it.
    void aRemovalAndAnAdditionTheLaterWins()
    {
        auto an = join(m_staff1);
        auto cuong = join(m_staff2); // pulls nothing more until its sync below
        const QString first = QStringLiteral("podcast");
        const QString second = QStringLiteral("hashtag");
        add(*an, first);
        QVERIFY_PASS(an->sync());

        // Removed, then added elsewhere: the addition is the later, the word stays.
        QVERIFY(DictionaryRepository(*an->db).remove(first));
        QVERIFY_PASS(an->sync());
        add(*cuong, first);
        QVERIFY_PASS(cuong->sync());
        QVERIFY_PASS(an->sync());
        for (Desk *desk : {an.get(), cuong.get()}) {
            QVERIFY(listed(*desk).contains(first));
            QCOMPARE(entry(*desk, first).addedBy, m_staff2);
        }

        // Added on both desks (the office keeps the first), then removed: the removal is the
        // later, the word is gone from both.
        add(*an, second);
        QVERIFY_PASS(an->sync());
        add(*cuong, second);
        QVERIFY_PASS(cuong->sync());
        QCOMPARE(entry(*cuong, second).addedBy, m_staff1);
        QVERIFY(DictionaryRepository(*an->db).remove(second));
        QVERIFY_PASS(an->sync());
        QVERIFY_PASS(cuong->sync());
        for (Desk *desk : {an.get(), cuong.get()}) {
            QVERIFY(!listed(*desk).contains(second));
            QCOMPARE(underlinedOn(*desk, second), QStringList{second});
            QCOMPARE(desk->pending(), 0);
        }
    }

    // A new desk gets the office's dictionary when it joins; the words its profile had before
    // go to the office, as its login's.
    void aJoiningDeskGetsTheDictionaryAndSendsItsOwn()
    {
        const QString text = QStringLiteral("Tả Phìn, Lũng Pù");
        auto an = join(m_staff1);
        QCOMPARE(underlinedOn(*an, text),
                 QStringList({QStringLiteral("Phìn"), QStringLiteral("Pù")}));
        add(*an, QStringLiteral("Tả Phìn"), DictionaryWord::Kind::Name);
        QVERIFY_PASS(an->sync());

        auto cuong = join(m_staff2, [](Database &db) {
            if (!DictionaryRepository(db).add(QStringLiteral("Lũng Pù"),
                                              DictionaryWord::Kind::Name))
                qFatal("dictionary");
            // An entry an older PressDesk wrote without a time.
            QSqlQuery q(db.connection());
            if (!q.exec(QStringLiteral("INSERT INTO dictionary_words (word, kind, added_at) "
                                       "VALUES ('Pải Lủng', 'name', '')")))
                qFatal("old entry");
        });
        QCOMPARE(admin(QStringLiteral("SELECT added_by::text FROM pd.dictionary_word WHERE word "
                                      "= ?"),
                       {QStringLiteral("Pải Lủng")})
                     .toString(),
                 m_staff2);
        QVERIFY(listed(*cuong).contains(QStringLiteral("Tả Phìn")));
        QCOMPARE(underlinedOn(*cuong, text), QStringList());
        QCOMPARE(cuong->pending(), 0);
        QCOMPARE(admin(QStringLiteral("SELECT added_by::text FROM pd.dictionary_word WHERE word "
                                      "= ?"),
                       {QStringLiteral("Lũng Pù")})
                     .toString(),
                 m_staff2);
        QCOMPARE(entry(*cuong, QStringLiteral("Lũng Pù")).addedBy, m_staff2);
        QVERIFY_PASS(an->sync());
        QCOMPARE(underlinedOn(*an, text), QStringList());
    }

    // A staff member removes only the words they added: their desk refuses another's, the
    // server refuses it even from psql (and from a desk that did not ask), and the word comes
    // back on that desk; a supervisor removes anyone's. Nobody deletes a row.
    void onlyWhoAddedAWordOrASupervisorRemovesIt()
    {
        auto an = join(m_staff1);
        auto cuong = join(m_staff2);
        auto binh = join(m_sup);
        const QString ans = QStringLiteral("Bản Phùng");
        const QString other = QStringLiteral("Khòa Pải");
        add(*an, ans, DictionaryWord::Kind::Name);
        add(*an, other, DictionaryWord::Kind::Name);
        QVERIFY_PASS(an->sync());
        QVERIFY_PASS(cuong->sync());
        QVERIFY_PASS(binh->sync());

        // On the desk: refused, the word stays.
        const Status refusedHere = DictionaryRepository(*cuong->db).remove(ans);
        QVERIFY(!refusedHere);
        QCOMPARE(refusedHere.error().code, QStringLiteral("not-allowed"));
        QVERIFY2(refusedHere.error().message.contains(QStringLiteral("Nguyễn Văn An")),
                 qPrintable(refusedHere.error().message));
        QVERIFY(listed(*cuong).contains(ans));
        QCOMPARE(cuong->pending(), 0);

        // With psql, as cuong: neither removed nor deleted nor taken over; their own word is
        // theirs to remove.
        auto asCuong = m_office.psqlAs(m_staff2);
        QVERIFY(asCuong->isOpen());
        const auto run = [&](const QString &sql, const QVariantList &values) {
            return TestOfficeServer::runAs(*asCuong, sql, values);
        };
        QCOMPARE(run(QStringLiteral("UPDATE pd.dictionary_word SET deleted = true WHERE word = ?"),
                     {ans}),
                 QStringLiteral("PD002"));
        QCOMPARE(run(QStringLiteral("DELETE FROM pd.dictionary_word WHERE word = ?"), {ans}),
                 QStringLiteral("42501"));
        QCOMPARE(run(QStringLiteral("UPDATE pd.dictionary_word SET added_by = session_user "
                                    "WHERE word = ?"),
                     {ans}),
                 QStringLiteral("done"));
        QCOMPARE(admin(QStringLiteral("SELECT added_by::text FROM pd.dictionary_word WHERE word "
                                      "= ?"),
                       {ans})
                     .toString(),
                 m_staff1);
        QCOMPARE(run(QStringLiteral("UPDATE pd.dictionary_word SET deleted = true WHERE word = ?"),
                     {ans}),
                 QStringLiteral("PD002"));
        QCOMPARE(run(QStringLiteral("INSERT INTO pd.dictionary_word (office_id, word) VALUES "
                                    "(pd.my_office(), 'Mèo Vạc')"),
                     {}),
                 QStringLiteral("done"));
        QCOMPARE(run(QStringLiteral("UPDATE pd.dictionary_word SET deleted = true WHERE word = "
                                    "'Mèo Vạc'"),
                     {}),
                 QStringLiteral("done"));

        // A desk that removed it without asking (an older PressDesk): the office refuses, the
        // desk says so and has the word again.
        QSqlQuery q(cuong->db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE dictionary_words SET deleted = 1, dirty = 1, "
                                      "local_rev = local_rev + 1 WHERE word = 'Bản Phùng'")));
        QVERIFY(!listed(*cuong).contains(ans));
        auto refused = cuong->sync();
        QVERIFY2(refused, qPrintable(refused ? QString() : refused.error().message));
        QCOMPARE(refused->rejected.size(), 1);
        QVERIFY2(refused->rejected.first().contains(ans), qPrintable(refused->rejected.first()));
        QVERIFY(listed(*cuong).contains(ans));
        QCOMPARE(cuong->pending(), 0);

        // The supervisor removes another's word: on every desk.
        QVERIFY(DictionaryRepository(*binh->db).remove(other));
        QVERIFY_PASS(binh->sync());
        QVERIFY_PASS(an->sync());
        QVERIFY(!listed(*an).contains(other));
        QVERIFY(listed(*an).contains(ans));
    }
};

QTEST_GUILESS_MAIN(TestDictionarySync)
#include "TestDictionarySync.moc"
