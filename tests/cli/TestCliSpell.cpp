// pressdesk-cli text spell and text dict: the unknown words of a file with line, column and
// suggestions (as rows and as JSON), the office dictionary's words not reported, and a missing
// dictionary explained.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// Two lines, CRLF; two misspellings (kêt, quyêt) and a village's name hunspell-vi does not know.
const QByteArray article = "\xEF\xBB\xBF" // a BOM, as Notepad writes it
                           "Kế hoạch số 65/KH-UBND ngày 19/02/2019 của UBND xã Hòa Thạch.\r\n"
                           "Hội nghị tổng kêt, thôn Khuổi Vài quyêt tâm (xem hoaiduc.gov.vn).\r\n";

QProcessEnvironment withDictionaryDir(const QString &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PRESSDESK_DICTIONARY_DIR"), dir);
    return env;
}

} // namespace

class TestCliSpell : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { newProfile(); }

    void listsUnknownWordsWithLineAndColumn()
    {
        const QString file = writeFile(u"article.txt"_s, article);
        const CliRun r = cli({u"text"_s, u"spell"_s, file});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(u"2:15\tkêt\t"_s), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(0).split(u'\t').at(2).split(u", "_s).contains(u"kết"_s),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(u"2:25\tKhuổi\t"_s), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(u"2:35\tquyêt\t"_s), qPrintable(lines.at(2)));
        QVERIFY(lines.at(2).contains(u"quyết"_s));
        QCOMPARE(r.err.trimmed(), u"3 unknown words."_s);
    }

    void jsonShape()
    {
        const QString file = writeFile(u"article.txt"_s, article);
        const CliRun r = cli({u"--json"_s, u"text"_s, u"spell"_s, file});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(u"file"_s).toString(), QDir::toNativeSeparators(file));
        QVERIFY(o.value(u"dictionary"_s).toString().endsWith(u"vi_VN.aff"_s));
        // Kế hoạch số ngày của xã Hòa Thạch / Hội nghị tổng kêt thôn Khuổi Vài quyêt tâm xem:
        // the document number, the date, UBND and the address are not words to check.
        QCOMPARE(o.value(u"words"_s).toInt(), 18);
        const QJsonArray unknown = o.value(u"unknown"_s).toArray();
        QCOMPARE(unknown.size(), 3);
        const QJsonObject first = unknown.at(0).toObject();
        QCOMPARE(first.keys(), (QStringList{u"column"_s, u"length"_s, u"line"_s, u"offset"_s,
                                            u"suggestions"_s, u"word"_s}));
        QCOMPARE(first.value(u"word"_s).toString(), u"kêt"_s);
        QCOMPARE(first.value(u"line"_s).toInt(), 2);
        QCOMPARE(first.value(u"column"_s).toInt(), 15);
        QCOMPARE(first.value(u"length"_s).toInt(), 3);
        // The offset counts characters from the start of the text (after the BOM, CR included).
        QString text = QString::fromUtf8(article);
        if (text.startsWith(QChar(0xfeff)))
            text.remove(0, 1);
        QVERIFY(text.startsWith(u"Kế"_s));
        QCOMPARE(first.value(u"offset"_s).toInt(), text.indexOf(u"kêt"_s));
        QVERIFY(first.value(u"suggestions"_s).toArray().contains(u"kết"_s));
        QCOMPARE(unknown.at(1).toObject().value(u"word"_s).toString(), u"Khuổi"_s);
        QCOMPARE(unknown.at(2).toObject().value(u"offset"_s).toInt(), text.indexOf(u"quyêt"_s));
    }

    void officeWordsAreNotReported()
    {
        const QString file = writeFile(u"article.txt"_s, article);
        CliRun r = cli({u"text"_s, u"dict"_s, u"add"_s, u"--name"_s, u"Khuổi Vài"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"Khuổi Vài\n"_s);
        QCOMPARE(cli({u"text"_s, u"dict"_s, u"add"_s, u"quyêt"_s}).exitCode, 0);

        r = cli({u"--json"_s, u"text"_s, u"spell"_s, file});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray unknown =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"unknown"_s).toArray();
        QCOMPARE(unknown.size(), 1);
        QCOMPARE(unknown.at(0).toObject().value(u"word"_s).toString(), u"kêt"_s);

        r = cli({u"--json"_s, u"text"_s, u"dict"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).toObject().value(u"word"_s).toString(), u"Khuổi Vài"_s);
        QCOMPARE(entries.at(0).toObject().value(u"kind"_s).toString(), u"name"_s);
        QCOMPARE(entries.at(1).toObject().value(u"word"_s).toString(), u"quyêt"_s);
        QCOMPARE(entries.at(1).toObject().value(u"kind"_s).toString(), u"word"_s);

        // Removed, it is reported again.
        QCOMPARE(cli({u"text"_s, u"dict"_s, u"remove"_s, u"quyêt"_s}).exitCode, 0);
        r = cli({u"text"_s, u"spell"_s, file});
        QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 2);
        r = cli({u"text"_s, u"dict"_s, u"remove"_s, u"quyêt"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"not in the office dictionary"_s));
    }

    void notAWordIsRefused()
    {
        const CliRun r = cli({u"text"_s, u"dict"_s, u"add"_s, u"65/KH-UBND"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"cannot be added to the office dictionary"_s), qPrintable(r.err));
    }

    void missingDictionaryIsExplained()
    {
        const QString file = writeFile(u"article.txt"_s, article);
        const QString empty = m_dir.filePath(u"no-dictionary"_s);
        QVERIFY(QDir().mkpath(empty));
        CliRun r = cli({u"text"_s, u"spell"_s, file}, u"en"_s, withDictionaryDir(empty));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"Spell checking is not available"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(empty)), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void usageErrors()
    {
        QCOMPARE(cli({u"text"_s, u"spell"_s}).exitCode, 2);
        QCOMPARE(cli({u"text"_s, u"dict"_s, u"add"_s}).exitCode, 2);
        QCOMPARE(cli({u"--json"_s, u"text"_s, u"dict"_s, u"add"_s, u"x"_s}).exitCode, 2);
        const CliRun r = cli({u"text"_s, u"spell"_s, m_dir.filePath(u"missing.txt"_s)});
        QCOMPARE(r.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliSpell)
#include "TestCliSpell.moc"
