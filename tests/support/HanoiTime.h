#pragma once

// Makes this test process's local time Hà Nội's (UTC+7, no daylight saving), as on an office
// computer in Vietnam, on every platform. Returns false when the zone did not take effect.

#include <QDateTime>
#include <QTimeZone>

#include <ctime>

inline bool useHanoiLocalTime()
{
#ifdef Q_OS_WIN
    // Qt reads local time on Windows through the Microsoft C runtime, which takes TZ in its own
    // form ("ICT-7": UTC+7, no daylight saving); without TZ it follows the zone set in Windows.
    qputenv("TZ", "ICT-7");
    _tzset();
#else
    qputenv("TZ", "Asia/Ho_Chi_Minh");
    tzset();
#endif
    const QDateTime newYear(QDate(2019, 1, 1), QTime(0, 0));
    return newYear.offsetFromUtc() == 7 * 3600;
}
