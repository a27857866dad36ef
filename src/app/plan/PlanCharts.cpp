#include "plan/PlanCharts.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace PressDesk {

QColor channelColor(Channel channel)
{
    switch (channel) {
    case Channel::Portal:
        return QColor(0x1e, 0x63, 0xb4);
    case Channel::Radio:
        return QColor(0x2e, 0x7d, 0x32);
    case Channel::VisualCampaign:
        return QColor(0xc6, 0x28, 0x28);
    case Channel::Press:
        return QColor(0x6a, 0x1b, 0x9a);
    case Channel::Meetings:
        return QColor(0xef, 0x6c, 0x00);
    case Channel::Other:
        break;
    }
    return QColor(0x54, 0x6e, 0x7a);
}

ChannelProgressChart::ChannelProgressChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("channelProgressChart"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // one line per channel
    setMinimumHeight(60);
}

void ChannelProgressChart::setProgress(const QList<ActivityProgress> &progress)
{
    m_rows.clear();
    for (Channel c : allChannels()) {
        Row row;
        row.name = channelDisplayName(c);
        bool any = false;
        for (const ActivityProgress &p : progress) {
            if (p.activity.channel != c || p.activity.status == QLatin1String("cancelled"))
                continue;
            any = true;
            row.done += std::min(p.done(), p.activity.target);
            row.target += p.activity.target;
            row.behind = row.behind || p.overdue || p.atRisk;
        }
        if (any)
            m_rows << row;
    }
    setFixedHeight(sizeHint().height());
    updateGeometry();
    update();
}

QSize ChannelProgressChart::sizeHint() const
{
    const int line = fontMetrics().height() + 10;
    return {360, std::max(60, int(m_rows.size()) * line + 12)};
}

void ChannelProgressChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height() + 10;
    int labelWidth = 0;
    for (const Row &r : std::as_const(m_rows))
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(r.name));
    labelWidth = std::min(labelWidth + 12, width() / 3);
    const int numbersWidth = fm.horizontalAdvance(QStringLiteral("000/000 (100%)")) + 8;
    const int barWidth = std::max(40, width() - labelWidth - numbersWidth - 8);
    int y = 6;
    for (const Row &r : std::as_const(m_rows)) {
        const QRect label(4, y, labelWidth - 8, line - 6);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(label, Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(r.name, Qt::ElideRight, label.width()));
        const QRectF bar(labelWidth, y + 2, barWidth, line - 10);
        p.setPen(Qt::NoPen);
        p.setBrush(palette().color(QPalette::Midlight));
        p.drawRoundedRect(bar, 3, 3);
        const double share = r.target > 0 ? std::min(1.0, double(r.done) / r.target) : 0;
        p.setBrush(r.behind && share < 1.0 ? QColor(0xe6, 0x8a, 0x00) : QColor(0x2e, 0x7d, 0x32));
        p.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * share, bar.height()), 3, 3);
        p.setPen(palette().color(QPalette::WindowText));
        const int percent = r.target > 0 ? int(100.0 * r.done / r.target + 0.5) : 0;
        p.drawText(QRect(int(bar.right()) + 8, y, numbersWidth, line - 6),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   QStringLiteral("%1/%2 (%3%)").arg(r.done).arg(r.target).arg(percent));
        y += line;
    }
}

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
