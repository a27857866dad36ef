-- PressDesk office server, step 3: the office's plans, their activities, the articles linked
-- to activities and the output counted by hand (src/core/sync/PlanSync.cpp). Applied as
-- {{owner}}, like step 2, whose functions (pd.stamp, pd.refuse, pd.my_office, pd.append_only)
-- it uses.
--
-- The rules are the desks' own: anyone of the office may create, edit and remove plans,
-- activities and links (the app has no role check for them, so neither has the server); a
-- manual entry is never rewritten, only removed; nothing is ever deleted, a removal is the row
-- marked deleted (a tombstone that syncs), and marking it back revives it (a plan imported
-- again, an article linked again). The CHECKs repeat the desks' checks of a row.
--
-- Plan and activity ids are text: a plan file may give its own ("a-radio"); manual entries are
-- named by a UUID; a link is named by its activity and article.

CREATE TABLE pd.plan (
    id text PRIMARY KEY CHECK (id <> ''),
    office_id uuid NOT NULL REFERENCES pd.office (id),
    number text NOT NULL CHECK (btrim(number) <> ''),
    title text NOT NULL DEFAULT '',
    issuing_body text NOT NULL DEFAULT '',
    issue_date date,
    period_start date,
    period_end date,
    theme text NOT NULL DEFAULT '',
    focus_topics text[] NOT NULL DEFAULT '{}',
    status text NOT NULL DEFAULT 'active' CHECK (status IN ('draft', 'active', 'done')),
    -- The original document as issued (PDF, DOC, DOCX or ODT), at most 50 MB as on the desks.
    document_name text NOT NULL DEFAULT '',
    document_mime text NOT NULL DEFAULT '',
    document bytea CHECK (octet_length(document) <= 50 * 1024 * 1024),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(), -- when the desk saved it (a claim)
    deleted boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1,
    server_at timestamptz NOT NULL DEFAULT now(),
    last_login name NOT NULL DEFAULT session_user,
    change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq bigint NOT NULL DEFAULT 0,
    CHECK (period_end >= period_start)
);
CREATE INDEX plan_change ON pd.plan (change_xid, change_seq);

CREATE TABLE pd.plan_activity (
    id text PRIMARY KEY CHECK (id <> ''),
    office_id uuid NOT NULL REFERENCES pd.office (id),
    plan_id text NOT NULL REFERENCES pd.plan (id),
    position integer NOT NULL DEFAULT 0,
    channel text NOT NULL CHECK (channel IN ('portal', 'radio', 'visual', 'press', 'meetings',
                                             'other')),
    focus_topic text NOT NULL DEFAULT '',
    description text NOT NULL DEFAULT '',
    responsible_unit text NOT NULL DEFAULT '',
    start_date date,
    due_date date,
    target integer NOT NULL DEFAULT 0 CHECK (target >= 0),
    unit text NOT NULL DEFAULT '',
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    behind_reason text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1,
    server_at timestamptz NOT NULL DEFAULT now(),
    last_login name NOT NULL DEFAULT session_user,
    change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq bigint NOT NULL DEFAULT 0,
    CHECK (due_date >= start_date)
);
CREATE INDEX plan_activity_plan ON pd.plan_activity (plan_id);
CREATE INDEX plan_activity_change ON pd.plan_activity (change_xid, change_seq);

-- Which articles serve which activities; the same link made on two desks is one row.
CREATE TABLE pd.activity_article (
    office_id uuid NOT NULL REFERENCES pd.office (id),
    activity_id text NOT NULL REFERENCES pd.plan_activity (id),
    article_id uuid NOT NULL REFERENCES pd.article (id),
    linked_at timestamptz NOT NULL DEFAULT now(),
    linked_by text NOT NULL DEFAULT '',
    deleted boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1,
    server_at timestamptz NOT NULL DEFAULT now(),
    last_login name NOT NULL DEFAULT session_user,
    change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (activity_id, article_id)
);
CREATE INDEX activity_article_article ON pd.activity_article (article_id);
CREATE INDEX activity_article_change ON pd.activity_article (change_xid, change_seq);

-- Output PressDesk does not hold (a conference held, banners hung), counted by hand.
CREATE TABLE pd.manual_entry (
    id uuid PRIMARY KEY,
    office_id uuid NOT NULL REFERENCES pd.office (id),
    activity_id text NOT NULL REFERENCES pd.plan_activity (id),
    entry_date date NOT NULL,
    quantity integer NOT NULL CHECK (quantity > 0),
    note text NOT NULL DEFAULT '',
    created_by text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    deleted boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1,
    server_at timestamptz NOT NULL DEFAULT now(),
    last_login name NOT NULL DEFAULT session_user,
    change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq bigint NOT NULL DEFAULT 0
);
CREATE INDEX manual_entry_activity ON pd.manual_entry (activity_id);
CREATE INDEX manual_entry_change ON pd.manual_entry (change_xid, change_seq);

-- ---------------------------------------------------------------------------------------------
-- Rules.

