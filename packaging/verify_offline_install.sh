#!/usr/bin/env bash
# Proof that the Linux media installs, refuses, rolls back and uninstalls with the network cut off.
#
#   sudo bash packaging/verify_offline_install.sh [--build] [--reproducible] [MEDIA_DIR]
#
# --build          run packaging/build.sh first (once; the proof then reuses its media)
# --reproducible   also build the committed tree a second time, from `git archive` in another
#                  folder, and compare every file of the two Linux media (SHA256SUMS)
# MEDIA_DIR defaults to dist/krisparm-<version>-linux.
#
# The media is copied as a technician's stick holds it (no exec bits, a folder name with a space
# and "ä"); unsigned media is signed with a throwaway key, as KRISPARM_SIGNING_KEY would. Then,
# in a new network namespace (unshare -n: no interface but a downed loopback) and mount
# namespace, with every PIP_* variable removed and a fresh HOME:
#   1. name lookup, loopback connect and pip download from the registry all fail;
#   2. each mode (wheels, frozen) installs into a fresh prefix (timed); from the installed
#      command: --version, demo, pdf (text read back), gui offscreen and on X11 (Xvfb);
#   3. signed media shows the signer's fingerprint; --signer with another one is refused;
#      a rewritten SHA256SUMS (bad signature), a flipped byte, and a tampered kit with the
#      signature deleted and the sums rewritten (refused without --allow-unsigned; with it,
#      announced, and pip's hashes still refuse the altered wheel) change nothing;
#   4. a failed reinstall at each step (new folder, venv/pip, unpack, program start, Qt window
#      check, switch-over on a read-only menu folder) leaves the prefix byte for byte as it was;
#   5. a laptop without libxcb-icccm4/libxcb-keysyms1/libxcb-cursor0 (hidden in a mount
#      namespace: /usr/lib/x86_64-linux-gnu replaced by a hard-linked copy without them): the
#      wheels install stops naming the packages, the default install falls back to the frozen
#      program, whose window opens on X11;
#   6. --uninstall leaves each prefix exactly as before the install, vault included.
# Prints sizes (targets: Linux kit <= 150 MB, frozen program <= 150 MB unpacked) and times.
# Exit 0 only when every check passed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
HIDDEN_LIBS=(libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-cursor.so.0)
SYSLIB=/usr/lib/x86_64-linux-gnu

