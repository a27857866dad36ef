#include "Settings.h"

#include <QSettings>

namespace PressDesk {

namespace {

struct KeyInfo
{
    const char *name;
    QVariant defaultValue;
};

KeyInfo info(Settings::Key key)
{
    switch (key) {
    case Settings::Key::Language:
        return {"ui/language", QStringLiteral("vi")};
    case Settings::Key::LastArticleId:
        return {"editor/lastArticleId", QString()};
    case Settings::Key::MainWindowGeometry:
        return {"window/geometry", QByteArray()};
    case Settings::Key::MainWindowState:
        return {"window/state", QByteArray()};
    case Settings::Key::SplitterState:
        return {"window/splitter3", QByteArray()}; // list, editor, comments
    case Settings::Key::LeftTab:
        return {"window/leftTab", 0};
    case Settings::Key::ToneStyle:
        return {"text/toneStyle", QStringLiteral("traditional")};
    case Settings::Key::BackupsEnabled:
        return {"backup/enabled", true};
    case Settings::Key::BackupFolder:
        return {"backup/folder", QString()};
    case Settings::Key::FirstRunDone:
        return {"setup/firstRunDone", false};
    }
    return {"unknown", {}};
}

} // namespace

QVariant Settings::value(Key key)
{
    const KeyInfo k = info(key);
    return QSettings().value(QLatin1String(k.name), k.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    QSettings().setValue(QLatin1String(info(key).name), value);
}

} // namespace PressDesk
