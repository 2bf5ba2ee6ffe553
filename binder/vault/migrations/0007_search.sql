-- Schema version 7: the search index in four weighted columns (binder.store.search_index):
-- name, role (a contact's crisis role, a staff member's roles), body, phones (every writing
-- of a number and every run of four or more of its digits). An existing vault's index is
-- rebuilt from its records and log on first use: the meta key below marks it stale.
DROP TABLE search_index;
CREATE VIRTUAL TABLE search_index USING fts5 (
    name, role, body, phones,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO meta(key, value)
    SELECT 'search_index_stale', '1'
    WHERE EXISTS (SELECT 1 FROM records) OR EXISTS (SELECT 1 FROM log_entries);
-- Its vocabulary (terms and how many rows hold them), read to correct one typo in a name.
CREATE VIRTUAL TABLE search_index_vocab USING fts5vocab (search_index, row);
