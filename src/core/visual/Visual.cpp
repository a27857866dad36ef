#include "visual/Visual.h"

#include "text/TextFold.h"

namespace PressDesk {

namespace {

// Letters and digits only, folded (no case, no diacritics, đ -> d): "Băng rôn" -> "bangron".
QString squeezed(const QString &text)
{
    const QString folded = Text::fold(text);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

// The Vietnamese names, whatever the language of the interface: an office types them.
QStringList vietnameseNames(VisualForm form)
{
    switch (form) {
    case VisualForm::Banner:
        return {QStringLiteral("băng rôn"), QStringLiteral("băng zôn")};
    case VisualForm::Panel:
        return {QStringLiteral("pano"), QStringLiteral("panô")};
    case VisualForm::Poster:
        return {QStringLiteral("áp phích"), QStringLiteral("tranh cổ động")};
    case VisualForm::LedScreen:
        return {QStringLiteral("màn hình LED"), QStringLiteral("màn hình led"),
                QStringLiteral("bảng LED")};
    case VisualForm::Leaflet:
        return {QStringLiteral("tờ rơi"), QStringLiteral("tờ gấp")};
    case VisualForm::Slogan:
        return {QStringLiteral("khẩu hiệu")};
    }
    return {};
}

QString englishName(VisualForm form)
{
    switch (form) {
    case VisualForm::Banner:
        return QStringLiteral("banner");
    case VisualForm::Panel:
        return QStringLiteral("panel");
    case VisualForm::Poster:
        return QStringLiteral("poster");
    case VisualForm::LedScreen:
        return QStringLiteral("LED screen");
    case VisualForm::Leaflet:
        return QStringLiteral("leaflet");
    case VisualForm::Slogan:
        return QStringLiteral("slogan");
    }
    return {};
}

} // namespace

QList<VisualForm> allVisualForms()
{
    return {VisualForm::Banner,    VisualForm::Panel,   VisualForm::Poster,
            VisualForm::LedScreen, VisualForm::Leaflet, VisualForm::Slogan};
}

QString visualFormKey(VisualForm form)
{
    switch (form) {
    case VisualForm::Banner:
        return QStringLiteral("banner");
    case VisualForm::Panel:
        return QStringLiteral("panel");
    case VisualForm::Poster:
        return QStringLiteral("poster");
    case VisualForm::LedScreen:
        return QStringLiteral("led_screen");
    case VisualForm::Leaflet:
        return QStringLiteral("leaflet");
    case VisualForm::Slogan:
        return QStringLiteral("slogan");
    }
    return {};
}

std::optional<VisualForm> visualFormFromKey(const QString &key)
{
    for (VisualForm f : allVisualForms()) {
        if (visualFormKey(f) == key)
            return f;
    }
    return std::nullopt;
}

QString visualFormDisplayName(VisualForm form)
{
    switch (form) {
    case VisualForm::Banner:
        return QCoreApplication::translate("PressDesk::Visual", "Banner");
    case VisualForm::Panel:
        return QCoreApplication::translate("PressDesk::Visual", "Panel");
    case VisualForm::Poster:
        return QCoreApplication::translate("PressDesk::Visual", "Poster");
    case VisualForm::LedScreen:
        return QCoreApplication::translate("PressDesk::Visual", "LED screen");
    case VisualForm::Leaflet:
        return QCoreApplication::translate("PressDesk::Visual", "Leaflet");
    case VisualForm::Slogan:
        return QCoreApplication::translate("PressDesk::Visual", "Slogan");
    }
    return {};
}

std::optional<VisualForm> visualFormFromText(const QString &text)
{
    const QString key = squeezed(text);
    if (key.isEmpty())
        return std::nullopt;
    for (VisualForm f : allVisualForms()) {
        QStringList names = vietnameseNames(f);
        names << visualFormKey(f) << englishName(f) << visualFormDisplayName(f);
        for (const QString &name : std::as_const(names)) {
            if (squeezed(name) == key)
                return f;
        }
    }
    return std::nullopt;
}

QString visualStatusKey(VisualStatus status)
{
    switch (status) {
    case VisualStatus::Planned:
        return QStringLiteral("planned");
    case VisualStatus::Installed:
        return QStringLiteral("installed");
    case VisualStatus::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

std::optional<VisualStatus> visualStatusFromKey(const QString &key)
{
    for (VisualStatus s : {VisualStatus::Planned, VisualStatus::Installed, VisualStatus::Removed}) {
        if (visualStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString visualStatusDisplayName(VisualStatus status)
{
    switch (status) {
    case VisualStatus::Planned:
        return QCoreApplication::translate("PressDesk::Visual", "Planned");
    case VisualStatus::Installed:
        return QCoreApplication::translate("PressDesk::Visual", "Installed");
    case VisualStatus::Removed:
        return QCoreApplication::translate("PressDesk::Visual", "Removed");
    }
    return {};
}

QString VisualItem::location() const
{
    QStringList parts;
    for (const QString &part : {place, commune}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace PressDesk
