-- PressDesk schema 21: a profile restored from a backup remembers it. A desk of an office
-- server that is put back to an older copy of itself holds less than the office knows of it
-- (what was typed after the backup is not in it): its next sync waits until the person
-- confirms (SyncEngine: "restored-profile"). '' when the profile was not restored, or the
-- person confirmed; else the backup's file name and the time of the restore.

ALTER TABLE sync_state ADD COLUMN restored_from TEXT NOT NULL DEFAULT '';
