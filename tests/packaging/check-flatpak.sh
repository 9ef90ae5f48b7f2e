#!/usr/bin/env bash
# The Flatpak manifest: flatpak-builder reads it without a complaint (an unknown or mistyped
# key is only a warning to it: here it fails), and check-flatpak.py checks what it read.
# No JSON schema of flatpak-builder manifests is available offline, so flatpak-builder's own
# reading is the schema check.
#   check-flatpak.sh MANIFEST APP-ID
set -euo pipefail
here=$(dirname "${BASH_SOURCE[0]}")
source "$here/lib.sh"
need flatpak-builder python3
manifest=$1 id=$2

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# flatpak-builder keeps its state in the current folder; run it in a scratch one.
if ! (cd "$scratch" && flatpak-builder --show-manifest "$(realpath "$manifest")") \
    >"$scratch/manifest.json" 2>"$scratch/stderr"; then
    cat "$scratch/stderr" >&2
    fail "flatpak-builder cannot read $manifest"
fi
if [[ -s $scratch/stderr ]]; then
    cat "$scratch/stderr" >&2
    fail "flatpak-builder complained about $manifest"
fi
python3 "$here/check-flatpak.py" "$scratch/manifest.json" "$id"
