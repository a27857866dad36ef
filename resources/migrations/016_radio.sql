-- PressDesk schema 16: the radio channel. The stations (the district's radio station, a
-- commune's loudspeakers), their programmes (a slot of a given length, on a weekday or any
-- day), the items of a programme on a day (a reading script, made from an article or typed)
-- and the aired log: one row per broadcast of an item on one station (a "lượt phát"), which
-- is what a radio activity of a plan counts (PlanProgress).
-- Calendar dates are 'yyyy-MM-dd', times of day 'HH:MM' ('' when unknown), times UTC ISO 8601.
-- Every table carries the sync's marks of the plan tables (migrations 7, 10 and 15), so that
-- it can sync with the office server later; it does not yet. Removing is marking deleted.

CREATE TABLE radio_stations (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL CHECK (name <> ''),
    kind TEXT NOT NULL DEFAULT 'station' CHECK (kind IN ('station', 'loudspeakers')),
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    local_rev INTEGER NOT NULL DEFAULT 1,
    server_seq INTEGER NOT NULL DEFAULT 0,
    server_version INTEGER NOT NULL DEFAULT 0,
    dirty INTEGER NOT NULL DEFAULT 1,
    synced TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0
);
-- One live station per name, whatever the case (SQLite folds ASCII only: RadioRepository
-- compares Vietnamese letters too).
CREATE UNIQUE INDEX radio_stations_name ON radio_stations (name COLLATE NOCASE)
    WHERE deleted = 0;

CREATE TABLE radio_programs (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL CHECK (name <> ''),
    station_id TEXT NOT NULL REFERENCES radio_stations(id),
    -- 1 Monday … 7 Sunday; NULL: any day.
    weekday INTEGER CHECK (weekday IS NULL OR weekday BETWEEN 1 AND 7),
    start_time TEXT NOT NULL DEFAULT '',
    length_minutes INTEGER NOT NULL DEFAULT 15 CHECK (length_minutes > 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    local_rev INTEGER NOT NULL DEFAULT 1,
    server_seq INTEGER NOT NULL DEFAULT 0,
    server_version INTEGER NOT NULL DEFAULT 0,
    dirty INTEGER NOT NULL DEFAULT 1,
    synced TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX radio_programs_station ON radio_programs (station_id);

CREATE TABLE radio_items (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES radio_programs(id),
    broadcast_date TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    -- The article the item was made from; NULL: a script typed for the radio.
    article_id TEXT REFERENCES articles(id),
    title TEXT NOT NULL DEFAULT '',
    -- The reading script as the announcer or the text-to-speech voice says it (editable).
    script TEXT NOT NULL DEFAULT '',
    -- The activity whose broadcasts it counts for when named; NULL: the radio activities its
    -- article is linked to.
    activity_id TEXT REFERENCES plan_activities(id),
    duration_seconds INTEGER NOT NULL DEFAULT 0 CHECK (duration_seconds >= 0),
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    local_rev INTEGER NOT NULL DEFAULT 1,
    server_seq INTEGER NOT NULL DEFAULT 0,
    server_version INTEGER NOT NULL DEFAULT 0,
    dirty INTEGER NOT NULL DEFAULT 1,
    synced TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX radio_items_rundown ON radio_items (program_id, broadcast_date, position);
-- Counting a plan's progress goes from an activity or a linked article to its items.
CREATE INDEX radio_items_article ON radio_items (article_id) WHERE article_id IS NOT NULL;
CREATE INDEX radio_items_activity ON radio_items (activity_id) WHERE activity_id IS NOT NULL;

-- One broadcast of an item on one station: one "lượt phát".
CREATE TABLE radio_aired (
    id TEXT PRIMARY KEY NOT NULL,
    item_id TEXT NOT NULL REFERENCES radio_items(id),
    station_id TEXT NOT NULL REFERENCES radio_stations(id),
    aired_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    local_rev INTEGER NOT NULL DEFAULT 1,
    server_seq INTEGER NOT NULL DEFAULT 0,
    server_version INTEGER NOT NULL DEFAULT 0,
    dirty INTEGER NOT NULL DEFAULT 1,
    synced TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX radio_aired_item ON radio_aired (item_id, aired_at);
CREATE INDEX radio_aired_station ON radio_aired (station_id, aired_at);

INSERT INTO change_counters (topic) VALUES ('radio');

CREATE TRIGGER change_radio_stations_insert AFTER INSERT ON radio_stations
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'radio';
END;

CREATE TRIGGER change_radio_stations_update AFTER UPDATE ON radio_stations
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'radio';
END;

CREATE TRIGGER change_radio_stations_delete AFTER DELETE ON radio_stations
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'radio';
END;

CREATE TRIGGER change_radio_programs_insert AFTER INSERT ON radio_programs
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'radio';
END;

CREATE TRIGGER change_radio_programs_update AFTER UPDATE ON radio_programs
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'radio';
END;

CREATE TRIGGER change_radio_programs_delete AFTER DELETE ON radio_programs
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'radio';
END;

-- Items and the aired log are what radio activities count: a plan's progress follows them.
CREATE TRIGGER change_radio_items_insert AFTER INSERT ON radio_items
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic IN ('radio', 'plans');
END;

CREATE TRIGGER change_radio_items_update AFTER UPDATE ON radio_items
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic IN ('radio', 'plans');
END;

CREATE TRIGGER change_radio_items_delete AFTER DELETE ON radio_items
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic IN ('radio', 'plans');
END;

CREATE TRIGGER change_radio_aired_insert AFTER INSERT ON radio_aired
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic IN ('radio', 'plans');
END;

CREATE TRIGGER change_radio_aired_update AFTER UPDATE ON radio_aired
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic IN ('radio', 'plans');
END;

CREATE TRIGGER change_radio_aired_delete AFTER DELETE ON radio_aired
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic IN ('radio', 'plans');
END;
