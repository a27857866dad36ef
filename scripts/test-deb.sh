#!/usr/bin/env bash
# Installs a PressDesk .deb on this system (apt-get resolves its dependencies), uses the
# installed programs as a new user would, and removes the package again.
#   scripts/test-deb.sh PACKAGE.deb
set -euo pipefail
deb=$(realpath "$1")
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
work=$(mktemp -d)
cleanup() {
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q pressdesk >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" >/dev/null
fail() { echo "test-deb: $*" >&2; exit 1; }

[ -x /usr/bin/pressdesk ] || fail "no /usr/bin/pressdesk"
[ -x /usr/bin/pressdesk-cli ] || fail "no /usr/bin/pressdesk-cli"
[ -f /usr/share/applications/pressdesk.desktop ] || fail "no .desktop file"
[ -f /usr/share/metainfo/io.pressdesk.PressDesk.metainfo.xml ] || fail "no AppStream file"
[ -f /usr/share/icons/hicolor/scalable/apps/pressdesk.svg ] || fail "no icon"
[ -f /usr/share/doc/pressdesk/copyright ] || fail "no copyright file"

version=$(dpkg-query -W -f='${Version}' pressdesk)
[ "$(/usr/bin/pressdesk-cli --version)" = "$version" ] || fail "pressdesk-cli --version"
[ "$(QT_QPA_PLATFORM=offscreen /usr/bin/pressdesk --version | tail -1)" = "pressdesk $version" ] ||
    fail "pressdesk --version: $(QT_QPA_PLATFORM=offscreen /usr/bin/pressdesk --version)"

# A new profile: the demo plan is there, the profile is sound, a backup restores.
export PRESSDESK_DB="$work/hồ sơ.sqlite"
grep -q "65/KH-UBND" <<<"$(/usr/bin/pressdesk-cli plan list)" || fail "no demo plan"
/usr/bin/pressdesk-cli db check >/dev/null || fail "db check"
/usr/bin/pressdesk-cli db backup --out "$work/sao lưu.sqlite" 2>/dev/null || fail "db backup"
/usr/bin/pressdesk-cli db restore "$work/sao lưu.sqlite" 2>/dev/null || fail "db restore"
# Spelling through the dictionary the package depends on.
printf 'Hội nghị tổng kêt công tác.\n' >"$work/bai.txt"
grep -q '"word": "kêt"' <<<"$(/usr/bin/pressdesk-cli --json text spell "$work/bai.txt")" ||
    fail "text spell did not find kêt"
# The window opens on the profile and closes when asked.
QT_QPA_PLATFORM=offscreen timeout 20 /usr/bin/pressdesk --db "$work/hồ sơ.sqlite" &
pid=$!
sleep 3
kill -0 "$pid" 2>/dev/null || fail "pressdesk did not stay open"
kill "$pid"
wait "$pid" 2>/dev/null || true
echo "test-deb: $(basename "$deb") installed, used and removed"
