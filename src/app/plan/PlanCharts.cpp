#include "plan/PlanCharts.h"

namespace PressDesk {

QColor channelColor(Channel channel)
{
    switch (channel) {
    case Channel::Portal:
        return QColor(0x1e, 0x63, 0xb4);
    case Channel::Radio:
        return QColor(0x2e, 0x7d, 0x32);
    case Channel::VisualCampaign:
        return QColor(0xc6, 0x28, 0x28);
    case Channel::Press:
        return QColor(0x6a, 0x1b, 0x9a);
    case Channel::Meetings:
        return QColor(0xef, 0x6c, 0x00);
    case Channel::Other:
        break;
    }
    return QColor(0x54, 0x6e, 0x7a);
}

} // namespace PressDesk
