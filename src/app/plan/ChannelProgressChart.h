#pragma once

#include "plan/Plan.h"

#include <QWidget>

namespace PressDesk {

// Progress per channel against its target: one horizontal bar per channel, the done share
// filled, the numbers beside it. Painted: no charting library for a handful of bars.
class ChannelProgressChart : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelProgressChart)

public:
    explicit ChannelProgressChart(QWidget *parent = nullptr);

    void setProgress(const QList<ActivityProgress> &progress);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Row
    {
        QString name;
        int done = 0;
        int target = 0;
        bool behind = false;
    };
    QList<Row> m_rows;
};

} // namespace PressDesk
