#!/usr/bin/env bash
# desktop-file-validate on the desktop entry: it must print nothing at all (no error, warning
# or hint), and the entry must carry the application id, the executable and the German keys.
#   validate-desktop.sh DESKTOP-FILE APP-ID
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need desktop-file-validate
desktop=$1 id=$2

[[ $(basename "$desktop") == "$id.desktop" ]] || fail "$desktop is not named $id.desktop"
output=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate failed:
$output"
[[ -z $output ]] || fail "desktop-file-validate complained:
$output"

key() { sed -n "s/^$1=//p" "$desktop"; }
[[ $(key Icon) == "$id" ]] || fail "Icon is '$(key Icon)', not $id"
[[ $(key Exec) == webhook-console ]] || fail "Exec is '$(key Exec)', not webhook-console"
# Qt on X11 sets WM_CLASS from the executable's name.
[[ $(key StartupWMClass) == webhook-console ]] || fail "StartupWMClass is not webhook-console"
for k in 'Name\[de\]' 'GenericName\[de\]' 'Comment\[de\]' 'Keywords\[de\]'; do
    [[ -n $(key "$k") ]] || fail "no ${k//\\/} in $desktop"
done
echo "desktop-file-validate: $desktop is valid"
