#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Reading a script aloud with a real Vietnamese voice: eSpeak NG (Debian espeak-ng; a Windows
// installer exists), run as a program of its own. Qt 6.4's QtTextToSpeech was tried first: its
// speech-dispatcher backend blocks the calling thread when the machine has no sound device,
// and it is not part of the Windows toolchain. The same engine speech-dispatcher would use,
// run as a process, never blocks the window and behaves the same on both systems.
namespace PressDesk::Speech {

// The eSpeak NG program: $PRESSDESK_ESPEAK, else espeak-ng on the PATH, else where its Windows
// installer puts it. Empty when there is none.
QString program();

// Why nothing can be read aloud, in the user's words (what to install); empty when a voice
// exists.
QString unavailableReason();

// The arguments that read standard input (UTF-8) in the Vietnamese voice at wordsPerMinute
// (eSpeak counts a word between spaces: a Vietnamese syllable, as RadioDuration does); with
// wavFile, into that WAV file instead of the sound device.
QStringList arguments(int wordsPerMinute, const QString &wavFile = {});

// How long the script lasts when the voice reads it at wordsPerMinute: synthesized into a
// temporary WAV file, whose length is read. Refused in words without the program, or when it
// fails or takes longer than a minute.
Result<double> synthesizedSeconds(const QString &script, int wordsPerMinute);

// The voice's speed setting at which it reads the script in the time RadioDuration estimates
// at the office's wordsPerMinute. eSpeak's own pace differs from a radio announcer's (with
// speed 160 it reads the seed article's script in 2:23 where the estimate, at 160 syllables a
// minute with the pauses, says 3:21): the script is synthesized once at wordsPerMinute (a tenth
// of a second for three minutes of sound) and the speed scaled by the two lengths.
Result<int> calibratedSpeed(const QString &script, int wordsPerMinute);

// The length of a PCM WAV file's sound in seconds (its data chunk over its byte rate).
Result<double> wavSeconds(const QByteArray &wav);

} // namespace PressDesk::Speech
