#!/usr/bin/env bash
# Builds the extras of the Windows toolchain (x86_64, MinGW-w64) from Debian 12 source packages
# and packs them as windows-mingw-extras-pd1.tar.xz beside this script (README.md: what is in
# it, licences). A few minutes, against the unpacked toolchain (build-toolchain.sh, /opt); kept
# apart from it so that adding a small library does not mean rebuilding Qt for an hour.
#
# Contents, under pd-win/ (unpacked into /opt/pd-win beside the toolchain's libraries):
#   hunspell 1.7.1 (Debian hunspell source, its patches applied), static, with hunspell.pc;
#     patched so that a "\\?\" path is opened as UTF-16 with MinGW too (upstream does it only
#     for MSVC): the dictionary of a per-user installation may sit under a user name that the
#     ANSI code page cannot spell;
#   libexif 0.6.24 (Debian libexif source, its patches applied), static, with libexif.pc;
#   share/hunspell/vi_VN.aff, vi_VN.dic: the Vietnamese dictionary of Debian's hunspell-vi
#     (from libreoffice-dictionaries), with its copyright file;
#   EXTRAS-VERSION: what scripts/build-windows.sh checks.
# Both libraries are compiled file by file, as gumbo is in build-toolchain.sh: their
# configure scripts are not needed for a static library (libexif's Debian source has none).
# Host packages: g++-mingw-w64-x86-64-posix, dpkg-dev, xz-utils, and deb-src entries for
# Debian's archive (apt-get source).
set -euo pipefail
here="$(dirname "$(readlink -f "$0")")"
W=${WORK:-/tmp/win-extras}
rm -rf "$W" && mkdir -p "$W" && cd "$W"
P=$W/pd-win
CC=x86_64-w64-mingw32-gcc-posix
CXX=x86_64-w64-mingw32-g++-posix
AR=x86_64-w64-mingw32-ar
mkdir -p $P/include/hunspell $P/include/libexif $P/lib/pkgconfig $P/share/hunspell

apt-get source hunspell libexif
apt-get download hunspell-vi

# hunspell: the library only (no tools), static; HUNSPELL_STATIC makes its declarations plain.
HS=hunspell-1.7.1
sed -i 's/#if defined(_WIN32) && defined(_MSC_VER)/#if defined(_WIN32)/' $HS/src/hunspell/csutil.cxx
for f in $HS/src/hunspell/*.cxx; do
    $CXX -O2 -std=c++11 -DHUNSPELL_STATIC -DBUILDING_LIBHUNSPELL -I$HS/src/hunspell -c "$f" -o "${f%.cxx}.o"
done
$AR rcs $P/lib/libhunspell-1.7.a $HS/src/hunspell/*.o
cp $HS/src/hunspell/{hunspell.h,hunspell.hxx,hunvisapi.h,w_char.hxx,atypes.hxx,htypes.hxx} $P/include/hunspell/
printf '%s\n' 'prefix=/opt/pd-win' 'libdir=${prefix}/lib' 'includedir=${prefix}/include' \
    'Name: hunspell' 'Description: Hunspell spellchecking library (static)' 'Version: 1.7.1' \
    'Libs: -L${libdir} -lhunspell-1.7' 'Cflags: -I${includedir}/hunspell -DHUNSPELL_STATIC' \
    >$P/lib/pkgconfig/hunspell.pc

# libexif: config.h and _stdint.h are what its configure would write for MinGW-w64 (no NLS).
EX=libexif-0.6.24
cat >$EX/config.h <<'CONFIG'
#define GETTEXT_PACKAGE "libexif-12"
#define LOCALEDIR ""
#define HAVE_LOCALTIME_S 1
CONFIG
printf '%s\n' '#ifndef _LIBEXIF_STDINT_H' '#define _LIBEXIF_STDINT_H 1' '#include <stdint.h>' \
    '#endif' >$EX/libexif/_stdint.h
for f in $EX/libexif/*.c $EX/libexif/*/*.c; do
    $CC -O2 -I$EX -I$EX/libexif -c "$f" -o "${f%.c}.o"
done
$AR rcs $P/lib/libexif.a $EX/libexif/*.o $EX/libexif/*/*.o
cp $EX/libexif/exif-*.h $EX/libexif/_stdint.h $P/include/libexif/
rm -f $P/include/libexif/exif-mnote-data-priv.h $P/include/libexif/exif-system.h
printf '%s\n' 'prefix=/opt/pd-win' 'libdir=${prefix}/lib' 'includedir=${prefix}/include' \
    'Name: libexif' 'Description: Library for easy access to EXIF data (static)' \
    'Version: 0.6.24' 'Libs: -L${libdir} -lexif -lm' 'Cflags: -I${includedir}' \
    >$P/lib/pkgconfig/libexif.pc

# The Vietnamese dictionary, as Debian installs it (/usr/share/hunspell), and its licence.
dpkg-deb -x hunspell-vi_*.deb vi
cp -L vi/usr/share/hunspell/vi_VN.aff vi/usr/share/hunspell/vi_VN.dic $P/share/hunspell/
cp vi/usr/share/doc/hunspell-vi/copyright $P/share/hunspell/vi_VN-copyright.txt

echo "pd1: hunspell 1.7.1, libexif 0.6.24, hunspell-vi (third_party/windows/README.md)" >$P/EXTRAS-VERSION
tar -C "$W" -cJf "$here/windows-mingw-extras-pd1.tar.xz" pd-win
