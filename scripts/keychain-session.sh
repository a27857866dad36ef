#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (the Secret
# Service a Linux desktop provides), so the portal-password tests meet a real keychain:
#   scripts/keychain-session.sh COMMAND [ARGS…]
set -euo pipefail
if [ -z "${PRESSDESK_IN_KEYCHAIN_SESSION:-}" ]; then
    export PRESSDESK_IN_KEYCHAIN_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
home=$(mktemp -d)
cleanup() {
    if [ -n "${GNOME_KEYRING_PID:-}" ]; then kill "$GNOME_KEYRING_PID" 2>/dev/null || true; fi
    rm -rf "$home"
}
trap cleanup EXIT
# A throwaway keyring in a throwaway home: the user's own keyring is never touched.
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'pressdesk-test' | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
export GNOME_KEYRING_CONTROL GNOME_KEYRING_PID
PRESSDESK_TEST_KEYCHAIN=1 "$@"
