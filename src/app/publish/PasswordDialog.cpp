#include "publish/PasswordDialog.h"

#include "publish/CredentialStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>

namespace PressDesk {

PasswordDialog::PasswordDialog(const PortalAccount &account, QWidget *parent)
    : QDialog(parent), m_account(account)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Portal password"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The application password of <b>%1</b> on %2 (portal “%3”):")
                                 .arg(account.userName.toHtmlEscaped(),
                                      account.siteUrl.toString().toHtmlEscaped(),
                                      account.name.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(QStringLiteral("xxxx xxxx xxxx xxxx xxxx xxxx"));
    layout->addWidget(m_password);
    m_remember = new QCheckBox(tr("Remember it in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setChecked(!CredentialStore::keychainDisabled());
    m_remember->setEnabled(!CredentialStore::keychainDisabled());
    layout->addWidget(m_remember);
    m_note = new QLabel(tr("An application password is made on the portal under Users → "
                           "Profile → Application Passwords. It is never stored in the "
                           "PressDesk database."),
                        this);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

QString PasswordDialog::password() const
{
    return m_password->text().trimmed();
}

void PasswordDialog::accept()
{
    if (password().isEmpty()) {
        m_password->setFocus();
        return;
    }
    if (m_remember->isChecked()) {
        if (auto st = CredentialStore::write(m_account.id, password()); !st)
            QMessageBox::information(this, windowTitle(), st.error().message);
    } else {
        // Only for this session.
        (void)CredentialStore::remove(m_account.id);
        CredentialStore::keepForSession(m_account.id, password());
    }
    QDialog::accept();
}

} // namespace PressDesk
