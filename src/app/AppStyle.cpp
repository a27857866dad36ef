#include "AppStyle.h"

#include "editor/EditorIcons.h"

#include <QApplication>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QWidget>

namespace PressDesk {

namespace {

class AppStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option,
                       const QWidget *widget) const override
    {
        const QPalette palette = widget ? widget->palette() : QApplication::palette();
        switch (icon) {
        case SP_ToolBarHorizontalExtensionButton:
            return editorIcon(EditorIcon::MoreRight, palette);
        case SP_ToolBarVerticalExtensionButton:
            return editorIcon(EditorIcon::MoreDown, palette);
        default:
            return QProxyStyle::standardIcon(icon, option, widget);
        }
    }
};

} // namespace

void installAppStyle()
{
    // The style Qt chose for this platform (or the one named on the command line), wrapped.
    QApplication::setStyle(new AppStyle(QStyleFactory::create(QApplication::style()->name())));
}

} // namespace PressDesk
