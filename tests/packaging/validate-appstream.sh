#!/usr/bin/env bash
# appstreamcli validate --pedantic on the metainfo: it must pass and report no error and no
# warning. Of the infos and pedantic notes, only these two are expected:
#   cid-contains-uppercase-letter  the id is io.github.webhookconsole.WebhookConsole, as chosen
#   unknown-tag developer          <developer> is AppStream 1.0's (Flathub wants it); Debian 12's
#                                  AppStream 0.16 does not know it yet and reads <developer_name>
# Any other note fails the test too, so a new one is looked at. --no-net: the screenshots'
# URLs cannot be fetched here.
#   validate-appstream.sh METAINFO
#   validate-appstream.sh ROOT-DIR     (validate-tree: an installed tree, with its desktop entry)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need appstreamcli
metainfo=$1
allowed='^(cid-contains-uppercase-letter|unknown-tag developer)$'

set +e
if [[ -d $metainfo ]]; then
    output=$(appstreamcli validate-tree --pedantic --no-net --no-color "$metainfo" 2>&1)
else
    output=$(appstreamcli validate --pedantic --no-net --no-color "$metainfo" 2>&1)
fi
status=$?
set -e
echo "$output"
((status == 0)) || fail "appstreamcli validate exited with $status"
# Lines look like "W: <id>:<line>: <tag> [<detail>]".
unexpected=$(echo "$output" | sed -n 's/^ *\([EWIP]\): [^ ]*: \(.*\)$/\1 \2/p' |
    while read -r level tag rest; do
        note="$tag${rest:+ $rest}"
        if [[ $level == [EW] ]] || ! [[ $note =~ $allowed ]]; then
            echo "$level: $note"
        fi
    done)
[[ -z $unexpected ]] || fail "appstreamcli reported:
$unexpected"
echo "appstreamcli: $metainfo is valid"
