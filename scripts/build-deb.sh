#!/usr/bin/env bash
# Builds the Debian/Ubuntu package of PressDesk and checks it: lintian (no error or warning),
# desktop-file-validate and appstreamcli validate. Prints the package's path last.
#   scripts/build-deb.sh [BUILD_DIR]
# Without BUILD_DIR: a Release build in build/deb. With one (scripts/run-tests.sh passes its
# own), that build is packaged as it is (the programs are stripped either way).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --tests >&2

build_dir=${1:-build/deb}
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPRESSDESK_WERROR=ON >&2
fi
cmake --build "$build_dir" --target pressdesk pressdesk-cli pressdesk_deb_changelog pressdesk_man >&2
rm -f "$build_dir"/pressdesk_*.deb
(cd "$build_dir" && cpack -G DEB >&2)
deb=$(ls "$build_dir"/pressdesk_*.deb)

desktop-file-validate resources/pressdesk.desktop >&2
appstreamcli validate --no-net resources/io.pressdesk.PressDesk.metainfo.xml >&2
# Errors and warnings fail the build (the manual pages included: lintian reads them with man).
lintian --fail-on error,warning >&2 "$deb"
echo "$deb"
