#!/usr/bin/env bash
# Proof that the Linux media installs and runs with the network cut off.
#
#   sudo bash packaging/verify_offline_install.sh [--build] [MEDIA_DIR]
#
# --build runs packaging/build.sh first. MEDIA_DIR defaults to dist/krisparm-<version>-linux.
# The media is copied to a fresh folder as a stick would hold it (no exec bits), then, inside a
# new network namespace (unshare -n: no interface but a downed loopback), the script
#   1. proves that connections fail (name lookup, loopback connect, pip reaching the registry),
#   2. for each mode (wheels, frozen): runs install.sh into a fresh prefix and times it, then from
#      the installed launcher: binder --version, binder demo, binder pdf (checks the PDF's text),
#      and binder gui offscreen, which must show the unlock window and quit with exit code 0.
# Exit 0 only when every check passed; a summary table is printed at the end.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

if [[ "${1:-}" == --inside ]]; then
    WORK=$2
    MEDIA="$WORK/stick"
    RESULTS="$WORK/results.txt"
    fail() { printf 'FAIL: %s\n' "$*" | tee -a "$RESULTS"; exit 1; }
    ok() { printf 'ok    %s\n' "$*" | tee -a "$RESULTS"; }

    echo "== network inside the namespace"
    ip -brief link 2>/dev/null || cat /proc/net/dev
    python3 - <<'EOF' || fail "a connection succeeded: the network is not cut off"
import socket, sys
for what, attempt in (("name lookup example.org", lambda: socket.getaddrinfo("example.org", 443)),
                      ("connect 127.0.0.1:9", lambda: socket.create_connection(("127.0.0.1", 9), timeout=3))):
    try:
        attempt()
    except OSError as exc:
        print(f"  {what}: fails as it must ({exc})")
    else:
        print(f"  {what}: SUCCEEDED"); sys.exit(1)
EOF
    # pip's own default index, not this build machine's on-disk mirrors (config and PIP_* ignored).
    if PIP_CONFIG_FILE=/dev/null python3 -m pip download --isolated --quiet --no-cache-dir --retries 0 --timeout 5 \
        --dest "$WORK/should-stay-empty" six >/dev/null 2>&1; then
        fail "pip reached a package index"
    fi
    ok "network cut off: name lookup, loopback connect and pip download from the registry all fail"
    # Nothing of this machine's pip setup may help the install: the stick alone must do.
    while read -r name; do unset "$name"; done < <(env | sed -n 's/^\(PIP_[A-Z_]*\)=.*/\1/p')
    export PIP_CONFIG_FILE=/dev/null

    run_mode() {
        MODE=$1
        echo; echo "== install mode: $MODE"
        PREFIX="$WORK/$MODE-prefix"
        export HOME="$WORK/home-$MODE" XDG_CONFIG_HOME="$WORK/home-$MODE/.config" XDG_DATA_HOME="$WORK/home-$MODE/.local/share"
        mkdir -p "$HOME"
        T0=$(date +%s.%N)
        bash "$MEDIA/install.sh" --mode "$MODE" --prefix "$PREFIX" || fail "$MODE: install.sh failed"
        T1=$(date +%s.%N)
        SECONDS_TAKEN=$(python3 -c "print(f'{$T1 - $T0:.1f}')")
        echo "install_seconds_$MODE=$SECONDS_TAKEN" >> "$WORK/figures.txt"
        du -sb "$PREFIX/lib/krisparm" | cut -f1 | sed "s/^/installed_bytes_$MODE=/" >> "$WORK/figures.txt"
        ok "$MODE: install.sh finished in $SECONDS_TAKEN s"

        BINDER="$PREFIX/bin/binder"
        DESKTOP="$PREFIX/share/applications/krisparm.desktop"
        grep -q "^Exec=\"$BINDER\" gui" "$DESKTOP" && [[ -s $(sed -n 's/^Icon=//p' "$DESKTOP") ]] \
            || fail "$MODE: the .desktop entry or its icon is wrong"
        ok "$MODE: launcher $BINDER and $DESKTOP with icon"

        VERSION_TEXT=$("$BINDER" --version) || fail "$MODE: binder --version"
        [[ "$VERSION_TEXT" == "Krispärm $(cat "$MEDIA/VERSION")" ]] || fail "$MODE: --version said '$VERSION_TEXT'"
        ok "$MODE: binder --version -> $VERSION_TEXT"

        VAULT="$WORK/$MODE-vault"
        "$BINDER" --lang en --vault "$VAULT" demo > "$WORK/$MODE-demo.txt" || fail "$MODE: binder demo"
        grep -q "Norrbacka" "$WORK/$MODE-demo.txt" || fail "$MODE: binder demo said: $(cat "$WORK/$MODE-demo.txt")"
        ok "$MODE: binder demo -> $(head -1 "$WORK/$MODE-demo.txt")"

        PDF="$WORK/$MODE-binder.pdf"
        BINDER_PASSPHRASE=krisparm-demo "$BINDER" --lang en --vault "$VAULT" pdf "$PDF" \
            > "$WORK/$MODE-pdf.txt" || fail "$MODE: binder pdf"
        PAGES=$(pdfinfo "$PDF" | sed -n 's/^Pages: *//p')
        pdftotext "$PDF" "$WORK/$MODE-binder.txt" || fail "$MODE: pdftotext cannot read the PDF"
        grep -q "Norrbacka" "$WORK/$MODE-binder.txt" || fail "$MODE: the PDF does not name the demo municipality"
        ok "$MODE: binder pdf -> $PAGES pages, text names Norrbacka kommun"

        # GUI offscreen: must reach the unlock window, then quit by itself with exit code 0.
        set +e
        BINDER_VAULT="$VAULT" QT_QPA_PLATFORM=offscreen KRISPARM_SMOKE_TEST=4 KRISPARM_SMOKE_SCREENSHOT="$WORK/$MODE-unlock.png" \
            PYTHONPATH="$WORK/smoke-site" timeout 60 "$BINDER" --vault "$VAULT" gui > "$WORK/$MODE-gui.txt" 2>&1
        GUI_EXIT=$?
        set -e
        sed 's/^/    /' "$WORK/$MODE-gui.txt"
        [[ $GUI_EXIT == 0 ]] || fail "$MODE: binder gui exited with $GUI_EXIT"
        ! grep -q "Traceback" "$WORK/$MODE-gui.txt" || fail "$MODE: binder gui printed a traceback"
        grep -q '^krisparm-smoke: window UnlockWindow' "$WORK/$MODE-gui.txt" || fail "$MODE: no unlock window shown"
        ok "$MODE: binder gui (offscreen) showed $(grep -m1 '^krisparm-smoke: window' "$WORK/$MODE-gui.txt" | cut -d' ' -f3-) and quit with 0"

        # The same on a real X server (Xvfb, Qt's xcb platform), where the machine has one.
        if command -v xvfb-run >/dev/null; then
            set +e
            BINDER_VAULT="$VAULT" QT_QPA_PLATFORM=xcb KRISPARM_SMOKE_TEST=4 KRISPARM_SMOKE_SCREENSHOT="$WORK/$MODE-unlock-x11.png" \
                PYTHONPATH="$WORK/smoke-site" timeout 60 xvfb-run -a -s "-screen 0 1280x800x24" \
                "$BINDER" --vault "$VAULT" gui > "$WORK/$MODE-gui-x11.txt" 2>&1
            GUI_EXIT=$?
            set -e
            [[ $GUI_EXIT == 0 ]] && grep -q '^krisparm-smoke: window UnlockWindow' "$WORK/$MODE-gui-x11.txt" \
                && ! grep -q "Traceback" "$WORK/$MODE-gui-x11.txt" \
                || fail "$MODE: binder gui on X11 (Xvfb): exit $GUI_EXIT, $(cat "$WORK/$MODE-gui-x11.txt")"
            ok "$MODE: binder gui on X11 (Xvfb, xcb) showed the unlock window and quit with 0"
        fi
    }
    STATUS=0
    for MODE in wheels frozen; do
        ( run_mode "$MODE" ) || STATUS=1    # a failure in one mode still lets the other run
    done
    exit $STATUS
