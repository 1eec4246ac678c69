-- Schema 4: the debrief journal's reminders and preferences.
--
-- A reminder is kept when the person postpones "Debrief now?" after saving
-- an outreach log; the Today view lists it until a debrief that follows the
-- log is written, the reminder is dismissed, or the log is deleted.
CREATE TABLE debrief_reminders (
    seq   INTEGER PRIMARY KEY REFERENCES records (seq) ON DELETE CASCADE,
    since TEXT NOT NULL                       -- UTC ISO-8601
);

-- The journal's preferences (prompts on or off, the person's own prompts,
-- the journal lock, whether gentle observations are shown): one JSON row,
-- inside the encrypted vault rather than in the settings file.
CREATE TABLE journal_prefs (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    prefs TEXT NOT NULL CHECK (json_valid(prefs))
);
