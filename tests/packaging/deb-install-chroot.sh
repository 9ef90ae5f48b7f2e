#!/usr/bin/env bash
# Installs the Debian package into a fresh Debian 12 root, as a user would on a new machine, and
# runs both programs there:
#
#   debootstrap --variant=minbase bookworm   (a bare Debian 12, from deb.debian.org)
#   apt-get install ./webhook-console_*.deb  (its dependencies from Debian, nothing else)
#   webhookctl --version, webhook-console --version
#   webhookctl --database /tmp/x.sqlite webhook list --json
#   QT_QPA_PLATFORM=offscreen webhook-console --database /tmp/y.sqlite   (still running after 3 s,
#                                                                       its database opened)
#   the plug-ins Qt and QtKeychain load at run time are there
#
# The package is installed without its recommends, so what it Depends on must be enough to run
# both programs; that its recommends can be installed too is checked by a simulated install.
# Every check runs, and the test fails at the end if any did.
#
# The bootstrapped root is kept as a tarball in CACHE-DIR (and the packages apt downloads in
# CACHE-DIR/archives), so a second run in the same build folder downloads almost nothing.
# WEBHOOK_CONSOLE_DEBOOTSTRAP_CACHE names another cache folder (one shared by build folders).
# Needs root (debootstrap, chroot, mount).
#
#   deb-install-chroot.sh DEB-DIR WORK-DIR CACHE-DIR
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need debootstrap chroot mount umount mountpoint tar dpkg-deb python3
[[ $(id -u) -eq 0 ]] || fail "debootstrap and chroot need root (CI runs as root)"

deb_dir=$1 work=$2
cache=${WEBHOOK_CONSOLE_DEBOOTSTRAP_CACHE:-$3}
mirror=http://deb.debian.org/debian
suite=bookworm
started=$SECONDS

