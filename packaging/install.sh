#!/usr/bin/env bash
# Install Krispärm from this USB stick, with no network.
#
#   bash install.sh [OPTIONS]
#
#   --prefix DIR           install under DIR: DIR/bin/binder, DIR/lib/krisparm/, DIR/share/...
#                          (default: ~/.local; as root: /usr/local)
#   --mode wheels          a virtual environment of this computer's Python 3.11-3.13
#   --mode frozen          the ready-made program: no Python needed
#                          (default: wheels when a Python 3.11-3.13 with venv is found, else frozen)
#   --python PATH          the Python for --mode wheels (default: python3.13, 3.12, 3.11, python3)
#   --allow-unsigned       accept media without a signature (SHA256SUMS.sig); you are warned
#   --signer FINGERPRINT   stop unless the media was signed by the key with this fingerprint
#                          (the 40 digits on the paper copy kept with the sticks)
#   --uninstall            remove what install.sh installed under the prefix; never the vaults
#   -h, --help             show this text
#
# Every file on the stick is checked against SHA256SUMS and its signature first. The program
# is installed into a new folder PREFIX/lib/krisparm/<version>-<mode>-<n>; only when it starts
# and its window can open (Qt's platform plugins) do PREFIX/bin/binder, the menu entry and the
# icon switch to it. A failure at any step removes the new folder and leaves the installed
# program exactly as it was. pip installs only files from this stick (--no-index) whose hashes
# are in requirements.txt (--require-hashes).

set -euo pipefail
shopt -s lastpipe      # `... | stage FILE` runs stage in this shell (it records FILE)

MEDIA=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
MODE=auto
PYTHON=""
ALLOW_UNSIGNED=0
EXPECTED_SIGNER=""
ACTION=install
if [[ $(id -u) == 0 ]]; then PREFIX=/usr/local; else PREFIX="$HOME/.local"; fi
MARKER="installed by Krispärm's install.sh"

say() { printf 'Krispärm: %s\n' "$*"; }
die() { printf 'Krispärm: STOPPED: %s\nNothing was changed in the installed program.\n' "$*" >&2; exit 1; }
usage() { sed -n '2,/^$/p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
need_value() { [[ $# -ge 2 && -n $2 ]] || die "$1 needs a value (see: bash install.sh --help)"; }

while [[ $# -gt 0 ]]; do
    case $1 in
        --prefix) need_value "$@"; PREFIX=$2; shift 2 ;;
        --mode) need_value "$@"; MODE=$2; shift 2 ;;
        --python) need_value "$@"; PYTHON=$2; shift 2 ;;
        --signer) need_value "$@"; EXPECTED_SIGNER=$2; shift 2 ;;
        --allow-unsigned) ALLOW_UNSIGNED=1; shift ;;
        --uninstall) ACTION=uninstall; shift ;;
        -h|--help) usage; exit 0 ;;
        *) die "unknown option $1 (see: bash install.sh --help)" ;;
    esac
done
[[ $MODE == auto || $MODE == wheels || $MODE == frozen ]] || die "--mode must be wheels or frozen"

APPS_REL=lib/krisparm
LAUNCHER_REL=bin/binder
DESKTOP_REL=share/applications/krisparm.desktop
ICON_REL=share/icons/hicolor/256x256/apps/krisparm.png
MANIFEST_NAME=INSTALLED          # PREFIX/lib/krisparm/INSTALLED: every path install.sh wrote
# What a manifest line may name (anything else is refused, so a changed manifest cannot
# make --uninstall delete other files): our three files, our install folders, folders we made.
SAFE_ENTRY='^(bin/binder|share/applications/krisparm\.desktop|share/icons/hicolor/256x256/apps/krisparm\.png|lib/krisparm/[0-9][A-Za-z0-9.+_-]*-(wheels|frozen)(-[A-Za-z0-9]+)?|(bin|lib|lib/krisparm|share|share/applications|share/icons|share/icons/hicolor|share/icons/hicolor/256x256|share/icons/hicolor/256x256/apps)/)$'

