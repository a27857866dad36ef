#!/usr/bin/env bash
# Installs what PressDesk needs to build, run and test on Debian 12 / Ubuntu 22.04+.
# Idempotent: does nothing when everything is present.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
    # Qt's PostgreSQL driver (QPSQL, with libpq): the office server.
    libqt6sql6-psql
    # libpq and SQLite's headers: the sync's pull streams articles with COPY and writes them
    # in bulk (sync/ArticlePull).
    libpq-dev libsqlite3-dev
    qt6-l10n-tools qt6-translations-l10n qt6-image-formats-plugins libqt6svg6 libgl-dev
    libgumbo-dev qtkeychain-qt6-dev libzip-dev
    # libexif: the date and GPS position of a visual campaign's evidence photos.
    libexif-dev
    # hunspell and its Vietnamese dictionary: spell checking.
    libhunspell-dev hunspell-vi
    sqlite3
    fonts-dejavu-core
    fonts-liberation
)
if [ "${1:-}" = "--windows" ] || [ "${2:-}" = "--windows" ]; then
    # The Windows cross-build (scripts/build-windows.sh): MinGW-w64, NSIS for the installer,
    # Wine to run the tests and the installer.
    PACKAGES+=(g++-mingw-w64-x86-64-posix nsis wine wine64 xz-utils x11-utils)
    # The static zlib that the toolchain's libzip.pc names as -l:libz.a: CMake's imported
    # pkg-config target drops the file's -L, so the linker finds it in MinGW's own folder.
    PACKAGES+=(libz-mingw-w64-dev)
fi
if [ "${1:-}" = "--tests" ]; then
    # Screenshots and GUI checks under a virtual X server; a real WordPress on loopback for
    # the publisher's integration tests (scripts/wordpress-test-env.sh).
    PACKAGES+=(xvfb xauth imagemagick curl procps wordpress mariadb-server php-cli php-mysql)
    # A real PostgreSQL with TLS on loopback for the office server's integration tests
    # (scripts/postgres-test-env.sh: a cluster of its own; the one Debian's package may start
    # on port 5432 is not used).
    PACKAGES+=(postgresql openssl)
    # The plan report's checks: the PDF's text and pages (pdftotext, pdfinfo), the ODT's XML.
    PACKAGES+=(poppler-utils unzip)
    # LibreOffice opens the report's ODT in its test, and converts the documents of the import's
    # tests (tests/data/import) as it does for users (83 MB; 30 s to install here).
    PACKAGES+=(libreoffice-writer-nogui)
    # The radio's Vietnamese voice (radio/Speech: Listen, and its calibration tested against
    # real synthesis).
    PACKAGES+=(espeak-ng)
    # A real Secret Service for the portal-password test (scripts/keychain-session.sh).
    PACKAGES+=(gnome-keyring dbus-daemon)
    # .ci/run checks the formatting against .clang-format (scripts/check-format.sh).
    PACKAGES+=(clang-format)
    # The fuzz stage (scripts/run-fuzz-tests.sh): clang; the sanitizers' and libFuzzer's
    # runtimes (libclang_rt.asan/ubsan/fuzzer*.a), which Debian 12 ships in libclang-rt-14-dev,
    # only a recommendation of clang's; llvm for llvm-symbolizer (readable stack traces).
    PACKAGES+=(clang libclang-rt-14-dev llvm)
    # The .deb's checks (scripts/build-deb.sh, scripts/test-deb.sh).
    PACKAGES+=(lintian appstream desktop-file-utils dpkg-dev)
fi

missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
