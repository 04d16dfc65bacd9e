#!/usr/bin/env bash
# Removes what install.sh installed under a prefix (default /usr/local): the files of this
# folder's bin/ and share/, no others.
#
#   ./uninstall.sh [--prefix DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
prefix=/usr/local

while [ $# -gt 0 ]; do
    case $1 in
        --prefix) prefix=${2:?--prefix needs a folder}; shift 2 ;;
        --prefix=*) prefix=${1#*=}; shift ;;
        -h|--help) echo "usage: $0 [--prefix DIR]   (default /usr/local)"; exit 0 ;;
        *) echo "usage: $0 [--prefix DIR]" >&2; exit 2 ;;
    esac
done
prefix=$(realpath -m "$prefix")

for f in $(cd "$here" && find bin share -type f | sort); do
    if [ -e "$prefix/$f" ]; then rm -f "$prefix/$f" && echo "removed $prefix/$f"; fi
done
rmdir "$prefix/share/doc/wijknet" 2>/dev/null || true
echo "wijknet removed from $prefix"