if [[ "${1:-}" == --inside ]]; then
    WORK=$2
    STICK="$WORK/USB stick ä/$(cat "$WORK/media-name")"
    RESULTS="$WORK/results.txt"
    LOGS="$WORK/logs"
    mkdir -p "$LOGS"
    FAILED=0
    fail() { printf 'FAIL  %s\n' "$*" | tee -a "$RESULTS"; FAILED=1; }
    ok() { printf 'ok    %s\n' "$*" | tee -a "$RESULTS"; }
    check() { local what=$1; shift; if "$@"; then ok "$what"; else fail "$what"; fi; }
    # state PREFIX: every path under PREFIX with its type, mode and content hash.
    state() { (cd "$1" && find . -printf '%y %m %p %l\n' | LC_ALL=C sort && find . -type f -print0 | LC_ALL=C sort -z | xargs -0r sha256sum); }
    # run_install NAME ARGS...: run install.sh as a technician would, output in logs/NAME.txt.
    run_install() { local name=$1; shift; bash "$STICK/install.sh" "$@" > "$LOGS/$name.txt" 2>&1; }
    says() { grep -q -- "$2" "$LOGS/$1.txt"; }
    export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share" XDG_CONFIG_HOME="$WORK/home/.config"
    mkdir -p "$HOME"
    unset DISPLAY WAYLAND_DISPLAY

    echo "== 1. network inside the namespace"
    ip -brief link 2>/dev/null || cat /proc/net/dev
    if python3 - <<'EOF'
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
    then
        if PIP_CONFIG_FILE=/dev/null python3 -m pip download --isolated --quiet --no-cache-dir --retries 0 --timeout 5 \
            --dest "$WORK/should-stay-empty" six >/dev/null 2>&1; then
            fail "network: pip reached a package index"
        else
            ok "network cut off: name lookup, loopback connect and pip download from the registry all fail"
        fi
    else
        fail "network: a connection succeeded"
    fi
    while read -r name; do unset "$name"; done < <(env | sed -n 's/^\(PIP_[A-Z_]*\)=.*/\1/p')
    export PIP_CONFIG_FILE=/dev/null

    # smoke MODE PREFIX: the installed program works (version, demo, pdf, gui offscreen and X11).
    smoke() {
        local mode=$1 prefix=$2 binder="$2/bin/binder" vault="$WORK/$1-vault" out
        out=$("$binder" --version) && [[ $out == "Krispärm $(cat "$STICK/VERSION")" ]] \
            && ok "$mode: binder --version -> $out" || fail "$mode: binder --version said '$out'"
        "$binder" --lang en --vault "$vault" demo > "$LOGS/$mode-demo.txt" 2>&1 && grep -q Norrbacka "$LOGS/$mode-demo.txt" \
            && ok "$mode: binder demo -> $(head -1 "$LOGS/$mode-demo.txt")" || fail "$mode: binder demo (logs/$mode-demo.txt)"
        if BINDER_PASSPHRASE=krisparm-demo "$binder" --lang en --vault "$vault" pdf "$WORK/$mode.pdf" > "$LOGS/$mode-pdf.txt" 2>&1 \
            && pdftotext "$WORK/$mode.pdf" "$WORK/$mode-pdf-text.txt" && grep -q Norrbacka "$WORK/$mode-pdf-text.txt"; then
            ok "$mode: binder pdf -> $(pdfinfo "$WORK/$mode.pdf" | sed -n 's/^Pages: *//p') pages, text names Norrbacka kommun"
        else
            fail "$mode: binder pdf (logs/$mode-pdf.txt)"
        fi
        gui "$mode" offscreen "$prefix" "$vault"
        gui "$mode" xcb "$prefix" "$vault"
    }
    # gui MODE PLATFORM PREFIX VAULT: binder gui shows the unlock window and quits with 0.
    gui() {
        local mode=$1 platform=$2 log="$LOGS/$1-gui-$2.txt" status=0
        local run=(env BINDER_VAULT="$4" QT_QPA_PLATFORM="$platform" KRISPARM_SMOKE_TEST=4
                   PYTHONPATH="$WORK/smoke-site" timeout 90)
        if [[ $platform == xcb ]]; then run=(xvfb-run -a -s "-screen 0 1280x800x24" "${run[@]}"); fi
        "${run[@]}" "$3/bin/binder" --vault "$4" gui > "$log" 2>&1 || status=$?
        if [[ $status == 0 ]] && grep -q '^krisparm-smoke: window UnlockWindow' "$log" && ! grep -q Traceback "$log"; then
            ok "$mode: binder gui on $platform showed the unlock window and quit with 0"
        else
            fail "$mode: binder gui on $platform: exit $status (logs/$(basename "$log"))"
        fi
    }

    echo; echo "== 2. install each mode into a fresh prefix"
    for mode in wheels frozen; do
        prefix="$WORK/$mode-prefix"
        mkdir -p "$prefix/share/krisparm"
        printf 'a vault stays\n' > "$prefix/share/krisparm/vault"      # never touched by install.sh
        state "$prefix" > "$WORK/$mode-before-install.txt"
        t0=$(date +%s.%N)
        if run_install "$mode-install" --mode "$mode" --prefix "$prefix"; then
            seconds=$(python3 -c "print(f'{$(date +%s.%N) - $t0:.1f}')")
            echo "install_seconds_$mode=$seconds" >> "$WORK/figures.txt"
            echo "installed_bytes_$mode=$(du -sb "$prefix/lib/krisparm" | cut -f1)" >> "$WORK/figures.txt"
            ok "$mode: install.sh finished in $seconds s"
            smoke "$mode" "$prefix"
        else
            fail "$mode: install.sh failed (logs/$mode-install.txt)"
        fi
    done

    echo; echo "== 3. signatures and tampered kits"
    prefix="$WORK/frozen-prefix"
    state "$prefix" > "$WORK/frozen-good.txt"
    FINGERPRINT=$(sed -n 's/^Krispärm:     \([0-9 ]\{47\}\)$/\1/p' "$LOGS/frozen-install.txt")
    [[ $FINGERPRINT =~ ^([0-9]{5} ){7}[0-9]{5}$ ]] && ok "signed media: install showed the signer fingerprint $FINGERPRINT" \
        || fail "signed media: no fingerprint in logs/frozen-install.txt"
    check "signed media: --signer with that fingerprint installs" run_install signer-ok --mode frozen --prefix "$prefix" --signer "$FINGERPRINT"
    state "$prefix" > "$WORK/frozen-good.txt"
    # other_stick NAME: a copy of the stick to spoil (hard links: only changed files are new).
    other_stick() { rm -rf "$WORK/$1"; mkdir -p "$WORK/$1"; cp -al "$STICK" "$WORK/$1/stick"; printf '%s\n' "$WORK/$1/stick"; }
    # rewrite_sums STICK: new sums, as someone who changed files would write them (a new file:
    # the copy's SHA256SUMS is a hard link to the stick's).
    rewrite_sums() { (cd "$1" && rm -f SHA256SUMS && find . -type f ! -name 'SHA256SUMS*' ! -name allowed_signers -printf '%P\n' | LC_ALL=C sort | xargs -d '\n' sha256sum > SHA256SUMS); }
    unchanged() { state "$prefix" | cmp -s - "$WORK/frozen-good.txt"; }
    if run_install signer-wrong --mode frozen --prefix "$prefix" --signer "11111 22222 33333 44444 55555 66666 77777 88888"; then
        fail "signed media: a wrong --signer was accepted"
    else
        check "signed media: a wrong --signer is refused, prefix unchanged" unchanged
    fi
    spoiled=$(other_stick resigned)
    wheel=$(ls "$spoiled"/wheels/reportlab-*.whl)
    cp --remove-destination "$wheel" "$wheel.tmp" && mv "$wheel.tmp" "$wheel" && printf 'x' >> "$wheel"
    rm -f "$spoiled/SHA256SUMS"; rewrite_sums "$spoiled"
    if STICK=$spoiled run_install bad-signature --mode wheels --prefix "$prefix"; then fail "rewritten SHA256SUMS accepted"
    else says bad-signature "signature on SHA256SUMS does not match" && unchanged \
        && ok "altered wheel with rewritten SHA256SUMS: the signature check refuses it, prefix unchanged" \
        || fail "altered wheel with rewritten SHA256SUMS (logs/bad-signature.txt)"; fi
    spoiled=$(other_stick flipped)
    archive=$(ls "$spoiled"/krisparm-*-frozen.tar.*)
    cp --remove-destination "$archive" "$archive.tmp" && mv "$archive.tmp" "$archive"
    printf '\x00' | dd of="$archive" bs=1 seek=5000 conv=notrunc status=none
    if STICK=$spoiled run_install flipped --mode frozen --prefix "$prefix"; then fail "a flipped byte was accepted"
    else says flipped "damaged or was changed" && unchanged && ok "a flipped byte in the frozen archive is refused, prefix unchanged" \
        || fail "flipped byte (logs/flipped.txt)"; fi
    spoiled=$(other_stick unsigned)
    wheel=$(ls "$spoiled"/wheels/reportlab-*.whl)
    cp --remove-destination "$wheel" "$wheel.tmp" && mv "$wheel.tmp" "$wheel" && printf 'x' >> "$wheel"
    rm -f "$spoiled/SHA256SUMS" "$spoiled/SHA256SUMS.sig" "$spoiled/allowed_signers"; rewrite_sums "$spoiled"
    if STICK=$spoiled run_install unsigned --mode wheels --prefix "$prefix"; then fail "tampered unsigned kit installed without --allow-unsigned"
    else says unsigned "not signed" && unchanged && ok "tampered kit, signature deleted, sums rewritten: refused without --allow-unsigned" \
        || fail "tampered unsigned kit (logs/unsigned.txt)"; fi
    if STICK=$spoiled run_install unsigned-allowed --mode wheels --prefix "$prefix" --allow-unsigned; then fail "pip installed an altered wheel"
    else says unsigned-allowed "UNSIGNED MEDIA" && says unsigned-allowed "pip could not install" && unchanged \
        && ok "the same with --allow-unsigned: announced loudly, then pip's hashes refuse the wheel; prefix unchanged" \
        || fail "tampered unsigned kit with --allow-unsigned (logs/unsigned-allowed.txt)"; fi

    echo; echo "== 4. a failed reinstall, at each step, leaves the install as it was"
    # fails NAME STEP-TEXT EXPECTED-MESSAGE ARGS...: install.sh must stop with the message, prefix unchanged.
    fails() {
        local name=$1 step=$2 message=$3; shift 3
        if run_install "$name" "$@"; then fail "failed reinstall ($step): install.sh succeeded"
        elif says "$name" "$message" && says "$name" "Nothing was changed" && unchanged && "$prefix/bin/binder" --version > /dev/null; then
            ok "failed reinstall ($step): stopped with '$message'; prefix byte for byte as before; binder works"
        else fail "failed reinstall ($step) (logs/$name.txt)"; fi
    }
    spoiled=$(other_stick nowheel); rm -f "$spoiled"/wheels/reportlab-*.whl "$spoiled/SHA256SUMS.sig" "$spoiled/allowed_signers"; rewrite_sums "$spoiled"
    STICK=$spoiled fails fail-pip "venv + pip" "pip could not install" --mode wheels --prefix "$prefix" --allow-unsigned
    spoiled=$(other_stick truncated); archive=$(ls "$spoiled"/krisparm-*-frozen.tar.*)
    head -c 1000000 "$archive" > "$archive.tmp" && mv "$archive.tmp" "$archive"
    rm -f "$spoiled/SHA256SUMS.sig" "$spoiled/allowed_signers"; rewrite_sums "$spoiled"
    STICK=$spoiled fails fail-unpack "unpack" "could not unpack" --mode frozen --prefix "$prefix" --allow-unsigned
    spoiled=$(other_stick nopython); archive=$(ls "$spoiled"/krisparm-*-frozen.tar.*)
    xz -dc "$archive" | tar --delete --wildcards 'krisparm/_internal/libpython3*' | xz -0 > "$archive.tmp" && mv "$archive.tmp" "$archive"
    rm -f "$spoiled/SHA256SUMS.sig" "$spoiled/allowed_signers"; rewrite_sums "$spoiled"
    STICK=$spoiled fails fail-start "program start" "does not start" --mode frozen --prefix "$prefix" --allow-unsigned
    spoiled=$(other_stick noplugin); archive=$(ls "$spoiled"/krisparm-*-frozen.tar.*)
    xz -dc "$archive" | tar --delete --wildcards 'krisparm/_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so' | xz -0 > "$archive.tmp" && mv "$archive.tmp" "$archive"
    rm -f "$spoiled/SHA256SUMS.sig" "$spoiled/allowed_signers"; rewrite_sums "$spoiled"
    STICK=$spoiled fails fail-qt "Qt window check" "window cannot start" --mode frozen --prefix "$prefix" --allow-unsigned
    # New folder and switch-over: a read-only lib/krisparm, a read-only menu folder (nested mount namespace).
    for target in lib/krisparm share/applications; do
        name="fail-ro-${target//\//-}"
        if unshare -m bash -c 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec bash "$@"' _ \
            "$prefix/$target" "$STICK/install.sh" --mode frozen --prefix "$prefix" > "$LOGS/$name.txt" 2>&1; then
            fail "failed reinstall (read-only $target): install.sh succeeded"
        elif says "$name" "Nothing was changed" && unchanged && "$prefix/bin/binder" --version > /dev/null; then
            ok "failed reinstall (read-only $target): $(grep -m1 STOPPED "$LOGS/$name.txt" | cut -c1-90); prefix unchanged"
        else fail "failed reinstall (read-only $target) (logs/$name.txt)"; fi
    done

    echo; echo "== 5. a laptop without ${HIDDEN_LIBS[*]}"
    unshare -m bash "$0" --inside-noxcb "$WORK" || fail "no xcb libraries: the checks stopped (exit $?)"

    echo; echo "== 6. uninstall"
    for mode in wheels frozen; do
        prefix="$WORK/$mode-prefix"
        if run_install "$mode-uninstall" --uninstall --prefix "$prefix" && state "$prefix" | cmp -s - "$WORK/$mode-before-install.txt"; then
            ok "$mode: --uninstall left the prefix exactly as before the install (vault file included)"
        else
            fail "$mode: --uninstall (logs/$mode-uninstall.txt; diff of the prefix:)"
            state "$prefix" | diff "$WORK/$mode-before-install.txt" - | head -20
        fi
    done
    exit $FAILED
