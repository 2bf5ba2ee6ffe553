"""The authenticated anchor of the incident log's head (issue 11 §6)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from binder.errors import VaultCorrupt
from binder.store import incident_log
from binder.vault.log_anchor import ANCHOR_NAME
from binder.vault.vault import Vault
from tests.conftest import PASSPHRASE


def test_a_log_that_lost_its_last_entries_is_named_at_open(vault_path: Path, tmp_path: Path) -> None:
    with Vault.open(vault_path, PASSPHRASE) as v:
        incident_log.add(v, "Ett", author="Tjänsteman i beredskap")
        v.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    earlier = tmp_path / "earlier"
    shutil.copytree(vault_path, earlier)                     # the files as they were after entry 1
    with Vault.open(vault_path, PASSPHRASE) as v:
        incident_log.add(v, "Två", author="Tjänsteman i beredskap")
        incident_log.add(v, "Tre", author="Tjänsteman i beredskap")
        backup = v.backup("manual")
    # What a damaged WAL does: the database goes back to an earlier state, the anchor does not.
    shutil.copy(earlier / "vault.db", vault_path / "vault.db")
    with pytest.raises(VaultCorrupt) as info:
        Vault.open(vault_path, PASSPHRASE)
    message = info.value.message("en")
    assert "entries 2–3 are missing" in message and "binder restore" in message
    key = Vault.load_keyslots(vault_path).unlock_with_passphrase(PASSPHRASE)
    from binder.vault.restore import restore_backup
    restore_backup(vault_path, key, backup.path)             # the way back
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert [e.text for e in incident_log.entries(v)][:3] == ["Ett", "Två", "Tre"]


def test_anchor_is_authenticated_and_follows_every_append(vault_path: Path) -> None:
    with Vault.open(vault_path, PASSPHRASE) as v:
        incident_log.add(v, "Ett", author="Tjänsteman i beredskap")
        incident_log.add(v, "Två", author="Tjänsteman i beredskap")
    doc = json.loads((vault_path / ANCHOR_NAME).read_text())
    assert doc["count"] == 2 and len(doc["mac"]) == 64
    doc["count"] = 1                                          # an edited anchor is not trusted ...
    (vault_path / ANCHOR_NAME).write_text(json.dumps(doc))
    with Vault.open(vault_path, PASSPHRASE):
        pass
    assert json.loads((vault_path / ANCHOR_NAME).read_text())["count"] == 2   # ... but replaced by a true one
