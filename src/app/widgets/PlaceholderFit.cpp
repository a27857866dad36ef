#include "widgets/PlaceholderFit.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>

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
}

} // namespace PressDesk
