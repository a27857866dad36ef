// The style check beside spelling: abbreviations spelled out at first use (from the office
// glossary), mixed tone-mark styles, straight quotes, doubled spaces and a space before a mark
// — each a hint with the text it would write, applied only when the writer asks.
#include "text/StyleHints.h"

#include <QTest>

using namespace PressDesk::Text;

namespace {

// The text with every hint applied.
QString applied(const QString &text, std::optional<ToneStyle> style = std::nullopt)
{
    return StyleCheck::apply(text, StyleCheck::hints(text, defaultGlossary(), style));
}

QStringList kinds(const QString &text, std::optional<ToneStyle> style = std::nullopt)
{
    QStringList out;
    for (const StyleHint &h : StyleCheck::hints(text, defaultGlossary(), style))
        out << StyleCheck::kindKey(h.kind);
    return out;
}

} // namespace

class TestStyleHints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliedHintsWriteTheOfficeStyle_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("style"); // "" none chosen, "traditional", "modern"

        QTest::newRow("abbreviation at first use, then as is")
            << QStringLiteral("UBND xã Vân Canh họp. UBND giao nhiệm vụ.")
            << QStringLiteral("Ủy ban nhân dân (UBND) xã Vân Canh họp. UBND giao nhiệm vụ.")
            << QString();
        QTest::newRow("in a sentence: as the glossary writes it")
            << QStringLiteral("Hội nghị của UBND xã về CCHC.")
            << QStringLiteral("Hội nghị của Ủy ban nhân dân (UBND) xã về cải cách hành chính "
                              "(CCHC).")
            << QString();
        QTest::newRow("spelled out before: nothing")
            << QStringLiteral("Ủy ban nhân dân xã họp. Sau đó UBND giao việc.")
            << QStringLiteral("Ủy ban nhân dân xã họp. Sau đó UBND giao việc.") << QString();
        QTest::newRow("already in brackets: nothing")
            << QStringLiteral("Ủy ban nhân dân (UBND) xã họp.")
            << QStringLiteral("Ủy ban nhân dân (UBND) xã họp.") << QString();
        QTest::newRow("inside a document number: nothing")
            << QStringLiteral("Kế hoạch số 65/KH-UBND ngày 19/02/2019.")
            << QStringLiteral("Kế hoạch số 65/KH-UBND ngày 19/02/2019.") << QString();
        QTest::newRow("two abbreviations")
            << QStringLiteral("Đẩy mạnh CCHC và giải quyết TTHC.")
            << QStringLiteral("Đẩy mạnh cải cách hành chính (CCHC) và giải quyết thủ tục hành "
                              "chính (TTHC).")
            << QString();
        QTest::newRow("the office writes the modern style")
            << QStringLiteral("Hòa giải ở cơ sở, thúy") << QStringLiteral("Hoà giải ở cơ sở, thuý")
            << QStringLiteral("modern");
        QTest::newRow("the office writes the traditional style")
            << QStringLiteral("Hoà giải ở cơ sở") << QStringLiteral("Hòa giải ở cơ sở")
            << QStringLiteral("traditional");
        QTest::newRow("no style chosen: the text's own, when mixed")
            << QStringLiteral("hoà hợp, hoà thuận, hòa bình")
            << QStringLiteral("hoà hợp, hoà thuận, hoà bình") << QString();
        QTest::newRow("no style chosen, one style: nothing")
            << QStringLiteral("hòa hợp, hòa bình") << QStringLiteral("hòa hợp, hòa bình")
            << QString();
        QTest::newRow("straight quotes")
            << QStringLiteral("Phong trào \"Dân vận khéo\" và \"Xã hội học tập\".")
            << QStringLiteral("Phong trào “Dân vận khéo” và “Xã hội học tập”.") << QString();
        QTest::newRow("a quote left open stays")
            << QStringLiteral("Phong trào \"Dân vận khéo\nvà tiếp theo\"")
            << QStringLiteral("Phong trào \"Dân vận khéo\nvà tiếp theo\"") << QString();
        QTest::newRow("doubled spaces and a space before a mark")
            << QStringLiteral("Người dân   đến làm thủ tục , rất đông !")
            << QStringLiteral("Người dân đến làm thủ tục, rất đông!") << QString();
        QTest::newRow("indentation is not a doubled space")
            << QStringLiteral("    Thụt đầu dòng.") << QStringLiteral("    Thụt đầu dòng.")
            << QString();
    }

    void appliedHintsWriteTheOfficeStyle()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(QString, style);
        QCOMPARE(applied(text, toneStyleFromKey(style)), expected);
    }

    void hintsSayWhatAndWhere()
    {
        const QString text = QStringLiteral("Xã đẩy mạnh CCHC  năm 2019.");
        const QList<StyleHint> hints = StyleCheck::hints(text);
        QCOMPARE(hints.size(), 2);
        QCOMPARE(hints.at(0).kind, StyleHint::Kind::Abbreviation);
        QCOMPARE(text.mid(hints.at(0).from, hints.at(0).length), QStringLiteral("CCHC"));
        QVERIFY(hints.at(0).message.contains(QStringLiteral("CCHC")));
        QCOMPARE(hints.at(1).kind, StyleHint::Kind::DoubleSpace);
        QCOMPARE(text.mid(hints.at(1).from, hints.at(1).length), QStringLiteral("  "));
        // Applying one leaves the other.
        QCOMPARE(StyleCheck::apply(text, {hints.at(1)}),
                 QStringLiteral("Xã đẩy mạnh CCHC năm 2019."));
    }

    void theSeedArticleIsCheckedAsItIs()
    {
        // From the seed article (a district's news about its plan): the abbreviations it
        // uses after spelling them out are left alone; a straight quote pair is offered.
        const QString text = QStringLiteral(
            "Ủy ban nhân dân huyện Hoài Đức ban hành Kế hoạch số 65/KH-UBND về cải cách hành "
            "chính (CCHC) năm 2019. Theo đó, UBND huyện sẽ chủ động cung cấp thông tin về công "
            "tác CCHC; phong trào \"Dân vận khéo\" được đẩy mạnh.");
        QCOMPARE(kinds(text), QStringList{QStringLiteral("quotes")});
    }

    void hintsNeverOverlap()
    {
        // A doubled space inside quotes: the quotes first, the space at the next check.
        const QString text = QStringLiteral("Khẩu hiệu \"Dân  biết\" treo ở xã.");
        const QList<StyleHint> hints = StyleCheck::hints(text);
        for (qsizetype i = 1; i < hints.size(); ++i)
            QVERIFY(hints.at(i).from >= hints.at(i - 1).from + hints.at(i - 1).length);
        QCOMPARE(applied(applied(text)), QStringLiteral("Khẩu hiệu “Dân biết” treo ở xã."));
    }
};

QTEST_GUILESS_MAIN(TestStyleHints)
#include "TestStyleHints.moc"
