#include "radio/RadioExport.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

namespace PressDesk {

namespace {

Error writeError(const QString &path, const QSaveFile &file)
{
    return RadioExport::writeError(path, file.errorString()).error();
}

Status writeText(const QString &path, const QString &text)
{
    const QByteArray bytes = (text + u'\n').toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return writeError(path, file);
    if (file.write(bytes) != bytes.size()) { // the size given, whatever the line ends
        const Error e = writeError(path, file);
        file.cancelWriting();
        return e;
    }
    if (!file.commit())
        return writeError(path, file);
    return {};
}

} // namespace

Status RadioExport::writeError(const QString &path, const QString &detail)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    const QString reason = storage.isValid() && storage.bytesAvailable() == 0
                               ? tr("the disk is full.")
                               : tr("the file could not be saved. Details: %1").arg(detail);
    return Error{QStringLiteral("io"),
                 tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason)};
}

Status RadioExport::hasItems(const Rundown &rundown)
{
    if (!rundown.items.isEmpty())
        return {};
    return Error{
        QStringLiteral("empty"),
        tr("%1 has no item on %2: nothing was written.")
            .arg(rundown.program.name, rundown.date.toString(QStringLiteral("dd/MM/yyyy")))};
}

Result<QStringList> RadioExport::writeTextFiles(const Rundown &rundown, const QString &folder)
{
    if (Status st = hasItems(rundown); !st)
        return st.error();
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return Error{QStringLiteral("io"), tr("Cannot write into %1: it is a file, not a folder.")
                                               .arg(QDir::toNativeSeparators(folder))};
    if (!QDir().mkpath(folder))
        return Error{QStringLiteral("io"),
                     tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder))};
    QStringList written;
    for (const RadioItem &i : rundown.items) {
        const QString path =
            QDir(folder).filePath(radioItemFileName(i.position, i.title, QStringLiteral("txt")));
        if (auto st = writeText(path, i.script); !st)
            return st.error();
        written << path;
    }
    return written;
}

} // namespace PressDesk
