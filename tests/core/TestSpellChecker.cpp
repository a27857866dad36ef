// Spell checking with hunspell and hunspell-vi: what is a word, what is correct Vietnamese (both
// tone-mark styles), what is flagged where with which suggestions, the office's words and names,
// and a dictionary that cannot be found.
#include "text/SpellChecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace PressDesk;
using namespace PressDesk::Text;

namespace {

std::unique_ptr<SpellChecker> openChecker()
{
    auto checker = SpellChecker::open();
    if (!checker)
        qFatal("%s", qPrintable(checker.error().message));
    return std::move(checker).value();
}

QStringList words(const QString &text)
{
    QStringList out;
    for (const WordSpan &span : checkableWords(text))
        out << text.mid(span.offset, span.length);
    return out;
}

QStringList flagged(SpellChecker &checker, const QString &text)
{
    QStringList out;
    for (const Misspelling &m : checker.check(text))
        out << m.word;
    return out;
}

} // namespace

class TestSpellChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dictionaryIsFoundAndIsUtf8()
    {
        auto checker = openChecker();
        QVERIFY(QFileInfo(checker->dictionaryPath()).isFile());
        QCOMPARE(QFileInfo(checker->dictionaryPath()).fileName(), QStringLiteral("vi_VN.aff"));
        QCOMPARE(checker->encoding().toUpper(), QStringLiteral("UTF-8"));
    }

    void segmentation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *name, const char *text, const QStringList &expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << expected;
        };
        row("syllables and punctuation", "Hội nghị (tổng kết), năm: “thi đua”!",
            {QStringLiteral("Hội"), QStringLiteral("nghị"), QStringLiteral("tổng"),
             QStringLiteral("kết"), QStringLiteral("năm"), QStringLiteral("thi"),
             QStringLiteral("đua")});
        row("document numbers", "Kế hoạch số 65/KH-UBND và Nghị định 12/2019/NĐ-CP, 18-NQ/TW",
            {QStringLiteral("Kế"), QStringLiteral("hoạch"), QStringLiteral("số"),
             QStringLiteral("và"), QStringLiteral("Nghị"), QStringLiteral("định")});
        row("numbers, dates, times, money", "ngày 19/02/2019 lúc 7h30, 1.250.000đ tăng 95,5%",
            {QStringLiteral("ngày"), QStringLiteral("lúc"), QStringLiteral("tăng")});
        row("addresses",
            "xem https://hoaiduc.hanoi.gov.vn/tin-tuc, www.baochinhphu.vn hoặc "
            "vanthu@hoaiduc.gov.vn và hoaiduc.hanoi.gov.vn.",
            {QStringLiteral("xem"), QStringLiteral("hoặc"), QStringLiteral("và")});
        row("abbreviations", "UBND, HĐND, TTg, Khóa XIX, TP.HCM", {QString::fromUtf8("Khóa")});
        row("hyphen and apostrophe", "Ê-đê, Đắk R'lấp, ‘trích’, K'Nack",
            {QString::fromUtf8("Ê"), QString::fromUtf8("đê"), QString::fromUtf8("Đắk"),
             QString::fromUtf8("R'lấp"), QString::fromUtf8("trích")});
        row("list marks", "a) Thực hiện; b) Báo cáo",
            {QString::fromUtf8("Thực"), QString::fromUtf8("hiện"), QString::fromUtf8("Báo"),
             QString::fromUtf8("cáo")});
    }

    void segmentation()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(words(text), expected);
    }

    // hunspell-vi is a list of syllables (NFC) in the modern style: hoà, khoẻ, thuỷ, uỷ are in
    // it, the traditional hòa, khỏe, thủy, ủy are not. Both are accepted (the modern spelling
    // of a word is tried too), and suggestions come in the style the word was written in.
    void dictionaryKnowsTheModernStyleOnly()
    {
        auto checker = openChecker();
        QString dicPath = checker->dictionaryPath();
        dicPath.replace(QStringLiteral(".aff"), QStringLiteral(".dic"));
        QFile dic(dicPath);
        QVERIFY(dic.open(QIODevice::ReadOnly));
        const QStringList entries = QString::fromUtf8(dic.readAll()).split(u'\n');
        for (const char *modern : {"hoà", "khoẻ", "thuỷ", "uỷ"})
            QVERIFY2(entries.contains(QString::fromUtf8(modern)), modern);
        for (const char *traditional : {"hòa", "khỏe", "thủy", "ủy"}) {
            QVERIFY2(!entries.contains(QString::fromUtf8(traditional)), traditional);
            QVERIFY2(checker->isCorrect(QString::fromUtf8(traditional)), traditional);
        }
        for (const QString &entry : entries)
            QCOMPARE(entry.normalized(QString::NormalizationForm_C), entry);
        // A wrong tone written in the traditional place: suggestions in that style.
        const QStringList traditional = checker->suggestions(QString::fromUtf8("khọe"));
        QVERIFY2(traditional.contains(QString::fromUtf8("khỏe")),
                 qPrintable(traditional.join(u' ')));
        QVERIFY(!traditional.contains(QString::fromUtf8("khoẻ")));
        const QStringList modern = checker->suggestions(QString::fromUtf8("khoẹ"));
        QVERIFY2(modern.contains(QString::fromUtf8("khoẻ")), qPrintable(modern.join(u' ')));
    }

    void correctTextIsNotFlagged_data()
    {
        QTest::addColumn<QString>("text");
        const auto row = [](const char *name, const char *text) {
            QTest::newRow(name) << QString::fromUtf8(text);
        };
        row("traditional style",
            "Ủy ban nhân dân xã Hòa Thạch tổ chức hội nghị về sức khỏe và thủy lợi, tùy theo "
            "lũy kế.");
        row("modern style",
            "Uỷ ban nhân dân xã Hoà Thạch tổ chức hội nghị về sức khoẻ và thuỷ lợi, tuỳ theo "
            "luỹ kế.");
        // i and y: hunspell-vi has both lý/lí and kỹ/kĩ, but only quý (not quí).
        row("both i and y", "quý, lý, lí, kỹ thuật, kĩ thuật");
        row("capitals at sentence start", "Ngày hội. Đoàn viên thanh niên. Hà Nội.");
        row("demo article",
            "Sáng 19/02/2019, Ủy ban nhân dân huyện tổ chức hội nghị triển khai kế hoạch tuyên "
            "truyền năm 2019. Đồng chí Phó Chủ tịch UBND huyện phát biểu chỉ đạo, đề nghị các "
            "xã, thị trấn đẩy mạnh công tác thông tin cơ sở.");
        row("numbers, documents, abbreviations, addresses",
            "Thực hiện Kế hoạch số 65/KH-UBND ngày 19/02/2019 của UBND huyện, Nghị định "
            "12/2019/NĐ-CP, Quyết định 123/QĐ-TTg; liên hệ vanthu@hoaiduc.gov.vn, "
            "https://hoaiduc.hanoi.gov.vn; đạt 95,5% lúc 7h30, phí 50.000đ/người; HĐND, MTTQ, "
            "CCHC, Khóa XIX, quý IV.");
        row("decomposed (not NFC)", "Ho\u0300a Bi\u0300nh, su\u031b\u0301c kho\u0309e");
    }

    void correctTextIsNotFlagged()
    {
        QFETCH(QString, text);
        auto checker = openChecker();
        QCOMPARE(flagged(*checker, text), QStringList());
    }

    void misspellingsAreFlagged_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("suggestion");
        const auto row = [](const char *name, const char *text, const char *word,
                            const char *suggestion) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(word)
                                << QString::fromUtf8(suggestion);
        };
        row("missing tone", "Hội nghị tổng kêt công tác năm 2019.", "kêt", "kết");
        row("wrong letter", "Ủy ban nhân dân quyêt định khen thưởng.", "quyêt", "quyết");
        row("ngh before a", "các nghành, các cấp", "nghành", "ngành");
        row("doubled letter", "Đoàn viên thanh niênn tình nguyện.", "niênn", "niên");
        row("capitalised", "Quyêt định, ngày 19/02/2019", "Quyêt", "Quyết");
        row("traditional style misplaced", "hòan thành kế hoạch", "hòan", "hoàn");
        row("after a document number", "Kế hoạch 65/KH-UBND về côngg tác", "côngg", "công");
        row("wrong tone, traditional place", "sức khọe", "khọe", "khỏe");
    }

    void misspellingsAreFlagged()
    {
        QFETCH(QString, text);
        QFETCH(QString, word);
        QFETCH(QString, suggestion);
        auto checker = openChecker();
        const QList<Misspelling> found = checker->check(text, true);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().word, word);
        QCOMPARE(found.first().offset, text.indexOf(word));
        QCOMPARE(found.first().length, word.size());
        QVERIFY2(found.first().suggestions.contains(suggestion),
                 qPrintable(found.first().suggestions.join(u' ')));
        // Checking without suggestions finds the same word.
        const QList<Misspelling> quick = checker->check(text);
        QCOMPARE(quick.size(), 1);
        QCOMPARE(quick.first().offset, found.first().offset);
        QVERIFY(quick.first().suggestions.isEmpty());
    }

    void severalMisspellingsKeepTheirOrderAndOffsets()
    {
        auto checker = openChecker();
        const QString text =
            QString::fromUtf8("Xã Hòa Thạch tổ chức hộii nghị. Hội nghịi đã thành công tôtt đẹp.");
        const QList<Misspelling> found = checker->check(text);
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0).offset, text.indexOf(QString::fromUtf8("hộii")));
        QCOMPARE(found.at(1).offset, text.indexOf(QString::fromUtf8("nghịi")));
        QCOMPARE(found.at(2).offset, text.indexOf(QString::fromUtf8("tôtt")));
        for (const Misspelling &m : found)
            QCOMPARE(text.mid(m.offset, m.length), m.word);
    }

    void officeWordsAndNamesAreAccepted()
    {
        auto checker = openChecker();
        const QString text = QString::fromUtf8(
            "Thôn Khuổi Vài, xã Pác Nặm tổ chức livestream; KHUỔI VÀI; khuổi; Livestream.");
        QCOMPARE(flagged(*checker, text),
                 (QStringList{QString::fromUtf8("Khuổi"), QString::fromUtf8("Nặm"),
                              QStringLiteral("livestream"), QString::fromUtf8("khuổi"),
                              QStringLiteral("Livestream")}));
        // Names keep their capitals; a word in lower case is correct in any case.
        QVERIFY(checker->setOfficeWords(QStringList{QString::fromUtf8("Khuổi Vài"),
                                                    QString::fromUtf8("Pác Nặm"),
                                                    QStringLiteral("livestream")}));
        QCOMPARE(flagged(*checker, text), QStringList{QString::fromUtf8("khuổi")});
        QVERIFY(
            checker->suggestions(QString::fromUtf8("Khuổii")).contains(QString::fromUtf8("Khuổi")));
        // Removing one (the dictionary is reloaded) flags it again, the others stay known.
        const QStringList fewer{QString::fromUtf8("Khuổi Vài"), QStringLiteral("livestream")};
        QVERIFY(checker->setOfficeWords(fewer));
        QCOMPARE(flagged(*checker, text),
                 (QStringList{QString::fromUtf8("Nặm"), QString::fromUtf8("khuổi")}));
        // Words of the dictionary stay correct after a reload.
        QVERIFY(checker->isCorrect(QString::fromUtf8("nghị")));
        QVERIFY(checker->setOfficeWords(QStringList()));
        QCOMPARE(flagged(*checker, text).size(), 5);
    }

    void missingDictionaryIsAPlainError()
    {
        QTemporaryDir empty;
        auto checker = SpellChecker::open(QStringLiteral("vi_VN"), {empty.path()});
        QVERIFY(!checker);
        QCOMPARE(checker.error().code, QStringLiteral("no-dictionary"));
        QVERIFY2(checker.error().message.contains(QDir::toNativeSeparators(empty.path())),
                 qPrintable(checker.error().message));
        QVERIFY(checker.error().message.contains(QStringLiteral("vi_VN.dic")));

        // Only one of the two files: not a dictionary either.
        QFile aff(QDir(empty.path()).filePath(QStringLiteral("vi_VN.aff")));
        QVERIFY(aff.open(QIODevice::WriteOnly));
        aff.write("SET UTF-8\n");
        aff.close();
        QCOMPARE(SpellChecker::open(QStringLiteral("vi_VN"), {empty.path()}).error().code,
                 QStringLiteral("no-dictionary"));

        // An empty dictionary (hunspell reads nothing from it) is refused, not used.
        QFile dic(QDir(empty.path()).filePath(QStringLiteral("vi_VN.dic")));
        QVERIFY(dic.open(QIODevice::WriteOnly));
        dic.write("0\n");
        dic.close();
        QCOMPARE(SpellChecker::open(QStringLiteral("vi_VN"), {empty.path()}).error().code,
                 QStringLiteral("dictionary-unreadable"));
    }

    // A per-user installation sits under the user's folder, whose name may be Vietnamese
    // (Windows: hunspell opens a "\\?\" path as UTF-16; Unix: the path in UTF-8).
    void dictionaryInAFolderWithAVietnameseName()
    {
        auto installed = openChecker();
        QTemporaryDir root;
        const QString dir =
            QDir(root.path()).filePath(QString::fromUtf8("Nguyễn Thị Thuỷ/từ điển"));
        QVERIFY(QDir().mkpath(dir));
        const QString dic = QString(installed->dictionaryPath())
                                .replace(QStringLiteral(".aff"), QStringLiteral(".dic"));
        QVERIFY(QFile::copy(installed->dictionaryPath(),
                            QDir(dir).filePath(QStringLiteral("vi_VN.aff"))));
        QVERIFY(QFile::copy(dic, QDir(dir).filePath(QStringLiteral("vi_VN.dic"))));
        auto checker = SpellChecker::open(QStringLiteral("vi_VN"), {dir});
        QVERIFY2(checker, checker ? "" : qPrintable(checker.error().message));
        QCOMPARE(QFileInfo(checker.value()->dictionaryPath()).canonicalFilePath(),
                 QFileInfo(QDir(dir).filePath(QStringLiteral("vi_VN.aff"))).canonicalFilePath());
        QCOMPARE(flagged(*checker.value(), QString::fromUtf8("Hội nghị tổng kêt")),
                 QStringList{QString::fromUtf8("kêt")});

        // Adding words needs no file; removing one reloads the dictionary, and files gone
        // since are an error, not a checker that knows nothing.
        QVERIFY(QFile::remove(QDir(dir).filePath(QStringLiteral("vi_VN.dic"))));
        QVERIFY(checker.value()->setOfficeWords({QStringLiteral("livestream")}));
        QVERIFY(checker.value()->isCorrect(QStringLiteral("livestream")));
        const Status reloaded = checker.value()->setOfficeWords({});
        QVERIFY(!reloaded);
        QCOMPARE(reloaded.error().code, QStringLiteral("dictionary-unreadable"));
    }

    void dictionaryBesideTheProgramComesFirst()
    {
        qunsetenv("PRESSDESK_DICTIONARY_DIR");
        const QStringList dirs = SpellChecker::dictionaryDirs();
        QCOMPARE(dirs.value(0),
                 QCoreApplication::applicationDirPath() + QStringLiteral("/share/hunspell"));
        QCOMPARE(dirs.value(1),
                 QCoreApplication::applicationDirPath() + QStringLiteral("/dictionaries"));
#ifdef Q_OS_WIN
        QCOMPARE(dirs.size(), 2); // no Unix folder, not even in the error message
#else
        QCOMPARE(dirs, (QStringList{dirs.value(0), dirs.value(1),
                                    QStringLiteral("/usr/share/hunspell")}));
#endif
        QTemporaryDir dir;
        qputenv("PRESSDESK_DICTIONARY_DIR", QFile::encodeName(dir.path()));
        QCOMPARE(SpellChecker::dictionaryDirs(), QStringList{dir.path()});
        QCOMPARE(SpellChecker::open().error().code, QStringLiteral("no-dictionary"));
        qunsetenv("PRESSDESK_DICTIONARY_DIR");
    }
};

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "TestSpellChecker.moc"
