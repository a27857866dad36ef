-- PressDesk schema 15: plans and activities remember their fields as this desk last synced
-- them (JSON), so that a pass sends only the fields edited here and another desk's edits of
-- other fields of the same row are kept (PlanSync).

ALTER TABLE plans ADD COLUMN synced TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_activities ADD COLUMN synced TEXT NOT NULL DEFAULT '';
