#pragma once

// The plan tracker's dialogs.
#include "plan/ActivityArticlesPicker.h"
#include "plan/ActivityDialog.h"
#include "plan/LinkActivitiesDialog.h"
#include "plan/ManualEntryDialog.h"
#include "plan/PlanDialog.h"
#include "plan/UnitDialogs.h"
