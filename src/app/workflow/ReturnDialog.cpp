#include "workflow/ReturnDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace PressDesk {

ReturnDialog::ReturnDialog(const QString &articleTitle, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("returnDialog"));
    setWindowTitle(tr("Return to author"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("What should the author change in “%1”?").arg(articleTitle), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("returnCommentEdit"));
    m_comment->setPlaceholderText(tr("For example: add the figures for 2019 to the second "
                                     "paragraph."));
    m_comment->setTabChangesFocus(true);
    layout->addWidget(m_comment);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Return"));
    m_ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_comment, &QPlainTextEdit::textChanged, this,
            [this] { m_ok->setEnabled(!comment().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, 220);
}

QString ReturnDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

} // namespace PressDesk
