#!/usr/bin/env sh
# Debian packages `make run` / `make test` need beyond Python 3.11: venv support and, with `gui`,
# every shared library that Qt's xcb platform plugin and the Qt libraries we use cannot load.
# The loader is asked (`ldd`, scripts/qt_libs.py); each missing soname is mapped to its Debian
# package through scripts/qt-debian-packages.txt. Installs what is missing (as root, or with
# sudo), else says what to install. PYTHON: the interpreter (for `gui`: the one with PySide6).
set -eu
here=$(dirname "$0")
python=${PYTHON:-python3}
want=""
"$python" -c "import ensurepip, venv" 2>/dev/null || want="$want python3-venv"

if [ "${1:-}" = "gui" ]; then
    if ! qt=$("$python" "$here/qt_libs.py" packages); then
        echo "VIP Desk: Qt needs libraries this script cannot map to a Debian package (above);" >&2
        echo "please add them to scripts/qt-debian-packages.txt." >&2
    fi
    want="$want $qt"
fi
want=$(echo $want)
[ -z "$want" ] && exit 0

echo "VIP Desk needs these Debian packages: $want"
if [ "$(id -u)" = "0" ]; then
    apt-get update -qq && apt-get install -y -qq --no-install-recommends $want >/dev/null
elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo apt-get install -y -qq --no-install-recommends $want >/dev/null
else
    echo "Please install them (apt-get install $want) and run make again." >&2
    exit 1
fi

if [ "${1:-}" = "gui" ]; then
    still=$("$python" "$here/qt_libs.py" missing)
    if [ -n "$still" ]; then
        echo "VIP Desk: Qt still cannot load: $still" >&2
        exit 1
    fi
    echo "Qt's libraries all load now."
fi
