-- Schema version 2: the register of printed copies and their page check codes.
CREATE TABLE prints (
    id             TEXT PRIMARY KEY,
    printed_at     TEXT NOT NULL,
    version        TEXT NOT NULL,      -- binder version printed (r<revision> or s<bundle sequence>)
    valid_as_of    TEXT NOT NULL DEFAULT '',
    copy_number    INTEGER NOT NULL DEFAULT 0,   -- 0: no copy number printed
    lang           TEXT NOT NULL,
    paper          TEXT NOT NULL DEFAULT 'a4',
    partial        INTEGER NOT NULL DEFAULT 0,   -- 1: a --since-print reprint
    sections       TEXT NOT NULL,      -- JSON list of section ids
    section_hashes TEXT NOT NULL,      -- JSON {section: sha256 of its content}
    pages          INTEGER NOT NULL,
    path           TEXT NOT NULL DEFAULT ''
);

CREATE TABLE print_pages (
    print_id  TEXT NOT NULL REFERENCES prints (id),
    page      INTEGER NOT NULL,
    code      TEXT NOT NULL,
    section   TEXT NOT NULL,
    PRIMARY KEY (print_id, page)
);
CREATE INDEX print_pages_code ON print_pages (code);
