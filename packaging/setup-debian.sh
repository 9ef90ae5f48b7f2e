#!/usr/bin/env bash
# Installs the Debian 12 packages Webhook Console needs, only those that are missing.
#   packaging/setup-debian.sh            build and run the console
#   packaging/setup-debian.sh --tests    also what the headless test suite needs
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
    qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev libgl-dev
    qt6-translations-l10n
    gnome-keyring dbus-x11
    # The build writes webhookctl's manual page with a Python script (packaging/).
    python3
)
if [[ "${1:-}" == "--tests" ]]; then
    # golang-go runs the Go verification snippets (issue 13).
    packages+=(xvfb xauth at-spi2-core python3 python3-yaml postgresql golang-go)
    # The desktop's light/dark preference, as a desktop publishes it: the XDG Settings portal
    # with its GTK backend, fed by GSettings over dconf (tst_desktop switches it).
    packages+=(xdg-desktop-portal xdg-desktop-portal-gtk dconf-gsettings-backend libglib2.0-bin)
    # The packaging tests (tests/packaging): validators, the .deb's checks and its installation
    # into a debootstrapped Debian 12, the completions in bash and zsh, the manual pages.
    packages+=(desktop-file-utils appstream flatpak-builder lintian dpkg-dev file debootstrap
        zsh groff-base man-db)
    # The delivery benchmark's baseline and its system-call counts (tests/benchmark).
    packages+=(curl strace)
    # Node.js and npm run the payload tests' judges (tests/js). A Node.js installed another
    # way (NodeSource's package bundles npm) counts: only a missing command is installed.
    command -v node >/dev/null 2>&1 || packages+=(nodejs)
    command -v npm >/dev/null 2>&1 || packages+=(npm)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
# With recommends: the set these scripts were tried with (fonts, platform themes, keyring bits).
$sudo apt-get install -y -q "${missing[@]}"
