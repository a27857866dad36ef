-- PressDesk schema 19: the office profile. Who the office is, as its documents say it: its
-- name and the body above it (the two lines of a document's header), the place of its
-- "Vân Canh, ngày … tháng … năm …", the usual signer and their title, the usual recipients, its
-- part of a document's symbol ("UBND": 65/KH-UBND, …/BC-UBND) and where it places tone marks.
-- Since the 2025 reorganisation an office is a commune, a ward or a provincial body: nothing
-- in the code names one, it is this row (empty until the office fills it in).
-- One row at most. It carries the sync's marks of the plan tables (migrations 7, 10 and 15),
-- so that it can sync with the office server later; it does not sync yet.
-- Stands alone: it reads and names no table of another migration but change_counters (8).

CREATE TABLE office_profile (
    id TEXT PRIMARY KEY NOT NULL,
    -- Always 1: the profile holds one office.
    one INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (one = 1),
    -- As written in running text ("UBND xã Vân Canh"); the header writes it in capitals.
    name TEXT NOT NULL DEFAULT '',
    parent_body TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    signer_name TEXT NOT NULL DEFAULT '',
    signer_title TEXT NOT NULL DEFAULT '',
    -- A JSON array of strings, in order ("UBND thành phố (để b/c);", "Lưu: VT.").
    recipients TEXT NOT NULL DEFAULT '[]',
    number_suffix TEXT NOT NULL DEFAULT '',
    -- '' not chosen yet (the app then adopts the user's former setting once).
    tone_style TEXT NOT NULL DEFAULT '' CHECK (tone_style IN ('', 'traditional', 'modern')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    local_rev INTEGER NOT NULL DEFAULT 1,
    server_seq INTEGER NOT NULL DEFAULT 0,
    server_version INTEGER NOT NULL DEFAULT 0,
    dirty INTEGER NOT NULL DEFAULT 1,
    synced TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0
);

INSERT INTO change_counters (topic) VALUES ('office');

CREATE TRIGGER change_office_profile_insert AFTER INSERT ON office_profile
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'office';
END;

CREATE TRIGGER change_office_profile_update AFTER UPDATE ON office_profile
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'office';
END;

CREATE TRIGGER change_office_profile_delete AFTER DELETE ON office_profile
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'office';
END;
