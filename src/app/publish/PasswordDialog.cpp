#include "publish/PasswordDialog.h"

#include "publish/CredentialStore.h"
#include "ui_PasswordDialog.h"
#include "widgets/PlaceholderFit.h"

#include <QMessageBox>

namespace PressDesk {

PasswordDialog::PasswordDialog(const PortalAccount &account, QWidget *parent)
    : QDialog(parent), m_account(account), m_ui(std::make_unique<Ui::PasswordDialog>())
{
    m_ui->setupUi(this);
    fitPlaceholders(this);
    m_ui->introLabel->setText(tr("The application password of <b>%1</b> on %2 (portal “%3”):")
                                  .arg(account.userName.toHtmlEscaped(),
                                       account.siteUrl.toString().toHtmlEscaped(),
                                       account.name.toHtmlEscaped()));
    m_ui->rememberCheckBox->setChecked(!CredentialStore::keychainDisabled());
    m_ui->rememberCheckBox->setEnabled(!CredentialStore::keychainDisabled());
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

PasswordDialog::~PasswordDialog() = default;

QString PasswordDialog::password() const
{
    return m_ui->passwordLineEdit->text().trimmed();
}

void PasswordDialog::accept()
{
    if (password().isEmpty()) {
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    if (m_ui->rememberCheckBox->isChecked()) {
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
