-- PressDesk office server, step 6: the office profile, the radio and visual registers
-- (src/core/sync/RegisterSync.cpp).
-- The office's stations and loudspeaker systems, their programmes, the items of each
-- programme's day and the aired log (each row one broadcast, what a plan's radio activity
-- counts); the visual campaign register (items put up, their evidence photos, the plans'
-- slogan libraries). Applied as {{owner}}, like steps 2 and 3, whose functions it uses.
--
-- The rules are the desks' own (RadioRepository, VisualRepository): anyone of the office may
-- create and edit these rows; nothing is ever deleted, a removal is the row marked deleted (a
-- tombstone that syncs); a broadcast, once recorded, is never rewritten, only removed, and a
-- removed broadcast stays removed (to correct one, remove it and record it again), as a manual
-- entry of a plan. The CHECKs repeat the desks' checks of a row.

-- Who the office is, as its documents say it (one row, named by the office's id): its name and
-- the body above it, the place of its "…, ngày … tháng … năm …", the usual signer, the usual
-- recipients (a JSON array), its part of a document's symbol, its tone-mark style.
CREATE TABLE pd.office_profile (
    id uuid PRIMARY KEY REFERENCES pd.office (id),
    office_id uuid NOT NULL REFERENCES pd.office (id) CHECK (office_id = id),
    name text NOT NULL DEFAULT '',
    parent_body text NOT NULL DEFAULT '',
    place text NOT NULL DEFAULT '',
    signer_name text NOT NULL DEFAULT '',
    signer_title text NOT NULL DEFAULT '',
    recipients text NOT NULL DEFAULT '[]' CHECK (json_typeof(recipients::json) = 'array'),
    number_suffix text NOT NULL DEFAULT '',
    tone_style text NOT NULL DEFAULT '' CHECK (tone_style IN ('', 'traditional', 'modern')),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1,
    server_at timestamptz NOT NULL DEFAULT now(),
    last_login name NOT NULL DEFAULT session_user,
    change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq bigint NOT NULL DEFAULT 0
);
CREATE INDEX office_profile_change ON pd.office_profile (change_xid, change_seq);

CREATE TABLE pd.radio_station (
    id uuid PRIMARY KEY,
    office_id uuid NOT NULL REFERENCES pd.office (id),
    name text NOT NULL CHECK (btrim(name) <> ''),
    kind text NOT NULL DEFAULT 'station' CHECK (kind IN ('station', 'loudspeakers')),
    note text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(), -- when the desk saved it (a claim)
    deleted boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1,
    server_at timestamptz NOT NULL DEFAULT now(),
    last_login name NOT NULL DEFAULT session_user,
    change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq bigint NOT NULL DEFAULT 0
);
CREATE INDEX radio_station_change ON pd.radio_station (change_xid, change_seq);

CREATE TABLE pd.radio_program (
    id uuid PRIMARY KEY,
    office_id uuid NOT NULL REFERENCES pd.office (id),
    name text NOT NULL CHECK (btrim(name) <> ''),
    station_id uuid NOT NULL REFERENCES pd.radio_station (id),
    weekday integer CHECK (weekday BETWEEN 1 AND 7), -- NULL: any day
    start_time text NOT NULL DEFAULT '' CHECK (start_time = '' OR start_time ~ '^\d\d:\d\d$'),
    length_minutes integer NOT NULL DEFAULT 15 CHECK (length_minutes > 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1,
    server_at timestamptz NOT NULL DEFAULT now(),
    last_login name NOT NULL DEFAULT session_user,
    change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq bigint NOT NULL DEFAULT 0
);
CREATE INDEX radio_program_change ON pd.radio_program (change_xid, change_seq);

CREATE TABLE pd.radio_item (
    id uuid PRIMARY KEY,
    office_id uuid NOT NULL REFERENCES pd.office (id),
    program_id uuid NOT NULL REFERENCES pd.radio_program (id),
    broadcast_date date NOT NULL,
    position integer NOT NULL DEFAULT 0,
    article_id uuid REFERENCES pd.article (id), -- NULL: a script written for the radio
    title text NOT NULL DEFAULT '',
    script text NOT NULL DEFAULT '',
    activity_id text REFERENCES pd.plan_activity (id),
    duration_seconds integer NOT NULL DEFAULT 0 CHECK (duration_seconds >= 0),
    created_by text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1,
    server_at timestamptz NOT NULL DEFAULT now(),
    last_login name NOT NULL DEFAULT session_user,
    change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq bigint NOT NULL DEFAULT 0
);
CREATE INDEX radio_item_change ON pd.radio_item (change_xid, change_seq);

CREATE TABLE pd.radio_aired (
    id uuid PRIMARY KEY,
    office_id uuid NOT NULL REFERENCES pd.office (id),
    item_id uuid NOT NULL REFERENCES pd.radio_item (id),
    station_id uuid NOT NULL REFERENCES pd.radio_station (id),
    aired_at timestamptz NOT NULL,
    recorded_by text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1,
    server_at timestamptz NOT NULL DEFAULT now(),
    last_login name NOT NULL DEFAULT session_user,
    change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq bigint NOT NULL DEFAULT 0
);
CREATE INDEX radio_aired_change ON pd.radio_aired (change_xid, change_seq);

CREATE TABLE pd.visual_slogan (
    id uuid PRIMARY KEY,
    office_id uuid NOT NULL REFERENCES pd.office (id),
    plan_id text NOT NULL REFERENCES pd.plan (id),
    text text NOT NULL CHECK (btrim(text) <> ''),
    topic text NOT NULL DEFAULT '',
    created_by text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1,
    server_at timestamptz NOT NULL DEFAULT now(),
    last_login name NOT NULL DEFAULT session_user,
    change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq bigint NOT NULL DEFAULT 0
);
CREATE INDEX visual_slogan_change ON pd.visual_slogan (change_xid, change_seq);

CREATE TABLE pd.visual_item (
    id uuid PRIMARY KEY,
    office_id uuid NOT NULL REFERENCES pd.office (id),
    activity_id text NOT NULL REFERENCES pd.plan_activity (id),
    slogan_id uuid REFERENCES pd.visual_slogan (id),
    content text NOT NULL DEFAULT '',
    form text NOT NULL CHECK (form IN ('banner', 'panel', 'poster', 'led_screen', 'leaflet',
                                       'slogan')),
    size text NOT NULL DEFAULT '',
    quantity integer NOT NULL DEFAULT 1 CHECK (quantity >= 1),
    commune text NOT NULL DEFAULT '',
    place text NOT NULL DEFAULT '',
    latitude double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude double precision CHECK (longitude BETWEEN -180 AND 180),
    responsible_unit text NOT NULL DEFAULT '',
    planned_date date,
    installed_date date,
    removed_date date,
    status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'installed', 'removed')),
    created_by text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1,
    server_at timestamptz NOT NULL DEFAULT now(),
    last_login name NOT NULL DEFAULT session_user,
    change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq bigint NOT NULL DEFAULT 0
);
CREATE INDEX visual_item_change ON pd.visual_item (change_xid, change_seq);

