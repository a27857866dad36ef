#!/usr/bin/env bash
# Builds the Windows (x86_64, MinGW-w64) toolchain that PressDesk cross-compiles against, from
# Debian 12 source packages plus two upstream repositories, and packs it as
# windows-mingw-qt6.4.2-pd1.tar.xz beside this script (README.md: what is in it, licences). It
# takes about an hour on 2 cores; the packed result is kept here so that builds and CI do not
# repeat it.
#
# Contents, installed under two prefixes inside the archive:
#   qt6-win/  Qt 6.4.2 qtbase (Debian's qt6-base source, 6.4.2+dfsg-10): Core Gui Widgets Sql
#             Network Concurrent Test Xml; plugins: windows, offscreen, minimal (platforms),
#             sqlite (against the SQLite below), psql (against the libpq below), schannel TLS,
#             image formats. No OpenGL, no D-Bus, no ICU, no tablet support (Debian's source
#             has no wintab.h), no print support.
#   pd-win/   SQLite 3.40.1 (Debian sqlite3 source; FTS5, FTS3, RTREE), static;
#             gumbo 0.10.1 (google/gumbo-parser, static, with a pkg-config file);
#             QtKeychain 0.13.2 (frankosterfeld/qtkeychain tag v0.13.2, Credential Manager);
#             OpenSSL 3.0 (Debian openssl source) and libpq 15 (Debian postgresql-15 source),
#             for the PostgreSQL driver with TLS;
#             libzip 1.7.3 (Debian libzip source; static, Windows crypto) with zlib 1.2.13
#             (Debian's libz-mingw-w64-dev, static), for the plan report's ODT.
# Host packages: g++-mingw-w64-x86-64-posix, libz-mingw-w64-dev, qt6-base-dev, qt6-base-dev-tools, cmake, ninja-build,
# tcl (SQLite's amalgamation), and deb-src entries for Debian's archive (apt-get source).
set -euo pipefail
W=${WORK:-/tmp/win}; mkdir -p "$W"; cd "$W"
Q=/opt/qt6-win; P=/opt/pd-win
TC=$W/mingw.cmake
cat >"$TC" <<TOOL
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 $P $Q)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
TOOL
mkdir -p $P/include $P/lib/pkgconfig

# SQLite: the amalgamation is generated natively, then compiled for Windows.
apt-get source --download-only sqlite3 qt6-base openssl postgresql-15 libzip
tar xJf sqlite3_*.orig.tar.xz && (cd sqlite3-*/ && mkdir -p bld && cd bld && ../configure --disable-tcl && make sqlite3.c)
(cd sqlite3-*/bld && x86_64-w64-mingw32-gcc-posix -O2 -c sqlite3.c -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_FTS3 \
   -DSQLITE_ENABLE_FTS3_PARENTHESIS -DSQLITE_ENABLE_RTREE -DSQLITE_ENABLE_COLUMN_METADATA \
   -DSQLITE_ENABLE_UNLOCK_NOTIFY -DSQLITE_THREADSAFE=1 && x86_64-w64-mingw32-ar rcs $P/lib/libsqlite3.a sqlite3.o \
   && cp sqlite3.h ../src/sqlite3ext.h $P/include/)

# OpenSSL and libpq (PostgreSQL's client library) for the PostgreSQL driver.
tar xzf openssl_*.orig.tar.gz && (cd openssl-3*/ && ./Configure mingw64 no-tests \
   --cross-compile-prefix=x86_64-w64-mingw32- --prefix=$P --libdir=lib && make -j2 build_libs && make install_dev install_runtime_libs)
tar xjf postgresql-15_*.orig.tar.bz2 && (cd postgresql-15*/ && ./configure --host=x86_64-w64-mingw32 --with-ssl=openssl \
   --without-readline --without-zlib --without-icu --prefix=$P CPPFLAGS=-I$P/include LDFLAGS=-L$P/lib \
   && make -C src/include && make -C src/common && make -C src/port && make -C src/interfaces/libpq \
   && make -C src/include install && make -C src/interfaces/libpq install)

