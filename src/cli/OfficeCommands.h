#pragma once

#include "CommandGroup.h"

namespace PressDesk {

// office set | office show: the office profile (its name and parent body as in a document's
// header, its place, signer, recipients, document-number suffix and tone-mark style), which
// plans, reports and the demo read; office glossary list | add | remove: the office's
// abbreviations (radio scripts read them out in full, the style hints ask for them spelled out).
class OfficeCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::OfficeCommands)

public:
    using CommandGroup::CommandGroup;
    QList<Command> commands() override;

private:
    int set(const QStringList &args);
    int show(const QStringList &args);
    int glossaryList(const QStringList &args);
    int glossaryAdd(const QStringList &args);
    int glossaryRemove(const QStringList &args);
};

} // namespace PressDesk
