#!/usr/bin/env bash
# Build Krispärm's offline install media (needs the package registry; run on a build machine).
#
#   bash packaging/build.sh [--out DIR]    # -> DIR/krisparm-<version>-linux/, DIR/krisparm-<version>-windows/
#
# DIR defaults to dist/ in the checkout; the build tree is DIR/build (deleted and made anew).
# Environment:
#   PYTHON                 Python 3.11 used for the build venv (default: python3)
#   KRISPARM_SIGNING_KEY   optional OpenSSH Ed25519 private key: signs each SHA256SUMS
#                          (ssh-keygen -Y sign, namespace "krisparm-media")
#   SOURCE_DATE_EPOCH      time stamped on every file (default: the last commit's time)
#   KRISPARM_SKIP_WINDOWS=1  skip the Windows wheelhouse
#   KRISPARM_SKIP_FROZEN=1   skip the PyInstaller build
#
# Reproducible: the same commit gives the same bytes (packaging/reproducible.py). Every
# downloaded wheel is checked against packaging/requirements-*.txt (--require-hashes);
# regenerate those with `python packaging/lock.py` when pyproject.toml's dependencies change.
# The tools' own output goes to DIR/build/logs/; on a failure its end is shown.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PACKAGING="$ROOT/packaging"
OUT="$ROOT/dist"
while [[ $# -gt 0 ]]; do
    case $1 in
        --out) OUT=$2; shift 2 ;;
        -h|--help) sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
BUILD="$OUT/build"
LOGS="$BUILD/logs"
PYTHON=${PYTHON:-python3}
PY_VERSIONS=(3.11 3.12 3.13)
LINUX_PLATFORMS=(--platform manylinux2014_x86_64 --platform manylinux_2_28_x86_64 --platform manylinux_2_34_x86_64)
WINDOWS_PLATFORMS=(--platform win_amd64)
export PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1
umask 022

step() { printf '== %s\n' "$*"; }
die() { printf 'build.sh: FAILED: %s\n' "$*" >&2; exit 1; }
# quietly LOGNAME COMMAND...: run with output to a log; on failure show its end and stop.
quietly() {
    local log="$LOGS/$1.log"; shift
    if ! "$@" > "$log" 2>&1; then
        tail -n 25 "$log" >&2
        die "$1 failed (full output: $log)"
    fi
}

"$PYTHON" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' \
    || die "PYTHON must be Python 3.11 (the build tools are locked for it): $("$PYTHON" -V 2>&1)"
VERSION=$("$PYTHON" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$ROOT/pyproject.toml")
[[ -f "$ROOT/resources/icons/krisparm.png" ]] || die "missing the app icon resources/icons/krisparm.png"
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$("$PYTHON" "$PACKAGING/reproducible.py" epoch "$ROOT")}
export SOURCE_DATE_EPOCH
LINUX_MEDIA="$OUT/krisparm-$VERSION-linux"
WINDOWS_MEDIA="$OUT/krisparm-$VERSION-windows"
START=$(date +%s)

step "Krispärm $VERSION (SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH): build venv with the hash-pinned build tools"
rm -rf "$BUILD" "$LINUX_MEDIA" "$WINDOWS_MEDIA"
mkdir -p "$LOGS"
quietly venv "$PYTHON" -m venv "$BUILD/venv"
BPY="$BUILD/venv/bin/python"
quietly build-tools "$BPY" -m pip install --require-hashes --only-binary=:all: -r "$PACKAGING/requirements-build.txt"
"$BPY" "$PACKAGING/lock.py" --check \
    || die "a dependency in pyproject.toml is missing from the locks: run python packaging/lock.py"

step "app wheel (resources/ packed as binder/_resources)"
quietly app-wheel "$BPY" "$PACKAGING/reproducible.py" wheel "$ROOT" "$BUILD/appwheel"
APP_WHEEL=$(ls "$BUILD"/appwheel/krisparm-"$VERSION"-*.whl)
APP_HASH=$(sha256sum "$APP_WHEEL" | cut -d' ' -f1)

# wheelhouse MEDIA_DIR LOCK LOGNAME PLATFORM_ARGS...: every locked wheel for every Python version.
wheelhouse() {
    local dir=$1 lock=$2 log=$3; shift 3
    mkdir -p "$dir/wheels"
    for py in "${PY_VERSIONS[@]}"; do
        quietly "$log-$py" "$BPY" -m pip download --no-deps --require-hashes --only-binary=:all: \
            --implementation cp --python-version "$py" "$@" -r "$lock" --dest "$dir/wheels"
    done
}
# add_app MEDIA_DIR: the app wheel, pinned by its hash after the locked dependencies.
add_app() {
    cp "$APP_WHEEL" "$1/wheels/"
    printf '# The app itself, built by packaging/build.sh:\nkrisparm==%s \\\n    --hash=sha256:%s\n' \
        "$VERSION" "$APP_HASH" >> "$1/requirements.txt"
}

step "Linux wheelhouse (x86_64, CPython ${PY_VERSIONS[*]}; Qt pruned to what the app loads)"
wheelhouse "$LINUX_MEDIA" "$PACKAGING/requirements-linux.txt" download-linux "${LINUX_PLATFORMS[@]}"
quietly prune-qt "$BPY" "$PACKAGING/qt_prune.py" "$LINUX_MEDIA" "$PACKAGING/requirements-linux.txt"
add_app "$LINUX_MEDIA"
cp "$PACKAGING/install.sh" "$PACKAGING/qt_check.py" "$PACKAGING/media_signer.py" "$LINUX_MEDIA/"
cp "$ROOT/resources/icons/krisparm.png" "$LINUX_MEDIA/krisparm.png"

