#pragma once

#include "CommandGroup.h"

namespace PressDesk {

// visual add | list | install | remove | photo | slogan add | slogan list: the register of a
// plan's visual campaigns (banners, panels, posters…), its evidence photos and slogan library.
class VisualCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::VisualCommands)

public:
    using CommandGroup::CommandGroup;
    QList<Command> commands() override;

private:
    int add(const QStringList &args);
    int list(const QStringList &args);
    int install(const QStringList &args);
    int remove(const QStringList &args);
    int photo(const QStringList &args);
    int addSlogan(const QStringList &args);
    int listSlogans(const QStringList &args);

    // Reads the files and stores them as the item's photos, printing each photo's id.
    Status addPhotos(const QString &itemId, const QStringList &files, QStringList *ids);
};

} // namespace PressDesk
