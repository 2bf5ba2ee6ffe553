"""Run `binder` as a real subprocess inside an isolated root that the tests can scan.

Everything the process may write outside the vault goes under `root`: HOME, the
XDG data/config/cache folders (settings) and TMPDIR. With `net_guard=True` the
subprocess loads netguard_site/sitecustomize.py, so any socket attempt fails
and is logged to `root/network-attempts.log`.
"""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SITE = Path(__file__).resolve().parent / "netguard_site"
PASSPHRASE = "korrekt häst batteri"


@dataclass
class Sandbox:
    root: Path
    net_guard: bool = True
    passphrase: str = PASSPHRASE
    extra_env: dict[str, str] = field(default_factory=dict)
    prefix: list[str] = field(default_factory=list)     # e.g. ["unshare", "-n"]

    def __post_init__(self) -> None:
        for name in ("home", "config", "data", "cache", "tmp"):
            (self.root / name).mkdir(parents=True, exist_ok=True, mode=0o700)

    @property
    def tmp(self) -> Path:
        return self.root / "tmp"

    @property
    def config(self) -> Path:
        return self.root / "config"

    @property
    def net_log(self) -> Path:
        return self.root / "network-attempts.log"

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("BINDER_", "XDG_", "KRISPARM_NET"))}
        env.update({"HOME": str(self.root / "home"), "XDG_CONFIG_HOME": str(self.config),
                    "XDG_DATA_HOME": str(self.root / "data"), "XDG_CACHE_HOME": str(self.root / "cache"),
                    "TMPDIR": str(self.tmp), "BINDER_KDF_TARGET_MS": "30", "BINDER_LANG": "en",
                    "BINDER_PASSPHRASE": self.passphrase, "BINDER_OPERATOR": "Provaren",
                    "QT_QPA_PLATFORM": "offscreen",
                    "PYTHONDONTWRITEBYTECODE": "1"})
        paths = [str(ROOT)]
        if self.net_guard:
            env["KRISPARM_NET_GUARD_LOG"] = str(self.net_log)
            paths.insert(0, str(SITE))
        env["PYTHONPATH"] = os.pathsep.join(paths + [p for p in [os.environ.get("PYTHONPATH", "")] if p])
        env.update(self.extra_env)
        env.update(extra)
        return env

    def command(self, vault: Path | None, *args: str) -> list[str]:
        return [*self.prefix, sys.executable, "-m", "binder", *(["--vault", str(vault)] if vault else []), *args]

    def run(self, vault: Path | None, *args: str, ok: bool = True, stdin: str | None = None,
            timeout: float = 300, **env: str) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(self.command(vault, *args), capture_output=True, text=True, cwd=ROOT,
                                env=self.env(**env), timeout=timeout, input=stdin)
        if ok:
            assert result.returncode == 0, (args, result.returncode, result.stdout[-2000:], result.stderr[-2000:])
        assert "Traceback" not in result.stderr, (args, result.stderr)
        return result

    def network_attempts(self) -> list[str]:
        return self.net_log.read_text(encoding="utf-8").splitlines() if self.net_log.exists() else []


def refused(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    """Exit 1, one human line on stderr containing `fragment`, no traceback."""
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    assert fragment.lower() in result.stderr.lower(), result.stderr
