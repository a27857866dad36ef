#pragma once

#include <QLoggingCategory>

// One logging category per area. Quiet below warnings by default; turn one on with
// QT_LOGGING_RULES, e.g. QT_LOGGING_RULES="pressdesk.publish.debug=true". Technical details
// a user does not need to read (a D-Bus error, an HTTP body) go here, not into messages.
namespace PressDesk {

Q_DECLARE_LOGGING_CATEGORY(lcStore)    // pressdesk.store: opening, migrations
Q_DECLARE_LOGGING_CATEGORY(lcChanges)  // pressdesk.store.changes: change notifications
Q_DECLARE_LOGGING_CATEGORY(lcWorkflow) // pressdesk.workflow: decisions
Q_DECLARE_LOGGING_CATEGORY(lcPlan)     // pressdesk.plan: plans and their report
Q_DECLARE_LOGGING_CATEGORY(lcPublish)  // pressdesk.publish: outbox, portals, HTTP
Q_DECLARE_LOGGING_CATEGORY(lcKeychain) // pressdesk.keychain: the system keychain

} // namespace PressDesk