-- An evidence photo: the image itself is a blob of the office (sent before the row).
CREATE TABLE pd.visual_photo (
    id uuid PRIMARY KEY,
    office_id uuid NOT NULL REFERENCES pd.office (id),
    item_id uuid NOT NULL REFERENCES pd.visual_item (id),
    image_hash text NOT NULL,
    file_name text NOT NULL DEFAULT '',
    taken_at text NOT NULL DEFAULT '', -- the photo's own time (EXIF), as the desk read it
    latitude double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude double precision CHECK (longitude BETWEEN -180 AND 180),
    created_by text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1,
    server_at timestamptz NOT NULL DEFAULT now(),
    last_login name NOT NULL DEFAULT session_user,
    change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq bigint NOT NULL DEFAULT 0,
    FOREIGN KEY (office_id, image_hash) REFERENCES pd.blob (office_id, hash)
);
CREATE INDEX visual_photo_change ON pd.visual_photo (change_xid, change_seq);

-- ---------------------------------------------------------------------------------------------
-- Rules.

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['office_profile', 'radio_station', 'radio_program', 'radio_item',
                             'radio_aired',
                             'visual_slogan', 'visual_item', 'visual_photo'] LOOP
        EXECUTE format('CREATE TRIGGER no_delete BEFORE DELETE ON pd.%I FOR EACH ROW EXECUTE '
                       'FUNCTION pd.append_only(%L)', t, 'a row of the ' || t || ' register');
        EXECUTE format('CREATE TRIGGER a_stamp BEFORE INSERT OR UPDATE ON pd.%I FOR EACH ROW '
                       'EXECUTE FUNCTION pd.stamp()', t);
        EXECUTE format('CREATE TRIGGER b_rules BEFORE INSERT OR UPDATE ON pd.%I FOR EACH ROW '
                       'EXECUTE FUNCTION pd.plan_rules()', t);
        EXECUTE format('ALTER TABLE pd.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE pd.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY own_office ON pd.%I USING (office_id = pd.my_office()) '
                       'WITH CHECK (office_id = pd.my_office())', t);
    END LOOP;
END
$$;

-- A broadcast is what was on air: never rewritten, and once removed it stays removed.
CREATE FUNCTION pd.radio_aired_rules() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pd, pg_catalog
AS $$
BEGIN
    IF (NEW.item_id, NEW.station_id, NEW.aired_at, NEW.recorded_by, NEW.created_at)
       IS DISTINCT FROM (OLD.item_id, OLD.station_id, OLD.aired_at, OLD.recorded_by,
                         OLD.created_at) THEN
        PERFORM pd.refuse('PD002', 'a recorded broadcast cannot be changed; remove it and '
                                   'record it again');
    END IF;
    IF OLD.deleted AND NOT NEW.deleted THEN
        PERFORM pd.refuse('PD002', 'a removed broadcast stays removed; record it again');
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER c_aired BEFORE UPDATE ON pd.radio_aired
    FOR EACH ROW EXECUTE FUNCTION pd.radio_aired_rules();

-- ---------------------------------------------------------------------------------------------
-- What each role may touch: everyone of the office reads and writes the registers; nobody
-- deletes.

REVOKE ALL ON pd.office_profile, pd.radio_station, pd.radio_program, pd.radio_item, pd.radio_aired,
    pd.visual_slogan, pd.visual_item, pd.visual_photo FROM PUBLIC;
REVOKE ALL ON FUNCTION pd.radio_aired_rules() FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE ON pd.office_profile, pd.radio_station, pd.radio_program,
    pd.radio_item,
    pd.radio_aired, pd.visual_slogan, pd.visual_item, pd.visual_photo TO {{staff}};
