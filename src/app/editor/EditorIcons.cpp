#include "editor/EditorIcons.h"

#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace PressDesk {

namespace {

constexpr int kSize = 18; // logical pixels

void drawLines(QPainter &p, qreal fromX)
{
    for (qreal y : {4.5, 9.0, 13.5})
        p.drawLine(QPointF(fromX, y), QPointF(16, y));
}

void drawArrow(QPainter &p, bool mirrored)
{
    if (mirrored) {
        p.translate(kSize, 0);
        p.scale(-1, 1);
    }
    QPainterPath path;
    path.moveTo(15, 14.5);
    path.cubicTo(15, 8.5, 11, 6.5, 4, 6.5);
    p.drawPath(path);
    p.drawLine(QPointF(4, 6.5), QPointF(7.5, 3));
    p.drawLine(QPointF(4, 6.5), QPointF(7.5, 10));
}

void draw(QPainter &p, EditorIcon kind, const QColor &color)
{
    QPen pen(color, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const QRectF box(0, 0, kSize, kSize);
    switch (kind) {
    case EditorIcon::Bold:
    case EditorIcon::Italic: {
        QFont f(kind == EditorIcon::Bold ? QStringLiteral("Sans Serif") : QStringLiteral("Serif"));
        f.setPixelSize(15);
        f.setBold(kind == EditorIcon::Bold);
        f.setItalic(kind == EditorIcon::Italic);
        p.setFont(f);
        p.drawText(box, Qt::AlignCenter,
                   kind == EditorIcon::Bold ? QStringLiteral("B") : QStringLiteral("I"));
        break;
    }
    case EditorIcon::Link:
        p.translate(9, 9);
        p.rotate(-45);
        p.drawRoundedRect(QRectF(-8.5, -3, 9.5, 6), 3, 3);
        p.drawRoundedRect(QRectF(-1, -3, 9.5, 6), 3, 3);
        break;
    case EditorIcon::BulletList:
        p.setBrush(color);
        for (qreal y : {4.5, 9.0, 13.5})
            p.drawEllipse(QPointF(3, y), 1.2, 1.2);
        p.setBrush(Qt::NoBrush);
        drawLines(p, 7);
        break;
    case EditorIcon::NumberedList: {
        QFont f(QStringLiteral("Sans Serif"));
        f.setPixelSize(6);
        f.setBold(true);
        p.setFont(f);
        int n = 1;
        for (qreal y : {4.5, 9.0, 13.5})
            p.drawText(QRectF(0, y - 4, 6, 8), Qt::AlignCenter, QString::number(n++));
        drawLines(p, 8);
        break;
    }
    case EditorIcon::Quote:
        pen.setWidthF(2.6);
        p.setPen(pen);
        p.drawLine(QPointF(3, 3.5), QPointF(3, 14.5));
        pen.setWidthF(1.6);
        p.setPen(pen);
        drawLines(p, 7.5);
        break;
    case EditorIcon::Image:
        p.drawRoundedRect(QRectF(1.5, 2.5, 15, 13), 2, 2);
        p.drawPolyline(QPolygonF({QPointF(3.5, 13), QPointF(7.5, 8.5), QPointF(10.5, 11.5),
                                  QPointF(12.5, 9.5), QPointF(15, 12)}));
        p.setBrush(color);
        p.drawEllipse(QPointF(12, 6), 1.3, 1.3);
        break;
    case EditorIcon::Table:
        p.drawRect(QRectF(2, 3, 14, 12));
        p.drawLine(QPointF(2, 7), QPointF(16, 7));
        p.drawLine(QPointF(2, 11), QPointF(16, 11));
        p.drawLine(QPointF(7, 3), QPointF(7, 15));
        p.drawLine(QPointF(11.5, 3), QPointF(11.5, 15));
        break;
    case EditorIcon::Undo:
        drawArrow(p, false);
        break;
    case EditorIcon::Redo:
        drawArrow(p, true);
        break;
    case EditorIcon::MoreDown:
        p.translate(kSize, 0);
        p.rotate(90);
        [[fallthrough]];
    case EditorIcon::MoreRight: // »
        for (qreal x : {4.5, 9.5}) {
            p.drawPolyline(QPolygonF({QPointF(x, 5), QPointF(x + 4, 9), QPointF(x, 13)}));
        }
        break;
    }
}

// Draws an icon when it is first shown, at the size it is shown at (no 3x pixmap made for
// every icon at start-up and scaled down), in the palette's colour for the icon's mode.
class EditorIconEngine : public QIconEngine
{
public:
    EditorIconEngine(EditorIcon kind, const QPalette &palette) : m_kind(kind), m_palette(palette) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::TextAntialiasing);
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / qreal(kSize), rect.height() / qreal(kSize));
        draw(*painter, m_kind, colour(mode));
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        const quint64 key = (quint64(size.width()) << 32) | (quint64(size.height()) << 8) |
                            quint64(mode) << 2 | quint64(state);
        if (auto it = m_cache.constFind(key); it != m_cache.constEnd())
            return *it;
        QPixmap out(size);
        out.fill(Qt::transparent);
        {
            QPainter p(&out);
            paint(&p, QRect(QPoint(), size), mode, state);
        }
        m_cache.insert(key, out);
        return out;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new EditorIconEngine(m_kind, m_palette); }
    QString key() const override { return QStringLiteral("PressDesk::EditorIconEngine"); }

private:
    QColor colour(QIcon::Mode mode) const
    {
        switch (mode) {
        case QIcon::Disabled:
            return m_palette.color(QPalette::Disabled, QPalette::ButtonText);
        case QIcon::Selected:
            return m_palette.color(QPalette::Active, QPalette::HighlightedText);
        default:
            return m_palette.color(QPalette::Active, QPalette::ButtonText);
        }
    }

    EditorIcon m_kind;
    QPalette m_palette;
    QHash<quint64, QPixmap> m_cache;
};

} // namespace

QIcon editorIcon(EditorIcon kind, const QPalette &palette)
{
    return QIcon(new EditorIconEngine(kind, palette));
}

} // namespace PressDesk
