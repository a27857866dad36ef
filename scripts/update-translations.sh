#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (new strings appear as unfinished).
# Then translate them in Qt Linguist (`linguist translations/pressdesk_vi.ts`); Vietnamese
# is the default UI language and must stay complete.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=$(command -v lupdate6 || command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
dirs=(src)
[ -d ui ] && dirs+=(ui) # Designer forms, when there are any
"$LUPDATE" -locations none -no-obsolete "${dirs[@]}" \
    -ts translations/pressdesk_vi.ts translations/pressdesk_en.ts
