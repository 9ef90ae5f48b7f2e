#!/usr/bin/env bash
# A stand-in for Pulumi Cloud for the tests: the fake (tests/support/fake_pulumi_cloud.py) on a
# free port of 127.0.0.1, behind Stoplight Prism in proxy mode, which checks every request and
# response against Pulumi's OpenAPI document (tests/reference/pulumi-cloud-webhooks.openapi.json).
# Prism comes from tests/js (npm ci --prefix tests/js).
#
#   tests/support/pulumi-cloud-standin.sh start DIR   starts both, logs into DIR; prints
#       WEBHOOK_CONSOLE_TEST_PULUMI_API=http://127.0.0.1:PORT      (Prism: the console's API URL)
#       WEBHOOK_CONSOLE_TEST_PULUMI_CONTROL=http://127.0.0.1:PORT  (the fake itself: /_control/…)
#       WEBHOOK_CONSOLE_TEST_PULUMI_PRISM_LOG=DIR/prism.log
#   tests/support/pulumi-cloud-standin.sh stop DIR    stops both (DIR and its logs stay)
#   tests/support/pulumi-cloud-standin.sh mark DIR    prints the number of lines prism.log has
#                                                     now (for check --since)
#   tests/support/pulumi-cloud-standin.sh check DIR [--since N] [--strict]
#       prints every violation Prism logged (after the first N lines) and exits 1, 0 when none:
#       requests Prism refused (422 invalid request, 401 no credentials, 404/405 no such
#       operation), responses it found invalid (500 VIOLATIONS) and every "Violation:" line.
#       A status the document does not list for the operation (401 for a bad token, 404 on a
#       list call, an injected 503) is logged by Prism as a warning about the stand-in's
#       answer, not the console's request; it is printed as a note and fails only with --strict.
set -euo pipefail
command="${1:?start, stop, mark or check}"
dir="${2:?a folder}"
shift 2
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
prism="$root/tests/js/node_modules/.bin/prism"
document="$root/tests/reference/pulumi-cloud-webhooks.openapi.json"

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Succeeds once something accepts connections on 127.0.0.1:$1.
answers() {
    python3 -c 'import socket, sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1).close()' "$1" 2>/dev/null
}

alive() {
    [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null
}

stop_pid() {
    local file="$1" pid
    [[ -f "$file" ]] || return 0
    pid="$(cat "$file")"
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$file"
}

# Makes Prism log a request of our own and waits until that line is in prism.log, so that
# everything logged before it is on disk. The line itself (a 404 for /_standin/flush-…) is
# ignored by check.
flush_log() {
    alive "$dir/prism.pid" || return 0
    python3 - "$(cat "$dir/prism.port")" "$dir/prism.log" <<'PY'
import os, sys, time, urllib.error, urllib.request
port, log = sys.argv[1], sys.argv[2]
token = "/_standin/flush-" + os.urandom(6).hex()
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
try:
    opener.open(f"http://127.0.0.1:{port}{token}", timeout=10).read()
except urllib.error.HTTPError:
    pass
except OSError:
    sys.exit(0)
deadline = time.time() + 10
while time.time() < deadline:
    with open(log, errors="replace") as f:
        if token in f.read():
            break
    time.sleep(0.05)
PY
}

case "$command" in
start)
    [[ -x "$prism" ]] || {
        echo "pulumi-cloud-standin.sh: no Prism in tests/js (run: npm ci --prefix tests/js)" >&2
        exit 1
    }
    mkdir -p "$dir"
    rm -f "$dir/fake.port"
    python3 "$here/fake_pulumi_cloud.py" --host 127.0.0.1 --port 0 --port-file "$dir/fake.port" \
        </dev/null >>"$dir/fake.log" 2>&1 &
    echo $! >"$dir/fake.pid"
    for _ in $(seq 100); do
        [[ -s "$dir/fake.port" ]] && break
        alive "$dir/fake.pid" || break
        sleep 0.1
    done
    [[ -s "$dir/fake.port" ]] && answers "$(cat "$dir/fake.port")" || {
        echo "pulumi-cloud-standin.sh: the fake Pulumi Cloud did not start:" >&2
        cat "$dir/fake.log" >&2
        stop_pid "$dir/fake.pid"
        exit 1
    }
    fake_port="$(cat "$dir/fake.port")"
    # A port found free may be taken before Prism binds it: try a few.
    started=0
    for _ in 1 2 3; do
        prism_port="$(free_port)"
        : >"$dir/prism.log"
        NO_COLOR=1 FORCE_COLOR=0 "$prism" proxy --errors -h 127.0.0.1 -p "$prism_port" \
            "$document" "http://127.0.0.1:$fake_port" </dev/null >>"$dir/prism.log" 2>&1 &
        echo $! >"$dir/prism.pid"
        for _ in $(seq 600); do
            alive "$dir/prism.pid" || break
            if grep -q "Prism is listening on" "$dir/prism.log" && answers "$prism_port"; then
                started=1
                break
            fi
            sleep 0.1
        done
        ((started)) && break
        stop_pid "$dir/prism.pid"
    done
    ((started)) || {
        echo "pulumi-cloud-standin.sh: Prism did not start:" >&2
        cat "$dir/prism.log" >&2
        stop_pid "$dir/fake.pid"
        exit 1
    }
    echo "$prism_port" >"$dir/prism.port"
    echo "WEBHOOK_CONSOLE_TEST_PULUMI_API=http://127.0.0.1:$prism_port"
    echo "WEBHOOK_CONSOLE_TEST_PULUMI_CONTROL=http://127.0.0.1:$fake_port"
    echo "WEBHOOK_CONSOLE_TEST_PULUMI_PRISM_LOG=$dir/prism.log"
    ;;
