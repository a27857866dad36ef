#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace PressDesk {

// The channels a propaganda plan works through (Kế hoạch 65/KH-UBND: the city portal, the
// district and commune radio, visual campaigns, information for the press, …).
enum class Channel { Portal, Radio, VisualCampaign, Press, Meetings, Other };

QList<Channel> allChannels();
QString channelKey(Channel channel); // "portal", "radio", "visual", "press", "meetings", "other"
std::optional<Channel> channelFromKey(const QString &key); // unknown -> nullopt
QString channelDisplayName(Channel channel); // translated ("Cổng thông tin điện tử")

// A district plan: "Kế hoạch số 65/KH-UBND" of UBND huyện Hoài Đức, 19/02/2019.
struct Plan
{
    QString id;     // UUID without braces
    QString number; // number and symbol: "65/KH-UBND"
    QString title;  // "Thúc đẩy thông tin, tuyên truyền cải cách hành chính năm 2019"
    QString issuingBody; // "UBND huyện Hoài Đức"
    QDate issueDate;
    QDate periodStart; // the plan's period (a year: 01/01–31/12)
    QDate periodEnd;
    QString theme;                             // chủ đề
    QStringList focusTopics;                   // nội dung trọng tâm
    QString status = QStringLiteral("active"); // "draft", "active", "done"
    QString documentName; // the original document's file name ("65-KH-UBND.pdf"), if attached
    QDateTime createdAt;
    QDateTime updatedAt;
};

// One thing the plan asks for, on one channel: "20 bài on the portal by 31/12".
struct Activity
{
    QString id;
    QString planId;
    Channel channel = Channel::Portal;
    QString focusTopic;
    QString description;
    QString responsibleUnit;
    QDate start;
    QDate due;
    int target = 0;
    QString unit; // "bài", "lượt phát", "buổi", "băng rôn", "pano"
    QString status = QStringLiteral("open"); // "open", "done", "cancelled"
    QString behindReason;                    // why it is behind (free text, for the report)
    int position = 0;
};

// One reassignment of an activity's responsible unit (units merge: "Phòng Văn hóa và Thông
// tin" becomes "Phòng Văn hóa – Xã hội"), as recorded: never changed, never removed.
struct UnitChange
{
    QString id; // UUID without braces: the same on every desk of the office
    QString activityId;
    QString fromUnit; // the unit until then ("" when the activity named none)
    QString toUnit;
    QDateTime at; // UTC
    QString by;   // the user who reassigned it
    QString note;
};

// Output PressDesk does not hold (a conference held, a banner hung), counted by hand and
// marked as such.
struct ManualEntry
{
    QString id; // UUID without braces: the same on every desk of the office
    QString activityId;
    QDate date;
    int quantity = 1;
    QString note;
    QString createdBy;
    QDateTime createdAt;
};

// An activity's progress in a date range, counted from the store, never typed.
struct ActivityProgress
{
    Activity activity;
    int fromArticles = 0; // qualifying linked articles in the range
    int manual = 0;       // sum of manual entries in the range
    int aired = 0;        // broadcasts in the range (radio activities: the aired log)
    int installed = 0;    // quantities installed in the range (visual activities: the register)
    int done() const { return fromArticles + aired + installed + manual; }
    double percent() const { return activity.target > 0 ? 100.0 * done() / activity.target : 0; }
    bool overdue = false;   // due passed (as of the day asked), target not reached
    bool atRisk = false;    // not overdue, but little progress for the time left
    QStringList articleIds; // the articles behind fromArticles, oldest first
    QStringList airedIds;   // the broadcasts behind aired (radio_aired), oldest first
    QStringList visualIds;  // the register's items behind installed, oldest first
};

} // namespace PressDesk
