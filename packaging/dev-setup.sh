#!/usr/bin/env bash
# Set up a development environment in .venv (idempotent).
#   bash packaging/dev-setup.sh          app only
#   bash packaging/dev-setup.sh --test   app + test tools (poppler, age, CUPS with cups-pdf)
# System packages come from Debian/Ubuntu apt when run as root (or with sudo); Python packages from PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=0
[ "${1:-}" = "--test" ] && want_tests=1

# Qt's runtime libraries, then the tools the tests use. qt_pkgs: what Qt's offscreen platform and
# its GUI library need; xcb_pkgs: what the X11 platform plugin (PySide6/Qt/plugins/platforms/libqxcb.so
# and libQt6XcbQpa) links to: without them `binder gui` stops with "could not load the Qt platform
# plugin xcb". Check with: ldd .venv/lib/python3.*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so
# (tests/test_gui_xvfb.py does, and starts the window under Xvfb).
qt_pkgs="libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 fonts-dejavu-core"
xcb_pkgs="libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
  libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0"
runtime_pkgs="$qt_pkgs $xcb_pkgs"
test_pkgs="poppler-utils age cups cups-client cups-bsd printer-driver-cups-pdf xvfb"
pkgs="$runtime_pkgs"
[ $want_tests = 1 ] && pkgs="$pkgs $test_pkgs"

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
fi
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else sudo="none"; fi
  if [ "$sudo" = none ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "dev-setup: please install these system packages first:$missing" >&2
  else
    echo "dev-setup: installing system packages:$missing"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
extra=""
[ $want_tests = 1 ] && extra="[test]"
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".$extra" 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -c "import binder, sqlcipher3, pyrage, reportlab" || { echo "dev-setup: the install failed" >&2; exit 1; }
echo "dev-setup: ready (.venv)"
