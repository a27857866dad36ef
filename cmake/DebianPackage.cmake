# The Debian/Ubuntu package (cpack -G DEB; scripts/build-deb.sh builds and checks it).
# Dependencies: the shared libraries the programs link are found by dpkg-shlibdeps; what they
# load at run time is named here — Qt's SQLite and PostgreSQL drivers, the X11/Wayland platform
# plugins, the image formats of articles' pictures, the Vietnamese dictionary for spelling.
# LibreOffice is recommended, not required: File → Import document and `article import` run it
# (soffice) to read .docx, .odt, .doc and .rtf; without it they say what to install.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pressdesk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "The PressDesk developers <pressdesk@pressdesk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "newsroom editor for local government press offices")
# The long description (CPack puts the summary above it as the synopsis).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "PressDesk is a desktop newsroom for the press offices of Vietnamese local\n\
government: staff draft articles offline in an editor that saves as they type,\n\
with spelling and the old Vietnamese fonts converted; supervisors review and\n\
approve them; approved articles go to the office's WordPress portal through an\n\
outbox; several desks share their work through the office's PostgreSQL server;\n\
propaganda plans are tracked against the articles, broadcasts and banners\n\
really produced, and their reports written as administrative documents.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION editors)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/pressdesk/pressdesk")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, hunspell-vi")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-image-formats-plugins, qt6-translations-l10n, gnome-keyring | kwalletmanager, libreoffice-writer-nogui | libreoffice-writer, espeak-ng")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Debian's documentation files: the copyright, and the changelog compressed as policy wants
# (gzip -9n: no name or time in it, so the package is reproducible).
set(PRESSDESK_DEB_CHANGELOG ${CMAKE_BINARY_DIR}/debian/changelog.gz)
add_custom_command(OUTPUT ${PRESSDESK_DEB_CHANGELOG}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/debian
    COMMAND gzip -9n -c ${CMAKE_SOURCE_DIR}/resources/debian/changelog > ${PRESSDESK_DEB_CHANGELOG}
    DEPENDS ${CMAKE_SOURCE_DIR}/resources/debian/changelog VERBATIM)
add_custom_target(pressdesk_deb_changelog ALL DEPENDS ${PRESSDESK_DEB_CHANGELOG})
install(FILES ${CMAKE_SOURCE_DIR}/resources/debian/copyright ${PRESSDESK_DEB_CHANGELOG}
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/pressdesk)

# The manual pages, compressed as policy wants: pressdesk's is written by hand
# (resources/man/pressdesk.1), pressdesk-cli's made from the program's own help at build time
# (cmake/ManPage.cmake), so that it lists exactly the commands there are.
set(PRESSDESK_MAN_DIR ${CMAKE_BINARY_DIR}/man)
add_custom_command(OUTPUT ${PRESSDESK_MAN_DIR}/pressdesk-cli.1.gz ${PRESSDESK_MAN_DIR}/pressdesk.1.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PRESSDESK_MAN_DIR}
    COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:pressdesk-cli>
            -DOUT=${PRESSDESK_MAN_DIR}/pressdesk-cli.1 -DVERSION=${PROJECT_VERSION}
            -P ${CMAKE_SOURCE_DIR}/cmake/ManPage.cmake
    COMMAND gzip -9nf ${PRESSDESK_MAN_DIR}/pressdesk-cli.1
    COMMAND gzip -9n -c ${CMAKE_SOURCE_DIR}/resources/man/pressdesk.1 > ${PRESSDESK_MAN_DIR}/pressdesk.1.gz
    DEPENDS pressdesk-cli ${CMAKE_SOURCE_DIR}/cmake/ManPage.cmake
            ${CMAKE_SOURCE_DIR}/resources/man/pressdesk.1 VERBATIM)
add_custom_target(pressdesk_man ALL DEPENDS ${PRESSDESK_MAN_DIR}/pressdesk-cli.1.gz
    ${PRESSDESK_MAN_DIR}/pressdesk.1.gz)
install(FILES ${PRESSDESK_MAN_DIR}/pressdesk-cli.1.gz ${PRESSDESK_MAN_DIR}/pressdesk.1.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

include(CPack)
