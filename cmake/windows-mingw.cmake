# Cross-build for 64-bit Windows with Debian's MinGW-w64 (g++-mingw-w64-x86-64-posix) against
# the Windows toolchain archive (third_party/windows/README.md): Qt 6.4.2 in /opt/qt6-win, the
# libraries in /opt/pd-win. Qt's host tools (moc, uic, rcc, lrelease) are Debian's own Qt 6.4.2.
# scripts/build-windows.sh uses it through the "windows-mingw" preset.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)

set(PRESSDESK_WIN_QT /opt/qt6-win CACHE PATH "Qt for Windows (from the toolchain archive)")
set(PRESSDESK_WIN_LIBS /opt/pd-win CACHE PATH "Libraries for Windows (from the toolchain archive)")

set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 ${PRESSDESK_WIN_LIBS} ${PRESSDESK_WIN_QT})
set(CMAKE_PREFIX_PATH ${PRESSDESK_WIN_QT} ${PRESSDESK_WIN_LIBS})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Qt's host tools and the LinguistTools package come from the build machine's Qt.
set(QT_HOST_PATH /usr CACHE PATH "")
set(QT_HOST_PATH_CMAKE_DIR /usr/lib/x86_64-linux-gnu/cmake CACHE PATH "")
# pkg-config (gumbo, libzip) must see only the Windows libraries.
set(ENV{PKG_CONFIG_LIBDIR} ${PRESSDESK_WIN_LIBS}/lib/pkgconfig)
set(ENV{PKG_CONFIG_PATH} "")

# ctest runs the Windows test programs under Wine (scripts/test-windows.sh).
set(CMAKE_CROSSCOMPILING_EMULATOR ${CMAKE_CURRENT_LIST_DIR}/../scripts/windows/wine-run.sh)
