#pragma once

#include <QDialog>

#include <memory>

namespace PressDesk {

namespace Ui {
class ReturnDialog;
} // namespace Ui

// Asks the supervisor what the author should change; OK only with a comment.
class ReturnDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReturnDialog)

public:
    explicit ReturnDialog(const QString &articleTitle, QWidget *parent = nullptr);
    ~ReturnDialog() override;
    QString comment() const;

private:
    std::unique_ptr<Ui::ReturnDialog> m_ui;
};

} // namespace PressDesk
