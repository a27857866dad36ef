#include "workflow/UsersDialog.h"

#include "store/Database.h"
#include "store/UserRepository.h"
#include "ui_UsersDialog.h"
#include "widgets/PlaceholderFit.h"

#include <QHeaderView>

namespace PressDesk {

UsersDialog::UsersDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_ui(std::make_unique<Ui::UsersDialog>())
{
    m_ui->setupUi(this);
    fitPlaceholders(this);
    m_ui->usersTreeWidget->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (Role r : allRoles())
        m_ui->newUserRoleComboBox->addItem(roleDisplayName(r), roleKey(r));
    connect(m_ui->makeCurrentPushButton, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_ui->usersTreeWidget->currentItem())
            makeCurrent(item->text(0));
    });
    connect(m_ui->addUserPushButton, &QPushButton::clicked, this, [this] {
        addUser(m_ui->newUserNameLineEdit->text(), m_ui->newUserRoleComboBox->currentIndex());
    });
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

UsersDialog::~UsersDialog() = default;

void UsersDialog::reload()
{
    QTreeWidget *tree = m_ui->usersTreeWidget;
    tree->clear();
    auto users = UserRepository(m_db).list();
    if (!users) {
        m_ui->usersMessageLabel->setText(users.error().message);
        return;
    }
    for (const User &u : std::as_const(users.value())) {
        const bool working = u.name.compare(m_db.actingUser(), Qt::CaseInsensitive) == 0;
        auto *item = new QTreeWidgetItem(
            tree, {u.name, roleDisplayName(u.role), working ? QStringLiteral("●") : QString()});
        item->setToolTip(0, u.displayName);
        // The current row is the one "Work as this user" acts on: the user working now, not
        // whichever row the list would make current on getting the focus (its first).
        if (working)
            tree->setCurrentItem(item);
    }
}

bool UsersDialog::makeCurrent(const QString &name)
{
    auto st = UserRepository(m_db).setCurrentUser(name);
    m_ui->usersMessageLabel->setText(st ? tr("You now work as %1.").arg(name) : st.error().message);
    if (st)
        m_changed = true;
    reload();
    return bool(st);
}

bool UsersDialog::addUser(const QString &name, int roleIndex)
{
    const auto role = roleFromKey(m_ui->newUserRoleComboBox->itemData(roleIndex).toString());
    auto u = UserRepository(m_db).add(name, role.value_or(Role::Staff));
    m_ui->usersMessageLabel->setText(u ? tr("%1 was added.").arg(u->name) : u.error().message);
    if (u)
        m_ui->newUserNameLineEdit->clear();
    reload();
    return bool(u);
}

} // namespace PressDesk
