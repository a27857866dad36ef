#pragma once

#include "Result.h"
#include "model/Article.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace PressDesk {

// What a profile user may do. In a local profile the roles guide the interface; the office
// server (later) enforces them.
enum class Role { Staff, Supervisor, Admin };

QList<Role> allRoles();
QString roleKey(Role role);                          // "staff", "supervisor", "admin"
std::optional<Role> roleFromKey(const QString &key); // unknown -> nullopt
QString roleDisplayName(Role role);                  // translated

// The editorial decisions that move an article between states.
enum class WorkflowAction {
    Submit,     // the author asks for review
    Approve,    // a supervisor approves exactly the current content
    Return,     // a supervisor sends it back with a comment
    Schedule,   // an approved article waits for its publication time
    Unschedule, // back to approved
    Publish,    // on the portal
    Withdraw,   // taken off the portal
    Archive,    // out of the daily lists
    Reopen      // an archived or withdrawn article becomes a draft again
};

QList<WorkflowAction> allActions();
QString actionKey(WorkflowAction action); // "submit", "approve", …: stored in the audit log
std::optional<WorkflowAction> actionFromKey(const QString &key);
QString actionDisplayName(WorkflowAction action); // translated verb ("Approve")

// For showing stored keys (audit log, revisions): the translated name of a status key, and
// of an audit action key (workflow actions plus "edit", "restore" and "import"); unknown keys as
// is.
QString statusDisplayNameForKey(const QString &key);
QString auditActionDisplayName(const QString &key);

// One row of the transition table.
struct Transition
{
    WorkflowAction action;
    QList<ArticleStatus> from;
    ArticleStatus to;
    QList<Role> roles;
    bool commentRequired = false;
};

// The transition table: the one place that says which move is allowed from where and by
// whom. Every caller (GUI, CLI, later sync and publish) goes through check().
class Workflow
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::Workflow)

public:
    static const QList<Transition> &table();

    // The state action leads to from `from` when `role` does it, or a translated error
    // naming why not (wrong state, wrong role, missing comment).
    static Result<ArticleStatus> check(ArticleStatus from, WorkflowAction action, Role role,
                                       const QString &comment = {});

    // The actions role may take on an article in state `from` (for menus and buttons).
    static QList<WorkflowAction> available(ArticleStatus from, Role role);

    // The state after the content of an article in state `from` is edited: an edit voids an
    // approval (approved, scheduled) and reopens published, withdrawn or archived articles
    // as drafts; drafts, submitted and returned articles keep their state.
    static ArticleStatus afterContentEdit(ArticleStatus from);
};

} // namespace PressDesk