CREATE TRIGGER no_delete BEFORE DELETE ON pd.plan
    FOR EACH ROW EXECUTE FUNCTION pd.append_only('a plan');
CREATE TRIGGER no_delete BEFORE DELETE ON pd.plan_activity
    FOR EACH ROW EXECUTE FUNCTION pd.append_only('an activity of a plan');
CREATE TRIGGER no_delete BEFORE DELETE ON pd.activity_article
    FOR EACH ROW EXECUTE FUNCTION pd.append_only('the link of an article to an activity');
CREATE TRIGGER no_delete BEFORE DELETE ON pd.manual_entry
    FOR EACH ROW EXECUTE FUNCTION pd.append_only('a manual entry');

-- pd.stamp (step 2) for the rows named by an id.
CREATE TRIGGER a_stamp BEFORE INSERT OR UPDATE ON pd.plan
    FOR EACH ROW EXECUTE FUNCTION pd.stamp();
CREATE TRIGGER a_stamp BEFORE INSERT OR UPDATE ON pd.plan_activity
    FOR EACH ROW EXECUTE FUNCTION pd.stamp();
CREATE TRIGGER a_stamp BEFORE INSERT OR UPDATE ON pd.manual_entry
    FOR EACH ROW EXECUTE FUNCTION pd.stamp();

-- The same for a link, which is named by its activity and article.
CREATE FUNCTION pd.stamp_link() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = pd, pg_catalog
AS $$
BEGIN
    IF pd.my_office() IS NULL THEN
        PERFORM pd.refuse('PD002', format('the login %s is not one of this office''s people',
                                          session_user));
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.office_id := pd.my_office();
        NEW.version := 1;
    ELSE
        IF (NEW.activity_id, NEW.article_id, NEW.office_id)
           IS DISTINCT FROM (OLD.activity_id, OLD.article_id, OLD.office_id) THEN
            PERFORM pd.refuse('PD002', 'a record''s identity cannot be changed');
        END IF;
        NEW.version := OLD.version + 1;
    END IF;
    NEW.server_at := now();
    NEW.change_xid := pg_current_xact_id();
    NEW.change_seq := nextval('pd.change_seq');
    RETURN NEW;
END
$$;
CREATE TRIGGER a_stamp BEFORE INSERT OR UPDATE ON pd.activity_article
    FOR EACH ROW EXECUTE FUNCTION pd.stamp_link();

-- Plans, activities and links: written in the name of who sent them.
CREATE FUNCTION pd.plan_rules() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pd, pg_catalog
AS $$
BEGIN
    NEW.last_login := session_user;
    RETURN NEW;
END
$$;
CREATE TRIGGER b_rules BEFORE INSERT OR UPDATE ON pd.plan
    FOR EACH ROW EXECUTE FUNCTION pd.plan_rules();
CREATE TRIGGER b_rules BEFORE INSERT OR UPDATE ON pd.plan_activity
    FOR EACH ROW EXECUTE FUNCTION pd.plan_rules();
CREATE TRIGGER b_rules BEFORE INSERT OR UPDATE ON pd.activity_article
    FOR EACH ROW EXECUTE FUNCTION pd.plan_rules();

-- A manual entry is what someone counted on a day: never rewritten (to correct one, remove it
-- and count again), and once removed it stays removed.
CREATE FUNCTION pd.manual_entry_rules() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pd, pg_catalog
AS $$
BEGIN
    NEW.last_login := session_user;
    IF TG_OP = 'UPDATE' THEN
        IF (NEW.activity_id, NEW.entry_date, NEW.quantity, NEW.note, NEW.created_by,
            NEW.created_at)
           IS DISTINCT FROM (OLD.activity_id, OLD.entry_date, OLD.quantity, OLD.note,
                             OLD.created_by, OLD.created_at) THEN
            PERFORM pd.refuse('PD002', 'a manual entry cannot be changed; remove it and count '
                                       'again');
        END IF;
        IF OLD.deleted AND NOT NEW.deleted THEN
            PERFORM pd.refuse('PD002', 'a removed manual entry stays removed; count again');
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER b_rules BEFORE INSERT OR UPDATE ON pd.manual_entry
    FOR EACH ROW EXECUTE FUNCTION pd.manual_entry_rules();

-- ---------------------------------------------------------------------------------------------
-- Row-level security, forced, as for every table of step 2.

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['plan', 'plan_activity', 'activity_article', 'manual_entry'] LOOP
        EXECUTE format('ALTER TABLE pd.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE pd.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY own_office ON pd.%I USING (office_id = pd.my_office()) '
                       'WITH CHECK (office_id = pd.my_office())', t);
    END LOOP;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- What each role may touch: everyone of the office reads and writes the four; nobody deletes.

REVOKE ALL ON pd.plan, pd.plan_activity, pd.activity_article, pd.manual_entry FROM PUBLIC;
REVOKE ALL ON FUNCTION pd.stamp_link(), pd.plan_rules(), pd.manual_entry_rules() FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE ON pd.plan, pd.plan_activity, pd.activity_article, pd.manual_entry
    TO {{staff}};
