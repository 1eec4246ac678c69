-- Drafts: the edit in progress, autosaved every few seconds so a crash or a
-- flat battery loses at most a few seconds of typing. One draft per editor
-- slot; never in the search index; deleted (secure_delete) once the record
-- is saved or the draft is discarded.
CREATE TABLE drafts (
    slot      TEXT PRIMARY KEY,            -- e.g. 'outreach_log'
    kind      TEXT NOT NULL,
    record_id TEXT,                        -- the record being edited, NULL for a new one
    saved_at  TEXT NOT NULL,               -- UTC ISO-8601
    fields    TEXT NOT NULL CHECK (json_valid(fields))
) WITHOUT ROWID;
