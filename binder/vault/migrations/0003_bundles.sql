-- Schema version 3: USB bundles (binder/bundle).
-- trust_policy: on a laptop, the organisation it accepts bundles for, the signature
-- threshold and the version of the trusted publisher key set (see trusted_keys).
CREATE TABLE trust_policy (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    organisation_id  TEXT NOT NULL,
    organisation     TEXT NOT NULL DEFAULT '',
    threshold        INTEGER NOT NULL DEFAULT 1 CHECK (threshold >= 1),
    key_set_version  INTEGER NOT NULL DEFAULT 1,
    updated_at       TEXT NOT NULL
);

-- publisher_state: on a publisher, the last exported sequence and the signed
-- key-set statements (rotation chain) every bundle carries.
CREATE TABLE publisher_state (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    last_sequence    INTEGER NOT NULL DEFAULT 0,
    key_set_version  INTEGER NOT NULL DEFAULT 1,
    threshold        INTEGER NOT NULL DEFAULT 1,
    key_statements   TEXT NOT NULL DEFAULT '[]',
    last_exported_at TEXT NOT NULL DEFAULT ''
);

-- bundle_imports: every applied import with the pre-import backup it can be undone from.
CREATE TABLE bundle_imports (
    id           INTEGER PRIMARY KEY,
    sequence     INTEGER NOT NULL,
    bundle_id    TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    applied_at   TEXT NOT NULL,
    backup_name  TEXT NOT NULL,
    stale_ack    INTEGER NOT NULL DEFAULT 0,
    undone_at    TEXT
);
