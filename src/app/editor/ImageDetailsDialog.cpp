#include "editor/ImageDetailsDialog.h"

#include "ui_ImageDetailsDialog.h"
#include "widgets/PlaceholderFit.h"

#include <QPushButton>

namespace PressDesk {

ImageDetailsDialog::ImageDetailsDialog(const QString &fileName, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImageDetailsDialog>())
{
    m_ui->setupUi(this);
    fitPlaceholders(this);
    m_ui->fileLabel->setText(tr("Image: %1").arg(fileName));
    m_ui->dialogButtonBox->button(QDialogButtonBox::Ok)->setText(tr("Insert"));
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->altTextLineEdit, &QLineEdit::textChanged, this, &ImageDetailsDialog::updateOk);
    updateOk();
}

ImageDetailsDialog::~ImageDetailsDialog() = default;

QString ImageDetailsDialog::altText() const
{
    return m_ui->altTextLineEdit->text().simplified();
}

QString ImageDetailsDialog::caption() const
{
    return m_ui->captionLineEdit->text().simplified();
}

void ImageDetailsDialog::updateOk()
{
    m_ui->dialogButtonBox->button(QDialogButtonBox::Ok)->setEnabled(!altText().isEmpty());
}

} // namespace PressDesk
