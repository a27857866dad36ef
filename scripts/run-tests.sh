#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors and runs every test
# through ctest; then the Windows stage: the same tests cross-built for Windows and run under
# Wine, against the same WordPress and PostgreSQL, and the Windows installer installed, used
# and removed (scripts/build-windows.sh, scripts/test-windows.sh). The Linux build is also
# packaged as a .deb, which is installed, used and removed (scripts/build-deb.sh,
# scripts/test-deb.sh). Right after the Linux tests, the fuzz stage: the libFuzzer targets of
# tests/fuzz, built with clang in build/fuzz, each run for a few seconds
# (scripts/run-fuzz-tests.sh). Options:
#   --sanitize     build and test with AddressSanitizer + UndefinedBehaviorSanitizer (Linux only)
#   --linux-only   skip the Windows stage
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --tests

build_dir=build/tests
extra=()
windows=1
[ "${1:-}" = "--linux-only" ] && windows=0
if [ "${1:-}" = "--sanitize" ]; then
    windows=0
    build_dir=build/asan
    extra=(-DPRESSDESK_SANITIZE=ON)
    export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPRESSDESK_WERROR=ON "${extra[@]}"
cmake --build "$build_dir"

# One real WordPress and one real PostgreSQL (the office server's) for the whole run, the
# Windows stage included; the tests that need them fail (not skip) without them.
services="$PWD/$build_dir/services"
wp_env="$PWD/scripts/wordpress-test-env.sh"
pg_env="$PWD/scripts/postgres-test-env.sh"
trap '"$pg_env" stop "$services" || true; "$wp_env" stop "$services"' EXIT
"$wp_env" start "$services" >/dev/null
"$pg_env" start "$services" >/dev/null
# shellcheck disable=SC1091
source "$services/wordpress.env"
# shellcheck disable=SC1091
source "$services/postgres.env"
export PRESSDESK_REQUIRE_SERVICES=1

(cd "$build_dir" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 -j2)

echo "== Fuzzing: the libFuzzer targets (clang, ASan, UBSan), briefly, on their seed corpora"
scripts/run-fuzz-tests.sh

if [ "${1:-}" != "--sanitize" ]; then
    echo "== Debian package: made from this build, checked (lintian, AppStream), installed, used, removed"
    deb=$(scripts/build-deb.sh "$build_dir")
    scripts/test-deb.sh "$deb"
fi

if [ "$windows" = 1 ]; then
    echo "== Windows: cross-build, tests under Wine, installer"
    scripts/build-windows.sh
    scripts/test-windows.sh
fi
