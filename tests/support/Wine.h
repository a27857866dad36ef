#pragma once

// Whether this Windows test program runs under Wine (scripts/test-windows.sh) rather than on
// Windows itself. A test skips on Wine only for a limit of Wine, never of PressDesk, and says
// which (WINE_ONLY_SKIP).

#include <QtGlobal>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

inline bool runningUnderWine()
{
#ifdef Q_OS_WIN
    HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version");
#else
    return false;
#endif
}

// Skips the current test function under Wine, with the reason; does nothing elsewhere.
#define WINE_ONLY_SKIP(reason)                                                                     \
    do {                                                                                           \
        if (runningUnderWine())                                                                    \
            QSKIP("Wine: " reason);                                                                \
    } while (0)

// The Linux programs some tests read their output with (pdftotext, pdfinfo, unzip, soffice):
// Wine starts a Linux program from a Windows one but connects neither its pipes nor its exit
// code, so under Wine those checks run on the Linux side instead (scripts/windows/
// installer-smoke.sh reads the report that the installed Windows CLI wrote).
#define WINE_SKIP_LINUX_TOOL(name)                                                                 \
    WINE_ONLY_SKIP(                                                                                \
        name " is a Linux program, whose output a Windows program cannot read under "              \
             "Wine; scripts/windows/installer-smoke.sh checks the Windows-made file with it")

// Skips the test function (a macro: QSKIP returns from the function it is written in) without
// LibreOffice, and under Wine, where a Linux soffice's output cannot be read (the caller
// includes import/DocumentImport.h).
#define NEED_SOFFICE()                                                                             \
    do {                                                                                           \
        WINE_SKIP_LINUX_TOOL("soffice");                                                           \
        if (PressDesk::DocumentImport::findSoffice().isEmpty())                                    \
            QSKIP("soffice is not installed (Debian: libreoffice-writer-nogui)");                  \
    } while (0)
