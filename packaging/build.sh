#!/usr/bin/env bash
# Build Krispärm's offline install media (needs the package registry; run on a build machine).
#
#   bash packaging/build.sh            # -> dist/krisparm-<version>-linux/, dist/krisparm-<version>-windows/
#
# Environment:
#   PYTHON                 Python 3.11 used for the build venv (default: python3)
#   KRISPARM_SIGNING_KEY   optional OpenSSH Ed25519 private key: signs each SHA256SUMS
#                          (ssh-keygen -Y sign, namespace "krisparm-media")
#   KRISPARM_SKIP_WINDOWS=1  skip the Windows wheelhouse
#   KRISPARM_SKIP_FROZEN=1   skip the PyInstaller build
#
# Every downloaded wheel is checked against packaging/requirements-*.txt (--require-hashes);
# regenerate those with `python packaging/lock.py` when pyproject.toml's dependencies change.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PACKAGING="$ROOT/packaging"
BUILD="$ROOT/build/packaging"
PYTHON=${PYTHON:-python3}
PY_VERSIONS=(3.11 3.12 3.13)
LINUX_PLATFORMS=(--platform manylinux2014_x86_64 --platform manylinux_2_28_x86_64 --platform manylinux_2_34_x86_64)
WINDOWS_PLATFORMS=(--platform win_amd64)
export PIP_DISABLE_PIP_VERSION_CHECK=1

step() { printf '\n== %s\n' "$*"; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

"$PYTHON" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' \
    || die "PYTHON must be Python 3.11 (the build tools are locked for it): $("$PYTHON" -V 2>&1)"
VERSION=$("$PYTHON" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$ROOT/pyproject.toml")
[[ -f "$ROOT/resources/icons/krisparm.png" ]] || die "missing the app icon resources/icons/krisparm.png"
LINUX_MEDIA="$ROOT/dist/krisparm-$VERSION-linux"
WINDOWS_MEDIA="$ROOT/dist/krisparm-$VERSION-windows"
START=$(date +%s)

step "Krispärm $VERSION: build venv (hash-pinned build tools)"
rm -rf "$BUILD" "$LINUX_MEDIA" "$WINDOWS_MEDIA"
mkdir -p "$BUILD"
"$PYTHON" -m venv "$BUILD/venv"
BPY="$BUILD/venv/bin/python"
"$BPY" -m pip install --quiet --require-hashes --only-binary=:all: -r "$PACKAGING/requirements-build.txt"
"$BPY" "$PACKAGING/lock.py" --check \
    || die "a dependency in pyproject.toml is missing from the locks: run python packaging/lock.py"

step "app wheel (resources/ packed as binder/_resources)"
mkdir -p "$BUILD/src/binder"
tar -C "$ROOT" --exclude=__pycache__ --exclude='*.pyc' -cf - binder pyproject.toml | tar -C "$BUILD/src" -xf -
tar -C "$ROOT/resources" --exclude=__pycache__ -cf - . | (mkdir -p "$BUILD/src/binder/_resources" && tar -C "$BUILD/src/binder/_resources" -xf -)
if [[ -f "$ROOT/README.md" ]]; then cp "$ROOT/README.md" "$BUILD/src/"; else echo "Krispärm" > "$BUILD/src/README.md"; fi
"$BPY" -m pip wheel --quiet --no-deps --no-build-isolation --wheel-dir "$BUILD/appwheel" "$BUILD/src"
APP_WHEEL=$(ls "$BUILD"/appwheel/krisparm-"$VERSION"-*.whl)
APP_HASH=$(sha256sum "$APP_WHEEL" | cut -d' ' -f1)

# wheelhouse MEDIA_DIR LOCK PLATFORM_ARGS...: every locked wheel for every Python version.
wheelhouse() {
    local dir=$1 lock=$2; shift 2
    mkdir -p "$dir/wheels"
    for py in "${PY_VERSIONS[@]}"; do
        "$BPY" -m pip download --quiet --no-deps --require-hashes --only-binary=:all: \
            --implementation cp --python-version "$py" "$@" -r "$lock" --dest "$dir/wheels"
    done
    cp "$APP_WHEEL" "$dir/wheels/"
    { cat "$lock"
      printf '# The app itself, built by packaging/build.sh:\nkrisparm==%s \\\n    --hash=sha256:%s\n' "$VERSION" "$APP_HASH"
    } > "$dir/requirements.txt"
}

step "Linux wheelhouse (x86_64, CPython ${PY_VERSIONS[*]})"
mkdir -p "$LINUX_MEDIA"
wheelhouse "$LINUX_MEDIA" "$PACKAGING/requirements-linux.txt" "${LINUX_PLATFORMS[@]}"
cp "$PACKAGING/install.sh" "$LINUX_MEDIA/install.sh"
cp "$ROOT/resources/icons/krisparm.png" "$LINUX_MEDIA/krisparm.png"

if [[ "${KRISPARM_SKIP_WINDOWS:-}" != 1 ]]; then
    step "Windows wheelhouse (win_amd64, CPython ${PY_VERSIONS[*]})"
    mkdir -p "$WINDOWS_MEDIA"
    wheelhouse "$WINDOWS_MEDIA" "$PACKAGING/requirements-windows.txt" "${WINDOWS_PLATFORMS[@]}"
    cp "$PACKAGING/install.ps1" "$WINDOWS_MEDIA/install.ps1"
    cp "$ROOT/resources/icons/krisparm.png" "$WINDOWS_MEDIA/krisparm.png"
    if [[ -f "$ROOT/resources/icons/krisparm.ico" ]]; then cp "$ROOT/resources/icons/krisparm.ico" "$WINDOWS_MEDIA/"; fi
fi

if [[ "${KRISPARM_SKIP_FROZEN:-}" != 1 ]]; then
    step "frozen app (PyInstaller one-folder), from the Linux wheelhouse installed offline"
    "$BPY" -m pip install --quiet --no-index --find-links "$LINUX_MEDIA/wheels" --require-hashes \
        -r "$LINUX_MEDIA/requirements.txt"
    (cd "$BUILD" && KRISPARM_RESOURCES="$ROOT/resources" "$BUILD/venv/bin/pyinstaller" --noconfirm --log-level WARN \
        --distpath "$BUILD/frozen" --workpath "$BUILD/pyinstaller" "$PACKAGING/krisparm.spec")
    "$BUILD/frozen/krisparm/binder" --version
    tar -C "$BUILD/frozen" --owner=0 --group=0 -czf "$LINUX_MEDIA/krisparm-$VERSION-linux-x86_64-frozen.tar.gz" krisparm
fi

# checksums MEDIA_DIR: SHA256SUMS over every file, and a signature if a key is given.
checksums() {
    local dir=$1
    printf '%s\n' "$VERSION" > "$dir/VERSION"
    cp "$PACKAGING/INSTALL.txt" "$dir/INSTALL.txt"
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

step "done in $(( $(date +%s) - START )) s"
du -sh "$ROOT"/dist/krisparm-"$VERSION"-* "$BUILD/frozen/krisparm" 2>/dev/null || true
ls -la "$LINUX_MEDIA"
