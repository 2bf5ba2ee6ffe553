"""The demo municipality (Norrbacka kommun), loaded through the same import path users use."""
from __future__ import annotations

from pathlib import Path

from binder.interchange import ImportResult, import_file
from binder.interchange.load import Progress
from binder.resources import resource_path
from binder.vault.vault import Vault

DEMO_FILE = ("demo", "demo-binder.json")
DEMO_PASSPHRASE = "krisparm-demo"


def default_demo_path() -> Path:
    """The demo's own folder (the window's `gui --demo` uses the same): never the real vault's."""
    import platformdirs
    return Path(platformdirs.user_data_dir("krisparm", appauthor=False)) / "demo-vault"


def demo_data_path() -> Path:
    return resource_path(*DEMO_FILE)


def create_demo_vault(path: Path, passphrase: str = DEMO_PASSPHRASE, *, kdf: dict[str, int] | None = None,
                      progress: Progress | None = None) -> tuple[Vault, str, ImportResult]:
    """A new publisher vault holding the demo municipality. Returns (vault, recovery key, import result)."""
    vault, recovery = Vault.create(path, passphrase, publisher=True, organisation="Norrbacka kommun",
                                   organisation_id="norrbacka", kdf=kdf)
    try:
        result = import_file(vault, demo_data_path(), progress=progress, backup=False)
    except BaseException:
        vault.close()
        raise
    return vault, recovery, result


def ensure_demo_vault() -> tuple[Path, str]:
    """(path, passphrase) of the demo vault in its own folder, created on first use (the window's
    "Open the demo" and `binder gui --demo`)."""
    path = default_demo_path()
    if not (path / "vault.db").exists():
        vault, _recovery, _result = create_demo_vault(path, DEMO_PASSPHRASE)
        vault.close()
    return path, DEMO_PASSPHRASE
