# What `cmake --install` (and so CPack's NSIS installer) puts beside pressdesk.exe on Windows,
# so that the folder runs on a clean Windows: the DLLs the programs load (Qt, the MinGW runtime,
# QtKeychain, libpq with OpenSSL), the Qt plugins PressDesk uses and a qt.conf that makes the
# folder its own Qt prefix. (Qt 6.4 has no Vietnamese qtbase catalogue: the Qt strings PressDesk
# shows are translated in its own, src/core/QtStandardStrings.cpp.) This is what windeployqt does on Windows;
# here it runs on the Linux build machine, reading the programs' imports with MinGW's objdump.
# Included from the top-level CMakeLists.txt when building for Windows.

set(PRESSDESK_WIN_QT "${PRESSDESK_WIN_QT}" CACHE PATH "Qt for Windows")
set(PRESSDESK_WIN_LIBS "${PRESSDESK_WIN_LIBS}" CACHE PATH "Libraries for Windows")
find_program(PRESSDESK_MINGW_OBJDUMP NAMES x86_64-w64-mingw32-objdump REQUIRED)
# The MinGW runtime DLLs (libstdc++-6.dll, libgcc_s_seh-1.dll, libwinpthread-1.dll).
execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libstdc++-6.dll
                OUTPUT_VARIABLE _pd_libstdcxx OUTPUT_STRIP_TRAILING_WHITESPACE)
execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libwinpthread-1.dll
                OUTPUT_VARIABLE _pd_winpthread OUTPUT_STRIP_TRAILING_WHITESPACE)
get_filename_component(_pd_gcc_dir "${_pd_libstdcxx}" DIRECTORY)
get_filename_component(_pd_pthread_dir "${_pd_winpthread}" DIRECTORY)
set(PRESSDESK_WIN_DLL_DIRS "${PRESSDESK_WIN_QT}/bin" "${PRESSDESK_WIN_LIBS}/bin" "${_pd_gcc_dir}"
    "${_pd_pthread_dir}" CACHE INTERNAL "Where the Windows DLLs are found")

set(PRESSDESK_WIN_PLUGINS
    platforms/qwindows.dll
    # Headless runs (tests, the installer's smoke run under Wine).
    platforms/qoffscreen.dll
    styles/qwindowsvistastyle.dll
    sqldrivers/qsqlite.dll
    # The office server (PostgreSQL through libpq).
    sqldrivers/qsqlpsql.dll
    tls/qschannelbackend.dll
    tls/qcertonlybackend.dll
    imageformats/qjpeg.dll
    imageformats/qgif.dll
    imageformats/qico.dll)
foreach(plugin IN LISTS PRESSDESK_WIN_PLUGINS)
    get_filename_component(dir "${plugin}" DIRECTORY)
    install(FILES "${PRESSDESK_WIN_QT}/plugins/${plugin}" DESTINATION "${dir}")
endforeach()

install(FILES "${CMAKE_SOURCE_DIR}/resources/windows/qt.conf" DESTINATION .)

# Every DLL the programs and the plugins import, found in the directories above (MinGW's
# objdump reads the import tables; CMake's own file(GET_RUNTIME_DEPENDENCIES) folds the names to
# lower case, which a Linux file system does not find); Windows' own DLLs are not shipped.
install(CODE "
    set(PRESSDESK_OBJDUMP \"${PRESSDESK_MINGW_OBJDUMP}\")
    set(PRESSDESK_DLL_DIRS \"${PRESSDESK_WIN_DLL_DIRS}\")
    set(PRESSDESK_PLUGINS \"${PRESSDESK_WIN_PLUGINS}\")
")
install(SCRIPT "${CMAKE_CURRENT_LIST_DIR}/WindowsRuntimeDeps.cmake")

# The Vietnamese spell-checking dictionary (Debian's hunspell-vi, from the extras archive:
# third_party/windows/build-extras.sh) where Text::SpellChecker looks first, share/hunspell
# beside the programs: in the installed folder, and in the build folder, where the programs
# and the tests run under Wine.
set(PRESSDESK_WIN_DICTIONARY
    "${PRESSDESK_WIN_LIBS}/share/hunspell/vi_VN.aff"
    "${PRESSDESK_WIN_LIBS}/share/hunspell/vi_VN.dic"
    "${PRESSDESK_WIN_LIBS}/share/hunspell/vi_VN-copyright.txt")
install(FILES ${PRESSDESK_WIN_DICTIONARY} DESTINATION share/hunspell)
file(COPY ${PRESSDESK_WIN_DICTIONARY} DESTINATION "${CMAKE_BINARY_DIR}/share/hunspell")
