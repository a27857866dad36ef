#pragma once

#include "CommandGroup.h"

namespace PressDesk {

// text convert: Vietnamese text typed in a legacy encoding (TCVN3, VNI, VIQR, Windows-1258)
// printed as Unicode. Needs no profile.
class TextCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::TextCommands)

public:
    using CommandGroup::CommandGroup;
    QList<Command> commands() override;

private:
    int convert(const QStringList &args);
};

} // namespace PressDesk
