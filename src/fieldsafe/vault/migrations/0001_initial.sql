-- FieldSafe schema 1: one table for every record kind, one search index.
-- A record's kind-specific fields live in `fields` (JSON, validated by
-- fieldsafe.core.records); columns hold what lists sort and filter on.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE records (
    seq         INTEGER PRIMARY KEY,          -- also the rowid of search_index
    id          TEXT NOT NULL UNIQUE,         -- random UUID
    kind        TEXT NOT NULL,
    occurred_at TEXT NOT NULL,                -- UTC ISO-8601
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    fields      TEXT NOT NULL CHECK (json_valid(fields))
);
CREATE INDEX records_by_kind_time ON records (kind, occurred_at DESC, seq DESC);

-- Text is normalised before indexing (fieldsafe.vault.search.index_text):
-- NFC, Arabic marks and tatweel removed, scripts written without spaces split
-- into single characters; unicode61 then folds case and Latin diacritics.
-- Marks (M*) are token characters so Devanagari and Thai words stay whole.
-- `aliases` holds search-only forms (Arabic letter variants folded, attached
-- conjunctions, prepositions and the article stripped); it is never shown.
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED,
    title,
    body,
    aliases,
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
);

-- Merging index segments is done by background upkeep (vault/maintenance.py),
-- never inside a save.
INSERT INTO search_index (search_index, rank) VALUES ('automerge', 0);
-- Deleting from the index removes the words themselves, not only adds a
-- "deleted" marker that would leave them readable until a merge.
INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);
