#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, and opens the console on its
# embedded SQLite database. Extra arguments go to webhook-console (e.g. --database PATH).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${WEBHOOK_CONSOLE_BUILD_DIR:-$root/build}"

"$root/packaging/setup-debian.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j2 --target webhook-console webhookctl

# The keychain lives in the desktop session's Secret Service. Without one (a bare console or
# ssh login), start a session bus and a keyring so secrets can still be kept.
if [[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
    exec dbus-run-session -- sh -c \
        'gnome-keyring-daemon --start --components=secrets >/dev/null; exec "$0" "$@"' \
        "$build/app/webhook-console" "$@"
fi
exec "$build/app/webhook-console" "$@"
