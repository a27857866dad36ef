#include "plan/OutputOverTimeChart.h"

#include "plan/PlanCharts.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace PressDesk {

OutputOverTimeChart::OutputOverTimeChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("outputOverTimeChart"));
    setMinimumHeight(120);
}

void OutputOverTimeChart::setSeries(const QMap<QDate, QMap<Channel, int>> &perMonth)
{
    m_series = perMonth;
    update();
}

QSize OutputOverTimeChart::sizeHint() const
{
    return {360, 150};
}

void OutputOverTimeChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    const int bottom = height() - fm.height() - 6;
    const int top = fm.height() + 6; // room for the count above the tallest bar
    int maxTotal = 1;
    for (const auto &month : std::as_const(m_series)) {
        int total = 0;
        for (int n : month)
            total += n;
        maxTotal = std::max(maxTotal, total);
    }
    if (m_series.isEmpty())
        return;
    const double slot = double(width() - 8) / m_series.size();
    const double barW = std::max(4.0, slot * 0.7);
    int i = 0;
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it, ++i) {
        const double x = 4 + i * slot + (slot - barW) / 2;
        double y = bottom;
        for (Channel c : allChannels()) {
            const int n = it.value().value(c);
            if (n == 0)
                continue;
            const double h = double(bottom - top) * n / maxTotal;
            p.fillRect(QRectF(x, y - h, barW, h), channelColor(c));
            y -= h;
        }
        int total = 0;
        for (int n : it.value())
            total += n;
        p.setPen(palette().color(QPalette::WindowText));
        if (total > 0)
            p.drawText(QRectF(x - 10, y - fm.height() - 2, barW + 20, fm.height()), Qt::AlignCenter,
                       QString::number(total));
        p.drawText(QRectF(4 + i * slot, bottom + 2, slot, fm.height() + 4), Qt::AlignCenter,
                   it.key().toString(QStringLiteral("MM/yy")));
    }
}

} // namespace PressDesk
