-- Schema version 9: the coordinator's field_log, shaped for storing a stick of reports fast.
-- Each reporting laptop gets a small number (field_laptops) that the entries carry instead of the
-- 64-character key id. The key is (laptop, number, hash) instead of (key id, hash): the hash covers
-- the number, so the same entry sent twice is still stored once and a fork (two entries with one
-- number) still keeps both, but a laptop's entries arrive in number order, so new keys go at the
-- end of the table instead of at random places. The rows live in that key (WITHOUT ROWID: one
-- b-tree, not a table and an index). The two other indexes go: no query used them (every lookup
-- is by laptop, and the timeline orders by the moment each time stands for, which text order on
-- occurred_at is not; binder/reports/timeline.py).
CREATE TABLE field_laptops (
    no      INTEGER PRIMARY KEY,
    key_id  TEXT NOT NULL UNIQUE
);
INSERT INTO field_laptops(key_id) SELECT DISTINCT key_id FROM field_log ORDER BY key_id;
CREATE TABLE field_log_by_laptop (
    laptop           INTEGER NOT NULL REFERENCES field_laptops(no),
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
    PRIMARY KEY (laptop, seq, hash)
) WITHOUT ROWID;
INSERT INTO field_log_by_laptop(laptop, hash, seq, prev_hash, id, recorded_at, occurred_at, author, role, kind,
                                priority, text, decided_by, basis, affected, corrects, report_sequence)
    SELECT l.no, f.hash, f.seq, f.prev_hash, f.id, f.recorded_at, f.occurred_at, f.author, f.role, f.kind,
           f.priority, f.text, f.decided_by, f.basis, f.affected, f.corrects, f.report_sequence
    FROM field_log f JOIN field_laptops l ON l.key_id = f.key_id;
DROP TABLE field_log;
ALTER TABLE field_log_by_laptop RENAME TO field_log;
