#!/usr/bin/env bash
# Installs wijknet under a prefix (default /usr/local): bin/wijknet, its man page, the shell
# completions, the desktop launcher and share/doc/wijknet/copyright. First checks that the
# system libraries it loads are present, and names the Debian package of each one missing.
#
#   ./install.sh [--prefix DIR]        (uninstall: ./uninstall.sh with the same --prefix)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
prefix=/usr/local

usage() { echo "usage: $0 [--prefix DIR]   (default /usr/local)"; }

while [ $# -gt 0 ]; do
    case $1 in
        --prefix) prefix=${2:?--prefix needs a folder}; shift 2 ;;
        --prefix=*) prefix=${1#*=}; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done
prefix=$(realpath -m "$prefix")

# The Debian package that holds library $1 (runtime-libraries.txt, made with the package).
package_of() { awk -v l="$1" '$1 == l { print $2 }' "$here/runtime-libraries.txt" | grep . || echo "?"; }

check_runtime() {
    local missing=() packages=() so
    for so in $(ldd "$here/bin/wijknet" | awk '/not found/ { print $1 }'); do
        missing+=("$so"); packages+=("$(package_of "$so")")
    done
    if [ ! -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] && ! fc-list 2>/dev/null | grep -q "DejaVu Sans"; then
        missing+=("the DejaVu Sans typeface"); packages+=(fonts-dejavu-core)
    fi
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "wijknet needs what this system does not have: ${missing[*]}" >&2
    echo "install it with:  apt-get install $(printf '%s\n' "${packages[@]}" | sort -u | tr '\n' ' ')" >&2
    exit 1
}

install_files() {
    local f mode
    for f in $(cd "$here" && find bin share -type f | sort); do
        mode=0644 && [ "${f%%/*}" = bin ] && mode=0755
        install -D -m "$mode" "$here/$f" "$prefix/$f"
        echo "installed $prefix/$f"
    done
    # The launcher names the installed binary: $prefix/bin need not be on PATH.
    sed -i "s|^Exec=wijknet |Exec=$prefix/bin/wijknet |" "$prefix/share/applications/wijknet.desktop"
}

check_runtime
install_files
echo "wijknet $("$prefix/bin/wijknet" --version) installed under $prefix. Start: $prefix/bin/wijknet serve --open"
