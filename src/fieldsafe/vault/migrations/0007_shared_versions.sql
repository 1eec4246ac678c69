-- Schema 7: a version for every shared record, so an earlier version of a
-- record is never imported over a later one.
--
-- A version is a version vector, canonical JSON {"<card fingerprint>": n}:
-- n is how many new states of the record the vault with that card shared.
-- Kept beside what was last exchanged for the record (exchange_bases), so it
-- is deleted with the record by the same row (Database.delete_record).
--
--   version       the join of every version sent or received for the record:
--                 a bundle whose version is not above it in some entry is
--                 the same or an earlier version, and refused
--   base_version  the version of `fields`, the state last exchanged: it is a
--                 base both sides had only for a bundle at least that high
--
-- Rows from before this schema ('{}') hold no version yet: the first
-- versioned exchange of such a record is merged against them as before.
ALTER TABLE exchange_bases ADD COLUMN version TEXT NOT NULL DEFAULT '{}'
    CHECK (json_valid(version));
ALTER TABLE exchange_bases ADD COLUMN base_version TEXT NOT NULL DEFAULT '{}'
    CHECK (json_valid(base_version));
