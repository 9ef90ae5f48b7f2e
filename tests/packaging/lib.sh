# shellcheck shell=bash
# Shared by the packaging tests (sourced). A missing tool fails the test, never skips it.

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# need TOOL... : each must be on PATH, else the test fails saying how to install it.
need() {
    local tool missing=()
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
    done
    if ((${#missing[@]})); then
        fail "missing ${missing[*]}: run packaging/setup-debian.sh --tests (it installs the tools the tests use)"
    fi
}
