#include "editor/ImageDetailsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace PressDesk {

ImageDetailsDialog::ImageDetailsDialog(const QString &fileName, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Insert image"));
    setObjectName(QStringLiteral("imageDetailsDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *file = new QLabel(tr("Image: %1").arg(fileName), this);
    file->setTextFormat(Qt::PlainText);
    layout->addWidget(file);

    auto *form = new QFormLayout;
    m_alt = new QLineEdit(this);
    m_alt->setObjectName(QStringLiteral("altTextLineEdit"));
    m_alt->setPlaceholderText(tr("What the image shows, for readers who cannot see it"));
    m_alt->setMinimumWidth(380);
    m_caption = new QLineEdit(this);
    m_caption->setObjectName(QStringLiteral("captionLineEdit"));
    m_caption->setPlaceholderText(tr("Shown under the image (optional)"));
    form->addRow(tr("&Alternative text:"), m_alt);
    form->addRow(tr("&Caption:"), m_caption);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Insert"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_alt, &QLineEdit::textChanged, this, &ImageDetailsDialog::updateOk);
    updateOk();
}

ImageDetailsDialog::~ImageDetailsDialog() = default;

QString ImageDetailsDialog::altText() const
{
    return m_alt->text().simplified();
}

QString ImageDetailsDialog::caption() const
{
    return m_caption->text().simplified();
}

void ImageDetailsDialog::updateOk()
{
    m_ok->setEnabled(!altText().isEmpty());
}

} // namespace PressDesk
