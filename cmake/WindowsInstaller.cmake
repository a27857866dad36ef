# The Windows installer, PressDesk-<version>-win64-setup.exe: CPack's NSIS generator, run with
# Debian's makensis (package nsis) by scripts/build-windows.sh, or with NSIS's own makensis on
# Windows (.github/workflows/windows.yml). It installs what cmake/WindowsDeploy.cmake (or
# cmake/WindowsDeployMsvc.cmake) puts in the folder, with Start-menu and desktop shortcuts and an
# uninstaller; per machine or per user (cmake/nsis/NSIS.template.in says how); /S is silent.
set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_NAME PressDesk)
set(CPACK_PACKAGE_VENDOR PressDesk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY PressDesk)
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY PressDesk)
set(CPACK_PACKAGE_FILE_NAME "PressDesk-${PROJECT_VERSION}-win64-setup")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
# Start menu: "PressDesk" opens pressdesk.exe; the desktop gets the same shortcut (always: CPack's
# own desktop link needs an options page that a silent install never shows).
set(CPACK_PACKAGE_EXECUTABLES pressdesk PressDesk)
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$DESKTOP\\\\PressDesk.lnk' '$INSTDIR\\\\pressdesk.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$DESKTOP\\\\PressDesk.lnk'")
set(CPACK_NSIS_PACKAGE_NAME PressDesk)
set(CPACK_NSIS_DISPLAY_NAME PressDesk)
set(CPACK_NSIS_INSTALLED_ICON_NAME pressdesk.exe)
set(CPACK_NSIS_MUI_ICON "${CMAKE_SOURCE_DIR}/resources/icons/pressdesk.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_SOURCE_DIR}/resources/icons/pressdesk.ico")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
set(CPACK_NSIS_EXECUTABLE makensis)
# The installer's own architecture. 64-bit like the program with Debian's makensis (which has
# the amd64 stubs, and Wine without its 32-bit part runs it); NSIS's own Windows build has only
# 32-bit stubs, so on Windows the installer is a 32-bit program that installs the 64-bit one,
# into Program Files all the same (MULTIUSER_USE_PROGRAMFILES64 in the template).
if(CMAKE_HOST_WIN32)
    set(_pd_nsis_target x86-unicode)
else()
    set(_pd_nsis_target amd64-unicode)
endif()
set(PRESSDESK_NSIS_TARGET ${_pd_nsis_target} CACHE STRING
    "NSIS target of the installer (amd64-unicode needs a makensis with the amd64 stubs)")
set(CPACK_PRESSDESK_NSIS_TARGET ${PRESSDESK_NSIS_TARGET})
# Our template: per-machine or per-user installs.
list(PREPEND CMAKE_MODULE_PATH "${CMAKE_SOURCE_DIR}/cmake/nsis")
include(CPack)
