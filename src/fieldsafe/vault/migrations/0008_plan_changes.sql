-- Schema 8: which fields of a meeting plan a received update changed, kept
-- until the person has looked at the plan (the plan view marks them).
--
-- Field names only, never values: what the fields held is in the record and
-- its earlier versions. `sender` is the card fingerprint of the verified
-- colleague the update came from (NULL when the sender was not verified), so
-- the plan names them by the name this vault stores for them. The row goes
-- with the plan: deleting the record deletes it (foreign key on the unique
-- records.id), and erasing the vault erases it with everything else.
CREATE TABLE plan_changes (
    record_id   TEXT PRIMARY KEY REFERENCES records (id) ON DELETE CASCADE,
    fields      TEXT NOT NULL CHECK (json_valid(fields)),
    sender      TEXT,
    received_at TEXT NOT NULL
) WITHOUT ROWID;
