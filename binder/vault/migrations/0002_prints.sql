-- Schema version 2: the register of printed copies and their page check codes.
CREATE TABLE prints (
    id           TEXT PRIMARY KEY,
    printed_at   TEXT NOT NULL,
    version      TEXT NOT NULL,
    copy_number  INTEGER NOT NULL,
    lang         TEXT NOT NULL,
    sections     TEXT NOT NULL,      -- JSON list of section ids
    section_hashes TEXT NOT NULL,    -- JSON {section: sha256 of its content}
    pages        INTEGER NOT NULL,
    path         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE print_pages (
    print_id  TEXT NOT NULL REFERENCES prints (id),
    page      INTEGER NOT NULL,
    code      TEXT NOT NULL,
    section   TEXT NOT NULL,
    PRIMARY KEY (print_id, page)
);
CREATE INDEX print_pages_code ON print_pages (code);
