#pragma once

#include "Result.h"

#include <QString>

namespace PressDesk {

class Database;
struct Activity;
struct Plan;

// The content a new profile starts with: the real article about Kế hoạch 65/KH-UBND
// (resources/demo/), in its category, with its source line (a draft), and the plan itself
// (resources/demo/plan-65.json) with the article linked to its portal activity, and the
// radio of the time: two stations, a morning bulletin and the article aired on both (two
// broadcasts counted for the plan's radio activity), and its visual campaign: the plan's theme
// as a slogan, six banners installed on the district town's main road (counted for the plan's
// visual activity) and a panel still planned. The office profile, while empty, becomes the
// demo's: the district's culture and information office of 2019.
class DemoContent
{
public:
    static Status seed(Database &db);

private:
    static Status seedRadio(Database &db, const QString &articleId, const QString &activityId);
    static Status seedVisual(Database &db, const Plan &plan, const Activity &activity);
};

} // namespace PressDesk
