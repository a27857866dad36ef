#pragma once

#include "plan/Plan.h"

#include <QMap>
#include <QWidget>

namespace PressDesk {

// Output over time: how many pieces were produced each month (all channels stacked).
class OutputOverTimeChart : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutputOverTimeChart)

public:
    explicit OutputOverTimeChart(QWidget *parent = nullptr);

    // month (first day) -> channel -> count
    void setSeries(const QMap<QDate, QMap<Channel, int>> &perMonth);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QMap<QDate, QMap<Channel, int>> m_series;
};

} // namespace PressDesk
