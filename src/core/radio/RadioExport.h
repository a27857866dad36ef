#pragma once

#include "Result.h"
#include "radio/Radio.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <memory>

class QTextDocument;

namespace PressDesk {

class Database;

// What the announcer's sheet says: the rundown, who it is from (the office profile) and which
// items have aired.
struct RundownSheet
{
    Rundown rundown;
    QString officeName; // the office profile's; empty until the office has said who it is
    QString parentBody;
    QHash<QString, QStringList> airedOn; // item id -> the stations it aired on
};

// A rundown written out. For the text-to-speech systems of the loudspeakers: one UTF-8 text
// file per item, in the rundown's order, named by radioItemFileName ("01-<title>.txt"), each
// holding the item's script and a final line break (the platform's line ends). For the
// announcer: one ODT or PDF document (RundownDocument.cpp) with a header (the office, the
// station, the programme, the day and the slot), the rundown as a table (order, title,
// duration, start within the slot, aired), the total against the slot with the over-time
// warning in words, then every item's script in full in large type. The CLI's
// `radio export --format odt|pdf|txt` and the radio window's Export… write through it.
class RadioExport
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::RadioExport)

public:
    // Writes into folder (made if missing) and returns the files written, in order. A rundown
    // without items writes nothing and is an error ("empty"); so is a folder that is a file
    // or cannot be made, and a file that cannot be written ("io"; the files before it stay).
    static Result<QStringList> writeTextFiles(const Rundown &rundown, const QString &folder);

    // The programme's day from the store with the office profile and the aired log.
    static Result<RundownSheet> sheet(Database &db, const QString &programId, const QDate &date);

    // The announcer's document (needs a QGuiApplication for the PDF). A rundown without items
    // is refused ("empty"); so is a file that cannot be written ("io", in words: no
    // permission, the disk is full…), and nothing half-written is left.
    static std::unique_ptr<QTextDocument> document(const RundownSheet &sheet);
    static Result<QByteArray> odt(const RundownSheet &sheet);
    static Status writeOdt(const RundownSheet &sheet, const QString &path);
    static Status writePdf(const RundownSheet &sheet, const QString &path);

    // An error ("empty") for a rundown without items: there is nothing to write.
    static Status hasItems(const Rundown &rundown);

    // The over-time warning in words ("" when the items fit the slot).
    static QString overTimeWarning(const Rundown &rundown);

    // Why `path` could not be written: the disk is full, else the system's detail.
    static Status writeError(const QString &path, const QString &detail);
};

} // namespace PressDesk
