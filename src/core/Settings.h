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
        ToneStyle,          // "traditional" (hòa, thủy; default) or "modern" (hoà, thuỷ)
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant &value);

    static QString language() { return value(Key::Language).toString(); }
};

} // namespace PressDesk
