#include "workflow/ReturnDialog.h"

#include "ui_ReturnDialog.h"
#include "widgets/PlaceholderFit.h"

#include <QPushButton>

namespace PressDesk {

ReturnDialog::ReturnDialog(const QString &articleTitle, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReturnDialog>())
{
    m_ui->setupUi(this);
    fitPlaceholders(this);
    m_ui->promptLabel->setText(tr("What should the author change in “%1”?").arg(articleTitle));
    QPushButton *ok = m_ui->dialogButtonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Return"));
    ok->setEnabled(false);
    connect(m_ui->commentPlainTextEdit, &QPlainTextEdit::textChanged, this,
            [this, ok] { ok->setEnabled(!comment().isEmpty()); });
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReturnDialog::~ReturnDialog() = default;

QString ReturnDialog::comment() const
{
    return m_ui->commentPlainTextEdit->toPlainText().trimmed();
}

} // namespace PressDesk
