#pragma once

#include "publish/PortalRepository.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace PressDesk {

// Asks for a portal's application password; remembers it in the system keychain when the
// user wants (and one is available), else for this session only, and says which.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PasswordDialog(const PortalAccount &account, QWidget *parent = nullptr);

    QString password() const;

    void accept() override;

private:
    PortalAccount m_account;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace PressDesk
