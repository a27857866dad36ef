#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace PressDesk {

class Database;

// What this PressDesk is made of, for Help → About and bug reports: the libraries it runs on,
// their versions (Qt and SQLite as running, the others as built with) and their licences.
class BuildInfo
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::BuildInfo)

public:
    struct Component
    {
        QString name;
        QString version;
        QString licence;
        QString use; // what PressDesk uses it for, in the user's language
    };

    // `db` gives SQLite's version as running; without one it is left out.
    static QList<Component> components(const Database *db);
};

} // namespace PressDesk
