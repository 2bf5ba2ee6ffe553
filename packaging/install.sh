#!/usr/bin/env bash
# Install Krispärm from this USB stick, with no network.
#
#   bash install.sh                   # for the current user (~/.local), or system-wide as root (/usr/local)
#   bash install.sh --prefix DIR      # everything under DIR (DIR/bin/binder, DIR/share/applications, ...)
#   bash install.sh --mode frozen     # the ready-made program: no Python needed
#   bash install.sh --mode wheels     # a virtual environment of the system's Python 3.11-3.13
#
# Without --mode: "wheels" when a Python 3.11-3.13 with venv is present, otherwise "frozen".
# First checks every file on the stick against SHA256SUMS (and its signature, when present);
# pip then installs only files from this stick (--no-index) whose hashes are in requirements.txt.
set -euo pipefail

MEDIA=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
MODE=auto
PYTHON=""
if [[ $(id -u) == 0 ]]; then PREFIX=/usr/local; else PREFIX="$HOME/.local"; fi

say() { printf 'Krispärm: %s\n' "$*"; }
die() { printf 'Krispärm: STOPPED: %s\nNothing was changed in the installed program.\n' "$*" >&2; exit 1; }

while [[ $# -gt 0 ]]; do
    case $1 in
        --prefix) PREFIX=$2; shift 2 ;;
        --mode) MODE=$2; shift 2 ;;
        --python) PYTHON=$2; shift 2 ;;
        -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) die "unknown option $1 (see: bash install.sh --help)" ;;
    esac
done
[[ $MODE == auto || $MODE == wheels || $MODE == frozen ]] || die "--mode must be wheels or frozen"
VERSION=$(cat "$MEDIA/VERSION")

# 1. Is the stick intact (and, if signed, from the publisher)?
say "checking the files on the stick (SHA256SUMS)..."
(cd "$MEDIA" && sha256sum --quiet --strict -c SHA256SUMS) \
    || die "a file on the stick is damaged or was changed. Copy the media again from the original."
if [[ -f "$MEDIA/SHA256SUMS.sig" ]]; then
    if command -v ssh-keygen >/dev/null; then
        ssh-keygen -Y verify -f "$MEDIA/allowed_signers" -I krisparm-publisher -n krisparm-media \
            -s "$MEDIA/SHA256SUMS.sig" < "$MEDIA/SHA256SUMS" >/dev/null \
            || die "the signature on SHA256SUMS does not match. Do not install this media."
        say "signature on SHA256SUMS is valid (compare the key in allowed_signers with the publisher's)."
    else
        say "SHA256SUMS is signed, but ssh-keygen is missing here: check the signature on another computer."
    fi
fi

find_python() {
    local candidate
    for candidate in ${PYTHON:-python3.13 python3.12 python3.11 python3}; do
        if command -v "$candidate" >/dev/null \
            && "$candidate" -c 'import sys, venv, ensurepip; sys.exit(not (3, 11) <= sys.version_info[:2] <= (3, 13))' 2>/dev/null; then
            command -v "$candidate"; return 0
        fi
    done
    return 1
}

if [[ $MODE == auto ]]; then
    if find_python >/dev/null; then MODE=wheels; else MODE=frozen; fi
fi

PREFIX=$(mkdir -p "$PREFIX" && cd "$PREFIX" && pwd)
APPS="$PREFIX/lib/krisparm"
TARGET="$APPS/$VERSION-$MODE"
STAGING="$APPS/.installing-$VERSION-$MODE"
mkdir -p "$APPS" "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/icons/hicolor/256x256/apps"
rm -rf "$STAGING"
START=$(date +%s)

if [[ $MODE == wheels ]]; then
    PY=$(find_python) || die "no Python 3.11-3.13 with venv found (on Debian/Ubuntu: package python3-venv). Use --mode frozen instead."
    say "installing $VERSION into a virtual environment of $PY ($("$PY" -V 2>&1))..."
    # Venvs are not movable: build it where it will live, under a name that says it is unfinished.
    rm -rf "$TARGET"
    "$PY" -m venv "$TARGET" || die "could not create a virtual environment in $TARGET"
    # --isolated: no pip config or PIP_* variables of this computer take part; only the stick.
    PIP_CONFIG_FILE=/dev/null "$TARGET/bin/python" -m pip install --isolated --quiet --no-index --no-cache-dir \
        --disable-pip-version-check --no-input \
        --find-links "$MEDIA/wheels" --require-hashes --only-binary=:all: -r "$MEDIA/requirements.txt" \
        || { rm -rf "$TARGET"; die "pip could not install the wheels from the stick (see above)"; }
    PROGRAM="$TARGET/bin/binder"
    cp "$MEDIA/krisparm.png" "$PREFIX/share/icons/hicolor/256x256/apps/krisparm.png"
else
    ARCHIVE=$(ls "$MEDIA"/krisparm-"$VERSION"-linux-x86_64-frozen.tar.gz 2>/dev/null) \
        || die "the frozen program is not on this stick"
    say "installing the ready-made program $VERSION..."
    mkdir -p "$STAGING"
    tar -xzf "$ARCHIVE" -C "$STAGING" --no-same-owner || { rm -rf "$STAGING"; die "could not unpack $ARCHIVE"; }
    rm -rf "$TARGET"
    mv "$STAGING/krisparm" "$TARGET" && rmdir "$STAGING"
    PROGRAM="$TARGET/binder"
    cp "$TARGET/_internal/resources/icons/krisparm.png" "$PREFIX/share/icons/hicolor/256x256/apps/krisparm.png"
fi

"$PROGRAM" --version >/dev/null || die "the installed program does not start: $PROGRAM --version failed"

# 2. The launcher and the menu entry point at the new version only once it works.
LAUNCHER="$PREFIX/bin/binder"
printf '#!/bin/sh\n# Krispärm %s (%s), installed by install.sh\nexec "%s" "$@"\n' "$VERSION" "$MODE" "$PROGRAM" > "$LAUNCHER.new"
chmod 755 "$LAUNCHER.new" && mv -f "$LAUNCHER.new" "$LAUNCHER"
cat > "$PREFIX/share/applications/krisparm.desktop.new" <<EOF
[Desktop Entry]
Type=Application
Name=Krispärm
GenericName=Crisis binder
GenericName[sv]=Krispärm
Comment=Offline crisis binder: contacts, routines, incident log
Comment[sv]=Krispärm utan nät: kontakter, rutiner, händelselogg
Exec="$LAUNCHER" gui
Icon=$PREFIX/share/icons/hicolor/256x256/apps/krisparm.png
Terminal=false
Categories=Office;
StartupWMClass=krisparm
EOF
mv -f "$PREFIX/share/applications/krisparm.desktop.new" "$PREFIX/share/applications/krisparm.desktop"
if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$PREFIX/share/applications" || true; fi

say "$("$LAUNCHER" --version) installed ($MODE) in $(( $(date +%s) - START )) s."
say "program: $LAUNCHER    menu entry: $PREFIX/share/applications/krisparm.desktop"
case ":$PATH:" in *":$PREFIX/bin:"*) ;; *) say "note: $PREFIX/bin is not on PATH; start it as $LAUNCHER" ;; esac
