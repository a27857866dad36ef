#include "plan/ChannelProgressChart.h"

#include "plan/PlanCharts.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace PressDesk {

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

} // namespace PressDesk
