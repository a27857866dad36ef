#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace PressDesk {

// Visual campaigns ("tuyên truyền cổ động trực quan"): the register of what is put up for a
// plan — banners, panels, posters, LED screens, leaflets, slogans —, where and when, with the
// photos that prove it. A plan's visual activity counts the quantities installed.

enum class VisualForm { Banner, Panel, Poster, LedScreen, Leaflet, Slogan };

QList<VisualForm> allVisualForms();
// The stored key: "banner", "panel", "poster", "led_screen", "leaflet", "slogan".
QString visualFormKey(VisualForm form);
std::optional<VisualForm> visualFormFromKey(const QString &key); // unknown -> nullopt
// Translated: "Băng rôn", "Pano", "Áp phích", "Màn hình LED", "Tờ rơi", "Khẩu hiệu".
QString visualFormDisplayName(VisualForm form);
// What a person types: the key, the Vietnamese name (with or without diacritics, any case,
// spaces or not: "băng rôn", "bang ron", "BANGRON"), the English name or the name in the
// current language. Unknown -> nullopt.
std::optional<VisualForm> visualFormFromText(const QString &text);

enum class VisualStatus { Planned, Installed, Removed };

QString visualStatusKey(VisualStatus status); // "planned", "installed", "removed"
std::optional<VisualStatus> visualStatusFromKey(const QString &key);
QString visualStatusDisplayName(VisualStatus status); // translated

// A slogan of a plan's library: the wording offices reuse on their banners and panels.
struct VisualSlogan
{
    QString id; // UUID without braces
    QString planId;
    QString text;  // "Cải cách hành chính vì nhân dân phục vụ"
    QString topic; // the plan's theme or focus topic it serves; empty: none named
    QString createdBy;
    QDateTime createdAt; // UTC
};

// A photo proving an item was put up. Its own time and position come from its EXIF, when the
// camera wrote them.
struct VisualPhoto
{
    QString id;
    QString itemId;
    QString imageHash; // in the image store (ImageStore)
    QString fileName;  // as it was given ("IMG_0412.jpg")
    QDateTime takenAt; // the camera's wall time (Qt::LocalTime); invalid: unknown
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString createdBy;
    QDateTime createdAt; // UTC
};

// One entry of the register: N banners of one wording and size at one place.
struct VisualItem
{
    QString id;
    QString activityId; // the plan's visual activity it counts for
    QString sloganId;   // the library's slogan it carries; empty: typed
    QString content;    // the wording as put up
    VisualForm form = VisualForm::Banner;
    QString size; // "0,8 × 6 m"
    int quantity = 1;
    QString commune; // commune or ward ("Thị trấn Trạm Trôi")
    QString place;   // village or street ("Quốc lộ 32")
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString responsibleUnit;
    QDate plannedDate;   // invalid: not set
    QDate installedDate; // invalid: not yet installed
    QDate removedDate;   // invalid: still up (or never installed)
    VisualStatus status = VisualStatus::Planned;
    QString createdBy;
    QDateTime createdAt; // UTC
    QDateTime updatedAt;
    QList<VisualPhoto> photos; // oldest first (filled by the repository's readers)

    // "Quốc lộ 32, Thị trấn Trạm Trôi": the place as people say it.
    QString location() const;
};

} // namespace PressDesk
