#pragma once

#include "Result.h"

namespace PressDesk {

class Database;

// The content a new profile starts with: the real article about Kế hoạch 65/KH-UBND
// (resources/demo/), in its category, with its source line (a draft), and the plan itself
// (resources/demo/plan-65.json) with the article linked to its portal activity.
class DemoContent
{
public:
    static Status seed(Database &db);
};

} // namespace PressDesk