# qtbase: Debian's source lacks wintab.h, so the Windows platform plugins build without tablets.
tar xJf qt6-base_*.orig.tar.xz
QS=$W/qtbase-everywhere-src-6.4.2
sed -i 's/QT_CONFIG(tabletevent)/0/g' $QS/src/plugins/platforms/windows/*.cpp $QS/src/plugins/platforms/windows/*.h
sed -i 's/CONDITION QT_FEATURE_tabletevent/CONDITION FALSE/' $QS/src/plugins/platforms/windows/CMakeLists.txt \
   $QS/src/plugins/platforms/direct2d/CMakeLists.txt
cmake -G Ninja -S $QS -B qtbuild -DCMAKE_TOOLCHAIN_FILE=$TC -DQT_HOST_PATH=/usr \
  -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake -DCMAKE_INSTALL_PREFIX=$Q -DCMAKE_BUILD_TYPE=Release \
  -DBUILD_SHARED_LIBS=ON -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DFEATURE_opengl=OFF -DINPUT_opengl=no \
  -DFEATURE_dbus=OFF -DFEATURE_sql_odbc=OFF -DFEATURE_sql_psql=ON -DPostgreSQL_ROOT=$P -DFEATURE_sql_mysql=OFF \
  -DFEATURE_sql_ibase=OFF -DFEATURE_sql_oci=OFF -DFEATURE_system_sqlite=ON -DSQLite3_INCLUDE_DIR=$P/include \
  -DSQLite3_LIBRARY=$P/lib/libsqlite3.a -DFEATURE_printsupport=OFF -DFEATURE_openssl=OFF -DFEATURE_schannel=ON \
  -DFEATURE_vulkan=OFF -DFEATURE_icu=OFF
cmake --build qtbuild --parallel 2 && cmake --install qtbuild

# gumbo and QtKeychain from their upstream repositories (checked out beside this directory).
for f in gumbo/src/*.c; do x86_64-w64-mingw32-gcc-posix -O2 -std=c99 -c "$f" -o "${f%.c}.o"; done
x86_64-w64-mingw32-ar rcs $P/lib/libgumbo.a gumbo/src/*.o && cp gumbo/src/gumbo.h gumbo/src/tag_enum.h $P/include/
printf 'prefix=%s\nlibdir=${prefix}/lib\nincludedir=${prefix}/include\nName: gumbo\nDescription: HTML5 parser\nVersion: 0.10.1\nLibs: -L${libdir} -lgumbo\nCflags: -I${includedir}\n' $P >$P/lib/pkgconfig/gumbo.pc
cmake -G Ninja -S qtkeychain -B qtkeychain/bld -DCMAKE_TOOLCHAIN_FILE=$TC -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF \
  -DCMAKE_INSTALL_PREFIX=$P -DCMAKE_PREFIX_PATH=$Q -DQt6_DIR=$Q/lib/cmake/Qt6 -DCMAKE_BUILD_TYPE=Release
cmake --build qtkeychain/bld && cmake --install qtkeychain/bld

# libzip with zlib, both static; the pkg-config file names the static libraries and ZIP_STATIC.
cp /usr/x86_64-w64-mingw32/lib/libz.a $P/lib/ && cp /usr/x86_64-w64-mingw32/include/zlib.h /usr/x86_64-w64-mingw32/include/zconf.h $P/include/
tar xJf libzip_*.orig.tar.xz && cmake -G Ninja -S libzip-1.7.3 -B libzip-bld -DCMAKE_TOOLCHAIN_FILE=$TC \
  -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF -DCMAKE_INSTALL_PREFIX=$P -DENABLE_BZIP2=OFF -DENABLE_LZMA=OFF \
  -DENABLE_ZSTD=OFF -DENABLE_GNUTLS=OFF -DENABLE_OPENSSL=OFF -DENABLE_MBEDTLS=OFF -DENABLE_WINDOWS_CRYPTO=ON \
  -DBUILD_TOOLS=OFF -DBUILD_REGRESS=OFF -DBUILD_EXAMPLES=OFF -DBUILD_DOC=OFF -DZLIB_LIBRARY=$P/lib/libz.a \
  -DZLIB_INCLUDE_DIR=$P/include && cmake --build libzip-bld && cmake --install libzip-bld
sed -i 's|^Libs: .*|Libs: -L${libdir} -lzip -l:libz.a -lbcrypt -ladvapi32|; s|^Libs.private:.*||; s|^Cflags: .*|Cflags: -I${includedir} -DZIP_STATIC|' \
  $P/lib/pkgconfig/libzip.pc
echo "pd1: Qt 6.4.2 + SQLite 3.40.1, gumbo 0.10.1, QtKeychain 0.13.2, OpenSSL 3.0, libpq 15, libzip 1.7.3, zlib 1.2.13 (third_party/windows/README.md)" >$P/TOOLCHAIN-VERSION

# Qt's own qt.toolchain.cmake chains to the toolchain file it was configured with: keep a copy inside.
cp "$TC" $Q/windows-mingw.cmake && sed -i "s#$TC#$Q/windows-mingw.cmake#" $Q/lib/cmake/Qt6/qt.toolchain.cmake
tar -C /opt -cJf "$(dirname "$(readlink -f "$0")")/windows-mingw-qt6.4.2-pd1.tar.xz" qt6-win pd-win
