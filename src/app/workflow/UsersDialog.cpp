#include "workflow/UsersDialog.h"

#include "store/Database.h"
#include "store/UserRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PressDesk {

UsersDialog::UsersDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users"));
    auto *layout = new QVBoxLayout(this);
    m_users = new QTreeWidget(this);
    m_users->setObjectName(QStringLiteral("usersTree"));
    m_users->setRootIsDecorated(false);
    m_users->setHeaderLabels({tr("Name"), tr("Role"), tr("Now working")});
    m_users->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_users, 1);
    auto *use = new QPushButton(tr("&Work as this user"), this);
    use->setObjectName(QStringLiteral("makeCurrentButton"));
    layout->addWidget(use, 0, Qt::AlignLeft);
    connect(use, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_users->currentItem())
            makeCurrent(item->text(0));
    });

    auto *addBox = new QGroupBox(tr("Add a user (administrators)"), this);
    auto *form = new QFormLayout(addBox);
    m_name = new QLineEdit(addBox);
    m_name->setObjectName(QStringLiteral("newUserNameEdit"));
    m_name->setPlaceholderText(tr("e.g. lan.nguyen"));
    m_role = new QComboBox(addBox);
    m_role->setObjectName(QStringLiteral("newUserRoleComboBox"));
    for (Role r : allRoles())
        m_role->addItem(roleDisplayName(r), roleKey(r));
    auto *add = new QPushButton(tr("&Add"), addBox);
    add->setObjectName(QStringLiteral("addUserButton"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), add);
    layout->addWidget(addBox);
    connect(add, &QPushButton::clicked, this,
            [this] { addUser(m_name->text(), m_role->currentIndex()); });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("usersMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 460);
    reload();
}

void UsersDialog::reload()
{
    m_users->clear();
    auto users = UserRepository(m_db).list();
    if (!users) {
        m_message->setText(users.error().message);
        return;
    }
    for (const User &u : std::as_const(users.value())) {
        auto *item = new QTreeWidgetItem(
            m_users,
            {u.name, roleDisplayName(u.role),
             u.name.compare(m_db.actingUser(), Qt::CaseInsensitive) == 0 ? QStringLiteral("●")
                                                                         : QString()});
        item->setToolTip(0, u.displayName);
    }
}

bool UsersDialog::makeCurrent(const QString &name)
{
    auto st = UserRepository(m_db).setCurrentUser(name);
    m_message->setText(st ? tr("You now work as %1.").arg(name) : st.error().message);
    if (st)
        m_changed = true;
    reload();
    return bool(st);
}

bool UsersDialog::addUser(const QString &name, int roleIndex)
{
    const auto role = roleFromKey(m_role->itemData(roleIndex).toString());
    auto u = UserRepository(m_db).add(name, role.value_or(Role::Staff));
    m_message->setText(u ? tr("%1 was added.").arg(u->name) : u.error().message);
    if (u)
        m_name->clear();
    reload();
    return bool(u);
}

} // namespace PressDesk
