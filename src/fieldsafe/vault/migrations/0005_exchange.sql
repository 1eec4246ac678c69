-- Schema 5: sharing with colleagues without internet.
--
-- This vault's own identity: an age X25519 secret and an Ed25519 signing
-- key, inside the encrypted database like everything else (never a file).
CREATE TABLE exchange_identity (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT NOT NULL,
    age_secret  TEXT NOT NULL,
    sign_secret BLOB NOT NULL,
    created_at  TEXT NOT NULL
);

-- Colleagues' public cards. A colleague is usable only when verified (the
-- safety number compared in person) and not changed (a new key for a known
-- colleague blocks sharing and receiving until verified again).
CREATE TABLE colleagues (
    id          TEXT PRIMARY KEY,             -- random UUID
    name        TEXT NOT NULL,
    card        TEXT NOT NULL CHECK (json_valid(card)),
    fingerprint TEXT NOT NULL UNIQUE,
    verified    INTEGER NOT NULL DEFAULT 0,
    changed     INTEGER NOT NULL DEFAULT 0,
    added_at    TEXT NOT NULL
);
CREATE INDEX colleagues_by_name ON colleagues (name COLLATE NOCASE);

-- Bundles received: the newest version of each, so an older one replayed
-- later is refused.
CREATE TABLE received_bundles (
    bundle_id   TEXT PRIMARY KEY,
    version     INTEGER NOT NULL,
    received_at TEXT NOT NULL
) WITHOUT ROWID;
