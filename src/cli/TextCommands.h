#pragma once

#include "CommandGroup.h"

namespace PressDesk {

// text convert: Vietnamese text typed in a legacy encoding (TCVN3, VNI, VIQR, Windows-1258)
// printed as Unicode. text tone: a text with its tone marks placed in one style (hòa or hoà).
// Need no profile. text spell: the words of a UTF-8 file that the spell checker (hunspell-vi and
// the profile's office dictionary) does not know; text dict: the office dictionary.
class TextCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::TextCommands)

public:
    using CommandGroup::CommandGroup;
    QList<Command> commands() override;

private:
    int convert(const QStringList &args);
    int tone(const QStringList &args);
    int spell(const QStringList &args);
    int style(const QStringList &args);
    int dictAdd(const QStringList &args);
    int dictRemove(const QStringList &args);
    int dictList(const QStringList &args);
};

} // namespace PressDesk
