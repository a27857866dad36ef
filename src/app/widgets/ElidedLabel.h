#pragma once

#include <QLabel>

namespace PressDesk {

// A one-line label that never asks for more width than a few characters, so a long text (a
// portal address, a return comment) cannot widen the window: the text is elided to the room
// the label gets and the full text is its tooltip. text() stays the full text.
class ElidedLabel : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    // Sets the text and the tooltip (the full text).
    void setFullText(const QString &text);
    QSize minimumSizeHint() const override;
    // Whether the text is shown in full at the current width.
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace PressDesk
