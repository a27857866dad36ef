// Reading a radio script aloud (radio/Speech): the WAV length read right, the voice missing
// said in words, and, with the real eSpeak NG and its Vietnamese voice, the speed that makes
// the voice last what the rundown counts.
#include "Wine.h"
#include "radio/RadioDuration.h"
#include "radio/Speech.h"
#include "text/ReadingScript.h"

#include <QTest>
#include <QtEndian>

using namespace PressDesk;

namespace {

// A PCM WAV header and `bytes` of silence at 22 050 Hz, 16 bits, mono (44 100 bytes a second);
// dataSize as written in the header.
QByteArray wav(quint32 bytes, quint32 dataSize)
{
    QByteArray out("RIFF");
    const auto u32 = [&out](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        out.append(b, 4);
    };
    const auto u16 = [&out](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        out.append(b, 2);
    };
    u32(36 + bytes);
    out.append("WAVEfmt ");
    u32(16);
    u16(1);     // PCM
    u16(1);     // mono
    u32(22050); // samples a second
    u32(44100); // bytes a second
    u16(2);
    u16(16);
    out.append("data");
    u32(dataSize);
    out.append(QByteArray(qsizetype(bytes), '\0'));
    return out;
}

// Three paragraphs as the radio reads them (the seed article's beginning).
QString script()
{
    return Text::readingScript(QStringLiteral(
        "Huyện Hoài Đức: Thúc đẩy tuyên truyền cải cách hành chính\n\n"
        "Ngày 19/02/2019, UBND huyện Hoài Đức ban hành Kế hoạch số 65/KH-UBND về tuyên truyền "
        "cải cách hành chính năm 2019. Kế hoạch nhằm nâng cao nhận thức của CB, CC, VC và nhân "
        "dân về CCHC, tạo sự đồng thuận trong xã hội.\n\n"
        "Huyện tiếp tục đẩy mạnh ứng dụng CNTT, thực hiện dịch vụ công trực tuyến mức độ 3, 4; "
        "công khai 100% TTHC tại bộ phận một cửa của huyện và 20 xã, thị trấn."));
}

bool voiceNeeded()
{
    if (!Speech::program().isEmpty())
        return true;
    if (qEnvironmentVariableIsSet("PRESSDESK_REQUIRE_SERVICES"))
        qFatal("eSpeak NG is not installed (scripts/install-deps.sh --tests installs it)");
    return false;
}

} // namespace

class TestSpeech : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wavLength()
    {
        QCOMPARE(Speech::wavSeconds(wav(44100, 44100)).value(), 1.0);
        QCOMPARE(Speech::wavSeconds(wav(22050, 22050)).value(), 0.5);
        // A header eSpeak could not go back to fill: the rest of the file is the sound.
        QCOMPARE(Speech::wavSeconds(wav(88200, 0xFFFFFFFF)).value(), 2.0);
        QVERIFY(!Speech::wavSeconds(QByteArray("not a wave file at all")));
        QVERIFY(!Speech::wavSeconds(wav(100, 100).left(20)));
    }

    void withoutAVoiceItSaysWhatToInstall()
    {
        qputenv("PRESSDESK_ESPEAK", "/nonexistent/espeak-ng");
        QVERIFY(Speech::program().isEmpty());
        QVERIFY2(Speech::unavailableReason().contains(QStringLiteral("eSpeak NG")),
                 qPrintable(Speech::unavailableReason()));
        const auto seconds = Speech::synthesizedSeconds(script(), 160);
        QCOMPARE(seconds.error().code, QStringLiteral("unavailable"));
        qunsetenv("PRESSDESK_ESPEAK");
    }

    // The real voice: at the calibrated speed it reads the script in the time the rundown
    // counts; at its own speed it does not (which is why the speed is calibrated).
    void theCalibratedVoiceLastsWhatTheRundownCounts()
    {
        WINE_SKIP_LINUX_TOOL("espeak-ng");
        if (!voiceNeeded())
            QSKIP("eSpeak NG is not installed");
        QVERIFY(Speech::unavailableReason().isEmpty());
        const QString text = script();
        const int estimate = RadioDuration::seconds(text, 160);
        const auto nominal = Speech::synthesizedSeconds(text, 160);
        QVERIFY2(nominal, nominal ? "" : qPrintable(nominal.error().message));
        const auto speed = Speech::calibratedSpeed(text, 160);
        QVERIFY2(speed, speed ? "" : qPrintable(speed.error().message));
        const auto calibrated = Speech::synthesizedSeconds(text, speed.value());
        QVERIFY(calibrated);
        qInfo("estimate %d s; the voice at 160: %.1f s; at its calibrated speed %d: %.1f s",
              estimate, nominal.value(), speed.value(), calibrated.value());
        QVERIFY2(std::abs(calibrated.value() - estimate) <= 0.05 * estimate,
                 qPrintable(QString::number(calibrated.value())));
        QVERIFY2(std::abs(nominal.value() - estimate) > 0.1 * estimate,
                 qPrintable(QString::number(nominal.value())));
    }
};

QTEST_GUILESS_MAIN(TestSpeech)
#include "TestSpeech.moc"
