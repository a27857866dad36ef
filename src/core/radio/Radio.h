#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace PressDesk {

// The radio channel: the stations that broadcast (the district's radio station, a commune's
// loudspeakers), their programmes, the items of a programme on a day and the aired log. One
// broadcast of an item on one station is one "lượt phát", what a plan's radio activity counts.

enum class StationKind { Station, Loudspeakers };

QString stationKindKey(StationKind kind);                          // "station", "loudspeakers"
std::optional<StationKind> stationKindFromKey(const QString &key); // unknown -> nullopt
QString stationKindDisplayName(StationKind kind);                  // translated ("Đài")

// A radio station or a commune's loudspeaker system: "Đài Truyền thanh huyện".
struct Station
{
    QString id; // UUID without braces
    QString name;
    StationKind kind = StationKind::Station;
    QString note;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
};

// A programme of a station: "Bản tin sáng", 15 minutes at 06:00, every day or on a weekday.
struct Program
{
    QString id;
    QString name;
    QString stationId;
    QString stationName; // as read, for showing
    int weekday = 0;     // 1 Monday … 7 Sunday; 0: any day
    QString startTime;   // "HH:MM"; empty: not fixed
    int lengthMinutes = 15;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// One item of a programme on a day: a reading script, made from an article or typed.
struct RadioItem
{
    QString id;
    QString programId;
    QDate broadcastDate;
    int position = 0;  // 1, 2, … in the programme's rundown of that day
    QString articleId; // empty: a script typed for the radio
    QString title;
    QString script;          // what is read (editable)
    QString activityId;      // the plan activity its broadcasts count for; empty: see PlanProgress
    int durationSeconds = 0; // the estimate at the office's reading speed (RadioDuration)
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// One broadcast of an item on one station.
struct AiredEntry
{
    QString id;
    QString itemId;
    QString itemTitle; // as read, for showing
    QString stationId;
    QString stationName; // as read, for showing
    QDateTime airedAt;   // UTC
    QString recordedBy;
    QDateTime createdAt;
};

// A programme's items on one day, in order, against the programme's slot.
struct Rundown
{
    Program program;
    QDate date;
    QList<RadioItem> items;
    int totalSeconds = 0;
    int slotSeconds() const { return program.lengthMinutes * 60; }
    bool over() const { return totalSeconds > slotSeconds(); }
    int overBySeconds() const { return over() ? totalSeconds - slotSeconds() : 0; }
};

// The name of an item's file when a rundown is exported for a text-to-speech loudspeaker
// system: "01-hoi-nghi-trien-khai.txt" (position on two digits or more, the title's slug;
// "01.txt" when the title has no letter or digit).
QString radioItemFileName(int position, const QString &title, const QString &extension);

} // namespace PressDesk
