#include "FileErrors.h"

#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

namespace PressDesk {

namespace {

// Windows: whether another program holds the file open without sharing it (Word does so
// with the document it edits): the usual reason there why an existing file cannot be read.
bool openedElsewhere(const QString &path)
{
#ifdef Q_OS_WIN
    const std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    HANDLE h = CreateFileW(native.c_str(), GENERIC_READ,
                           FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                           OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h != INVALID_HANDLE_VALUE) {
        CloseHandle(h);
        return false;
    }
    return GetLastError() == ERROR_SHARING_VIOLATION;
#else
    Q_UNUSED(path);
    return false;
#endif
}

} // namespace

Error FileErrors::readError(const QString &path, const QFileDevice &file)
{
    const QFileInfo info(path);
    QString reason;
    if (!info.exists())
        reason = tr("the file does not exist.");
    else if (info.isDir())
        reason = tr("it is a folder, not a file.");
    else if (!info.isReadable())
        reason = tr("you have no permission to read it.");
    else if (openedElsewhere(path))
        reason = tr("another program has it open and does not let others read it. Close it "
                    "there (in Word, for example) and try again.");
    else
        reason = tr("the file could not be opened. Details: %1").arg(file.errorString());
    return Error{QStringLiteral("io"), tr("Cannot read %1: %2").arg(path, reason)};
}

Result<QByteArray> FileErrors::readFile(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
        return readError(path, file);
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return readError(path, file);
    return data;
}

} // namespace PressDesk
