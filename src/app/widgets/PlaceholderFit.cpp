#include "widgets/PlaceholderFit.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLayout>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>

#include <algorithm>

namespace PressDesk {

void fitPlaceholders(QWidget *form)
{
    for (QLineEdit *edit : form->findChildren<QLineEdit *>()) {
        if (edit->placeholderText().isEmpty() || qobject_cast<QComboBox *>(edit->parentWidget()) ||
            qobject_cast<QAbstractSpinBox *>(edit->parentWidget()))
            continue;
        // The text's width plus the frame and margins the style draws around it.
        QStyleOptionFrame option;
        option.initFrom(edit);
        const QSize text(edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 16,
                         edit->fontMetrics().height());
        const int width =
            edit->style()->sizeFromContents(QStyle::CT_LineEdit, &option, text, edit).width();
        if (edit->minimumWidth() < width)
            edit->setMinimumWidth(width);
    }
    // A least width set in the form (its Designer minimumSize) keeps the layout from widening
    // the window for what it holds: with a larger system font the fields would run past its
    // edge. The form is made at least as wide as its layout needs.
    if (form->isWindow() && form->layout())
        form->setMinimumWidth(
            std::max(form->minimumWidth(), form->layout()->minimumSize().width()));
}

} // namespace PressDesk
