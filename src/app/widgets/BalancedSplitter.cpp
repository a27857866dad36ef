#include "widgets/BalancedSplitter.h"

#include <algorithm>

namespace PressDesk {

BalancedSplitter::BalancedSplitter(Qt::Orientation orientation, QWidget *parent)
    : QSplitter(orientation, parent)
{}

void BalancedSplitter::setCentre(int index, int comfortableWidth)
{
    m_centre = index;
    m_comfortable = comfortableWidth;
    balance();
}

void BalancedSplitter::resizeEvent(QResizeEvent *event)
{
    QSplitter::resizeEvent(event);
    balance();
}

void BalancedSplitter::balance()
{
    QList<int> sizes = this->sizes();
    if (m_centre < 0 || m_centre >= sizes.size() || sizes.at(m_centre) >= m_comfortable)
        return;
    const auto minimumOf = [this](int i) {
        const QWidget *w = widget(i);
        const int hint = orientation() == Qt::Horizontal ? w->minimumSizeHint().width()
                                                         : w->minimumSizeHint().height();
        const int set = orientation() == Qt::Horizontal ? w->minimumWidth() : w->minimumHeight();
        return std::max(hint, set);
    };
    int need = m_comfortable - sizes.at(m_centre);
    int room = 0;
    for (int i = 0; i < sizes.size(); ++i) {
        if (i != m_centre && sizes.at(i) > 0) // a folded pane stays folded
            room += std::max(0, sizes.at(i) - minimumOf(i));
    }
    if (room <= 0)
        return;
    need = std::min(need, room);
    // Each side pane gives in proportion to what it can give.
    int given = 0;
    for (int i = 0; i < sizes.size(); ++i) {
        if (i == m_centre || sizes.at(i) <= 0)
            continue;
        const int can = std::max(0, sizes.at(i) - minimumOf(i));
        const int give = int(qint64(need) * can / room);
        sizes[i] -= give;
        given += give;
    }
    sizes[m_centre] += given;
    setSizes(sizes);
}

} // namespace PressDesk
