#!/usr/bin/env bash
# A private PostgreSQL server for the tests: its own cluster in a temporary folder, on
# 127.0.0.1 and a free port, with password authentication, run as an unprivileged user
# (PostgreSQL refuses to run as root). Nothing of the machine's own clusters is touched.
#
#   tests/support/postgres-server.sh start DIR   starts it; prints WEBHOOK_CONSOLE_TEST_POSTGRES=URL
#   tests/support/postgres-server.sh stop DIR    stops it and removes DIR
#   tests/support/postgres-server.sh halt DIR    stops the server, keeping its data (a test of
#                                                a server gone away mid-session)
#   tests/support/postgres-server.sh resume DIR  starts it again, on the same port
#
# The URL names its superuser, so that tests can create a database of their own each.
set -euo pipefail
command="${1:?start or stop}"
dir="${2:?a folder}"

bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[[ -x "$bindir/initdb" ]] || { echo "postgres-server.sh: no PostgreSQL server installed" >&2; exit 1; }

as_owner=()
if [[ $(id -u) -eq 0 ]]; then
    owner=postgres
    id "$owner" >/dev/null 2>&1 || owner=nobody
    as_owner=(runuser -u "$owner" --)
fi

run_server() {
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir -p $1 -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
}

case "$command" in
start)
    mkdir -p "$dir"
    [[ ${#as_owner[@]} -gt 0 ]] && chown "${as_owner[2]}" "$dir"
    chmod 700 "$dir"
    password="wc-test-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
    printf '%s\n' "$password" >"$dir/pwfile"
    [[ ${#as_owner[@]} -gt 0 ]] && chown "${as_owner[2]}" "$dir/pwfile"
    "${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U webhook_admin --pwfile="$dir/pwfile" \
        --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/pwfile"
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    echo "$port" >"$dir/port"
    run_server "$port"
    echo "WEBHOOK_CONSOLE_TEST_POSTGRES=postgresql://webhook_admin:$password@127.0.0.1:$port/postgres"
    ;;
stop)
    if [[ -d "$dir/data" ]]; then
        "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
halt)
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
resume)
    run_server "$(cat "$dir/port")"
    ;;
*)
    echo "postgres-server.sh: start, stop, halt or resume" >&2
    exit 2
    ;;
esac
