#pragma once

#include "CommandGroup.h"

namespace PressDesk {

// article new | list | show | edit | export | import, and search.
class ArticleCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::ArticleCommands)

public:
    using CommandGroup::CommandGroup;
    QList<Command> commands() override;

private:
    int create(const QStringList &args);
    int list(const QStringList &args);
    int show(const QStringList &args);
    int edit(const QStringList &args);
    int exportArticle(const QStringList &args);
    int importDocument(const QStringList &args);
    int search(const QStringList &args);
};

} // namespace PressDesk
