#pragma once

#include "CommandGroup.h"

namespace PressDesk {

struct PortalAccount;
class WordPressPortal;

// portal add | list | test | categories | trust | import.
class PortalCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::PortalCommands)

public:
    using CommandGroup::CommandGroup;
    QList<Command> commands() override;

    // A client for the portal's site: the application password from
    // $PRESSDESK_PORTAL_PASSWORD, else one line on standard input; the certificate it trusts.
    static std::unique_ptr<WordPressPortal> connect(const PortalAccount &account);

private:
    int add(const QStringList &args);
    int list(const QStringList &args);
    int test(const QStringList &args);
    int categories(const QStringList &args);
    int trust(const QStringList &args);
    int import(const QStringList &args);
};

} // namespace PressDesk
