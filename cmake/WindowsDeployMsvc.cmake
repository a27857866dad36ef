# What `cmake --install` (and so CPack's NSIS installer) puts beside pressdesk.exe when PressDesk
# is built on Windows itself with Visual Studio (presets windows-msvc and windows-msvc-vcpkg):
# the same folder as the MinGW cross-build's (cmake/WindowsDeploy.cmake), made with Windows' own
# tools. windeployqt copies the Qt DLLs and the plugins the programs use (platforms, styles,
# sqldrivers with QSQLITE and QPSQL, tls, imageformats…); the other DLLs they and those plugins
# import (QtKeychain, libpq with OpenSSL, SQLite, hunspell, libexif, libzip…) are found by
# CMake's file(GET_RUNTIME_DEPENDENCIES) with Visual Studio's dumpbin in vcpkg's bin (or the
# CMAKE_PREFIX_PATH entries' bin); the Visual C++ runtime comes from Visual Studio's
# redistributable folder (InstallRequiredSystemLibraries). Included from the top-level
# CMakeLists.txt when the compiler is MSVC. Not run on the Linux build machine: see the README's
# Windows section for what is verified where.

# windeployqt: Qt's own target where Qt has it (6.5 and later), else beside Qt's programs.
if(TARGET Qt6::windeployqt)
    set(PRESSDESK_WINDEPLOYQT "$<TARGET_FILE:Qt6::windeployqt>")
else()
    find_program(PRESSDESK_WINDEPLOYQT_PROGRAM windeployqt REQUIRED
        HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
    set(PRESSDESK_WINDEPLOYQT "${PRESSDESK_WINDEPLOYQT_PROGRAM}")
endif()
# dumpbin reads the import tables; it sits beside Visual Studio's linker.
get_filename_component(_pd_msvc_bin "${CMAKE_LINKER}" DIRECTORY)
find_program(PRESSDESK_DUMPBIN dumpbin REQUIRED HINTS "${_pd_msvc_bin}")

# Where the DLLs are looked for: Qt's bin and the bin of every prefix (vcpkg's installed tree
# is one, set by its toolchain file).
set(_pd_dll_dirs "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
foreach(_pd_prefix IN LISTS CMAKE_PREFIX_PATH)
    list(APPEND _pd_dll_dirs "${_pd_prefix}/bin")
endforeach()
list(REMOVE_DUPLICATES _pd_dll_dirs)
# vcpkg lists its debug tree too; the folder is made of release DLLs (windeployqt --release).
list(FILTER _pd_dll_dirs EXCLUDE REGEX "/debug/bin$")

# Headless runs (the tests' platform) need the offscreen platform, which windeployqt leaves out;
# the MinGW folder ships it too.
if(TARGET Qt6::QOffscreenIntegrationPlugin)
    install(FILES "$<TARGET_FILE:Qt6::QOffscreenIntegrationPlugin>" DESTINATION platforms)
endif()
install(FILES "${CMAKE_SOURCE_DIR}/resources/windows/qt.conf" DESTINATION .)

install(CODE "
    set(PRESSDESK_WINDEPLOYQT \"${PRESSDESK_WINDEPLOYQT}\")
    set(PRESSDESK_DUMPBIN \"${PRESSDESK_DUMPBIN}\")
    set(PRESSDESK_DLL_DIRS \"${_pd_dll_dirs}\")
")
install(SCRIPT "${CMAKE_CURRENT_LIST_DIR}/WindowsRuntimeDepsMsvc.cmake")

# The Visual C++ runtime (vcruntime140.dll, msvcp140.dll…) beside the programs; the Universal
# C runtime is part of Windows 10 and later.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION .)
set(CMAKE_INSTALL_UCRT_LIBRARIES OFF)
include(InstallRequiredSystemLibraries)

# The Vietnamese spell-checking dictionary: Debian's hunspell-vi, the files the MinGW build
# ships, taken from the extras archive (third_party/windows/README.md; vcpkg has no
# dictionaries), or from PRESSDESK_WIN_DICTIONARY_DIR. In share/hunspell beside the programs:
# in the installed folder, and in the build folder, where the programs and the tests run.
set(PRESSDESK_WIN_DICTIONARY_DIR "" CACHE PATH
    "Folder with vi_VN.aff, vi_VN.dic and vi_VN-copyright.txt (default: from the extras archive)")
set(_pd_dictionary_dir "${PRESSDESK_WIN_DICTIONARY_DIR}")
if(NOT _pd_dictionary_dir)
    set(_pd_extras "${CMAKE_SOURCE_DIR}/third_party/windows/windows-mingw-extras-pd1.tar.xz")
    set(_pd_dictionary_dir "${CMAKE_BINARY_DIR}/windows-extras/pd-win/share/hunspell")
    if(NOT EXISTS "${_pd_dictionary_dir}/vi_VN.dic")
        file(ARCHIVE_EXTRACT INPUT "${_pd_extras}" DESTINATION "${CMAKE_BINARY_DIR}/windows-extras"
            PATTERNS "pd-win/share/hunspell/*")
    endif()
endif()
set(PRESSDESK_WIN_DICTIONARY
    "${_pd_dictionary_dir}/vi_VN.aff"
    "${_pd_dictionary_dir}/vi_VN.dic"
    "${_pd_dictionary_dir}/vi_VN-copyright.txt")
install(FILES ${PRESSDESK_WIN_DICTIONARY} DESTINATION share/hunspell)
file(COPY ${PRESSDESK_WIN_DICTIONARY} DESTINATION "${CMAKE_BINARY_DIR}/share/hunspell")
