#!/usr/bin/env bash
# Runs the Windows build (scripts/build-windows.sh) under Wine:
#  1. every test program, through ctest (each under scripts/windows/wine-run.sh, offscreen);
#     the WordPress tests use the server named by PRESSDESK_TEST_WP_* (scripts/run-tests.sh
#     starts one on 127.0.0.1, which Wine reaches as it is);
#  2. the installer: a silent install into a fresh Wine prefix, the installed pressdesk-cli.exe
#     (create, search, export, report as PDF) and pressdesk.exe (start, show the main window,
#     close) run from the installed folder alone, then a silent uninstall that must leave
#     nothing of the installation behind (scripts/windows/installer-smoke.sh).
# Usage: scripts/test-windows.sh [--tests-only|--installer-only]
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"

export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
if [ "$what" != "--installer-only" ]; then
    export WINEPREFIX="$PWD/build/windows/wine"
    if [ ! -f "$WINEPREFIX/system.reg" ]; then
        wineboot -i >/dev/null 2>&1 || true
        wineserver -w
    fi
    # One Wine server and its services for the whole run, started here with their output
    # going nowhere: started by a test, they would hold its output pipe open and ctest would
    # wait for them after the test has ended.
    wineserver -p >/dev/null 2>&1
    wineboot >/dev/null 2>&1 || true
    trap 'wineserver -k >/dev/null 2>&1 || true' EXIT
    (cd build/windows && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 300 -j2)
fi
if [ "$what" != "--tests-only" ]; then
    scripts/windows/installer-smoke.sh
fi
