#include "radio/RadioDuration.h"

#include <QStringList>

#include <cmath>

namespace PressDesk::RadioDuration {

namespace {

bool hasLetterOrDigit(QStringView token)
{
    for (const QChar c : token) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

bool isCloser(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u')':
    case u']':
    case u'}':
    case 0x00bb: // »
    case 0x2019: // ’
    case 0x201d: // ”
        return true;
    default:
        return false;
    }
}

bool endsSentence(QStringView token)
{
    qsizetype end = token.size();
    while (end > 0 && isCloser(token.at(end - 1)))
        --end;
    if (end == 0)
        return false;
    const QChar last = token.at(end - 1);
    return last == u'.' || last == u'!' || last == u'?' || last == QChar(0x2026);
}

} // namespace

Estimate estimate(const QString &script, int wordsPerMinute)
{
    Estimate e;
    QString text = script;
    text.replace(QChar(0x2029), u'\n').replace(QChar(0x2028), u'\n').replace(u'\r', u'\n');
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        bool lineHasWords = false;
        bool sentenceOpen = false; // a word since the last sentence end
        // Any space separates words (tabs, no-break spaces): simplified() makes them ' '.
        const QStringList tokens = line.simplified().split(u' ', Qt::SkipEmptyParts);
        for (const QString &token : tokens) {
            if (hasLetterOrDigit(token)) {
                ++e.words;
                lineHasWords = true;
                sentenceOpen = true;
            }
            if (sentenceOpen && endsSentence(token)) {
                ++e.sentences;
                sentenceOpen = false;
            }
        }
        if (lineHasWords)
            ++e.paragraphs;
        if (sentenceOpen)
            ++e.sentences;
    }
    const double reading = e.words * 60.0 / std::max(1, wordsPerMinute);
    e.seconds = int(std::floor(reading + 0.5 * e.sentences + 1.0 * e.paragraphs + 0.5));
    return e;
}

QString format(int seconds)
{
    const int s = std::abs(seconds);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace PressDesk::RadioDuration
