-- Schema version 1: the first released Krispärm vault.
-- Published records (from the coordinator) and local records share one table;
-- laptop-owned data (log, runs, restoration status, amendments) has its own tables
-- and is never touched by a bundle import.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE records (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    origin      TEXT NOT NULL CHECK (origin IN ('published', 'local')),
    data        TEXT NOT NULL,          -- canonical JSON of the fields (binder.model.schema)
    title       TEXT NOT NULL,
    sort_key    TEXT NOT NULL,          -- Swedish collation key of the title
    version     INTEGER NOT NULL DEFAULT 0,  -- publisher revision when last changed
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX records_kind_sort ON records (kind, sort_key);

CREATE VIRTUAL TABLE search_index USING fts5 (
    title, body,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE amendments (
    id           TEXT PRIMARY KEY,
    record_id    TEXT NOT NULL,
    field        TEXT NOT NULL,
    value        TEXT NOT NULL,         -- JSON
    base_value   TEXT NOT NULL,         -- JSON of the published value it amended
    base_version INTEGER NOT NULL,
    author       TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('active', 'conflict', 'resolved')),
    reason       TEXT NOT NULL DEFAULT '',
    resolved_at  TEXT
);
CREATE INDEX amendments_record ON amendments (record_id, state);

CREATE TABLE log_entries (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    recorded_at  TEXT NOT NULL,
    occurred_at  TEXT NOT NULL,
    author       TEXT NOT NULL DEFAULT '',
    role         TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL,
    priority     TEXT NOT NULL DEFAULT 'normal',
    text         TEXT NOT NULL,
    decided_by   TEXT NOT NULL DEFAULT '',
    basis        TEXT NOT NULL DEFAULT '',
    affected     TEXT NOT NULL DEFAULT '',
    corrects     INTEGER REFERENCES log_entries (seq),
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
);
CREATE TRIGGER log_entries_no_update BEFORE UPDATE ON log_entries
BEGIN SELECT RAISE(ABORT, 'the incident log is append-only'); END;
CREATE TRIGGER log_entries_no_delete BEFORE DELETE ON log_entries
BEGIN SELECT RAISE(ABORT, 'the incident log is append-only'); END;

CREATE TABLE routine_runs (
    id            TEXT PRIMARY KEY,
    routine_id    TEXT NOT NULL,
    routine_title TEXT NOT NULL,
    steps         TEXT NOT NULL,        -- JSON snapshot of the routine's steps at activation
    started_at    TEXT NOT NULL,
    started_by    TEXT NOT NULL DEFAULT '',
    ended_at      TEXT,
    note          TEXT NOT NULL DEFAULT ''
);

CREATE TABLE run_steps (
    run_id       TEXT NOT NULL REFERENCES routine_runs (id),
    step_number  TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('open', 'done', 'previously_done', 'not_applicable')),
    by           TEXT NOT NULL DEFAULT '',
    at           TEXT NOT NULL,
    remark       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (run_id, step_number)
);

CREATE TABLE restoration_status (
    id        INTEGER PRIMARY KEY,
    asset_id  TEXT NOT NULL,
    status    TEXT NOT NULL CHECK (status IN ('down', 'isolated', 'rebuilding', 'restored', 'verified')),
    at        TEXT NOT NULL,
    by        TEXT NOT NULL DEFAULT '',
    note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX restoration_status_asset ON restoration_status (asset_id, id);

CREATE TABLE secrets (
    name   TEXT PRIMARY KEY,
    value  BLOB NOT NULL
);

CREATE TABLE bundle_state (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    last_sequence   INTEGER NOT NULL,
    last_bundle_id  TEXT NOT NULL,
    last_sha256     TEXT NOT NULL,
    last_issued_at  TEXT NOT NULL,
    last_expires_at TEXT NOT NULL,
    applied_at      TEXT NOT NULL,
    stale_ack       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE trusted_keys (
    key_id      TEXT PRIMARY KEY,
    public_key  BLOB NOT NULL UNIQUE,
    added_at    TEXT NOT NULL,
    source      TEXT NOT NULL DEFAULT '',
    revoked_at  TEXT
);

CREATE TABLE recipients (
    name        TEXT PRIMARY KEY,
    recipient   TEXT NOT NULL UNIQUE,
    added_at    TEXT NOT NULL,
    removed_at  TEXT
);
