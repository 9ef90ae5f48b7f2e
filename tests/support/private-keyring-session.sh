#!/usr/bin/env bash
# Runs a command in a D-Bus session of its own, with a home of its own, so that the keyring
# daemons it starts, kills and locks (and those D-Bus starts for it) touch no other test's
# keyring. Usage: private-keyring-session.sh COMMAND [ARGS...]
set -euo pipefail
scratch="$(mktemp -d /tmp/webhook-console-keyring.XXXXXX)"
export HOME="$scratch/home"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS
trap 'rm -rf "$scratch"' EXIT
# The bus, and the keyring daemons it starts on demand, get no display: an unlock prompt
# cannot be shown, as on a server or over ssh, and fails at once instead of waiting for a
# click. The command itself keeps the display (for windows under Xvfb).
display="${DISPLAY:-}"
status=0
env -u DISPLAY -u WAYLAND_DISPLAY dbus-run-session -- env ${display:+DISPLAY="$display"} "$@" \
    || status=$?
exit "$status"
