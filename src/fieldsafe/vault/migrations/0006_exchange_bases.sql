-- Schema 6: what was last exchanged for each shared record, so a received
-- update can tell "they changed this" from "I changed this" and show both
-- values only when both changed the same field.
CREATE TABLE exchange_bases (
    record_id TEXT PRIMARY KEY,
    fields    TEXT NOT NULL CHECK (json_valid(fields))
) WITHOUT ROWID;
