#include "widgets/AfterFirstPaint.h"

#include <QEvent>
#include <QMetaObject>
#include <QWidget>

namespace PressDesk {

namespace {

class FirstPaintWatch : public QObject
{
public:
    FirstPaintWatch(QWidget *widget, std::function<void()> job)
        : QObject(widget), m_widget(widget), m_job(std::move(job))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint) {
            m_widget->removeEventFilter(this);
            // Behind the rest of this paint and the flush of the window to the screen.
            QMetaObject::invokeMethod(m_widget, std::move(m_job), Qt::QueuedConnection);
            deleteLater();
        }
        return false;
    }

private:
    QWidget *m_widget;
    std::function<void()> m_job;
};

} // namespace

void afterFirstPaint(QWidget *widget, std::function<void()> job)
{
    new FirstPaintWatch(widget, std::move(job));
}

} // namespace PressDesk
