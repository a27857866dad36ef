-- PressDesk schema 5: why an outbox entry stopped (a stable code beside the message, so the
-- app can offer the right way out) and whether the user chose to overwrite a post that was
-- changed on the portal since PressDesk last sent it.

ALTER TABLE outbox ADD COLUMN error_code TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN overwrite INTEGER NOT NULL DEFAULT 0;
