#pragma once

#include <QDialog>

#include <memory>

namespace PressDesk {

namespace Ui {
class ImageDetailsDialog;
} // namespace Ui

// Asks the alternative text (required: read aloud to blind readers, shown when the image
// cannot load) and the caption of an image about to be inserted.
class ImageDetailsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageDetailsDialog)

public:
    explicit ImageDetailsDialog(const QString &fileName, QWidget *parent = nullptr);
    ~ImageDetailsDialog() override;

    QString altText() const;
    QString caption() const;

private:
    void updateOk();

    std::unique_ptr<Ui::ImageDetailsDialog> m_ui;
};

} // namespace PressDesk
