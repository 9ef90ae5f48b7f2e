#!/usr/bin/env bash
# CPU time an idle window uses in 60 s (BENCHMARKS.md): its own utime + stime from /proc, after
# 5 s to settle, on the database given (an SQLite file or a postgresql:// URL).
#
#   tests/benchmark/idle-cpu.sh build/app/webhook-console /tmp/webhooks.sqlite
set -euo pipefail
bin="${1:?the webhook-console binary}"
db="${2:?a database}"
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$bin" --database "$db" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
sleep 5
before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
sleep 60
after=$(awk '{print $14 + $15}' "/proc/$pid/stat")
echo "$(( (after - before) * 1000 / $(getconf CLK_TCK) )) ms of CPU in 60 s idle"
