#include "radio/Radio.h"

#include "text/TextFold.h"

namespace PressDesk {

QString stationKindKey(StationKind kind)
{
    return kind == StationKind::Loudspeakers ? QStringLiteral("loudspeakers")
                                             : QStringLiteral("station");
}

std::optional<StationKind> stationKindFromKey(const QString &key)
{
    for (StationKind k : {StationKind::Station, StationKind::Loudspeakers}) {
        if (stationKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString stationKindDisplayName(StationKind kind)
{
    return kind == StationKind::Loudspeakers
               ? QCoreApplication::translate("PressDesk::Radio", "Loudspeakers")
               : QCoreApplication::translate("PressDesk::Radio", "Radio station");
}

QString radioItemFileName(int position, const QString &title, const QString &extension)
{
    const QString number = QStringLiteral("%1").arg(position, 2, 10, QLatin1Char('0'));
    const QString slug = Text::slugify(title, 60);
    return (slug.isEmpty() ? number : number + u'-' + slug) + u'.' + extension;
}

} // namespace PressDesk
