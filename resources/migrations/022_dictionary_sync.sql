-- PressDesk schema 22: the office dictionary syncs with the office server (DictionarySync,
-- server step 7). Its entries (migration 18) get the sync's marks of the registers (16, 17):
-- a change made here is dirty until the server took it, `server_version` is the server's
-- version of the entry as this desk last had it, and a removal is a tombstone (`deleted`)
-- that syncs instead of a DELETE. An entry is still named by its word (case kept): the same
-- word added on two desks is one entry. `added_by` becomes the office's login that added it
-- once the server has it (the server says who; a staff login removes only its own words).
-- Entries a profile had before this migration wait to be sent: the office gets them at the
-- desk's next sync, or when it joins one.

ALTER TABLE dictionary_words ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE dictionary_words ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE dictionary_words ADD COLUMN local_rev INTEGER NOT NULL DEFAULT 1;
ALTER TABLE dictionary_words ADD COLUMN server_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE dictionary_words ADD COLUMN dirty INTEGER NOT NULL DEFAULT 1;

UPDATE dictionary_words SET updated_at = added_at;

-- What waits to be sent (a sync's freeze and the status bar's count).
CREATE INDEX dictionary_words_dirty ON dictionary_words (dirty) WHERE dirty = 1;
