"""The install's window check and library check (packaging/qt_check.py), and the media signer's
fingerprint (packaging/media_signer.py), with real Qt, real ldd and real ssh-keygen keys."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from binder.bundle import trust

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import media_signer  # noqa: E402
import qt_check  # noqa: E402
import qt_prune  # noqa: E402


def test_window_check_loads_the_offscreen_platform() -> None:
    env = {key: value for key, value in os.environ.items() if key != "DISPLAY"}
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "qt_check.py")], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok: Qt platform 'offscreen': the window can start" in done.stdout


@pytest.mark.skipif(shutil.which("ldd") is None, reason="needs ldd (glibc)")
def test_bundle_check_names_a_library_the_frozen_program_would_lack(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A frozen folder holding Qt's xcb plugin without the Qt libraries it links against."""
    pyside = qt_check.pyside_dir()
    assert pyside is not None
    bundle = tmp_path / "krisparm"
    (bundle / "_internal").mkdir(parents=True)
    shutil.copy(pyside / "Qt" / "plugins" / "platforms" / "libqxcb.so", bundle / "_internal" / "libqxcb.so")
    assert qt_check.check_bundle(bundle) == 1
    assert "MISSING libQt6XcbQpa.so.6" in capsys.readouterr().err
    libs = bundle / "_internal" / "PySide6" / "Qt" / "lib"
    libs.mkdir(parents=True)
    for library in (pyside / "Qt" / "lib").iterdir():
        if qt_prune.kept(f"PySide6/Qt/lib/{library.name}"):
            shutil.copy(library, libs / library.name)
    assert qt_check.check_bundle(bundle) == 0


def test_missing_libraries_are_named_with_their_debian_package() -> None:
    message = qt_check.describe({"libxcb-icccm.so.4": [], "libxcb-keysyms.so.1": [], "libodd.so.1": []})
    assert "libxcb-icccm.so.4 (package libxcb-icccm4)" in message
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in message
    assert "libodd.so.1 (package not known here)" in message


@pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="needs ssh-keygen")
def test_media_signer_fingerprint_is_the_trust_add_fingerprint(tmp_path: Path) -> None:
    """The key ssh-keygen made and build.sh wrote to allowed_signers gets the same read-aloud
    fingerprint that binder.bundle.trust gives a publisher key (the same function, reused)."""
    assert media_signer.fingerprint is trust.fingerprint
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "t", "-f", str(tmp_path / "key")],
                   check=True)
    public = (tmp_path / "key.pub").read_text(encoding="utf-8")
    allowed = tmp_path / "allowed_signers"
    allowed.write_text(f'krisparm-publisher namespaces="krisparm-media" {public}', encoding="utf-8")
    raw = serialization.load_ssh_public_key(public.encode()).public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "media_signer.py"), str(allowed)],
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == trust.fingerprint(raw)
    assert len(done.stdout.split()) == 8


def test_publisher_key_signing_media_shows_the_same_fingerprint_as_trust_add() -> None:
    key = Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    ssh = key.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
    line = f'krisparm-publisher namespaces="krisparm-media" {ssh.decode()}\n'
    assert media_signer.ed25519_key(line) == raw
    with pytest.raises(ValueError):
        media_signer.ed25519_key("krisparm-publisher ssh-rsa AAAAB3NzaC1yc2E=\n")
