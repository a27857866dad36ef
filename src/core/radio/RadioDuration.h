#pragma once

#include <QString>

// How long a reading script takes to read on air, estimated from its words at the office's
// reading speed. Pure functions, no state.
//
// - Words: runs of text between spaces or line breaks holding a letter or a digit. Vietnamese
//   is written a syllable at a time, so a word here is a syllable ("cải cách hành chính" is 4),
//   which is how reading speeds are counted; a dash or a bullet alone is not a word.
// - Reading: words × 60 / wordsPerMinute seconds. The default, 160 a minute, is the pace of
//   Vietnamese news read on the radio; an office that reads slower or faster gives its own.
// - Pauses: 0.5 s at the end of each sentence (a word followed by . ! ? or …, closing quotes
//   or brackets after it allowed; "?!" and "..." are one end; a line that stops without one,
//   a title, ends its sentence too) and 1 s for each paragraph (a line holding a word).
// - The total is rounded to the nearest second (a half up).
namespace PressDesk::RadioDuration {

inline constexpr int defaultWordsPerMinute = 160;

struct Estimate
{
    int words = 0;
    int sentences = 0;
    int paragraphs = 0;
    int seconds = 0;
};

// wordsPerMinute below 1 is taken as 1.
Estimate estimate(const QString &script, int wordsPerMinute = defaultWordsPerMinute);

inline int seconds(const QString &script, int wordsPerMinute = defaultWordsPerMinute)
{
    return estimate(script, wordsPerMinute).seconds;
}

// "m:ss": 0 "0:00", 65 "1:05", 3725 "62:05". A negative duration is shown as its size.
QString format(int seconds);

} // namespace PressDesk::RadioDuration
