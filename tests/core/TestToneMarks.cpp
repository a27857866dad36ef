// Tone-mark placement: the traditional (hòa, thủy) and modern (hoà, thuỷ) spellings of the
// oa/oe/uy open syllables, and nothing else moved.
#include "text/ToneMarks.h"

#include <QTest>

using namespace PressDesk::Text;

class TestToneMarks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void styles_data()
    {
        QTest::addColumn<QString>("traditional");
        QTest::addColumn<QString>("modern");
        const auto row = [](const char *name, const char *traditional, const char *modern) {
            QTest::newRow(name) << QString::fromUtf8(traditional) << QString::fromUtf8(modern);
        };
        row("hoa grave", "hòa", "hoà");
        row("hoa hook", "Thanh Hỏa", "Thanh Hoả");
        row("oa tilde", "lõa", "loã");
        row("oa dot", "Nhà xuất bản Thọa", "Nhà xuất bản Thoạ");
        row("oe hook", "khỏe mạnh", "khoẻ mạnh");
        row("oe acute", "chích chòe, xóe", "chích choè, xoé");
        row("uy hook", "thủy lợi", "thuỷ lợi");
        row("uy acute", "Thúy", "Thuý");
        row("uy dot", "trụy", "truỵ");
        row("uy grave", "tùy", "tuỳ");
        row("uy tilde", "lũy tre", "luỹ tre");
        row("uy without initial", "Ủy ban nhân dân", "Uỷ ban nhân dân");
        row("capitals", "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", "UỶ BAN NHÂN DÂN XÃ HOÀ BÌNH");
        row("title case", "Hòa Bình, Khánh Hòa", "Hoà Bình, Khánh Hoà");
        row("oa without initial", "òa khóc", "oà khóc");
        row("nguy", "ngủy", "nguỷ");
        row("in a sentence",
            "Ủy ban nhân dân xã Hòa Thạch tổ chức hội nghị về sức khỏe và thủy lợi.",
            "Uỷ ban nhân dân xã Hoà Thạch tổ chức hội nghị về sức khoẻ và thuỷ lợi.");
        row("punctuation around", "(hòa)\"thủy\"—khỏe!", "(hoà)\"thuỷ\"—khoẻ!");
    }

    void styles()
    {
        QFETCH(QString, traditional);
        QFETCH(QString, modern);
        QCOMPARE(withToneStyle(traditional, ToneStyle::Modern), modern);
        QCOMPARE(withToneStyle(modern, ToneStyle::Traditional), traditional);
        // Each style leaves text already in it as it is.
        QCOMPARE(withToneStyle(traditional, ToneStyle::Traditional), traditional);
        QCOMPARE(withToneStyle(modern, ToneStyle::Modern), modern);
        const ToneStyleCount t = countToneStyles(traditional);
        const ToneStyleCount m = countToneStyles(modern);
        QVERIFY(t.traditional > 0 && t.modern == 0);
        QVERIFY(m.modern > 0 && m.traditional == 0);
        QCOMPARE(t.traditional, m.modern);
    }

    // Syllables the two styles spell alike stay as they are in both.
    void sameInBothStyles_data()
    {
        QTest::addColumn<QString>("text");
        const auto row = [](const char *text) {
            QTest::newRow(text) << QString::fromUtf8(text);
        };
        row("hoàng"); // a final consonant: the second vowel in both
        row("khoét");
        row("huýt sáo");
        row("quý, quả, quỳ, quỷ"); // qu is the consonant
        row("giả, giữa");
        row("mùa, kìa, lửa, của");
        row("ngoài, xoáy, tuyết, khuya, thuở");
        row("hoa, khoe, thuy"); // no tone mark
        row("Joe, Guy, Troy");  // English
        row("hoạch toán");      // oa + ch
        row("Thoại, ngoẹo");
        row("12/KH-UBND ngày 19/02/2019");
        row("");
    }

    void sameInBothStyles()
    {
        QFETCH(QString, text);
        QCOMPARE(withToneStyle(text, ToneStyle::Traditional), text);
        QCOMPARE(withToneStyle(text, ToneStyle::Modern), text);
        const ToneStyleCount count = countToneStyles(text);
        QCOMPARE(count.traditional + count.modern, 0);
    }

    void mixedTextIsCountedAndMadeOne()
    {
        const QString text = QString::fromUtf8("Ủy ban xã Hoà Bình thăm hỏi sức khỏe, tuỳ theo");
        const ToneStyleCount count = countToneStyles(text);
        QCOMPARE(count.traditional, 2); // Ủy, khỏe
        QCOMPARE(count.modern, 2);      // Hoà, tuỳ
        QVERIFY(count.mixed());
        QCOMPARE(withToneStyle(text, ToneStyle::Traditional),
                 QString::fromUtf8("Ủy ban xã Hòa Bình thăm hỏi sức khỏe, tùy theo"));
        QCOMPARE(withToneStyle(text, ToneStyle::Modern),
                 QString::fromUtf8("Uỷ ban xã Hoà Bình thăm hỏi sức khoẻ, tuỳ theo"));
    }

    // Decomposed input (a Mac's clipboard, some PDFs) is composed first.
    void decomposedInput()
    {
        const QString nfd = QString::fromUtf8("thủy").normalized(QString::NormalizationForm_D);
        QCOMPARE(withToneStyle(nfd, ToneStyle::Modern), QString::fromUtf8("thuỷ"));
    }

    void keys()
    {
        for (ToneStyle s : {ToneStyle::Traditional, ToneStyle::Modern})
            QCOMPARE(toneStyleFromKey(toneStyleKey(s)), s);
        QVERIFY(!toneStyleFromKey(QStringLiteral("old")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestToneMarks)
#include "TestToneMarks.moc"
