#include "BuildInfo.h"

#include "store/Database.h"

#include <QSqlQuery>

// The versions of the libraries found by pkg-config / CMake when PressDesk was built
// (src/core/CMakeLists.txt).
#ifndef PD_GUMBO_VERSION
#define PD_GUMBO_VERSION ""
#endif
#ifndef PD_LIBZIP_VERSION
#define PD_LIBZIP_VERSION ""
#endif
#ifndef PD_LIBEXIF_VERSION
#define PD_LIBEXIF_VERSION ""
#endif
#ifndef PD_HUNSPELL_VERSION
#define PD_HUNSPELL_VERSION ""
#endif
#ifndef PD_KEYCHAIN_VERSION
#define PD_KEYCHAIN_VERSION ""
#endif

namespace PressDesk {

QList<BuildInfo::Component> BuildInfo::components(const Database *db)
{
    QList<Component> out;
    out << Component{QStringLiteral("Qt"), QString::fromLatin1(qVersion()),
                     QStringLiteral("LGPL-3.0"), tr("windows, text, database drivers, network")};
    if (db) {
        QSqlQuery q(db->connection());
        if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
            out << Component{QStringLiteral("SQLite"), q.value(0).toString(), tr("public domain"),
                             tr("the profile")};
    }
    out << Component{QStringLiteral("hunspell"), QStringLiteral(PD_HUNSPELL_VERSION),
                     QStringLiteral("MPL-1.1 / GPL-2.0 / LGPL-2.1"), tr("spell checking")}
        << Component{QStringLiteral("gumbo"), QStringLiteral(PD_GUMBO_VERSION),
                     QStringLiteral("Apache-2.0"), tr("reading pasted and imported HTML")}
        << Component{QStringLiteral("libzip"), QStringLiteral(PD_LIBZIP_VERSION),
                     QStringLiteral("BSD-3-Clause"), tr("the report's ODT file")}
        << Component{QStringLiteral("libexif"), QStringLiteral(PD_LIBEXIF_VERSION),
                     QStringLiteral("LGPL-2.1"), tr("the date and place of evidence photos")}
        << Component{QStringLiteral("QtKeychain"), QStringLiteral(PD_KEYCHAIN_VERSION),
                     QStringLiteral("BSD-3-Clause"), tr("passwords in the system keychain")};
    return out;
}

} // namespace PressDesk
