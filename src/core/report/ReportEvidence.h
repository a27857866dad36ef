#pragma once

// What is behind a report's radio and visual counts, read from the store: the broadcasts of
// the aired log and the visual register's items (with their photos, scaled down) that
// PlanProgress counted in the report's range.

#include "Result.h"
#include "report/PlanReport.h"

#include <QByteArray>
#include <QSize>

#include <optional>

namespace PressDesk {

class Database;

// Longer side of a photo in the annex, in pixels: about 5 cm wide printed at 300 dpi.
constexpr int kReportPhotoPixels = 640;

// Fills in.broadcasts and in.visualItems from in.progress (its airedIds and visualIds, as
// PlanProgress::activities counted them for in.from–in.to), in plan order. A photo whose image
// is missing from the store or cannot be decoded is left out of the annex (the item's photo
// count still says it exists).
Status loadReportEvidence(Database &db, ReportInput &in);

// A photo scaled down for the annex: decoded at a reduced size (a 20 MB photo is not decoded
// whole), turned upright as its EXIF says, at most kReportPhotoPixels on its longer side, JPEG.
// Nothing when the bytes are not an image.
std::optional<ReportPhoto> reportPhoto(const QByteArray &original);

} // namespace PressDesk