# dq TEXT: TEXT quoted for use inside "..." in sh.
dq() { local s=${1//\\/\\\\}; s=${s//\"/\\\"}; s=${s//\$/\\\$}; s=${s//\`/\\\`}; printf '"%s"' "$s"; }

# == uninstall ================================================================================

uninstall() {
    [[ -d $PREFIX ]] || die "there is no folder $PREFIX"
    PREFIX=$(cd "$PREFIX" && pwd)
    local manifest="$PREFIX/$APPS_REL/$MANIFEST_NAME" entry path entries=()
    [[ -f $manifest ]] || die "install.sh installed nothing under $PREFIX (no $APPS_REL/$MANIFEST_NAME)"
    mapfile -t entries < "$manifest"
    for entry in "${entries[@]}"; do
        [[ -z $entry || $entry =~ $SAFE_ENTRY ]] \
            || die "$manifest names '$entry', which install.sh never writes; removing nothing"
    done
    for entry in "$LAUNCHER_REL" "$DESKTOP_REL"; do
        if [[ -f "$PREFIX/$entry" ]] && ! grep -q -e "$MARKER" -e "X-Krisparm-Installed-By=install.sh" "$PREFIX/$entry"; then
            die "$PREFIX/$entry was not written by install.sh; removing nothing"
        fi
    done
    # The command first (nothing starts the program any more), then the rest.
    for entry in "${entries[@]}"; do
        [[ -n $entry && $entry != */ ]] || continue
        path="$PREFIX/$entry"
        if [[ -d $path && ! -L $path ]]; then rm -rf -- "$path"; else rm -f -- "$path"; fi
    done
    rm -f -- "$manifest"
    # The folders an install made, deepest first, and only if nothing else is in them.
    while IFS= read -r entry; do
        rmdir -- "$PREFIX/$entry" 2>/dev/null || true
    done < <(printf '%s\n' "${entries[@]}" | grep '/$' | sort -r || true)
    say "removed from $PREFIX: the program, the command binder, the menu entry and the icon."
    say "vaults and backups were not touched (default place: ${XDG_DATA_HOME:-$HOME/.local/share}/krisparm)."
}

if [[ $ACTION == uninstall ]]; then
    uninstall
    exit 0
fi

# == 1. is the stick intact, and who signed it? ================================================

VERSION=$(cat "$MEDIA/VERSION" 2>/dev/null) || die "no VERSION file next to install.sh: is this the media folder?"
say "checking the files on the stick (SHA256SUMS)..."
(cd "$MEDIA" && sha256sum --quiet --strict -c SHA256SUMS) \
    || die "a file on the stick is damaged or was changed. Copy the media again from the original."
SIGNED=0
if [[ -f "$MEDIA/SHA256SUMS.sig" ]]; then
    if ! command -v ssh-keygen >/dev/null; then
        [[ $ALLOW_UNSIGNED == 1 ]] || die "SHA256SUMS is signed, but ssh-keygen (package openssh-client) is missing here, so the signature cannot be checked. Install openssh-client, or check the signature on another computer and run again with --allow-unsigned."
    elif ssh-keygen -Y verify -f "$MEDIA/allowed_signers" -I krisparm-publisher -n krisparm-media \
            -s "$MEDIA/SHA256SUMS.sig" < "$MEDIA/SHA256SUMS" >/dev/null 2>&1; then
        SIGNED=1
        say "the signature on SHA256SUMS is valid; the signer's fingerprint is shown below."
    else
        die "the signature on SHA256SUMS does not match. Do not install this media."
    fi
fi
if [[ $SIGNED == 0 ]]; then
    [[ $ALLOW_UNSIGNED == 1 ]] || die "this media is not signed (no valid SHA256SUMS.sig): anyone who could write to the stick could have changed the program. Ask the publisher for signed media; if you know where this copy came from, run again with --allow-unsigned."
    [[ -z $EXPECTED_SIGNER ]] || die "--signer was given, but this media is not signed"
    cat >&2 <<'EOF'
############################################################################
##  WARNING: UNSIGNED MEDIA. Nobody vouches for these files: SHA256SUMS    ##
##  only shows they were not damaged in copying. Anyone who could write    ##
##  to this stick could have changed the program. Installing anyway,       ##
##  because --allow-unsigned was given.                                    ##
############################################################################
EOF
fi

# == 2. which mode, which Python? ===============================================================

PY=""
PYTHON_REPORT=()
# find_python: set PY to the first usable Python; note in PYTHON_REPORT why the others are not.
find_python() {
    local candidate found version
    PY=""
    PYTHON_REPORT=()
    for candidate in ${PYTHON:-python3.13 python3.12 python3.11 python3}; do
        found=$(command -v "$candidate" 2>/dev/null) || { [[ -n $PYTHON ]] && PYTHON_REPORT+=("$candidate: not found"); continue; }
        version=$("$found" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null) \
            || { PYTHON_REPORT+=("$found: does not run"); continue; }
        if ! "$found" -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] <= (3, 13))'; then
            PYTHON_REPORT+=("$found is Python $version; 3.11, 3.12 or 3.13 is needed"); continue
        fi
        if ! "$found" -c 'import venv, ensurepip' 2>/dev/null; then
            PYTHON_REPORT+=("$found (Python $version) lacks venv; on Debian/Ubuntu: sudo apt-get install python$version-venv"); continue
        fi
        PY=$found; return 0
    done
    [[ ${#PYTHON_REPORT[@]} -gt 0 ]] || PYTHON_REPORT+=("no python3 found")
    return 1
}
python_report() { local line; for line in "${PYTHON_REPORT[@]}"; do printf '    %s\n' "$line"; done; }

FROZEN_ARCHIVE="$MEDIA/krisparm-$VERSION-linux-x86_64-frozen.tar.xz"
CHOSEN_BY=option
if [[ $MODE == auto ]]; then
    CHOSEN_BY=auto
    if find_python; then
        MODE=wheels
    else
        say "no usable Python here, so the ready-made program (frozen) is installed instead:"
        python_report
        [[ -f $FROZEN_ARCHIVE ]] || die "no usable Python, and the ready-made program is not on this stick"
        MODE=frozen
    fi
elif [[ $MODE == wheels ]]; then
    find_python || { python_report >&2; die "no usable Python for --mode wheels (above). Use --mode frozen: the ready-made program needs no Python."; }
fi
[[ $MODE == wheels || -f $FROZEN_ARCHIVE ]] || die "the ready-made program is not on this stick ($(basename "$FROZEN_ARCHIVE"))"

# == 3. install into a new folder =================================================================

mkdir -p "$PREFIX" || die "cannot create $PREFIX"
PREFIX=$(cd "$PREFIX" && pwd)
APPS="$PREFIX/$APPS_REL"
MANIFEST="$APPS/$MANIFEST_NAME"
# The folders this install makes (recorded, so that --uninstall removes them only if empty).
CREATED=()
for rel in bin lib "$APPS_REL" share share/applications share/icons share/icons/hicolor \
           share/icons/hicolor/256x256 share/icons/hicolor/256x256/apps; do
    [[ -d "$PREFIX/$rel" ]] || CREATED+=("$rel/")
done
NEW=""
STAGED=()          # files written next to their destination as NAME.new, not yet in place
SWITCHED=0
cleanup() {
    [[ $SWITCHED == 1 ]] && return 0
    local file i
    for file in "${STAGED[@]}"; do rm -f -- "$file.new" 2>/dev/null || true; done
    if [[ -n $NEW && -d $NEW ]]; then rm -rf -- "$NEW" || true; fi
    for ((i = ${#CREATED[@]} - 1; i >= 0; i--)); do rmdir -- "$PREFIX/${CREATED[i]}" 2>/dev/null || true; done
    return 0
}
trap cleanup EXIT
# fail MESSAGE: stop during the install; cleanup removes the new folder.
fail() { die "$*"; }

mkdir -p "$APPS" || fail "cannot create $APPS"
# new_folder: a fresh, unused PREFIX/lib/krisparm/<version>-<mode>-<n>.
new_folder() {
    local n=1
    while [[ -e "$APPS/$VERSION-$MODE-$n" ]]; do n=$((n + 1)); done
    mkdir -- "$APPS/$VERSION-$MODE-$n" || fail "cannot create a folder in $APPS"
    printf '%s\n' "$APPS/$VERSION-$MODE-$n"
}

START=$(date +%s)
install_wheels() {
    say "installing $VERSION into a virtual environment of $PY ($("$PY" -V 2>&1))..."
    NEW=$(new_folder)
    "$PY" -m venv "$NEW" || fail "could not create a virtual environment in $NEW"
    # --isolated: no pip config or PIP_* variables of this computer take part; only the stick.
    PIP_CONFIG_FILE=/dev/null "$NEW/bin/python" -m pip install --isolated --quiet --no-index --no-cache-dir \
        --disable-pip-version-check --no-input --no-warn-script-location \
        --find-links "$MEDIA/wheels" --require-hashes --only-binary=:all: -r "$MEDIA/requirements.txt" \
        || fail "pip could not install the wheels from the stick (see above)"
    PROGRAM="$NEW/bin/binder"
    QT_CHECK=("$NEW/bin/python" "$MEDIA/qt_check.py")
    SIGNER_CHECK=("$NEW/bin/python" "$MEDIA/media_signer.py")
}
install_frozen() {
    say "installing the ready-made program $VERSION..."
    NEW=$(new_folder)
    command -v xz >/dev/null || fail "unpacking the ready-made program needs xz (Debian/Ubuntu package xz-utils)"
    tar -xJf "$FROZEN_ARCHIVE" -C "$NEW" --strip-components=1 --no-same-owner \
        || fail "could not unpack $(basename "$FROZEN_ARCHIVE")"
    PROGRAM="$NEW/binder"
    QT_CHECK=("$PROGRAM" --krisparm-qt-check)
    SIGNER_CHECK=("$PROGRAM" --krisparm-media-signer)
}
# check_program: the new program starts, and its window can open here. Status 2: Qt cannot load.
check_program() {
    local said
    said=$("$PROGRAM" --version 2>&1) || { printf '%s\n' "$said" >&2; fail "the installed program does not start: $PROGRAM --version failed"; }
    say "$said starts; checking that its window can open (Qt)..."
    "${QT_CHECK[@]}" 2>&1 | sed 's/^/    /'
    [[ ${PIPESTATUS[0]} == 0 ]] || return 2
}

if [[ $MODE == wheels ]]; then install_wheels; else install_frozen; fi
if ! check_program; then
    if [[ $MODE == wheels && $CHOSEN_BY == auto && -f $FROZEN_ARCHIVE ]]; then
        say "the window of the Python install cannot start here (above); the ready-made program carries"
        say "those libraries, so it is installed instead."
        rm -rf -- "$NEW"; NEW=""; MODE=frozen
        install_frozen
        check_program || fail "the window of the ready-made program cannot start here either (above)"
    else
        fail "the program's window cannot start on this computer (above)."
    fi
fi

SIGNER=""
if [[ $SIGNED == 1 ]]; then
    SIGNER=$("${SIGNER_CHECK[@]}" "$MEDIA/allowed_signers") || fail "cannot read the signer's key in allowed_signers"
    if [[ -n $EXPECTED_SIGNER && $(tr -cd 0-9 <<<"$EXPECTED_SIGNER") != $(tr -cd 0-9 <<<"$SIGNER") ]]; then
        fail "the media was signed by the key $SIGNER, not by $EXPECTED_SIGNER (--signer). Do not install this media."
    fi
fi

# == 4. switch over: menu entry, icon, then the command binder (the commit point) ===============

LAUNCHER="$PREFIX/$LAUNCHER_REL"
DESKTOP="$PREFIX/$DESKTOP_REL"
ICON="$PREFIX/$ICON_REL"
mkdir -p "$(dirname "$LAUNCHER")" "$(dirname "$DESKTOP")" "$(dirname "$ICON")" || fail "cannot create the folders in $PREFIX"
# The install folder the command binder runs now (kept, so a window still open keeps working).
PREVIOUS=""
if [[ -f $LAUNCHER ]] && grep -q "$MARKER" "$LAUNCHER"; then
    PREVIOUS=$(sed -n 's|^# folder: ||p' "$LAUNCHER")
fi

stage() { STAGED+=("$1"); cat > "$1.new" || fail "cannot write $1.new"; }
printf '#!/bin/sh\n# Krispärm %s (%s), %s\n# folder: %s\nexec %s "$@"\n' \
    "$VERSION" "$MODE" "$MARKER" "$NEW" "$(dq "$PROGRAM")" | stage "$LAUNCHER"
chmod 755 "$LAUNCHER.new" || fail "cannot write $LAUNCHER.new"
# StartupWMClass: the window's X11 class, which Qt takes from the application name that
# binder/gui/app.py sets ("Krispärm"); its Wayland app id is the desktop file name, krisparm.
stage "$DESKTOP" <<EOF
[Desktop Entry]
Type=Application
Name=Krispärm
GenericName=Crisis binder
GenericName[sv]=Krispärm
Comment=Offline crisis binder: contacts, routines, incident log
Comment[sv]=Krispärm utan nät: kontakter, rutiner, händelselogg
Exec=$(dq "$LAUNCHER") gui
Icon=$ICON
Terminal=false
Categories=Office;
StartupWMClass=Krispärm
X-Krisparm-Installed-By=install.sh
EOF
stage "$ICON" < "$MEDIA/krisparm.png"

# The manifest: our files, every install folder kept, and the folders made by any install.
KEEP=("$NEW")
[[ -n $PREVIOUS && -d $PREVIOUS && $PREVIOUS != "$NEW" ]] && KEEP+=("$PREVIOUS")
{
    printf '%s\n' "$LAUNCHER_REL" "$DESKTOP_REL" "$ICON_REL"
    for folder in "${KEEP[@]}"; do printf '%s\n' "${folder#"$PREFIX/"}"; done
    { if [[ -f $MANIFEST ]]; then grep '/$' "$MANIFEST" || true; fi; printf '%s\n' "${CREATED[@]}"; } \
        | sed '/^$/d' | sort -u
} | stage "$MANIFEST"

# Replace, keeping the old files until the command binder is in place; undo on failure.
BACKUPS=()
undo_switch() {
    local file
    for file in "${BACKUPS[@]}"; do
        if [[ -e $file.old ]]; then mv -f -- "$file.old" "$file"; else rm -f -- "$file"; fi
    done
}
for file in "$MANIFEST" "$ICON" "$DESKTOP" "$LAUNCHER"; do
    if [[ -e $file ]]; then cp -p -- "$file" "$file.old" || { undo_switch; fail "cannot back up $file"; }; fi
    BACKUPS+=("$file")
    mv -f -- "$file.new" "$file" || { undo_switch; fail "cannot write $file"; }
done
SWITCHED=1
for file in "${BACKUPS[@]}"; do rm -f -- "$file.old"; done

# Older install folders go (the one just replaced stays until the next install).
for folder in "$APPS"/*/; do
    folder=${folder%/}
    [[ $(basename "$folder") =~ ^[0-9][A-Za-z0-9.+_-]*-(wheels|frozen)(-[A-Za-z0-9]+)?$ ]] || continue
    [[ " ${KEEP[*]} " == *" $folder "* ]] || rm -rf -- "$folder"
done

say "$("$LAUNCHER" --version) installed ($MODE) in $(( $(date +%s) - START )) s."
say "command: $LAUNCHER    menu entry: $DESKTOP"
if [[ $SIGNED == 1 ]]; then
    say "media signed by the key with fingerprint:"
    say "    $SIGNER"
    say "compare it with the paper copy kept with the sticks (it is read aloud like 'binder trust add')."
else
    say "WARNING: installed from UNSIGNED media (--allow-unsigned)."
fi
case ":$PATH:" in
    *":$PREFIX/bin:"*) ;;
    *)
        say "$PREFIX/bin is not on your PATH, so 'binder' is not found by name yet. Run this now:"
        printf '    export PATH=%s:"$PATH"\n' "$(dq "$PREFIX/bin")"
        if [[ $PREFIX == "$HOME/.local" ]]; then
            say "(from your next login on, Debian and Ubuntu add ~/.local/bin to PATH by themselves.)"
        else
            say "(to keep it, add that line to ~/.profile.)"
        fi
        ;;
esac
