#pragma once

#include "Result.h"

namespace PressDesk {

class Database;

// The content a new profile starts with: the real article about Kế hoạch 65/KH-UBND
// (resources/demo/), in its category, with its source line.
class DemoContent
{
public:
    static Status seed(Database &db);
};

} // namespace PressDesk
