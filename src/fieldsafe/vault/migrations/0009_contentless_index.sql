-- Schema 9: the search index keeps words only, not a second copy of the text.
--
-- Until now search_index stored every indexed record's title, text and alias
-- forms a second time (its _content table: a third of the file). It becomes
-- contentless: FTS5 keeps the words and the record's kind (readable, for
-- filtering by kind); title, body and aliases read as NULL, and the text is
-- read from `records`. Removing an entry hands FTS5 the values that were
-- indexed, rebuilt from the record's stored fields (fieldsafe.vault.db:
-- index_entry, unindex); with 'secure-delete' FTS5 then takes the words out of
-- the index pages at once. (`contentless_delete=1` is not used: it only marks
-- a deleted entry and leaves its words in the file until a merge.)
--
-- Same tokenizer and normalisation as schema 1. The runner registers the
-- fieldsafe_index functions (fieldsafe.vault.db.register_index_functions),
-- which give the same text a save indexes. Dropping the old table frees its
-- pages; secure_delete overwrites them. One transaction, as every migration:
-- a kill leaves schema 8 untouched.
DROP TABLE search_index;

CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED,
    title,
    body,
    aliases,
    content = '',
    contentless_unindexed = 1,
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
);

-- As in schema 1: merging is background upkeep's, and a delete removes the
-- words themselves.
INSERT INTO search_index (search_index, rank) VALUES ('automerge', 0);
INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);
-- Index pages that fit a database page: FTS5's default (4050 bytes) is more
-- than a 4096-byte page holds once SQLCipher keeps its 80 bytes, so every
-- index page spilled into an overflow page of its own.
INSERT INTO search_index (search_index, rank) VALUES ('pgsz', 3900);

-- Filling it: FTS5 writes what it has gathered as a new segment whenever
-- that passes 'hashsize' (1 MB), and merges them as it goes; 32 MB for this
-- one fill (measured at 50,000 logs: 24 s instead of 41 s, and the merge
-- after it 0.8 s instead of 4 s), then the default again.
INSERT INTO search_index (search_index, rank) VALUES ('hashsize', 33554432);
INSERT INTO search_index (rowid, kind, title, body, aliases)
SELECT seq, kind,
       fieldsafe_index(kind, fields, 0),
       fieldsafe_index(kind, fields, 1),
       fieldsafe_index(kind, fields, 2)
FROM records
WHERE fieldsafe_index(kind, fields, 0) IS NOT NULL
ORDER BY seq;
INSERT INTO search_index (search_index) VALUES ('optimize');
INSERT INTO search_index (search_index, rank) VALUES ('hashsize', 1048576);

-- What the index's words were made with (fieldsafe.vault.db.reindex_if_stale).
INSERT OR REPLACE INTO meta (key, value)
VALUES ('search_index_text', fieldsafe_index_text_version());
