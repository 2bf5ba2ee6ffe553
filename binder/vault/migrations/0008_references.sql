-- Schema version 8: who refers to whom (binder/store/referrers.py keeps it with every record write).
-- One row per referring record and referred-to id; "who refers to X" is one indexed lookup.
CREATE TABLE record_refs (
    source  TEXT NOT NULL,
    target  TEXT NOT NULL,
    PRIMARY KEY (source, target)
) WITHOUT ROWID;
CREATE INDEX record_refs_target ON record_refs (target);

-- Fill it for the records already in the vault. These are the reference fields of schema 8
-- (binder/model/schema.py); tests/test_references.py checks this fill against the Python one.
INSERT OR IGNORE INTO record_refs (source, target)
SELECT r.id, j.value FROM records r, json_each(r.data, '$.deputies') j WHERE r.kind = 'contact'
UNION ALL
SELECT r.id, j.value FROM records r, json_each(r.data, '$.calls') j WHERE r.kind = 'contact'
UNION ALL
SELECT r.id, c.value FROM records r, json_each(r.data, '$.steps') s, json_each(s.value, '$.contacts') c
    WHERE r.kind = 'routine'
UNION ALL
SELECT r.id, a.value FROM records r, json_each(r.data, '$.steps') s, json_each(s.value, '$.assets') a
    WHERE r.kind = 'routine'
UNION ALL
SELECT r.id, j.value FROM records r, json_each(r.data, '$.depends_on') j WHERE r.kind = 'asset'
UNION ALL
SELECT id, json_extract(data, '$.owner') FROM records WHERE kind IN ('asset', 'comms')
    AND json_extract(data, '$.owner') IS NOT NULL
UNION ALL
SELECT id, json_extract(data, '$.supplier') FROM records WHERE kind = 'asset'
    AND json_extract(data, '$.supplier') IS NOT NULL
UNION ALL
SELECT id, json_extract(data, '$.restoration_routine') FROM records WHERE kind = 'asset'
    AND json_extract(data, '$.restoration_routine') IS NOT NULL
UNION ALL
SELECT id, json_extract(data, '$.contact') FROM records WHERE kind IN ('staff', 'partner')
    AND json_extract(data, '$.contact') IS NOT NULL
UNION ALL
SELECT id, json_extract(data, '$.staff') FROM records WHERE kind = 'shift'
    AND json_extract(data, '$.staff') IS NOT NULL;
