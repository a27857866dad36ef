#!/usr/bin/env bash
# The Windows installer as an office would use it, under Wine in a fresh prefix:
#  - silent install (/S) for all users (Wine's user is an administrator) into Program Files;
#  - the installed pressdesk-cli.exe, with nothing on WINEPATH (only what the installer put in
#    its folder): creates an article from a Vietnamese HTML file in the default profile (which
#    must be under %APPDATA%), finds it with and without diacritics, exports it, writes the demo
#    plan's report as a PDF;
#  - the installed pressdesk.exe on Wine's Windows platform under Xvfb: its main window appears
#    (PRESSDESK_WINDOWS_SCREENSHOT=FILE keeps a screenshot), it closes when asked (WM_CLOSE);
#  - silent uninstall: the folder, the shortcuts and the registry entries are gone; the user's
#    profile under %APPDATA% stays (it is their work, not the installation).
set -euo pipefail
cd "$(dirname "$0")/../.."
setup="$(ls build/windows/PressDesk-*-win64-setup.exe)"
export WINEPREFIX="$PWD/build/windows/wine-install"
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
unset WINEPATH QT_PLUGIN_PATH
fail() { echo "installer-smoke: $*" >&2; exit 1; }
step() { echo "installer-smoke: $*"; }

rm -rf "$WINEPREFIX"
mkdir -p "$WINEPREFIX"
# Wine's server and services start here with their output going nowhere: started by a step
# below, they would hold that step's output open after it ends.
wineserver -p >/dev/null 2>&1
wineboot -i >/dev/null 2>&1 || true
trap 'wineserver -k >/dev/null 2>&1 || true' EXIT
drive="$WINEPREFIX/drive_c"
user_dir="$(ls -d "$drive"/users/* | grep -v Public | head -1)"
dir="$drive/Program Files/PressDesk"

step "silent install of $(basename "$setup")"
wine "$setup" /S
for f in pressdesk.exe pressdesk-cli.exe Uninstall.exe qt.conf Qt6Core.dll Qt6Widgets.dll \
    libstdc++-6.dll libwinpthread-1.dll libpq.dll libssl-3-x64.dll libqt6keychain.dll \
    platforms/qwindows.dll sqldrivers/qsqlite.dll sqldrivers/qsqlpsql.dll \
    tls/qschannelbackend.dll styles/qwindowsvistastyle.dll share/hunspell/vi_VN.aff \
    share/hunspell/vi_VN.dic; do
    [ -f "$dir/$f" ] || fail "not installed: $f"
done
[ -f "$drive/ProgramData/Microsoft/Windows/Start Menu/Programs/PressDesk/PressDesk.lnk" ] ||
    fail "no Start-menu shortcut"
[ -f "$drive/users/Public/Desktop/PressDesk.lnk" ] || fail "no desktop shortcut"

cli() { wine "C:\\Program Files\\PressDesk\\pressdesk-cli.exe" "$@"; }
work="$(mktemp -d)"
trap 'rm -rf "$work"; wineserver -k >/dev/null 2>&1 || true' EXIT
printf '<p>Huyện Hoài Đức đẩy mạnh cải cách hành chính.</p>\r\n' >"$work/body.html"
step "pressdesk-cli.exe: article new, search, export, plan report"
id="$(cli --lang en article new --title "Hoài Đức: cải cách hành chính" \
      --body-file "Z:${work//\//\\}\\body.html" | tr -d '\r' | tail -n 1)"
[ -n "$id" ] || fail "article new printed no id"
profile="$user_dir/AppData/Roaming/PressDesk/pressdesk"
ls "$profile"/*.sqlite >/dev/null 2>&1 || fail "the default profile is not under %APPDATA%: $profile"
grep -q "Hoài Đức" <<<"$(cli --lang en search "hoai duc")" || fail "search without diacritics"
grep -q "Hoài Đức" <<<"$(cli --lang en search '"cải cách hành chính"')" ||
    fail "search with diacritics"
cli --lang en article export "$id" --format txt --out "Z:${work//\//\\}\\out.txt"
grep -q "cải cách hành chính" "$work/out.txt" || fail "export lost the text"
grep -q $'\r$' "$work/out.txt" || fail "the exported text file does not end its lines with CRLF"
# The spell checker finds the dictionary the installer put beside the program.
printf 'Hội nghị tổng kêt công tác cải cách hành chính.\r\n' >"$work/spell.txt"
grep -q "1:15.kêt.*kết" <<<"$(cli --lang en text spell "Z:${work//\//\\}\\spell.txt")" ||
    fail "text spell did not find the misspelling (no dictionary installed?)"
cli --lang en plan report 65/KH-UBND --format pdf --out "Z:${work//\//\\}\\report.pdf"
head -c 5 "$work/report.pdf" | grep -q '%PDF-' || fail "the report is not a PDF"
# What the Windows tests cannot read under Wine (tests/support/Wine.h), read here.
grep -q "^Page size: *595" <<<"$(pdfinfo "$work/report.pdf")" || fail "the report is not on A4"
grep -q "65/KH-UBND" <<<"$(pdftotext "$work/report.pdf" -)" ||
    fail "the report does not name its plan"

step "pressdesk.exe: main window on the Windows platform under Xvfb"
export PRESSDESK_SMOKE_DIR="$work"
# Wine's desktop belongs to the X display its server's first window program saw: a new server
# inside the virtual X server.
wineserver -k >/dev/null 2>&1 || true
wineserver -w
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    set -euo pipefail
    wineserver -p >/dev/null 2>&1
    wine "C:\\Program Files\\PressDesk\\pressdesk.exe" >"$PRESSDESK_SMOKE_DIR/app.log" 2>&1 &
    app=$!
    # The main window: its title ends with the application name.
    for _ in $(seq 1 120); do
        grep -q "PressDesk\"" <<<"$(xwininfo -root -tree 2>/dev/null)" && break
        sleep 0.5
    done
    grep -q "PressDesk\"" <<<"$(xwininfo -root -tree)" || {
        echo "no main window; windows: $(xwininfo -root -tree | grep -o "\"[^\"]*\"" | head)" >&2
        exit 1
    }
    sleep 3
    if [ -n "${PRESSDESK_WINDOWS_SCREENSHOT:-}" ]; then
        import -window root "$PRESSDESK_WINDOWS_SCREENSHOT"
    fi
    wine taskkill /im pressdesk.exe >/dev/null 2>&1
    wait "$app"
    wineserver -k >/dev/null 2>&1 || true
' || fail "pressdesk.exe did not show its main window and close cleanly"
wineserver -w
wineserver -p >/dev/null 2>&1

step "silent uninstall"
wine "C:\\Program Files\\PressDesk\\Uninstall.exe" /S
# The uninstaller runs a copy of itself from the temporary folder and returns at once.
for _ in $(seq 1 60); do
    [ -e "$dir" ] || break
    sleep 0.5
done
# The registry reaches its files when the Wine server stops.
wineserver -k >/dev/null 2>&1 || true
wineserver -w
[ ! -e "$dir" ] || fail "left behind: $(find "$dir" | head -5)"
[ ! -e "$drive/ProgramData/Microsoft/Windows/Start Menu/Programs/PressDesk" ] ||
    fail "Start-menu folder left behind"
[ ! -e "$drive/users/Public/Desktop/PressDesk.lnk" ] || fail "desktop shortcut left behind"
if grep -qi 'Uninstall\\\\PressDesk' "$WINEPREFIX/system.reg"; then
    fail "uninstall registry entry left behind"
fi
ls "$profile"/*.sqlite >/dev/null || fail "uninstall removed the user's profile"
step "passed"
