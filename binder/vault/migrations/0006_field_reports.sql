-- Schema version 6: field reports (binder/reports): laptops send what they recorded back to the coordinator.

-- On the coordinator: a reporting laptop's Ed25519 signing key, enrolled beside its age recipient.
ALTER TABLE recipients ADD COLUMN signing_key BLOB;

-- On a laptop: every report written, and the highest incident-log entry and restoration
-- status change it carried (the next report starts after the highest confirmed one).
CREATE TABLE report_exports (
    sequence        INTEGER PRIMARY KEY,
    report_id       TEXT NOT NULL,
    written_at      TEXT NOT NULL,
    log_through     INTEGER NOT NULL,
    status_through  INTEGER NOT NULL,
    sha256          TEXT NOT NULL
);

-- On a laptop: what the coordinator's latest bundle said about reports.
CREATE TABLE report_feedback (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    report_to           TEXT NOT NULL,              -- the coordinator's age recipient
    confirmed_sequence  INTEGER NOT NULL DEFAULT 0, -- highest report of ours it has imported
    replies             TEXT NOT NULL DEFAULT '[]', -- decisions on our proposed corrections (JSON)
    bundle_sequence     INTEGER NOT NULL,
    updated_at          TEXT NOT NULL
);

-- On the coordinator: every imported report (replay and equivocation are checked per laptop).
CREATE TABLE field_reports (
    key_id       TEXT NOT NULL,
    sequence     INTEGER NOT NULL,
    laptop       TEXT NOT NULL,
    report_id    TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    issued_at    TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    counts       TEXT NOT NULL,
    PRIMARY KEY (key_id, sequence)
);

-- On the coordinator: the laptops' incident-log entries, exactly as chained on the laptop.
-- Keyed by hash: the same entry sent twice is stored once; two entries with one number
-- (a fork) are both kept and shown.
CREATE TABLE field_log (
    key_id           TEXT NOT NULL,
    hash             TEXT NOT NULL,
    seq              INTEGER NOT NULL,
    prev_hash        TEXT NOT NULL,
    id               TEXT NOT NULL,
    recorded_at      TEXT NOT NULL,
    occurred_at      TEXT NOT NULL,
    author           TEXT NOT NULL,
    role             TEXT NOT NULL,
    kind             TEXT NOT NULL,
    priority         TEXT NOT NULL,
    text             TEXT NOT NULL,
    decided_by       TEXT NOT NULL,
    basis            TEXT NOT NULL,
    affected         TEXT NOT NULL,
    corrects         INTEGER,
    report_sequence  INTEGER NOT NULL,
    PRIMARY KEY (key_id, hash)
);
CREATE INDEX field_log_occurred ON field_log (occurred_at);
CREATE INDEX field_log_seq ON field_log (key_id, seq);

-- On the coordinator: restoration status changes set on the laptops.
CREATE TABLE field_status (
    key_id    TEXT NOT NULL,
    local_id  INTEGER NOT NULL,
    asset_id  TEXT NOT NULL,
    status    TEXT NOT NULL,
    at        TEXT NOT NULL,
    by        TEXT NOT NULL,
    note      TEXT NOT NULL,
    PRIMARY KEY (key_id, local_id)
);
CREATE INDEX field_status_asset ON field_status (asset_id, at);

-- On the coordinator: each laptop's routine runs as last reported (state of every step).
CREATE TABLE field_runs (
    key_id         TEXT NOT NULL,
    run_id         TEXT NOT NULL,
    routine_id     TEXT NOT NULL,
    routine_title  TEXT NOT NULL,
    started_at     TEXT NOT NULL,
    started_by     TEXT NOT NULL,
    ended_at       TEXT,
    steps          TEXT NOT NULL,   -- JSON list of {step_number, status, by, at, remark}
    PRIMARY KEY (key_id, run_id)
);

-- On the coordinator: corrections proposed by laptops (their amendments and open conflicts).
CREATE TABLE field_corrections (
    key_id        TEXT NOT NULL,
    amendment_id  TEXT NOT NULL,
    record_id     TEXT NOT NULL,
    field         TEXT NOT NULL,
    value         TEXT NOT NULL,    -- JSON
    base_value    TEXT NOT NULL,    -- JSON
    author        TEXT NOT NULL,
    reason        TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    laptop_state  TEXT NOT NULL,    -- 'active' or 'conflict' on the laptop
    state         TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted', 'rejected')),
    decided_at    TEXT,
    decided_by    TEXT NOT NULL DEFAULT '',
    reply         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (key_id, amendment_id)
);