if [[ "${KRISPARM_SKIP_WINDOWS:-}" != 1 ]]; then
    step "Windows wheelhouse (win_amd64, CPython ${PY_VERSIONS[*]})"
    wheelhouse "$WINDOWS_MEDIA" "$PACKAGING/requirements-windows.txt" download-windows "${WINDOWS_PLATFORMS[@]}"
    cp "$PACKAGING/requirements-windows.txt" "$WINDOWS_MEDIA/requirements.txt"
    add_app "$WINDOWS_MEDIA"
    cp "$PACKAGING/install.ps1" "$PACKAGING/qt_check.py" "$PACKAGING/media_signer.py" "$WINDOWS_MEDIA/"
    cp "$ROOT/resources/icons/krisparm.png" "$WINDOWS_MEDIA/krisparm.png"
    if [[ -f "$ROOT/resources/icons/krisparm.ico" ]]; then cp "$ROOT/resources/icons/krisparm.ico" "$WINDOWS_MEDIA/"; fi
fi

step "the app and its dependencies in the build venv, from the Linux wheelhouse, offline"
quietly install-app "$BPY" -m pip install --no-index --find-links "$LINUX_MEDIA/wheels" --require-hashes \
    -r "$LINUX_MEDIA/requirements.txt"

FROZEN_ARCHIVE=""
if [[ "${KRISPARM_SKIP_FROZEN:-}" != 1 ]]; then
    step "frozen app (PyInstaller one-folder)"
    (cd "$BUILD" && KRISPARM_RESOURCES="$ROOT/resources" quietly pyinstaller "$BUILD/venv/bin/pyinstaller" \
        --noconfirm --log-level WARN --distpath "$BUILD/frozen" --workpath "$BUILD/pyinstaller" \
        "$PACKAGING/krisparm.spec")
    # PyInstaller only warns about a library it cannot find; a laptop would then lack it.
    "$BPY" "$PACKAGING/qt_check.py" --bundle "$BUILD/frozen/krisparm" \
        || die "the frozen window needs libraries this build machine lacks (above)"
    "$BUILD/frozen/krisparm/binder" --version > /dev/null || die "the frozen program does not start"
    "$BUILD/frozen/krisparm/binder" --krisparm-qt-check > "$LOGS/frozen-qt-check.log" 2>&1 \
        || { cat "$LOGS/frozen-qt-check.log" >&2; die "the frozen program's window cannot start"; }
    FROZEN_ARCHIVE="$LINUX_MEDIA/krisparm-$VERSION-linux-x86_64-frozen.tar.xz"
    quietly archive "$BPY" "$PACKAGING/reproducible.py" archive "$BUILD/frozen/krisparm" "$FROZEN_ARCHIVE"
fi

# checksums MEDIA_DIR: SHA256SUMS over every file, and a signature if a key is given.
checksums() {
    local dir=$1
    printf '%s\n' "$VERSION" > "$dir/VERSION"
    cp "$PACKAGING/INSTALL.txt" "$dir/INSTALL.txt"
    find "$dir" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
    (cd "$dir" && find . -type f ! -name SHA256SUMS ! -name 'SHA256SUMS.sig' ! -name allowed_signers -printf '%P\n' \
        | LC_ALL=C sort | xargs -d '\n' sha256sum > SHA256SUMS)
    if [[ -n "${KRISPARM_SIGNING_KEY:-}" ]]; then
        ssh-keygen -q -Y sign -f "$KRISPARM_SIGNING_KEY" -n krisparm-media "$dir/SHA256SUMS"
        printf 'krisparm-publisher namespaces="krisparm-media" %s\n' \
            "$(ssh-keygen -y -f "$KRISPARM_SIGNING_KEY")" > "$dir/allowed_signers"
    fi
}

step "checksums"
checksums "$LINUX_MEDIA"
[[ -d "$WINDOWS_MEDIA" ]] && checksums "$WINDOWS_MEDIA"

mb() { du -sb "$1" | awk '{printf "%.0f MB", $1 / 1e6}'; }
echo
echo "Krispärm $VERSION built in $(( $(date +%s) - START )) s (logs: $LOGS)"
printf '  %-36s %s\n' "Linux media" "$(mb "$LINUX_MEDIA")  $LINUX_MEDIA"
printf '  %-36s %s\n' "  wheels (CPython ${PY_VERSIONS[*]})" "$(mb "$LINUX_MEDIA/wheels")"
if [[ -n "$FROZEN_ARCHIVE" ]]; then
    printf '  %-36s %s\n' "  frozen archive" "$(mb "$FROZEN_ARCHIVE") ($(mb "$BUILD/frozen/krisparm") unpacked)"
fi
[[ -d "$WINDOWS_MEDIA" ]] && printf '  %-36s %s\n' "Windows media" "$(mb "$WINDOWS_MEDIA")  $WINDOWS_MEDIA"
printf '  %-36s %s\n' "app wheel sha256" "$APP_HASH"
[[ -n "$FROZEN_ARCHIVE" ]] && printf '  %-36s %s\n' "frozen archive sha256" "$(sha256sum "$FROZEN_ARCHIVE" | cut -d' ' -f1)"
printf '  %-36s %s\n' "Linux SHA256SUMS sha256" "$(sha256sum "$LINUX_MEDIA/SHA256SUMS" | cut -d' ' -f1)"
if [[ -n "${KRISPARM_SIGNING_KEY:-}" ]]; then
    printf '  %-36s %s\n' "signer fingerprint (for the paper)" \
        "$("$BPY" "$PACKAGING/media_signer.py" "$LINUX_MEDIA/allowed_signers")"
else
    printf '  %-36s %s\n' "signature" "NONE: install.sh will require --allow-unsigned"
fi
