-- PressDesk schema 23: an activity's responsible unit can be reassigned (issue 15: since the
-- 2025 reorganisation units merge, "Phòng Văn hóa và Thông tin" and "Trung tâm Văn hóa – Thể
-- thao" become one "Phòng Văn hóa – Xã hội"), and every reassignment is recorded: the activity,
-- the unit before and after, when (UTC ISO 8601), who, an optional note. The activity keeps its
-- current unit in plan_activities.responsible_unit; this table is its history. Nothing here
-- counts: an activity's progress is the same before and after (PlanRepository::reassignUnit).
--
-- Append-only, as on the office server (server step 8): a record is never changed nor removed;
-- only the sync's own marks (server_version, dirty) move. Named by a UUID, the same on every
-- desk of the office (PlanSync).

CREATE TABLE activity_unit_history (
    id TEXT PRIMARY KEY NOT NULL,
    activity_id TEXT NOT NULL REFERENCES plan_activities(id),
    from_unit TEXT NOT NULL DEFAULT '',
    to_unit TEXT NOT NULL CHECK (to_unit <> ''),
    reassigned_at TEXT NOT NULL,
    reassigned_by TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    server_version INTEGER NOT NULL DEFAULT 0,
    dirty INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX activity_unit_history_activity ON activity_unit_history (activity_id, reassigned_at);
CREATE INDEX activity_unit_history_dirty ON activity_unit_history (activity_id) WHERE dirty = 1;

CREATE TRIGGER activity_unit_history_kept BEFORE UPDATE ON activity_unit_history
WHEN NEW.id IS NOT OLD.id OR NEW.activity_id IS NOT OLD.activity_id
    OR NEW.from_unit IS NOT OLD.from_unit OR NEW.to_unit IS NOT OLD.to_unit
    OR NEW.reassigned_at IS NOT OLD.reassigned_at OR NEW.reassigned_by IS NOT OLD.reassigned_by
    OR NEW.note IS NOT OLD.note
BEGIN
    SELECT RAISE(ABORT, 'a reassignment of a responsible unit is kept as it was recorded');
END;

CREATE TRIGGER activity_unit_history_no_delete BEFORE DELETE ON activity_unit_history
BEGIN
    SELECT RAISE(ABORT, 'a reassignment of a responsible unit is kept as it was recorded');
END;

-- The plan window follows it (a unit's history is shown with the activity).
CREATE TRIGGER change_activity_unit_history_insert AFTER INSERT ON activity_unit_history
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'plans';
END;

CREATE TRIGGER change_activity_unit_history_update AFTER UPDATE ON activity_unit_history
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'plans';
END;