fi

if [[ "${1:-}" == --inside-noxcb ]]; then
    # In a mount namespace of its own: the system library folder without the xcb helper libraries.
    WORK=$2
    STICK="$WORK/USB stick ä/$(cat "$WORK/media-name")"
    RESULTS="$WORK/results.txt"
    LOGS="$WORK/logs"
    FAILED=0
    fail() { printf 'FAIL  %s\n' "$*" | tee -a "$RESULTS"; FAILED=1; }
    ok() { printf 'ok    %s\n' "$*" | tee -a "$RESULTS"; }
    says() { grep -q -- "$2" "$LOGS/$1.txt"; }
    export HOME="$WORK/home-noxcb"; mkdir -p "$HOME"
    rm -rf "$WORK/syslib"
    cp -al "$SYSLIB" "$WORK/syslib"
    for lib in "${HIDDEN_LIBS[@]}"; do rm -f "$WORK/syslib/$lib"*; done
    mount --bind "$WORK/syslib" "$SYSLIB"
    gone=0
    for lib in "${HIDDEN_LIBS[@]}"; do if compgen -G "$SYSLIB/$lib*" > /dev/null; then gone=$((gone + 1)); fi; done
    [[ $gone == 0 ]] && ok "no xcb helper libraries here: ${HIDDEN_LIBS[*]} are not in $SYSLIB" || fail "could not hide the libraries"
    # Under Xvfb, so that a display exists and the installer tries Qt's xcb platform.
    onx() { xvfb-run -a -s "-screen 0 1280x800x24" "$@"; }
    if onx bash "$STICK/install.sh" --mode wheels --prefix "$WORK/noxcb-wheels" > "$LOGS/noxcb-wheels.txt" 2>&1; then
        fail "no xcb libraries: the wheels install reported success"
    elif says noxcb-wheels "libxcb-icccm4" && says noxcb-wheels "libxcb-keysyms1" && says noxcb-wheels "Nothing was changed" \
        && [[ ! -e "$WORK/noxcb-wheels/bin/binder" ]]; then
        ok "no xcb libraries, --mode wheels: stops naming $(grep -o 'apt-get install [a-z0-9 -]*' "$LOGS/noxcb-wheels.txt" | head -1)"
    else fail "no xcb libraries, --mode wheels (logs/noxcb-wheels.txt)"; fi
    if onx bash "$STICK/install.sh" --prefix "$WORK/noxcb-auto" > "$LOGS/noxcb-auto.txt" 2>&1 \
        && says noxcb-auto "installed instead" && grep -q "(frozen)" "$WORK/noxcb-auto/bin/binder"; then
        ok "no xcb libraries, default mode: falls back to the frozen program, which carries them"
    else fail "no xcb libraries, default mode (logs/noxcb-auto.txt)"; fi
    status=0
    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb KRISPARM_SMOKE_TEST=4 BINDER_VAULT="$WORK/noxcb-vault" \
        timeout 90 "$WORK/noxcb-auto/bin/binder" --vault "$WORK/noxcb-vault" gui > "$LOGS/noxcb-gui.txt" 2>&1 || status=$?
    [[ $status == 0 ]] && grep -q '^krisparm-smoke: window UnlockWindow' "$LOGS/noxcb-gui.txt" \
        && ok "no xcb libraries: the frozen program's window opens on X11 (Xvfb)" \
        || fail "no xcb libraries: frozen gui on X11 exit $status (logs/noxcb-gui.txt)"
    exit $FAILED
