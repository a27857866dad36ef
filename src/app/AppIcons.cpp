#include "AppIcons.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>

namespace PressDesk {

namespace {

const QString &bundledTheme()
{
    static const QString name = QStringLiteral("pressdesk");
    return name;
}

// A bundled theme icon: its PNGs in every size the theme has, decoded when first needed with
// the PNG reader named (no plugin asked), then drawn as Qt draws any icon made of pixmaps.
// QIcon::name() still answers the theme name.
class BundledIconEngine : public QIconEngine
{
public:
    explicit BundledIconEngine(const QString &name) : m_name(name) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        pixmaps().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return pixmaps().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return pixmaps().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return pixmaps().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return pixmaps().availableSizes(mode, state);
    }
    bool isNull() override { return pixmaps().isNull(); }
    QString iconName() override { return m_name; }
    QString key() const override { return QStringLiteral("PressDesk::BundledIconEngine"); }
    QIconEngine *clone() const override { return new BundledIconEngine(m_name); }

private:
    const QIcon &pixmaps()
    {
        if (m_loaded)
            return m_pixmaps;
        m_loaded = true;
        for (const char *dir : {"24x24/actions", "48x48/actions", "48x48/apps", "256x256/apps"}) {
            const QString path = QStringLiteral(":/pressdesk/icons/theme/%1/%2/%3.png")
                                     .arg(bundledTheme(), QLatin1String(dir), m_name);
            if (!QFile::exists(path))
                continue;
            QImageReader reader(path, "png");
            reader.setAutoDetectImageFormat(false); // the built-in PNG reader, no plugin probed
            const QImage image = reader.read();
            if (!image.isNull())
                m_pixmaps.addPixmap(QPixmap::fromImage(image));
        }
        return m_pixmaps;
    }

    QString m_name;
    bool m_loaded = false;
    QIcon m_pixmaps;
};

} // namespace

void installAppIcons()
{
    QIcon::setThemeSearchPaths(QIcon::themeSearchPaths()
                               << QStringLiteral(":/pressdesk/icons/theme"));
    // Names the system theme lacks are looked up in the bundled one.
    QIcon::setFallbackThemeName(bundledTheme());
    // Windows (and a bare X server) have no system theme at all.
    if (QIcon::themeName().isEmpty())
        QIcon::setThemeName(bundledTheme());
    QApplication::setWindowIcon(appIcon(bundledTheme()));
}

QIcon appIcon(const QString &name)
{
    if (QIcon::themeName() != bundledTheme() && QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return QIcon(new BundledIconEngine(name));
}

} // namespace PressDesk
