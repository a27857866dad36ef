#!/usr/bin/env bash
# Installs what is missing, builds PressDesk and launches it on the default profile
# (SQLite; a new profile starts with the demo article). Extra arguments go to the app,
# e.g. --db /path/to/profile.sqlite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPRESSDESK_BUILD_TESTS=OFF >/dev/null
cmake --build build/release --target pressdesk pressdesk-cli
exec build/release/src/app/pressdesk "$@"
