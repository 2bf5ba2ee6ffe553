-- Schema version 4: the vault id inside the database (binder/vault/vault.py checks it
-- against the key file at every open, so an empty or foreign database is refused).
-- Vaults made before carry it in meta; it is copied here once and never changes.
CREATE TABLE vault_identity (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    vault_id  TEXT NOT NULL
);
INSERT INTO vault_identity(id, vault_id) SELECT 1, value FROM meta WHERE key = 'vault_id';
CREATE TRIGGER vault_identity_no_update BEFORE UPDATE ON vault_identity
BEGIN SELECT RAISE(ABORT, 'the vault id never changes'); END;
CREATE TRIGGER vault_identity_no_delete BEFORE DELETE ON vault_identity
BEGIN SELECT RAISE(ABORT, 'the vault id never changes'); END;
