#include "workflow/Workflow.h"

namespace PressDesk {

QList<Role> allRoles()
{
    return {Role::Staff, Role::Supervisor, Role::Admin};
}

QString roleKey(Role role)
{
    switch (role) {
    case Role::Staff:
        return QStringLiteral("staff");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("staff");
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role r : allRoles()) {
        if (roleKey(r) == key)
            return r;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Staff:
        return Workflow::tr("Staff");
    case Role::Supervisor:
        return Workflow::tr("Supervisor");
    case Role::Admin:
        return Workflow::tr("Administrator");
    }
    return {};
}

QList<WorkflowAction> allActions()
{
    return {WorkflowAction::Submit,   WorkflowAction::Approve,    WorkflowAction::Return,
            WorkflowAction::Schedule, WorkflowAction::Unschedule, WorkflowAction::Publish,
            WorkflowAction::Withdraw, WorkflowAction::Archive,    WorkflowAction::Reopen};
}

QString actionKey(WorkflowAction action)
{
    switch (action) {
    case WorkflowAction::Submit:
        return QStringLiteral("submit");
    case WorkflowAction::Approve:
        return QStringLiteral("approve");
    case WorkflowAction::Return:
        return QStringLiteral("return");
    case WorkflowAction::Schedule:
        return QStringLiteral("schedule");
    case WorkflowAction::Unschedule:
        return QStringLiteral("unschedule");
    case WorkflowAction::Publish:
        return QStringLiteral("publish");
    case WorkflowAction::Withdraw:
        return QStringLiteral("withdraw");
    case WorkflowAction::Archive:
        return QStringLiteral("archive");
    case WorkflowAction::Reopen:
        return QStringLiteral("reopen");
    }
    return {};
}

std::optional<WorkflowAction> actionFromKey(const QString &key)
{
    for (WorkflowAction a : allActions()) {
        if (actionKey(a) == key)
            return a;
    }
    return std::nullopt;
}

QString actionDisplayName(WorkflowAction action)
{
    switch (action) {
    case WorkflowAction::Submit:
        return Workflow::tr("Submit for review");
    case WorkflowAction::Approve:
        return Workflow::tr("Approve");
    case WorkflowAction::Return:
        return Workflow::tr("Return to author");
    case WorkflowAction::Schedule:
        return Workflow::tr("Schedule");
    case WorkflowAction::Unschedule:
        return Workflow::tr("Cancel schedule");
    case WorkflowAction::Publish:
        return Workflow::tr("Publish");
    case WorkflowAction::Withdraw:
        return Workflow::tr("Withdraw");
    case WorkflowAction::Archive:
        return Workflow::tr("Archive");
    case WorkflowAction::Reopen:
        return Workflow::tr("Reopen as draft");
    }
    return {};
}

QString statusDisplayNameForKey(const QString &key)
{
    const auto s = statusFromKey(key);
    return s ? statusDisplayName(*s) : key;
}

QString auditActionDisplayName(const QString &key)
{
    if (const auto a = actionFromKey(key))
        return actionDisplayName(*a);
    if (key == QLatin1String("edit"))
        return Workflow::tr("Edited");
    if (key == QLatin1String("restore"))
        return Workflow::tr("Restored");
    if (key == QLatin1String("import"))
        return Workflow::tr("Imported from the portal");
    return key;
}

const QList<Transition> &Workflow::table()
{
    using S = ArticleStatus;
    using A = WorkflowAction;
    static const QList<Role> anyone{Role::Staff, Role::Supervisor, Role::Admin};
    static const QList<Role> deciders{Role::Supervisor, Role::Admin};
    static const QList<Transition> rows{
        {A::Submit, {S::Draft, S::Returned}, S::Submitted, anyone},
        {A::Approve, {S::Submitted}, S::Approved, deciders},
        {A::Return, {S::Submitted, S::Approved, S::Scheduled}, S::Returned, deciders, true},
        {A::Schedule, {S::Approved}, S::Scheduled, deciders},
        {A::Unschedule, {S::Scheduled}, S::Approved, deciders},
        {A::Publish, {S::Approved, S::Scheduled}, S::Published, deciders},
        {A::Withdraw, {S::Published}, S::Withdrawn, deciders},
        {A::Archive, {S::Draft, S::Returned, S::Published, S::Withdrawn}, S::Archived, deciders},
        {A::Reopen, {S::Archived, S::Withdrawn}, S::Draft, deciders},
    };
    return rows;
}

Result<ArticleStatus> Workflow::check(ArticleStatus from, WorkflowAction action, Role role,
                                      const QString &comment)
{
    for (const Transition &t : table()) {
        if (t.action != action)
            continue;
        if (!t.from.contains(from)) {
            return Error{QStringLiteral("illegal-transition"),
                         tr("“%1” is not possible for an article that is %2.")
                             .arg(actionDisplayName(action), statusDisplayName(from).toLower())};
        }
        if (!t.roles.contains(role)) {
            return Error{QStringLiteral("not-allowed"),
                         tr("“%1” needs a supervisor or an administrator; you are %2.")
                             .arg(actionDisplayName(action), roleDisplayName(role).toLower())};
        }
        if (t.commentRequired && comment.trimmed().isEmpty()) {
            return Error{QStringLiteral("comment-required"),
                         tr("Write a comment telling the author what to change.")};
        }
        return t.to;
    }
    return Error{QStringLiteral("illegal-transition"), tr("Unknown workflow action.")};
}

QList<WorkflowAction> Workflow::available(ArticleStatus from, Role role)
{
    QList<WorkflowAction> out;
    for (const Transition &t : table()) {
        if (t.from.contains(from) && t.roles.contains(role))
            out << t.action;
    }
    return out;
}

ArticleStatus Workflow::afterContentEdit(ArticleStatus from)
{
    switch (from) {
    case ArticleStatus::Draft:
    case ArticleStatus::Submitted:
    case ArticleStatus::Returned:
        return from;
    case ArticleStatus::Approved:
    case ArticleStatus::Scheduled:
    case ArticleStatus::Published:
    case ArticleStatus::Withdrawn:
    case ArticleStatus::Archived:
        return ArticleStatus::Draft;
    }
    return ArticleStatus::Draft;
}

} // namespace PressDesk
