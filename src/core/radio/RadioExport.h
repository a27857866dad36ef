#pragma once

#include "Result.h"
#include "radio/Radio.h"

#include <QCoreApplication>
#include <QStringList>

namespace PressDesk {

// A rundown written out for the text-to-speech systems of the loudspeakers: one UTF-8 text
// file per item, in the rundown's order, named by radioItemFileName ("01-<title>.txt"), each
// holding the item's script and a final line break (the platform's line ends). The CLI's
// `radio export --format txt` and the radio window's Export both write through it.
class RadioExport
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::RadioExport)

public:
    // Writes into folder (made if missing) and returns the files written, in order. A rundown
    // without items writes nothing and is an error ("empty"); so is a folder that is a file
    // or cannot be made, and a file that cannot be written ("io"; the files before it stay).
    static Result<QStringList> writeTextFiles(const Rundown &rundown, const QString &folder);
};

} // namespace PressDesk
