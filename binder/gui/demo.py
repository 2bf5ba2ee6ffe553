"""The demo vault in the user's data folder, created once with a published passphrase (no Qt)."""
from __future__ import annotations

from pathlib import Path

import platformdirs

from binder.errors import BinderError

FALLBACK_DEMO_PASSPHRASE = "demo demo demo"


def demo_vault_path() -> Path:
    return Path(platformdirs.user_data_dir("krisparm", appauthor=False)) / "demo-vault"


def demo_passphrase() -> str:
    try:
        from binder import demo
    except ImportError:
        return FALLBACK_DEMO_PASSPHRASE
    return str(getattr(demo, "DEMO_PASSPHRASE", FALLBACK_DEMO_PASSPHRASE))


def ensure_demo_vault() -> tuple[Path, str]:
    """(path, passphrase) of the demo vault, creating it on first use."""
    path = demo_vault_path()
    passphrase = demo_passphrase()
    if (path / "vault.db").exists():
        return path, passphrase
    try:
        from binder.demo import create_demo_vault
    except ImportError as exc:
        raise BinderError("The demo data is not installed with this copy of Krispärm.") from exc
    vault, _recovery, _result = create_demo_vault(path, passphrase)
    vault.close()
    return path, passphrase
