#pragma once

#include <QVariant>

namespace PressDesk {

// Typed access to the user's settings (QSettings underneath): one enum of keys, each with
// its default, instead of strings scattered through the code.
class Settings
{
public:
    enum class Key {
        Language,           // "vi" (default) or "en"
        LastArticleId,      // reopened on start
        MainWindowGeometry, // QByteArray
        MainWindowState,    // QByteArray
        SplitterState,      // QByteArray
        LeftTab,            // int: 0 articles, 1 review queue
        ToneStyle,          // "traditional" (hòa, thủy; default) or "modern" (hoà, thuỷ): the
                            // user's choice of earlier versions, now the office profile's;
                            // read once, while the profile has none
        BackupsEnabled,     // bool (default true): a backup of the profile every day
        BackupFolder,       // where they go; '' (default): "backups" beside the profile
        FirstRunDone,       // bool (default false): the set-up assistant was finished or
                            // skipped; it is offered on a new profile only while false
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant &value);

    static QString language() { return value(Key::Language).toString(); }
};

} // namespace PressDesk
