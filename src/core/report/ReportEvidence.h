#pragma once

// What is behind a report's radio and visual counts, read from the store: the broadcasts of
// the aired log and the visual register's items (with their photos, scaled down) that
// PlanProgress counted in the report's range.

#include "Result.h"
#include "report/PlanReport.h"

namespace PressDesk {

class Database;

// Fills in.broadcasts and in.visualItems from in.progress (its airedIds and visualIds, as
// PlanProgress::activities counted them for in.from–in.to), in plan order. The annex shows
// each photo's stored preview (ImageStore::preview); a photo that has none yet is scaled down
// now and its preview kept, so that the next report reads 60 kB instead of decoding megabytes.
// A photo whose image is missing from the store or cannot be decoded is left out of the annex
// (the item's photo count still says it exists).
Status loadReportEvidence(Database &db, ReportInput &in);

} // namespace PressDesk