fi

[[ $(id -u) == 0 ]] || { echo "run as root (unshare -n needs it)" >&2; exit 1; }
if [[ "${1:-}" == --build ]]; then bash "$ROOT/packaging/build.sh"; shift; fi
VERSION=$(python3 -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$ROOT/pyproject.toml")
MEDIA=${1:-$ROOT/dist/krisparm-$VERSION-linux}
[[ -f "$MEDIA/SHA256SUMS" ]] || { echo "no media at $MEDIA: run packaging/build.sh first" >&2; exit 1; }

WORK=$(mktemp -d /tmp/krisparm-proof.XXXXXX)
# As on a FAT-formatted stick: plain files, no exec bits.
cp -r --no-preserve=mode "$MEDIA" "$WORK/stick"
chmod -R a-x+X "$WORK/stick"
# The wheel install has no frozen entry point: the smoke hook reaches it through sitecustomize.
mkdir -p "$WORK/smoke-site"
cp "$ROOT/packaging/smoke_hook.py" "$WORK/smoke-site/"
printf 'import smoke_hook\nsmoke_hook.install()\n' > "$WORK/smoke-site/sitecustomize.py"
: > "$WORK/results.txt"; : > "$WORK/figures.txt"

echo "work folder: $WORK"
set +e
unshare --net -- bash "$ROOT/packaging/verify_offline_install.sh" --inside "$WORK"
STATUS=$?
set -e

echo; echo "== summary (Krispärm $VERSION, $(nproc) cores)"
cat "$WORK/results.txt"
media_bytes=$(du -sb "$MEDIA" | cut -f1)
frozen_bytes=$(du -b "$MEDIA"/krisparm-*-frozen.tar.gz | cut -f1)
# shellcheck disable=SC1091
source "$WORK/figures.txt"
printf '\n%-34s %12s %14s %s\n' figure value target pass
row() { printf '%-34s %12s %14s %s\n' "$1" "$2" "$3" "$4"; }
mb() { python3 -c "print(f'{$1 / 1e6:.0f} MB')"; }
row "Linux media (wheels + frozen)" "$(mb "$media_bytes")" "< 250 MB" "$([[ $media_bytes -lt 250000000 ]] && echo pass || echo FAIL)"
row "  of which frozen .tar.gz" "$(mb "$frozen_bytes")" "" ""
if [[ -d "$ROOT/dist/krisparm-$VERSION-windows" ]]; then
    win_bytes=$(du -sb "$ROOT/dist/krisparm-$VERSION-windows" | cut -f1)
    row "Windows media (wheels)" "$(mb "$win_bytes")" "< 250 MB" "$([[ $win_bytes -lt 250000000 ]] && echo pass || echo FAIL)"
fi
for mode in wheels frozen; do
    seconds_var="install_seconds_$mode"; bytes_var="installed_bytes_$mode"
    if [[ -n "${!seconds_var:-}" ]]; then
        row "install time ($mode)" "${!seconds_var} s" "< 120 s" "$(python3 -c "print('pass' if ${!seconds_var} < 120 else 'FAIL')")"
        row "installed size ($mode)" "$(mb "${!bytes_var}")" "" ""
    fi
done
echo
if [[ $STATUS == 0 ]]; then echo "RESULT: offline install proof PASSED"; else echo "RESULT: offline install proof FAILED"; fi
exit $STATUS
