#!/usr/bin/env bash
# Cross-builds PressDesk for 64-bit Windows on Debian/Ubuntu and makes what an office installs:
#   build/windows/dist/                              pressdesk.exe, pressdesk-cli.exe and all
#                                                    they need, runs on a clean Windows as is
#   build/windows/PressDesk-VERSION-win64-setup.exe  the NSIS installer
# Installs what it needs (MinGW-w64, NSIS, Wine; scripts/install-deps.sh --windows), unpacks the
# Windows toolchain and its extras (third_party/windows/README.md) into /opt when they are
# missing or older, then
# builds with warnings as errors through the "windows-mingw" CMake preset, tests included
# (scripts/test-windows.sh runs them under Wine).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --windows

archive=third_party/windows/windows-mingw-qt6.4.2-pd1.tar.xz
want="$(basename "$archive" .tar.xz)"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
if ! grep -qs "^${want##*-}:" /opt/pd-win/TOOLCHAIN-VERSION; then
    echo "Unpacking the Windows toolchain ($archive) into /opt"
    $SUDO rm -rf /opt/qt6-win /opt/pd-win
    $SUDO tar -C /opt -xJf "$archive"
fi
# The extras (hunspell, libexif, the Vietnamese dictionary; third_party/windows/build-extras.sh)
# go into /opt/pd-win beside the toolchain's libraries; unpacking the toolchain removes them.
extras=third_party/windows/windows-mingw-extras-pd1.tar.xz
want="$(basename "$extras" .tar.xz)"
if ! grep -qs "^${want##*-}:" /opt/pd-win/EXTRAS-VERSION; then
    echo "Unpacking the Windows extras ($extras) into /opt/pd-win"
    $SUDO tar -C /opt -xJf "$extras"
fi

cmake --preset windows-mingw >/dev/null
cmake --build --preset windows-mingw

rm -rf build/windows/dist
cmake --install build/windows --prefix build/windows/dist >/dev/null
(cd build/windows && cpack -G NSIS >/dev/null && rm -rf _CPack_Packages)
ls build/windows/PressDesk-*-win64-setup.exe
