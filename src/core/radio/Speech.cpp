#include "radio/Speech.h"

#include "radio/RadioDuration.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>

#include <cmath>

namespace PressDesk::Speech {

QString program()
{
    const QString configured = qEnvironmentVariable("PRESSDESK_ESPEAK");
    if (!configured.isEmpty())
        return QFile::exists(configured) ? configured : QString();
    QString found = QStandardPaths::findExecutable(QStringLiteral("espeak-ng"));
#ifdef Q_OS_WIN
    if (found.isEmpty()) {
        for (const char *var : {"ProgramFiles", "ProgramFiles(x86)"}) {
            const QString dir = qEnvironmentVariable(var);
            const QString candidate = QDir(dir).filePath(QStringLiteral("eSpeak NG/espeak-ng.exe"));
            if (!dir.isEmpty() && QFile::exists(candidate)) {
                found = candidate;
                break;
            }
        }
    }
#endif
    return found;
}

QString unavailableReason()
{
    if (!program().isEmpty())
        return {};
#ifdef Q_OS_WIN
    return QCoreApplication::translate(
        "PressDesk::Speech",
        "No Vietnamese voice is installed on this computer. PressDesk reads aloud with "
        "eSpeak NG: install it (its Windows installer, espeak-ng.msi), then try again.");
#else
    return QCoreApplication::translate(
        "PressDesk::Speech",
        "No Vietnamese voice is installed on this computer. PressDesk reads aloud with "
        "eSpeak NG: install the espeak-ng package (sudo apt install espeak-ng), then try "
        "again.");
#endif
}

QStringList arguments(int wordsPerMinute, const QString &wavFile)
{
    QStringList args{QStringLiteral("-v"),     QStringLiteral("vi"),
                     QStringLiteral("-s"),     QString::number(qBound(80, wordsPerMinute, 450)),
                     QStringLiteral("-b"),     QStringLiteral("1"),
                     QStringLiteral("--stdin")};
    if (!wavFile.isEmpty())
        args << QStringLiteral("-w") << QDir::toNativeSeparators(wavFile);
    return args;
}

Result<double> wavSeconds(const QByteArray &wav)
{
    const auto bad = [] {
        return Error{QStringLiteral("invalid"),
                     QCoreApplication::translate("PressDesk::Speech",
                                                 "The voice did not write a sound file.")};
    };
    if (wav.size() < 12 || !wav.startsWith("RIFF") || wav.mid(8, 4) != "WAVE")
        return bad();
    quint32 byteRate = 0;
    for (qsizetype at = 12; at + 8 <= wav.size();) {
        const QByteArray id = wav.mid(at, 4);
        const quint32 size = qFromLittleEndian<quint32>(wav.constData() + at + 4);
        if (id == "fmt " && at + 20 <= wav.size())
            byteRate = qFromLittleEndian<quint32>(wav.constData() + at + 16);
        if (id == "data") {
            // eSpeak writing to a file it cannot seek may leave the size at its maximum: then
            // the rest of the file is the sound.
            const qint64 bytes = qMin<qint64>(size, wav.size() - at - 8);
            if (byteRate == 0)
                return bad();
            return double(bytes) / byteRate;
        }
        at += 8 + qsizetype(size) + (size & 1);
    }
    return bad();
}

Result<double> synthesizedSeconds(const QString &script, int wordsPerMinute)
{
    const QString espeak = program();
    if (espeak.isEmpty())
        return Error{QStringLiteral("unavailable"), unavailableReason()};
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{QStringLiteral("io-error"),
                     QCoreApplication::translate("PressDesk::Speech",
                                                 "No temporary folder to write the sound into: %1")
                         .arg(dir.errorString())};
    const QString wav = dir.filePath(QStringLiteral("script.wav"));
    QProcess voice;
    voice.setProcessChannelMode(QProcess::SeparateChannels);
    voice.start(espeak, arguments(wordsPerMinute, wav));
    if (!voice.waitForStarted(10000))
        return Error{
            QStringLiteral("failed"),
            QCoreApplication::translate("PressDesk::Speech", "The voice (%1) did not start: %2")
                .arg(espeak, voice.errorString())};
    voice.write(script.toUtf8());
    voice.closeWriteChannel();
    if (!voice.waitForFinished(60000)) {
        voice.kill();
        voice.waitForFinished(5000);
        return Error{
            QStringLiteral("timeout"),
            QCoreApplication::translate("PressDesk::Speech",
                                        "The voice took more than a minute; it was stopped.")};
    }
    if (voice.exitStatus() != QProcess::NormalExit || voice.exitCode() != 0)
        return Error{QStringLiteral("failed"),
                     QCoreApplication::translate("PressDesk::Speech", "The voice failed: %1")
                         .arg(QString::fromUtf8(voice.readAllStandardError()).trimmed())};
    QFile file(wav);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("failed"),
                     QCoreApplication::translate("PressDesk::Speech",
                                                 "The voice did not write a sound file.")};
    return wavSeconds(file.readAll());
}

Result<int> calibratedSpeed(const QString &script, int wordsPerMinute)
{
    const int estimate = RadioDuration::seconds(script, wordsPerMinute);
    auto voice = synthesizedSeconds(script, wordsPerMinute);
    if (!voice)
        return voice.error();
    if (estimate <= 0 || voice.value() <= 0)
        return wordsPerMinute;
    return qBound(80, int(std::lround(wordsPerMinute * voice.value() / estimate)), 450);
}

} // namespace PressDesk::Speech
