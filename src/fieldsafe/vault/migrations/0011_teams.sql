-- Schema 11: teams, their folders, and backups on a schedule.
--
-- A team is a name this vault gives a set of its verified colleagues, each a
-- member or a safety lead, and perhaps a team folder: a directory on this
-- device that a sync engine carries between the team's devices. The name and
-- the folder's path are the person's own words: removing the team deletes
-- them (secure_delete overwrites them), and with them its members and what
-- was refused through its folder (foreign keys, ON DELETE CASCADE). Removing
-- a colleague removes them from every team the same way.
CREATE TABLE teams (
    id          TEXT PRIMARY KEY,             -- random UUID
    name        TEXT NOT NULL,
    folder      TEXT,                         -- absolute path, or NULL
    created_at  TEXT NOT NULL
);

CREATE TABLE team_members (
    team_id      TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    colleague_id TEXT NOT NULL REFERENCES colleagues (id) ON DELETE CASCADE,
    role         TEXT NOT NULL CHECK (role IN ('member', 'lead')),
    PRIMARY KEY (team_id, colleague_id)
) WITHOUT ROWID;
CREATE INDEX team_members_by_colleague ON team_members (colleague_id);

-- Bundles refused from a team folder's inbox, moved to rejected/: the random
-- name they were given there and a reason key (never content, never the
-- sender's words).
CREATE TABLE team_refusals (
    id          TEXT PRIMARY KEY,             -- random UUID
    team_id     TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    file_name   TEXT NOT NULL,
    reason      TEXT NOT NULL,
    refused_at  TEXT NOT NULL
);
CREATE INDEX team_refusals_by_team ON team_refusals (team_id, refused_at);

-- The encrypted backup written on a schedule into a folder (a team folder,
-- or a folder another device syncs): where, how often, when last, and the
-- names of the backups written there (the newest are kept, older ones removed).
CREATE TABLE backup_schedule (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    folder      TEXT NOT NULL,
    every_hours INTEGER NOT NULL CHECK (every_hours >= 1),
    last_at     TEXT,
    written     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(written))
);
