#include "Logging.h"

namespace PressDesk {

Q_LOGGING_CATEGORY(lcStore, "pressdesk.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcChanges, "pressdesk.store.changes", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWorkflow, "pressdesk.workflow", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPlan, "pressdesk.plan", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPublish, "pressdesk.publish", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeychain, "pressdesk.keychain", QtWarningMsg)

} // namespace PressDesk
