#!/usr/bin/env bash
# The README's second command: installs what is missing, builds, and runs every test headless:
# Xvfb for windows, a private D-Bus session with an unlocked gnome-keyring for secrets, a
# private PostgreSQL server, and a throw-away home so nothing touches the user's own data,
# keyring or databases. Ends with CTest's summary.
#
#   tests/run-headless.sh [--sanitize] [CTEST ARGS...]
#
# --sanitize builds into build-sanitize/ with AddressSanitizer and UndefinedBehaviorSanitizer
# (a Debug build) and runs the same suite there: any report fails the test that made it. CI
# runs the suite both ways (.ci/run). WEBHOOK_CONSOLE_NO_BUILD=1 skips installing and building
# (for re-running tests of a build already made); WEBHOOK_CONSOLE_TEST_COMMAND="CMD ARGS" runs
# that in the prepared environment instead of CTest (one test function, a debugger).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sanitize=0
if [[ "${1:-}" == "--sanitize" ]]; then
    sanitize=1
    shift
fi
if ((sanitize)); then
    build="${WEBHOOK_CONSOLE_BUILD_DIR:-$root/build-sanitize}"
    config=(-DCMAKE_BUILD_TYPE=Debug -DWEBHOOK_CONSOLE_SANITIZE=ON)
    # Any report is fatal; leaks of the libraries below (not instrumented, not ours) are not
    # reports about this code.
    export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:detect_stack_use_after_return=1"
    export LSAN_OPTIONS="suppressions=$root/tests/support/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
else
    build="${WEBHOOK_CONSOLE_BUILD_DIR:-$root/build}"
    config=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
fi

if [[ -z "${WEBHOOK_CONSOLE_NO_BUILD:-}" ]]; then
    "$root/packaging/setup-debian.sh" --tests
    # The third-party judges of the payload tests (@slack/types, adaptivecards; tests/js), exactly
    # as pinned in the lock file, into tests/js/node_modules.
    if [[ -f "$root/tests/js/package-lock.json" ]]; then
        npm ci --prefix "$root/tests/js" --no-audit --no-fund
    fi
    cmake -S "$root" -B "$build" -G Ninja "${config[@]}"
    cmake --build "$build" -j2
fi

scratch="$(mktemp -d /tmp/webhook-console-tests.XXXXXX)"
postgres="$(mktemp -d /tmp/webhook-console-postgres.XXXXXX)"
cleanup() {
    [[ -n "${xvfb_pid:-}" ]] && kill "$xvfb_pid" 2>/dev/null || true
    bash "$root/tests/support/postgres-server.sh" stop "$postgres"
    bash "$root/tests/support/pulumi-cloud-standin.sh" stop "$scratch/pulumi-cloud"
    rm -rf "$scratch"
}
trap cleanup EXIT

export HOME="$scratch/home"
export XDG_RUNTIME_DIR="$scratch/runtime"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache"
# The tests read English texts (the German ones set their own locale): whatever the language of
# the shell, the suite runs in English.
export LANG=C.UTF-8
unset LANGUAGE LC_ALL LC_MESSAGES
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS WEBHOOK_CONSOLE_DATABASE

# A PostgreSQL server of our own (initdb in a temporary folder, a free port on 127.0.0.1): the
# contract suite and the team tests each make a database of their own on it.
postgres_env="$(bash "$root/tests/support/postgres-server.sh" start "$postgres")"
export "$postgres_env"
# The team tests stop and start it (postgres-server.sh halt / resume).
export WEBHOOK_CONSOLE_TEST_POSTGRES_DIR="$postgres"

# A stand-in for Pulumi Cloud: a fake of its webhook API behind Stoplight Prism, which checks
# every request and response against Pulumi's OpenAPI document (tests/reference). Exports
# WEBHOOK_CONSOLE_TEST_PULUMI_API, _CONTROL and _PRISM_LOG.
pulumi_cloud_env="$(bash "$root/tests/support/pulumi-cloud-standin.sh" start "$scratch/pulumi-cloud")"
while IFS= read -r line; do export "$line"; done <<<"$pulumi_cloud_env"

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
    if [[ -n "${WEBHOOK_CONSOLE_TEST_COMMAND:-}" ]]; then
        eval "$WEBHOOK_CONSOLE_TEST_COMMAND"
    else
        ctest --output-on-failure --timeout 300 "$@"
    fi
' ctest "$@"
