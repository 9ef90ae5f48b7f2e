#!/usr/bin/env bash
# The README's second command: installs what is missing, builds, and runs every test headless:
# Xvfb for windows, a private D-Bus session with an unlocked gnome-keyring for secrets, and a
# throw-away home so nothing touches the user's own data or keyring. Ends with CTest's summary.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${WEBHOOK_CONSOLE_BUILD_DIR:-$root/build}"

"$root/packaging/setup-debian.sh" --tests
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j2

scratch="$(mktemp -d /tmp/webhook-console-tests.XXXXXX)"
cleanup() {
    [[ -n "${xvfb_pid:-}" ]] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT

export HOME="$scratch/home"
export XDG_RUNTIME_DIR="$scratch/runtime"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS WEBHOOK_CONSOLE_DATABASE

# A display of our own.
display=99
while [[ -e "/tmp/.X11-unix/X$display" || -e "/tmp/.X$display-lock" ]]; do
    display=$((display + 1))
done
Xvfb ":$display" -screen 0 1280x900x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do
    [[ -e "/tmp/.X11-unix/X$display" ]] && break
    sleep 0.1
done
export DISPLAY=":$display"
export QT_QPA_PLATFORM=xcb

mkdir -p "$build/screenshots"
cd "$build"
dbus-run-session -- bash -c '
    set -e
    # An unlocked login keyring, created on first use with this password.
    printf "test-keyring-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --output-on-failure --timeout 300 "$@"
' ctest "$@"
