#!/usr/bin/env sh
# Debian packages `make run` / `make test` need beyond Python 3.11: venv support and, for the
# window, Qt's xcb cursor library. Installs what is missing (as root, or with sudo), else says how.
set -eu
want=""
"${PYTHON:-python3}" -c "import ensurepip, venv" 2>/dev/null || want="$want python3-venv"
if [ "${1:-}" = "gui" ] && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    ldconfig -p 2>/dev/null | grep -q "libxcb-cursor.so.0" || want="$want libxcb-cursor0"
fi
[ -z "$want" ] && exit 0
echo "VIP Desk needs these Debian packages:$want"
if [ "$(id -u)" = "0" ]; then
    apt-get update -qq && apt-get install -y -qq $want
elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo apt-get install -y -qq $want
else
    echo "Please install them (apt-get install$want) and run make again." >&2
    exit 1
fi
