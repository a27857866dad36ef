// RadioExport: a rundown as one UTF-8 text file per item for text-to-speech loudspeakers, in
// the rundown's order, named by position and title; refusals in words.
#include "radio/RadioExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace PressDesk;

namespace {

RadioItem item(int position, const QString &title, const QString &script)
{
    RadioItem i;
    i.id = QString::number(position);
    i.position = position;
    i.title = title;
    i.script = script;
    return i;
}

Rundown bulletin()
{
    Rundown r;
    r.program.name = QStringLiteral("Thời sự Hoài Đức");
    r.date = QDate(2019, 2, 20);
    r.items << item(1, QStringLiteral("Kế hoạch 65/KH-UBND"),
                    QStringLiteral("Ủy ban nhân dân huyện ban hành kế hoạch.\n\nĐoạn hai."))
            << item(2, QStringLiteral("Lịch cắt điện"), QStringLiteral("Điện lực thông báo."));
    return r;
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return QStringLiteral("<unreadable>");
    return QString::fromUtf8(f.readAll());
}

} // namespace

class TestRadioExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesOneFilePerItemInOrder()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("loa/ngay-20")); // made as needed
        auto written = RadioExport::writeTextFiles(bulletin(), folder);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        const QStringList expected{
            QDir(folder).filePath(
                radioItemFileName(1, QStringLiteral("Kế hoạch 65/KH-UBND"), QStringLiteral("txt"))),
            QDir(folder).filePath(
                radioItemFileName(2, QStringLiteral("Lịch cắt điện"), QStringLiteral("txt")))};
        QCOMPARE(written.value(), expected);
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
        QCOMPARE(readText(expected.at(0)),
                 QStringLiteral("Ủy ban nhân dân huyện ban hành kế hoạch.\n\nĐoạn hai.\n"));
        QCOMPARE(readText(expected.at(1)), QStringLiteral("Điện lực thông báo.\n"));
        // UTF-8 without a byte-order mark: the loudspeakers' systems read the text as is.
        QFile raw(expected.at(1));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(raw.readAll().startsWith(QStringLiteral("Điện").toUtf8()));
    }

    void writingAgainReplacesTheFiles()
    {
        QTemporaryDir dir;
        QVERIFY(RadioExport::writeTextFiles(bulletin(), dir.path()));
        Rundown edited = bulletin();
        edited.items[1].script = QStringLiteral("Lịch mới.");
        auto written = RadioExport::writeTextFiles(edited, dir.path());
        QVERIFY(written);
        QCOMPARE(readText(written->at(1)), QStringLiteral("Lịch mới.\n"));
    }

    void anEmptyRundownWritesNothing()
    {
        QTemporaryDir dir;
        Rundown empty = bulletin();
        empty.items.clear();
        auto written = RadioExport::writeTextFiles(empty, dir.filePath(QStringLiteral("out")));
        QVERIFY(!written);
        QCOMPARE(written.error().code, QStringLiteral("empty"));
        QCOMPARE(written.error().message,
                 QStringLiteral("Thời sự Hoài Đức has no item on 20/02/2019: nothing was "
                                "written."));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out"))));
    }

    void aFileIsNoFolder()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("a-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto written = RadioExport::writeTextFiles(bulletin(), file);
        QVERIFY(!written);
        QCOMPARE(written.error().code, QStringLiteral("io"));
        QVERIFY2(written.error().message.contains(QStringLiteral("it is a file, not a folder")),
                 qPrintable(written.error().message));
    }
};

QTEST_GUILESS_MAIN(TestRadioExport)
#include "TestRadioExport.moc"
