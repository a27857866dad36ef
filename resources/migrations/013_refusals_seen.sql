-- PressDesk schema 13: the changes the office server refused are shown in the window until
-- someone has read them (the office server dialog marks them seen).

ALTER TABLE sync_rejections ADD COLUMN seen INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER change_sync_rejections_insert AFTER INSERT ON sync_rejections
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'sync';
END;

CREATE TRIGGER change_sync_rejections_update AFTER UPDATE ON sync_rejections
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'sync';
END;