shopt -s nullglob
debs=("$deb_dir"/webhook-console_*.deb)
((${#debs[@]} == 1)) || fail "expected one webhook-console_*.deb in $deb_dir (the deb_package test makes it), found ${#debs[@]}"
deb=${debs[0]}

# remove_root DIR: unmounts what is mounted inside DIR, then removes it; never removes a folder
# with something still mounted in it.
remove_root() {
    local dir=$1 m
    awk -v d="$dir/" 'index($2, d) == 1 { print $2 }' /proc/mounts | sort -r |
        while read -r m; do
            umount "$m" || umount -l "$m" || true
        done
    if grep -q " $dir/" /proc/mounts; then
        echo "left $dir in place: something is still mounted in it" >&2
        return
    fi
    rm -rf "$dir"
}
mkdir -p "$cache/archives" "$work"
# Roots a killed run left behind (a timeout kills without a trap).
for stale in "$work"/root.*; do
    remove_root "$stale"
done
root=$(mktemp -d "$work/root.XXXXXX")
trap 'remove_root "$root"' EXIT

# --- a fresh Debian 12 root, from the cache when there is one ---
tarball=$cache/$suite-minbase.tar
if [[ ! -s $tarball ]]; then
    echo "debootstrap --variant=minbase $suite (first run; the result is cached in $cache)"
    fresh=$(mktemp -d "$work/debootstrap.XXXXXX")
    if ! debootstrap --variant=minbase "$suite" "$fresh" "$mirror" >"$work/debootstrap.log" 2>&1; then
        tail -n 30 "$work/debootstrap.log" >&2
        rm -rf "$fresh"
        fail "debootstrap failed (log: $work/debootstrap.log)"
    fi
    # As a new Debian 12 installation has them: updates and security updates.
    cat >"$fresh/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb http://deb.debian.org/debian-security $suite-security main
EOF
    rm -rf "$fresh"/var/cache/apt/archives/*.deb
    tar --numeric-owner -C "$fresh" -cf "$tarball.part" .
    mv "$tarball.part" "$tarball"
    rm -rf "$fresh"
    echo "debootstrap done after $((SECONDS - started)) s"
fi
tar --numeric-owner -C "$root" -xf "$tarball"

mount -t proc proc "$root/proc"
# /dev is debootstrap's own (null, zero, urandom, tty, …): the host's /dev is never mounted in,
# so nothing can reach its device files through the root's folder.
[[ -c $root/dev/null && -c $root/dev/urandom ]] ||
    fail "the bootstrapped root has no device files (debootstrap could not create them here)"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
cp "$cache"/archives/*.deb "$root/var/cache/apt/archives/" 2>/dev/null || true

# A clean environment in the chroot: nothing of the test harness' (display, D-Bus, Qt).
in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

failures=()
check() { # check DESCRIPTION COMMAND... : runs it, records a failure
    local what=$1
    shift
    if "$@"; then
        echo "ok: $what"
    else
        echo "FAILED: $what" >&2
        failures+=("$what")
    fi
}

package=/tmp/$(basename "$deb")
in_root apt-get update -q >"$work/apt-update.log" 2>&1 || {
    cat "$work/apt-update.log" >&2
    fail "apt-get update failed in the chroot"
}
# Its recommends resolve on Debian 12 (simulated: nothing is downloaded).
simulate_with_recommends() {
    in_root apt-get install -s -q "$package" >"$work/apt-simulate.log" 2>&1 || {
        tail -n 20 "$work/apt-simulate.log" >&2
        return 1
    }
}
check "apt can install the package with its recommends" simulate_with_recommends
if ! in_root apt-get install -y -q --no-install-recommends "$package" >"$work/apt-install.log" 2>&1; then
    tail -n 40 "$work/apt-install.log" >&2
    fail "apt-get install $(basename "$deb") failed in a fresh Debian 12"
fi
echo "apt-get install: $(grep -c '^Setting up ' "$work/apt-install.log") packages set up"
cp -n "$root"/var/cache/apt/archives/*.deb "$cache/archives/" 2>/dev/null || true

version=$(dpkg-deb -f "$deb" Version)
expect_output() { # expect_output EXPECTED COMMAND... : standard output is EXPECTED
    local expected=$1 out
    shift
    out=$(in_root "$@" 2>"$work/stderr") || {
        echo "$* exited with $?: $out $(cat "$work/stderr")" >&2
        return 1
    }
    [[ $out == "$expected" ]] || {
        echo "$* printed '$out', expected '$expected'; standard error: $(cat "$work/stderr")" >&2
        return 1
    }
}
check "webhookctl --version" expect_output "webhookctl $version" webhookctl --version
# Must work without a display (no X server, no Wayland in the chroot).
check "webhook-console --version without a display" \
    expect_output "webhook-console $version" webhook-console --version

list_webhooks() {
    local out
    out=$(in_root webhookctl --database /tmp/x.sqlite webhook list --json 2>&1) || {
        echo "webhookctl webhook list --json exited with $?: $out" >&2
        return 1
    }
    # One JSON document (read here: the chroot has no Python).
    python3 -c 'import json, sys; json.loads(sys.stdin.read())' <<<"$out" || {
        echo "not one JSON document: $out" >&2
        return 1
    }
}
check "webhookctl --database /tmp/x.sqlite webhook list --json" list_webhooks

start_console() {
    local status=0 err
    in_root env QT_QPA_PLATFORM=offscreen timeout 3 \
        webhook-console --database /tmp/y.sqlite >"$work/console.out" 2>"$work/console.err" ||
        status=$?
    err=$(cat "$work/console.err")
    if ((status != 124)); then
        echo "webhook-console ended with $status within 3 s (124 = still running):" >&2
        echo "$err" >&2
        return 1
    fi
    if grep -Eiq 'could not (load|find) the Qt platform plugin|driver not loaded|Cannot load library|QSqlDatabase: .* not available' <<<"$err"; then
        echo "webhook-console misses a plug-in:" >&2
        echo "$err" >&2
        return 1
    fi
    # It opened (created and migrated) its database: the SQLite driver was there.
    in_root test -s /tmp/y.sqlite || {
        echo "webhook-console did not open /tmp/y.sqlite; its standard error:" >&2
        echo "$err" >&2
        return 1
    }
    [[ -z $err ]] || echo "(its standard error: $err)"
}
check "webhook-console starts offscreen, opens its database and keeps running" start_console

# The plug-ins Qt and QtKeychain load at run time, which the package must bring in by name.
plugins_present() {
    local file absent=0
    for file in qt6/plugins/sqldrivers/libqsqlite.so qt6/plugins/iconengines/libqsvgicon.so \
        qt6/plugins/imageformats/libqsvg.so qt6/plugins/platforms/libqxcb.so \
        qt6/plugins/platforms/libqoffscreen.so libsecret-1.so.0; do
        if ! in_root sh -c "ls /usr/lib/*/$file" >/dev/null 2>&1; then
            echo "not installed: $file" >&2
            absent=1
        fi
    done
    return $absent
}
check "the run-time plug-ins are installed (SQLite, SVG, xcb, libsecret)" plugins_present

# The window's own plug-in, the daily chart, loaded with the first history: installed, and all
# it links against (Qt Charts) brought in by the package's dependencies.
chart_plugin_loads() {
    local out
    # Where the window looks: the library folder beside its own (../lib/webhook-console).
    out=$(in_root sh -c 'ldd /usr/lib/webhook-console/libwebhook-console-charts.so' 2>&1) || {
        echo "the chart plug-in is not installed: $out" >&2
        return 1
    }
    if grep -q 'not found' <<<"$out"; then
        echo "the chart plug-in misses libraries: $out" >&2
        return 1
    fi
    grep -q 'libQt6Charts' <<<"$out" || {
        echo "the chart plug-in does not link Qt Charts: $out" >&2
        return 1
    }
}
check "the chart plug-in is installed with all it links against" chart_plugin_loads

echo "chroot test took $((SECONDS - started)) s"
if ((${#failures[@]})); then
    fail "${#failures[@]} check(s) failed: $(printf '\n  %s' "${failures[@]}")"
fi
echo "the package installs on a fresh Debian 12 and both programs run"
