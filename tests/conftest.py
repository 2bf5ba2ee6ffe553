"""Shared fixtures: fast vaults (real SQLCipher, real Argon2id at the 64 MiB floor), isolated dirs."""
from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

# A lower calibration target keeps the suite fast; the 64 MiB memory floor still applies.
os.environ.setdefault("BINDER_KDF_TARGET_MS", "30")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["BINDER_LANG"] = "en"

# Fixture modules shared by several test modules (fixtures are found by name, never imported).
pytest_plugins = [
    "tests.gui_fixtures",
    "tests.gui_import_fixtures",
    "tests.printing_fixtures",
    "tests.report_day_fixtures",
    "tests.reports_gui_fixtures",
    "tests.test_bundle_support",
]

PASSPHRASE = "korrekt häst batteri"
FAST_KDF = {"iterations": 1, "memory_kib": 64 * 1024, "lanes": 4}


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Data, config and temp locations inside pytest's tmp dir (never the developer's own)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("BINDER_VAULT", raising=False)
    monkeypatch.delenv("BINDER_PASSPHRASE", raising=False)
    from binder import i18n
    i18n.set_language(None)


@pytest.fixture(autouse=True)
def _no_network_in_tests() -> Iterator[None]:
    """Krispärm never opens a network connection: any socket, connect or name lookup in a test
    fails it, naming the caller (tests/promises/socket_guard.py; subprocesses: test_promise_no_network)."""
    from tests.promises.socket_guard import no_network
    with no_network() as guard:
        yield
    assert not guard.attempts, guard.report()


@pytest.fixture(scope="session")
def _template_vaults(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from binder.vault.vault import Vault
    base = tmp_path_factory.mktemp("templates")
    out = {}
    for role in ("publisher", "laptop"):
        vault, recovery = Vault.create(base / role, PASSPHRASE, publisher=role == "publisher",
                                       organisation="Testkommun", organisation_id="testkommun",
                                       kdf=FAST_KDF)
        vault.close()
        (base / f"{role}.recovery").write_text(recovery)
        out[role] = base / role
    return out


def _copy_vault(template: Path, dest: Path) -> Path:
    shutil.copytree(template, dest)
    return dest


@pytest.fixture
def vault_path(tmp_path: Path, _template_vaults: dict[str, Path]) -> Path:
    """A fresh, empty publisher vault directory (locked)."""
    return _copy_vault(_template_vaults["publisher"], tmp_path / "vault")


@pytest.fixture
def laptop_path(tmp_path: Path, _template_vaults: dict[str, Path]) -> Path:
    return _copy_vault(_template_vaults["laptop"], tmp_path / "laptop")


@pytest.fixture
def recovery_key(_template_vaults: dict[str, Path]) -> str:
    return (_template_vaults["publisher"].parent / "publisher.recovery").read_text()


@pytest.fixture
def vault(vault_path: Path):  # type: ignore[no-untyped-def]
    from binder.vault.vault import Vault
    v = Vault.open(vault_path, PASSPHRASE)
    yield v
    v.close()


@pytest.fixture
def laptop(laptop_path: Path):  # type: ignore[no-untyped-def]
    from binder.vault.vault import Vault
    v = Vault.open(laptop_path, PASSPHRASE)
    yield v
    v.close()


@pytest.fixture
def utc_computer(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's clock is on UTC; the binder's zone (Europe/Stockholm) must still be shown."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
