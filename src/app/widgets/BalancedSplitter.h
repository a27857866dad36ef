#pragma once

#include <QSplitter>

namespace PressDesk {

// A splitter whose side panes give way first: when the window gets narrower, the side
// panes shrink (down to their minimum) before the centre pane goes below a comfortable
// width. The user's own dragging of a handle is left alone.
class BalancedSplitter : public QSplitter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BalancedSplitter)

public:
    explicit BalancedSplitter(Qt::Orientation orientation, QWidget *parent = nullptr);

    // The pane that keeps its width, and the width it keeps while the others can give.
    void setCentre(int index, int comfortableWidth);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void balance();

    int m_centre = 1;
    int m_comfortable = 560;
};

} // namespace PressDesk
