-- Schema 3: what outreach logs need beyond title and text.
--
-- record_facets: the values a list is filtered by and the Today view is built
-- from (person codes, tags, setting, open follow-up due dates, paper notes not
-- yet destroyed, review-by dates). Derived from a record's fields on every
-- save (fieldsafe.core.records: KindSpec.facets); deleted with the record.
CREATE TABLE record_facets (
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    seq   INTEGER NOT NULL REFERENCES records (seq) ON DELETE CASCADE,
    PRIMARY KEY (facet, value, seq)
) WITHOUT ROWID;
CREATE INDEX record_facets_by_seq ON record_facets (seq);

-- Earlier versions of a record, written when an edit replaces them. Never in
-- the search index; deleted with the record (secure_delete overwrites them).
CREATE TABLE record_versions (
    version_seq INTEGER PRIMARY KEY,
    seq         INTEGER NOT NULL REFERENCES records (seq) ON DELETE CASCADE,
    saved_at    TEXT NOT NULL,                -- when this version was written (UTC)
    fields      TEXT NOT NULL CHECK (json_valid(fields))
);
CREATE INDEX record_versions_by_seq ON record_versions (seq, version_seq);

-- Photos and scans of paper notes, and PDFs, inside the encrypted database.
-- `data` is the last column so listing attachments never reads the bytes.
CREATE TABLE attachments (
    id               TEXT PRIMARY KEY,        -- random UUID
    seq              INTEGER NOT NULL REFERENCES records (seq) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    media_type       TEXT NOT NULL,
    size             INTEGER NOT NULL,
    width            INTEGER NOT NULL,
    height           INTEGER NOT NULL,
    pages            INTEGER NOT NULL,
    metadata_removed INTEGER NOT NULL,
    added_at         TEXT NOT NULL,
    data             BLOB NOT NULL
);
CREATE INDEX attachments_by_record ON attachments (seq, added_at);
