#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace PressDesk {

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

    QLineEdit *m_alt = nullptr;
    QLineEdit *m_caption = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace PressDesk
