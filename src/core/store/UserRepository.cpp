#include "store/UserRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlUtil.h"
#include "text/TextFold.h"

#include <QRegularExpression>
#include <QUuid>

namespace PressDesk {

namespace {

User userFromQuery(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toString();
    u.name = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = roleFromKey(q.value(3).toString()).value_or(Role::Staff);
    u.createdAt = Sql::fromIso(q.value(4).toString());
    return u;
}

const QString kUserColumns = QStringLiteral("id, name, display_name, role, created_at");

// The operating-system account, as PressDesk's first user: a login name without diacritics
// ("Nguyễn Văn An" on Windows -> "nguyen.van.an") and the account's own name for display.
struct OsAccount
{
    QString name;
    QString displayName;
};

OsAccount osAccount()
{
    QString account = qEnvironmentVariable("USER");
    if (account.isEmpty())
        account = qEnvironmentVariable("USERNAME"); // Windows
    account = Text::toNfc(account.trimmed());
    QString name = Text::fold(account);
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9._-]"));
    name.replace(spaces, QStringLiteral("."));
    name.remove(bad);
    while (!name.isEmpty() && !name.front().isLetterOrNumber())
        name.remove(0, 1);
    name.truncate(64);
    if (name.isEmpty())
        name = QStringLiteral("admin");
    return {name, account != name ? account : QString()};
}

} // namespace

Result<User> UserRepository::add(const QString &rawName, Role role, const QString &displayName)
{
    const QString name = rawName.trimmed();
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!valid.match(name).hasMatch())
        return Error{QStringLiteral("invalid-name"),
                     tr("“%1” is not a valid user name: use letters without diacritics, digits, "
                        "'.', '-' or '_', at most 64.")
                         .arg(name)};
    if (const QString acting = m_db.actingUser(); !acting.isEmpty()) {
        auto me = find(acting);
        if (me && me->role != Role::Admin)
            return Error{QStringLiteral("not-allowed"), tr("Only an administrator can add users.")};
    }
    if (find(name))
        return Error{QStringLiteral("exists"), tr("There is already a user named %1.").arg(name)};
    User u;
    u.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    u.name = name;
    u.displayName = displayName.trimmed().isEmpty() ? name : displayName.trimmed();
    u.role = role;
    u.createdAt = QDateTime::currentDateTimeUtc();
    if (auto st = Sql::run(m_db,
                           QStringLiteral("INSERT INTO users (") + kUserColumns +
                               QStringLiteral(") VALUES (?, ?, ?, ?, ?)"),
                           {u.id, u.name, u.displayName, roleKey(u.role), Sql::iso(u.createdAt)});
        !st)
        return st.error();
    return u;
}

Result<QList<User>> UserRepository::list() const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT ") + kUserColumns +
                                 QStringLiteral(" FROM users WHERE deleted = 0 "
                                                "ORDER BY name COLLATE NOCASE"));
    if (!q)
        return q.error();
    QList<User> out;
    while (q.value().next())
        out << userFromQuery(q.value());
    return out;
}

Result<User> UserRepository::find(const QString &name) const
{
    auto row = Sql::one(m_db,
                        QStringLiteral("SELECT ") + kUserColumns +
                            QStringLiteral(" FROM users WHERE deleted = 0 AND name = ?"),
                        {name.trimmed()});
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error{QStringLiteral("no-user"), tr("There is no user named %1.").arg(name)};
    return userFromQuery(**row);
}

Status UserRepository::setDisplayName(const QString &name, const QString &rawDisplayName)
{
    const QString displayName = rawDisplayName.simplified();
    if (displayName.isEmpty())
        return Error{QStringLiteral("invalid-display-name"), tr("A user's name cannot be empty.")};
    auto user = find(name);
    if (!user)
        return user.error();
    if (const QString acting = m_db.actingUser();
        !acting.isEmpty() && acting.compare(user->name, Qt::CaseInsensitive) != 0) {
        auto me = find(acting);
        if (me && me->role != Role::Admin)
            return Error{QStringLiteral("not-allowed"),
                         tr("Only an administrator can rename other users.")};
    }
    return Sql::run(m_db,
                    QStringLiteral("UPDATE users SET display_name = ? "
                                   "WHERE id = ? AND display_name IS NOT ?"),
                    {displayName, user->id, displayName});
}

Result<User> UserRepository::ensureCurrentUser()
{
    auto current = Sql::value(
        m_db, QStringLiteral("SELECT value FROM profile_settings WHERE key = 'current_user'"));
    if (!current)
        return current.error();
    if (current->isValid()) {
        auto u = find(current->toString());
        if (u) {
            m_db.setActingUser(u->name);
            return u;
        }
    }
    auto users = list();
    if (!users)
        return users.error();
    if (!users->isEmpty()) {
        // The current user was removed: the first administrator takes over.
        User pick = users->first();
        for (const User &u : std::as_const(users.value())) {
            if (u.role == Role::Admin) {
                pick = u;
                break;
            }
        }
        if (auto st = setCurrentUser(pick.name); !st)
            return st.error();
        return pick;
    }
    const OsAccount account = osAccount();
    auto first = add(account.name, Role::Admin, account.displayName);
    if (!first)
        return first.error();
    if (auto st = setCurrentUser(first->name); !st)
        return st.error();
    return first;
}

Status UserRepository::setCurrentUser(const QString &name)
{
    auto u = find(name);
    if (!u)
        return u.error();
    if (auto st = Sql::run(
            m_db,
            QStringLiteral("INSERT INTO profile_settings (key, value) VALUES ('current_user', ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            {u->name});
        !st)
        return st.error();
    m_db.setActingUser(u->name);
    return {};
}

} // namespace PressDesk
