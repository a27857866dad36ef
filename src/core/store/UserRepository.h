#pragma once

#include "Result.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace PressDesk {

class Database;

struct User
{
    QString id;
    QString name; // login-like name, unique without case: "lan.nguyen"
    QString displayName;
    Role role = Role::Staff;
    QDateTime createdAt; // UTC
};

// The people of a profile and who is working in it now.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::UserRepository)

public:
    explicit UserRepository(Database &db) : m_db(db) {}

    // Only an administrator adds users (the first user of a profile is made by
    // ensureCurrentUser()). Names: letters, digits, '.', '-', '_'; unique without case.
    Result<User> add(const QString &name, Role role, const QString &displayName = {});
    Result<QList<User>> list() const; // by name
    Result<User> find(const QString &name) const;
    // The name shown for a user (trimmed, not empty). A user may rename themselves; an
    // administrator anyone. The same name again changes nothing.
    Status setDisplayName(const QString &name, const QString &displayName);

    // The profile's current user. A profile without users gets one administrator named after
    // the operating-system account, made current.
    Result<User> ensureCurrentUser();
    Status setCurrentUser(const QString &name);

private:
    Database &m_db;
};

} // namespace PressDesk