stop)
    stop_pid "$dir/prism.pid"
    stop_pid "$dir/fake.pid"
    ;;
mark)
    flush_log
    wc -l <"$dir/prism.log" | tr -d ' '
    ;;
check)
    [[ -f "$dir/prism.log" ]] || { echo "pulumi-cloud-standin.sh: no $dir/prism.log" >&2; exit 2; }
    flush_log
    python3 - "$dir/prism.log" "$@" <<'PY'
import re, sys

log, args = sys.argv[1], sys.argv[2:]
since, strict = 0, False
while args:
    a = args.pop(0)
    if a == "--since" and args:
        since = int(args.pop(0))
    elif a == "--strict":
        strict = True
    else:
        sys.exit(f"pulumi-cloud-standin.sh check: unknown argument {a}")

ansi = re.compile(r"\x1b\[[0-9;]*m")
refused = {
    "UNPROCESSABLE_ENTITY": "request refused: not valid for the document (422)",
    "UNAUTHORIZED": "request refused: no Authorization header (401 from Prism)",
    "NO_PATH_MATCHED_ERROR": "request refused: no such path in the document (404 from Prism)",
    "NO_METHOD_MATCHED_ERROR": "request refused: no such method in the document (405 from Prism)",
    "VIOLATIONS": "response not valid for the document (500 from Prism)",
    "PROXY_UNSUPPORTED_REQUEST_BODY": "request refused: a GET or HEAD with a body",
}
returned = re.compile(r"The upstream call to (\S+) has returned (\d+)")
violations, notes = [], []
last_status = {"path": "?", "status": 0}
with open(log, errors="replace") as f:
    lines = f.read().splitlines()
for number, raw in enumerate(lines[since:], start=since + 1):
    line = ansi.sub("", raw).rstrip()
    if "/_standin/flush-" in line:
        continue
    m = returned.search(line)
    if m:
        last_status = {"path": m.group(1), "status": int(m.group(2))}
        continue
    if "Request terminated with error:" in line:
        m = re.search(r"errors#([A-Z_]+)", line)
        what = refused.get(m.group(1), m.group(1)) if m else "proxy error"
        violations.append(f"prism.log:{number}: {what}\n    {line}")
    elif "Violation:" in line:
        # A status the document does not list for the operation (401, 403, 404 on a list call,
        # an injected 503) says something about the stand-in's answer, never about the request
        # the console sent. Prism logs requests that overlap in any order, so the status
        # remembered last may be another request's: every such warning is a note.
        status = last_status["status"]
        undeclared_error = ("Unable to match the returned status code" in line
                            and "warning" in line)
        entry = f"prism.log:{number}: " + (
            f"a status the document does not list (last seen: {status} of {last_status['path']})"
            if undeclared_error else "violation") + f"\n    {line}"
        (notes if undeclared_error and not strict else violations).append(entry)

for n in notes:
    print("note: " + n)
for v in violations:
    print(v)
if violations:
    print(f"{len(violations)} violation(s) in {log}"
          + (f" after line {since}" if since else "")
          + " (Prism's 422/500 answers carry the details: validation[] in the problem+json"
            " body, the sl-violations header)")
    sys.exit(1)
print(f"no violations in {log}" + (f" after line {since}" if since else "")
      + (f" ({len(notes)} note(s))" if notes else ""))
PY
    ;;
*)
    echo "pulumi-cloud-standin.sh: start, stop, mark or check" >&2
    exit 2
    ;;
esac
