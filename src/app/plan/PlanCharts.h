#pragma once

// The plan tracker's charts and the colour each channel has in them.
#include "plan/ChannelProgressChart.h"
#include "plan/OutputOverTimeChart.h"
#include "plan/Plan.h"

#include <QColor>

namespace PressDesk {

QColor channelColor(Channel channel);

} // namespace PressDesk
