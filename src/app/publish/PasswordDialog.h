#pragma once

#include "publish/PortalRepository.h"

#include <QDialog>

#include <memory>

namespace PressDesk {

namespace Ui {
class PasswordDialog;
} // namespace Ui

// Asks for a portal's application password; remembers it in the system keychain when the
// user wants (and one is available), else for this session only, and says which.
class PasswordDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordDialog)

public:
    explicit PasswordDialog(const PortalAccount &account, QWidget *parent = nullptr);
    ~PasswordDialog() override;

    QString password() const;

    void accept() override;

private:
    PortalAccount m_account;
    std::unique_ptr<Ui::PasswordDialog> m_ui;
};

} // namespace PressDesk
