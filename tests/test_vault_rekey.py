"""`rekey`: new data key, new recovery key, old key material opens nothing current (issue 11 §1)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from binder.errors import VaultError, WrongPassphrase
from binder.store import incident_log, records
from binder.vault import database as db
from binder.vault.keyslots import KeySlots
from binder.vault.vault import Vault, list_backups
from tests.conftest import PASSPHRASE


def test_old_key_file_with_old_secrets_opens_nothing_current(vault_path: Path, recovery_key: str,
                                                             tmp_path: Path) -> None:
    with Vault.open(vault_path, PASSPHRASE) as v:
        records.save(v, "contact", {"name": "Före bytet"})
        v.backup("manual")
    old_slots = tmp_path / "old-keyslots.json"
    shutil.copy(vault_path / "keyslots.json", old_slots)
    old_key = KeySlots.load(old_slots).unlock_with_passphrase(PASSPHRASE)
    vault = Vault.open(vault_path, PASSPHRASE)
    new_recovery = vault.rekey(PASSPHRASE)
    assert new_recovery != recovery_key
    assert records.count(vault, "contact") == 1                # still open, under the new key
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as v:              # same passphrase, new key
        incident_log.add(v, "Efter bytet", author="Tjänsteman i beredskap")
        assert records.count(v, "contact") == 1
    # The old key file, with the old passphrase or the old recovery key, opens nothing current:
    assert KeySlots.load(old_slots).unlock_with_recovery_key(recovery_key) == old_key
    for item in [vault_path / "vault.db"] + [b.path for b in list_backups(vault_path)]:
        with pytest.raises(VaultError):
            db.connect(item, old_key).close()
    shutil.copy(old_slots, vault_path / "keyslots.json")
    with pytest.raises(VaultError):
        Vault.open(vault_path, PASSPHRASE)
    with pytest.raises(VaultError):
        Vault.open(vault_path, recovery_key=recovery_key)
    # The new recovery key brings the key file back from the verified copy, and the backups restore.
    with Vault.open(vault_path, recovery_key=new_recovery, repair_keys=True) as v:
        assert incident_log.entries(v)[-1].text == "Efter bytet"
        v.restore(v.backups()[-1])
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert next(e.text for e in incident_log.entries(v)) == "Efter bytet"
        assert records.count(v, "contact") == 1


def test_rekey_needs_the_current_passphrase(vault_path: Path) -> None:
    vault = Vault.open(vault_path, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        vault.rekey("not the passphrase")
    vault.close()
    Vault.open(vault_path, PASSPHRASE).close()
