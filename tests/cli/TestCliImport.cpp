// article import: a document made into a new article through LibreOffice (core/import), as
// `article new` makes one; the documents of tests/data/import.
#include "CliRunner.h"
#include "Wine.h"
#include "import/DocumentImport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

class TestCliImport : public CliTest
{
    Q_OBJECT

    static QString document(const QString &name)
    {
        return qEnvironmentVariable("PRESSDESK_SOURCE_DIR") + u"/tests/data/import/"_s + name;
    }

    int articleCount()
    {
        const CliRun r = cli({u"article"_s, u"list"_s, u"--json"_s});
        return int(QJsonDocument::fromJson(r.out.toUtf8()).array().size());
    }

    QJsonObject show(const QString &id)
    {
        const CliRun r = cli({u"article"_s, u"show"_s, id, u"--json"_s});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private Q_SLOTS:
    void init() { newProfile(); }

    void importsTcvn3AndConvertsIt()
    {
        NEED_SOFFICE();
        const CliRun r = cli({u"article"_s, u"import"_s, document(u"tcvn3.docx"_s), u"--category"_s,
                              u"kinh te"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[u"title"_s].toString(),
                 u"Huyện Hoài Đức tổ chức hội nghị triển khai kế hoạch cải cách hành chính"_s);
        QCOMPARE(o[u"legacy_converted"_s].toString(), u"tcvn3"_s);
        QCOMPARE(o[u"images"_s].toInt(), 0);
        const QJsonObject a = show(o[u"id"_s].toString());
        QCOMPARE(a[u"title"_s], o[u"title"_s]);
        QCOMPARE(a[u"category"_s].toString(), u"Kinh tế"_s);
        QCOMPARE(a[u"status"_s].toString(), u"draft"_s);
        QVERIFY(a[u"body_html"_s].toString().contains(u"Sáng nay, Uỷ ban nhân dân huyện"_s));
        QCOMPARE(articleCount(), 2);
    }

    void legacyNoneKeepsTheText()
    {
        NEED_SOFFICE();
        const CliRun r =
            cli({u"article"_s, u"import"_s, document(u"tcvn3.docx"_s), u"--legacy"_s, u"none"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"TCVN3"_s) && r.err.contains(u"--legacy tcvn3"_s),
                 qPrintable(r.err));
        const QJsonObject a = show(r.out.trimmed());
        QVERIFY(a[u"title"_s].toString().startsWith(u"HuyÖn"_s));
        QVERIFY(a[u"body_html"_s].toString().contains(u"S¸ng nay"_s));
    }

    void importsImagesAndUnicode()
    {
        NEED_SOFFICE();
        CliRun r = cli({u"article"_s, u"import"_s, document(u"image.odt"_s), u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[u"images"_s].toInt(), 1);
        QVERIFY(o[u"legacy_converted"_s].isNull());
        QVERIFY(show(o[u"id"_s].toString())[u"body_html"_s].toString().contains(
            u"<figure><img src=\"pdimg:"_s));

        // Unicode text stays as it is, even when told it is TCVN3.
        r = cli({u"article"_s, u"import"_s, document(u"news.docx"_s), u"--legacy"_s, u"tcvn3"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QJsonObject a = show(r.out.trimmed());
        QCOMPARE(a[u"title"_s].toString(),
                 u"Huyện tổ chức hội nghị triển khai kế hoạch cải cách hành chính"_s);
        QFile expected(document(u"news.expected.html"_s));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        QCOMPARE(a[u"body_html"_s].toString(), QString::fromUtf8(expected.readAll()));
    }

    void errorsMakeNoArticle()
    {
        const QString text = writeFile(u"ghi-chu.docx"_s, "Not a document.\n");
        CliRun r = cli({u"article"_s, u"import"_s, text});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"is not a Word, OpenDocument or RTF document"_s),
                 qPrintable(r.err));

        r = cli({u"article"_s, u"import"_s, m_dir.filePath(u"khong-co.docx"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"does not exist"_s), qPrintable(r.err));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PRESSDESK_SOFFICE"_s, m_dir.filePath(u"no/soffice"_s));
        r = cli({u"article"_s, u"import"_s, document(u"news.docx"_s)}, u"en"_s, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"libreoffice-writer-nogui"_s), qPrintable(r.err));

        r = cli({u"article"_s, u"import"_s, document(u"news.docx"_s), u"--legacy"_s, u"abc"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(articleCount(), 1); // the demo article only
    }
};

QTEST_MAIN(TestCliImport)
#include "TestCliImport.moc"
