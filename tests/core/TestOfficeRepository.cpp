// The office profile: empty until the office says who it is, stored as given (trimmed, the
// recipients in order), announced to subscribers, the document symbol made from its suffix,
// the former per-user tone-mark setting adopted once, and the demo's office seeded only into an
// empty profile. Plans keep the issuing body they were issued with.
#include "TempDatabase.h"
#include "office/OfficeRepository.h"
#include "plan/PlanRepository.h"
#include "store/ChangeNotifier.h"
#include "store/Database.h"
#include "store/DemoContent.h"
#include "store/SqlQuery.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace PressDesk;

namespace {

OfficeProfile vanCanh()
{
    OfficeProfile o;
    o.name = QStringLiteral("  UBND xã   Vân Canh ");
    o.parentBody = QString();
    o.place = QStringLiteral("Vân Canh");
    o.signerName = QStringLiteral("Nguyễn Thị Lan");
    o.signerTitle = QStringLiteral("Chủ tịch");
    o.recipients = {QStringLiteral("UBND thành phố Hà Nội (để b/c);"), QStringLiteral("  "),
                    QStringLiteral("Lưu: VT.")};
    o.numberSuffix = QStringLiteral("UBND");
    o.toneStyle = Text::ToneStyle::Modern;
    return o;
}

} // namespace

class TestOfficeRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void emptyUntilSaved()
    {
        TempDatabase t;
        OfficeRepository repo(t.db());
        auto office = repo.load();
        QVERIFY(office);
        QCOMPARE(office.value(), OfficeProfile{});
        QVERIFY(!office->toneStyle.has_value());
        QCOMPARE(office->effectiveToneStyle(), Text::ToneStyle::Traditional);
    }

    void savesAndLoads()
    {
        TempDatabase t;
        OfficeRepository repo(t.db());
        QVERIFY(repo.save(vanCanh()));
        auto office = repo.load();
        QVERIFY(office);
        QCOMPARE(office->name, QStringLiteral("UBND xã Vân Canh"));
        QCOMPARE(office->parentBody, QString());
        QCOMPARE(office->place, QStringLiteral("Vân Canh"));
        QCOMPARE(office->signerName, QStringLiteral("Nguyễn Thị Lan"));
        QCOMPARE(office->signerTitle, QStringLiteral("Chủ tịch"));
        QCOMPARE(office->recipients, (QStringList{QStringLiteral("UBND thành phố Hà Nội (để b/c);"),
                                                  QStringLiteral("Lưu: VT.")}));
        QCOMPARE(office->numberSuffix, QStringLiteral("UBND"));
        QCOMPARE(office->toneStyle, std::optional(Text::ToneStyle::Modern));

        // A second save replaces the one row; the recipients keep the new order.
        OfficeProfile changed = office.value();
        changed.recipients = {QStringLiteral("Lưu: VT."), QStringLiteral("Đảng ủy xã;")};
        changed.toneStyle.reset();
        QVERIFY(repo.save(changed));
        QCOMPARE(repo.load()->recipients, changed.recipients);
        QVERIFY(!repo.load()->toneStyle.has_value());
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(local_rev), max(dirty) FROM "
                                      "office_profile")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 2); // waits for the sync, like the plan tables
        QCOMPARE(q.value(2).toInt(), 1);
    }

    // The office's abbreviations are kept as what differs from PressDesk's glossary.
    void keepsTheOfficesAbbreviations()
    {
        TempDatabase t;
        OfficeRepository repo(t.db());
        OfficeProfile office;
        office.name = QStringLiteral("UBND xã Vân Canh");
        QList<Text::GlossaryEntry> glossary = Text::defaultGlossary();
        glossary.append({QStringLiteral("TTVH"), QStringLiteral("Trung tâm Văn hóa")});
        glossary.removeIf(
            [](const Text::GlossaryEntry &e) { return e.abbreviation == QLatin1String("TP"); });
        office.glossary = Text::glossaryChanges(glossary); // the settings' list, as kept
        QVERIFY(repo.save(office));
        const OfficeProfile loaded = repo.load().value();
        QCOMPARE(loaded.glossary, (QList<Text::GlossaryEntry>{
                                      {QStringLiteral("TTVH"), QStringLiteral("Trung tâm Văn hóa")},
                                      {QStringLiteral("TP"), QString()}}));
        QCOMPARE(loaded.effectiveGlossary().size(), Text::defaultGlossary().size());
        QCOMPARE(
            Text::readingScript(QStringLiteral("TTVH và TP Hà Nội"), loaded.effectiveGlossary()),
            QStringLiteral("Trung tâm Văn hóa và TP Hà Nội"));
        // Saving the same again changes nothing (nothing to send to the office).
        QVERIFY(repo.save(loaded));
        QCOMPARE(
            Sql::value(t.db(), QStringLiteral("SELECT local_rev FROM office_profile"))->toInt(), 1);
    }

    void changesAreAnnounced()
    {
        TempDatabase t;
        QSignalSpy spy(&t.db().changes(), &ChangeNotifier::changed);
        OfficeRepository repo(t.db());
        QVERIFY(repo.save(vanCanh()));
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Changes>(), Changes(Change::Office));
        // Saving what is stored changes nothing and announces nothing.
        QVERIFY(repo.save(vanCanh()));
        OfficeProfile other = vanCanh();
        other.place = QStringLiteral("Sơn Đồng");
        QVERIFY(repo.save(other));
        QTRY_COMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).value<Changes>(), Changes(Change::Office));
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT local_rev FROM office_profile")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void documentSymbol_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("report");
        QTest::newRow("none") << QString() << QStringLiteral("KH") << QStringLiteral("BC");
        QTest::newRow("own part") << QStringLiteral("UBND") << QStringLiteral("KH-UBND")
                                  << QStringLiteral("BC-UBND");
        QTest::newRow("with a kind")
            << QStringLiteral("KH-UBND") << QStringLiteral("KH-UBND") << QStringLiteral("BC-UBND");
        QTest::newRow("with a slash")
            << QStringLiteral("/BC-VHXH") << QStringLiteral("KH-VHXH") << QStringLiteral("BC-VHXH");
        QTest::newRow("two parts") << QStringLiteral("UBND-VP") << QStringLiteral("KH-UBND-VP")
                                   << QStringLiteral("BC-UBND-VP");
    }

    void documentSymbol()
    {
        QFETCH(QString, suffix);
        QFETCH(QString, plan);
        QFETCH(QString, report);
        OfficeProfile o;
        o.numberSuffix = suffix;
        QCOMPARE(o.documentSymbol(QStringLiteral("KH")), plan);
        QCOMPARE(o.documentSymbol(QStringLiteral("BC")), report);
    }

    // The former per-user setting becomes the office's once; after that the profile decides.
    void formerToneStyleIsReadOnce()
    {
        TempDatabase t;
        OfficeRepository repo(t.db());
        QCOMPARE(repo.toneStyleOr(Text::ToneStyle::Modern).value(), Text::ToneStyle::Modern);
        QCOMPARE(repo.load()->toneStyle, std::optional(Text::ToneStyle::Modern));
        QCOMPARE(repo.toneStyleOr(Text::ToneStyle::Traditional).value(), Text::ToneStyle::Modern);
        // Adopting the style kept what the office had written.
        OfficeProfile o = vanCanh();
        o.toneStyle.reset();
        QVERIFY(repo.save(o));
        QCOMPARE(repo.toneStyleOr(Text::ToneStyle::Traditional).value(),
                 Text::ToneStyle::Traditional);
        QCOMPARE(repo.load()->name, QStringLiteral("UBND xã Vân Canh"));
    }

    void demoSeedsItsOfficeOnlyIntoAnEmptyProfile()
    {
        {
            TempDatabase t;
            QVERIFY(DemoContent::seed(t.db()));
            const OfficeProfile demo = OfficeRepository(t.db()).load().value();
            QCOMPARE(demo.parentBody, QStringLiteral("UBND huyện Hoài Đức"));
            QCOMPARE(demo.place, QStringLiteral("Hoài Đức"));
        }
        {
            TempDatabase t;
            QVERIFY(OfficeRepository(t.db()).save(vanCanh()));
            QVERIFY(DemoContent::seed(t.db()));
            const OfficeProfile office = OfficeRepository(t.db()).load().value();
            QCOMPARE(office.name, QStringLiteral("UBND xã Vân Canh"));
            QCOMPARE(office.place, QStringLiteral("Vân Canh"));
        }
    }

    // A plan keeps the body that issued it whatever the office becomes.
    void plansKeepTheirIssuingBody()
    {
        TempDatabase t;
        QVERIFY(DemoContent::seed(t.db()));
        QVERIFY(OfficeRepository(t.db()).save(vanCanh()));
        auto plans = PlanRepository(t.db()).list();
        QVERIFY(plans && !plans->isEmpty());
        QCOMPARE(plans->first().issuingBody, QStringLiteral("UBND huyện Hoài Đức"));
    }
};

QTEST_GUILESS_MAIN(TestOfficeRepository)

#include "TestOfficeRepository.moc"