fi

[[ $(id -u) == 0 ]] || { echo "run as root (unshare needs it)" >&2; exit 1; }
BUILD=0; REPRODUCIBLE=0
while [[ "${1:-}" == --* ]]; do
    case $1 in --build) BUILD=1 ;; --reproducible) REPRODUCIBLE=1 ;; *) echo "unknown option $1" >&2; exit 2 ;; esac
    shift
done
VERSION=$(python3 -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$ROOT/pyproject.toml")
if [[ $BUILD == 1 ]]; then
    T0=$(date +%s); bash "$ROOT/packaging/build.sh"; BUILD_SECONDS=$(( $(date +%s) - T0 ))
fi
MEDIA=${1:-$ROOT/dist/krisparm-$VERSION-linux}
[[ -f "$MEDIA/SHA256SUMS" ]] || { echo "no media at $MEDIA: run packaging/build.sh first" >&2; exit 1; }
for tool in unshare xvfb-run pdftotext pdfinfo ssh-keygen xz; do
    command -v "$tool" >/dev/null || { echo "verify_offline_install.sh needs $tool" >&2; exit 1; }
done

WORK=$(mktemp -d /tmp/krisparm-proof.XXXXXX)
echo "work folder: $WORK"
STICK_PARENT="$WORK/USB stick ä"
mkdir -p "$STICK_PARENT"
basename "$MEDIA" > "$WORK/media-name"
# As on a FAT-formatted stick: plain files, no exec bits.
cp -r --no-preserve=mode "$MEDIA" "$STICK_PARENT/"
STICK="$STICK_PARENT/$(basename "$MEDIA")"
chmod -R a-x+X "$STICK"
if [[ ! -f "$STICK/SHA256SUMS.sig" ]]; then
    echo "media unsigned: signing this copy with a throwaway key (as KRISPARM_SIGNING_KEY would)"
    ssh-keygen -q -t ed25519 -N "" -C proof -f "$WORK/throwaway-key"
    ssh-keygen -q -Y sign -f "$WORK/throwaway-key" -n krisparm-media "$STICK/SHA256SUMS"
    printf 'krisparm-publisher namespaces="krisparm-media" %s\n' "$(cat "$WORK/throwaway-key.pub")" > "$STICK/allowed_signers"
fi
# The wheel install has no frozen entry point: the smoke hook reaches it through sitecustomize.
mkdir -p "$WORK/smoke-site"
cp "$ROOT/packaging/smoke_hook.py" "$WORK/smoke-site/"
printf 'import smoke_hook\nsmoke_hook.install()\n' > "$WORK/smoke-site/sitecustomize.py"
: > "$WORK/results.txt"; : > "$WORK/figures.txt"

set +e
unshare --net --mount -- bash "$ROOT/packaging/verify_offline_install.sh" --inside "$WORK"
STATUS=$?
set -e

if [[ $REPRODUCIBLE == 1 ]]; then
    echo; echo "== 7. reproducible: a second build of the committed tree in another folder"
    SECOND="$WORK/second build"
    mkdir -p "$SECOND/src"
    git -C "$ROOT" archive HEAD | tar -x -C "$SECOND/src"
    EPOCH=$(git -C "$ROOT" log -1 --format=%ct)
    if SOURCE_DATE_EPOCH=$EPOCH KRISPARM_SKIP_WINDOWS=1 bash "$SECOND/src/packaging/build.sh" --out "$SECOND/dist" > "$WORK/logs/second-build.txt" 2>&1 \
        && cmp -s "$MEDIA/SHA256SUMS" "$SECOND/dist/$(basename "$MEDIA")/SHA256SUMS"; then
        echo "ok    reproducible: every file of the Linux media (app wheel, pruned Qt wheel, frozen archive) is identical" | tee -a "$WORK/results.txt"
    else
        echo "FAIL  reproducible: the second build differs (logs/second-build.txt):" | tee -a "$WORK/results.txt"
        diff "$MEDIA/SHA256SUMS" "$SECOND/dist/$(basename "$MEDIA")/SHA256SUMS" | head -20
        STATUS=1
    fi
fi

echo; echo "== summary (Krispärm $VERSION, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
cat "$WORK/results.txt"
grep -q '^FAIL' "$WORK/results.txt" && STATUS=1
media_bytes=$(du -sb --exclude=SHA256SUMS.sig --exclude=allowed_signers "$MEDIA" | cut -f1)
archive=$(ls "$MEDIA"/krisparm-*-frozen.tar.*)
archive_bytes=$(du -b "$archive" | cut -f1)
unpacked_bytes=$(xz -dc "$archive" | tar -t -v | awk '{s += $3} END {print s}')
# shellcheck disable=SC1091
source "$WORK/figures.txt"
row() { printf '%-38s %12s %12s %s\n' "$1" "$2" "$3" "$4"; }
mb() { python3 -c "print(f'{$1 / 1e6:.0f} MB')"; }
verdict() { python3 -c "print('pass' if $1 <= $2 else 'FAIL')"; }
echo; row figure value target ""
row "Linux kit (wheels + frozen)" "$(mb "$media_bytes")" "<= 150 MB" "$(verdict "$media_bytes" 150e6)"
row "  of which wheels" "$(mb "$(du -sb "$MEDIA/wheels" | cut -f1)")" "" ""
row "  of which frozen archive" "$(mb "$archive_bytes")" "" ""
row "frozen program unpacked" "$(mb "$unpacked_bytes")" "<= 150 MB" "$(verdict "$unpacked_bytes" 150e6)"
if [[ -d "$(dirname "$MEDIA")/krisparm-$VERSION-windows" ]]; then
    row "Windows kit (wheels)" "$(mb "$(du -sb "$(dirname "$MEDIA")/krisparm-$VERSION-windows" | cut -f1)")" "" ""
fi
for mode in wheels frozen; do
    seconds_var="install_seconds_$mode"; bytes_var="installed_bytes_$mode"
    if [[ -n "${!seconds_var:-}" ]]; then
        row "install time ($mode)" "${!seconds_var} s" "< 120 s" "$(verdict "${!seconds_var}" 120)"
        row "installed size ($mode)" "$(mb "${!bytes_var}")" "" ""
    fi
done
[[ -n "${BUILD_SECONDS:-}" ]] && row "build time" "$BUILD_SECONDS s" "" ""
echo
if [[ $STATUS == 0 ]]; then echo "RESULT: offline install proof PASSED"; else echo "RESULT: offline install proof FAILED"; fi
exit $STATUS
