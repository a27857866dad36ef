#pragma once

// Small pieces the plan dialogs share (internal to src/app/plan).
#include <QDate>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace PressDesk::PlanDialogHelpers {

// The forms' date fields start on today when the stored date is missing.
inline void setDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : QDate::currentDate());
}

inline QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("errorLabel"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    return l;
}

inline void connectOkCancel(QDialogButtonBox *buttons, QDialog *dialog)
{
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}

// For the dialogs laid out in code (their rows are made from the store).
inline QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *b = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    b->setObjectName(QStringLiteral("dialogButtonBox"));
    connectOkCancel(b, dialog);
    return b;
}

} // namespace PressDesk::PlanDialogHelpers
