-- PressDesk schema 17: visual campaigns ("tuyên truyền cổ động trực quan"). The register of
-- what is hung or put up (banners, panels, posters, LED screens, leaflets, slogans): its text,
-- form, size, quantity, place, who puts it up, when it is planned, installed and removed; the
-- photos that prove it; and a library of slogans per plan, so the same wording is reused.
-- A plan's visual activity counts the quantities installed (PlanProgress).
-- Calendar dates are 'yyyy-MM-dd', times UTC ISO 8601; a photo's own time (EXIF) is the
-- camera's local wall time 'yyyy-MM-ddTHH:mm:ss' ('' when unknown).
-- Every table carries the sync's marks of the plan tables (migrations 7, 10 and 15), so that
-- it can sync with the office server later; it does not yet. Removing is marking deleted.

CREATE TABLE visual_slogans (
    id TEXT PRIMARY KEY NOT NULL,
    plan_id TEXT NOT NULL REFERENCES plans(id),
    text TEXT NOT NULL CHECK (text <> ''),
    -- The plan's theme or one of its focus topics the slogan serves; '' none named.
    topic TEXT NOT NULL DEFAULT '',
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
CREATE INDEX visual_slogans_plan ON visual_slogans (plan_id);

CREATE TABLE visual_items (
    id TEXT PRIMARY KEY NOT NULL,
    -- The plan's visual activity the item counts for.
    activity_id TEXT NOT NULL REFERENCES plan_activities(id),
    -- The slogan of the plan's library it carries, if picked from it; content holds the
    -- wording as put up either way.
    slogan_id TEXT REFERENCES visual_slogans(id),
    content TEXT NOT NULL DEFAULT '',
    form TEXT NOT NULL CHECK (form IN ('banner', 'panel', 'poster', 'led_screen', 'leaflet',
                                       'slogan')),
    size TEXT NOT NULL DEFAULT '',
    quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity >= 1),
    -- Where: the commune or ward, the village or street, and the coordinates when known.
    commune TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    latitude REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
    longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
    responsible_unit TEXT NOT NULL DEFAULT '',
    planned_date TEXT,
    installed_date TEXT,
    removed_date TEXT,
    status TEXT NOT NULL DEFAULT 'planned',
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    local_rev INTEGER NOT NULL DEFAULT 1,
    server_seq INTEGER NOT NULL DEFAULT 0,
    server_version INTEGER NOT NULL DEFAULT 0,
    dirty INTEGER NOT NULL DEFAULT 1,
    synced TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    -- The status follows the dates: planned (not installed), installed, removed (after it
    -- was installed, never before).
    CHECK ((status = 'planned' AND installed_date IS NULL AND removed_date IS NULL)
        OR (status = 'installed' AND installed_date IS NOT NULL AND removed_date IS NULL)
        OR (status = 'removed' AND installed_date IS NOT NULL AND removed_date IS NOT NULL
            AND removed_date >= installed_date))
);
-- Counting a plan's progress goes from its visual activities to their items.
CREATE INDEX visual_items_activity ON visual_items (activity_id, installed_date);

-- A photo proving an item was put up (or showing it since). The image itself is in images
-- (content-addressed, as an article's); its own date and GPS position are read from its EXIF
-- when present.
CREATE TABLE visual_photos (
    id TEXT PRIMARY KEY NOT NULL,
    item_id TEXT NOT NULL REFERENCES visual_items(id),
    image_hash TEXT NOT NULL REFERENCES images(hash),
    file_name TEXT NOT NULL DEFAULT '',
    taken_at TEXT NOT NULL DEFAULT '',
    latitude REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
    longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
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
CREATE INDEX visual_photos_item ON visual_photos (item_id);

INSERT INTO change_counters (topic) VALUES ('visual');

CREATE TRIGGER change_visual_slogans_insert AFTER INSERT ON visual_slogans
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'visual';
END;

CREATE TRIGGER change_visual_slogans_update AFTER UPDATE ON visual_slogans
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'visual';
END;

CREATE TRIGGER change_visual_slogans_delete AFTER DELETE ON visual_slogans
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'visual';
END;

-- Items are what visual activities count: a plan's progress follows them.
CREATE TRIGGER change_visual_items_insert AFTER INSERT ON visual_items
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic IN ('visual', 'plans');
END;

CREATE TRIGGER change_visual_items_update AFTER UPDATE ON visual_items
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic IN ('visual', 'plans');
END;

CREATE TRIGGER change_visual_items_delete AFTER DELETE ON visual_items
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic IN ('visual', 'plans');
END;

CREATE TRIGGER change_visual_photos_insert AFTER INSERT ON visual_photos
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'visual';
END;

CREATE TRIGGER change_visual_photos_update AFTER UPDATE ON visual_photos
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'visual';
END;

CREATE TRIGGER change_visual_photos_delete AFTER DELETE ON visual_photos
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'visual';
END;
