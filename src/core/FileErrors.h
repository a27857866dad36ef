#pragma once

#include "Result.h"

#include <QCoreApplication>

class QFileDevice;

namespace PressDesk {

// Why a file the user named cannot be read, in our words rather than the system's: it does
// not exist, it is a folder, no permission, another program holds it open (Windows: Word with
// the document it edits), else the system's text as a detail. Used by the CLI, plan documents
// and image insertion alike.
class FileErrors
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::FileErrors)

public:
    // `file` is the device that failed to open `path`.
    static Error readError(const QString &path, const QFileDevice &file);
    // The whole file the user named, or why not in those words (a folder is refused too).
    static Result<QByteArray> readFile(const QString &path);
};

} // namespace PressDesk
