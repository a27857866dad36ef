#include "plan/Plan.h"

namespace PressDesk {

QList<Channel> allChannels()
{
    return {Channel::Portal, Channel::Radio,    Channel::VisualCampaign,
            Channel::Press,  Channel::Meetings, Channel::Other};
}

QString channelKey(Channel channel)
{
    switch (channel) {
    case Channel::Portal:
        return QStringLiteral("portal");
    case Channel::Radio:
        return QStringLiteral("radio");
    case Channel::VisualCampaign:
        return QStringLiteral("visual");
    case Channel::Press:
        return QStringLiteral("press");
    case Channel::Meetings:
        return QStringLiteral("meetings");
    case Channel::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<Channel> channelFromKey(const QString &key)
{
    for (Channel c : allChannels()) {
        if (channelKey(c) == key)
            return c;
    }
    return std::nullopt;
}

QString channelDisplayName(Channel channel)
{
    switch (channel) {
    case Channel::Portal:
        return QCoreApplication::translate("PressDesk::Plan", "Portal (website)");
    case Channel::Radio:
        return QCoreApplication::translate("PressDesk::Plan", "Radio and loudspeakers");
    case Channel::VisualCampaign:
        return QCoreApplication::translate("PressDesk::Plan", "Visual campaign");
    case Channel::Press:
        return QCoreApplication::translate("PressDesk::Plan", "Information for the press");
    case Channel::Meetings:
        return QCoreApplication::translate("PressDesk::Plan", "Meetings and conferences");
    case Channel::Other:
        break;
    }
    return QCoreApplication::translate("PressDesk::Plan", "Other");
}

} // namespace PressDesk
