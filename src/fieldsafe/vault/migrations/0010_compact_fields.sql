-- Schema 10: a record's stored fields leave out the ones that are empty.
--
-- Until now records.fields and record_versions.fields held every field of the
-- record's kind, the empty ones too ("needs":"","tags":[],"review_by":null,
-- "paper_notes":false...): about 110 bytes of a demo log. They now hold only
-- the fields whose value is not their field's empty value; reading them gives
-- back the whole dict as before (fieldsafe.core.records: KindSpec.compact and
-- KindSpec.expand; fieldsafe.vault.db: stored_fields, read_fields).
--
-- The runner registers fieldsafe_compact(kind, fields)
-- (fieldsafe.vault.db.register_index_functions): the stored form of the
-- fields as a save writes it now. The search index is not touched: its words
-- are made from the fields' values, the same from either form
-- (tests/vault/test_compact_fields.py). The rewritten rows overwrite the old
-- ones in place (secure_delete). One transaction, as every migration: a kill
-- leaves schema 9 untouched.
UPDATE records SET fields = fieldsafe_compact(kind, fields);

UPDATE record_versions
SET fields = fieldsafe_compact((SELECT kind FROM records r WHERE r.seq = record_versions.seq), fields);
