#!/usr/bin/env bash
# Builds the Debian package with CPack, as a release would, and checks it:
#   - lintian reports no error (its warnings and notes are shown);
#   - the files: both programs in /usr/bin, the desktop entry, the metainfo, the icon in every
#     size, the manual pages, the completions, copyright and changelog, the translations when
#     the build made them; nothing outside /usr; modes 0755 and 0644, owned by root; programs
#     stripped;
#   - the control fields: name, version, section, priority, homepage, maintainer, a description
#     of several lines, and dependencies on what Qt loads at run time besides dpkg-shlibdeps';
#   - appstreamcli validate-tree on the installed tree.
# The package is left in OUT-DIR for deb_install_chroot.
#   check-deb.sh CPACK BUILD-DIR OUT-DIR VERSION APP-ID ICON-SIZES
set -euo pipefail
here=$(dirname "${BASH_SOURCE[0]}")
source "$here/lib.sh"
need dpkg-deb dpkg-shlibdeps lintian appstreamcli file
cpack=$1 build=$2 out=$3 version=$4 id=$5
read -r -a sizes <<<"${6//;/ }"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
echo "cpack -G DEB (log: $scratch/cpack.log)"
if ! (cd "$build" && "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out") \
    >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log" >&2
    fail "cpack failed"
fi
arch=$(dpkg --print-architecture)
deb=$scratch/out/webhook-console_${version}_$arch.deb
[[ -f $deb ]] || fail "cpack made no $(basename "$deb"): $(ls "$scratch/out")"
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

failures=()
problem() {
    echo "FAILED: $*" >&2
    failures+=("$*")
}

# --- lintian ---
set +e
lintian --fail-on error --display-info --display-experimental --pedantic --tag-display-limit 0 "$deb" >"$scratch/lintian.log" 2>&1
lintian_status=$?
set -e
grep -v '^running with root privileges' "$scratch/lintian.log" || true
if ((lintian_status != 0)); then
    problem "lintian reports errors (exit $lintian_status)"
fi
echo "lintian: $(grep -c '^E:' "$scratch/lintian.log") errors, $(grep -c '^W:' "$scratch/lintian.log") warnings, $(grep -c '^[IP]:' "$scratch/lintian.log") notes"

# --- files ---
dpkg-deb -c "$deb" >"$scratch/contents"
has() { # has MODE PATH
    if ! grep -Eq "^$1 root/root +[0-9]+ [0-9-]+ [0-9:]+ \./${2#/}\$" "$scratch/contents"; then
        problem "the package has no ${2} with mode $1 owned by root/root"
    fi
}
for program in webhook-console webhookctl; do
    has -rwxr-xr-x usr/bin/$program
done
has -rw-r--r-- "usr/share/applications/$id.desktop"
has -rw-r--r-- "usr/share/metainfo/$id.metainfo.xml"
has -rw-r--r-- "usr/share/icons/hicolor/scalable/apps/$id.svg"
for size in "${sizes[@]}"; do
    has -rw-r--r-- "usr/share/icons/hicolor/${size}x$size/apps/$id.png"
done
has -rw-r--r-- usr/share/man/man1/webhookctl.1.gz
has -rw-r--r-- usr/share/man/man1/webhook-console.1.gz
has -rw-r--r-- usr/share/bash-completion/completions/webhookctl
has -rw-r--r-- usr/share/zsh/vendor-completions/_webhookctl
has -rw-r--r-- usr/share/doc/webhook-console/copyright
has -rw-r--r-- usr/share/doc/webhook-console/changelog.gz
# Translations: the metainfo's <translation type="qt">webhook-console</translation> finds them as
# share/webhook-console/translations/webhook-console_<language>.qm.
# (Not into the chroot test's folders, nor anything mounted there.)
built_qm=$(find "$build" -xdev \( -path "$build/tests/packaging" -o -name _CPack_Packages \
    -o -name debootstrap-cache \) -prune -o -name 'webhook-console_*.qm' -print | wc -l)
if ((built_qm > 0)); then
    grep -Eq '\./usr/share/webhook-console/translations/webhook-console_[A-Za-z_]+\.qm$' \
        "$scratch/contents" || problem "the build made translations, the package has none"
fi
if grep -Ev '^d' "$scratch/contents" | grep -Ev ' \./usr/' | grep -q .; then
    problem "files outside /usr: $(grep -Ev '^d' "$scratch/contents" | grep -Ev ' \./usr/')"
fi
if grep -Ev '^(drwxr-xr-x|-rwxr-xr-x|-rw-r--r--|lrwxrwxrwx) root/root ' "$scratch/contents" | grep -q .; then
    problem "unusual modes or owners: $(grep -Ev '^(drwxr-xr-x|-rwxr-xr-x|-rw-r--r--|lrwxrwxrwx) root/root ' "$scratch/contents")"
fi
if grep '^-rwx' "$scratch/contents" | grep -Ev ' \./usr/bin/[^/]+$' | grep -q .; then
    problem "executable files outside /usr/bin: $(grep '^-rwx' "$scratch/contents" | grep -Ev ' \./usr/bin/')"
fi
dpkg-deb -x "$deb" "$scratch/root"
for program in webhook-console webhookctl; do
    description=$(file -b "$scratch/root/usr/bin/$program")
    [[ $description == *", stripped"* ]] || problem "usr/bin/$program is not stripped: $description"
done
echo "files:"
sed 's/^/  /' "$scratch/contents"

# --- control fields ---
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == webhook-console ]] || problem "Package is $(field Package)"
[[ $(field Version) == "$version" ]] || problem "Version is $(field Version), the project $version"
[[ $(field Section) == devel ]] || problem "Section is $(field Section)"
[[ $(field Priority) == optional ]] || problem "Priority is $(field Priority)"
[[ $(field Homepage) == https://* ]] || problem "Homepage is '$(field Homepage)'"
[[ $(field Maintainer) == *'<'*@*'>' ]] || problem "Maintainer is '$(field Maintainer)'"
(($(field Description | wc -l) >= 5)) || problem "the description is not several lines long"
depends=$(field Depends)
recommends=$(field Recommends)
echo "Depends: $depends"
echo "Recommends: $recommends"
# dpkg-shlibdeps' share: the Qt libraries and QtKeychain the programs link.
for p in libqt6core6 libqt6widgets6 libqt6sql6 libqt6network6 libqt6keychain1; do
    [[ $depends =~ (^|, )$p( |,|$) ]] || problem "Depends lacks $p (dpkg-shlibdeps did not run?)"
done
# What Qt and QtKeychain load at run time, which dpkg-shlibdeps cannot see.
for p in libqt6sql6-sqlite libqt6svg6 libsecret-1-0; do
    [[ $depends =~ (^|, )$p( |,|$) ]] || problem "Depends lacks $p"
done
for p in 'gnome-keyring \| kwalletmanager \| keepassxc' libqt6sql6-psql qt6-translations-l10n; do
    [[ $recommends =~ (^|, )$p( |,|$) ]] || problem "Recommends lacks ${p//\\/}"
done

# --- the installed tree as AppStream sees it ---
bash "$here/validate-appstream.sh" "$scratch/root" || problem "appstreamcli validate-tree failed"

mkdir -p "$out"
rm -f "$out"/webhook-console_*.deb
cp "$deb" "$out/"
if ((${#failures[@]})); then
    fail "${#failures[@]} problem(s) with the package: $(printf '\n  %s' "${failures[@]}")"
fi
echo "the package is fine: $out/$(basename "$deb")"
