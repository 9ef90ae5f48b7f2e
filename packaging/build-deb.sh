#!/usr/bin/env bash
# Builds the release Debian package: the programs without the test suite, compiled and linked
# with Debian's hardening flags (dpkg-buildflags with hardening=+all: _FORTIFY_SOURCE, stack
# protector, full RELRO and BIND_NOW), then `cpack -G DEB`. Prints the package's path.
#
#   packaging/build-deb.sh            into build-deb/ (WEBHOOK_CONSOLE_BUILD_DIR for another)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${WEBHOOK_CONSOLE_BUILD_DIR:-$root/build-deb}"

"$root/packaging/setup-debian.sh"
# (From the source folder: -ffile-prefix-map maps it to ".".)
flags() { (cd "$root" && DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get "$1"); }
# CMake reads no CPPFLAGS: the preprocessor's flags (-D_FORTIFY_SOURCE=2) go with the compiler's.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DWEBHOOK_CONSOLE_BUILD_TESTS=OFF \
    -DCMAKE_CXX_FLAGS="$(flags CXXFLAGS) $(flags CPPFLAGS)" \
    -DCMAKE_EXE_LINKER_FLAGS="$(flags LDFLAGS)"
cmake --build "$build" -j2
cd "$build"
cpack -G DEB >/dev/null
ls "$build"/webhook-console_*.deb
