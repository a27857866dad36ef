-- PressDesk office server, step 8: the history of the units responsible for the plans'
-- activities (issue 15: since the 2025 reorganisation units merge, and an activity's unit is
-- reassigned). Each row is one reassignment — the activity, the unit before and after, when,
-- who, an optional note — pushed and pulled by the desks' PlanSync with the plans. Applied as
-- {{owner}}, like steps 2 and 3, whose functions it uses.
--
-- The rules are the desks' own (PlanRepository::reassignUnit): only a supervisor or an
-- administrator records a reassignment, and a record is history: never changed, never removed.
-- The privileges, the row-level security and a trigger say so each, so that psql is held to it
-- as much as a desk. Everyone of the office reads it.

CREATE TABLE pd.unit_reassignment (
    id uuid PRIMARY KEY,
    office_id uuid NOT NULL REFERENCES pd.office (id),
    activity_id text NOT NULL REFERENCES pd.plan_activity (id),
    from_unit text NOT NULL DEFAULT '',
    to_unit text NOT NULL CHECK (btrim(to_unit) <> ''),
    reassigned_at timestamptz NOT NULL,
    reassigned_by text NOT NULL DEFAULT '',
    note text NOT NULL DEFAULT '',
    version integer NOT NULL DEFAULT 1,
    server_at timestamptz NOT NULL DEFAULT now(),
    last_login name NOT NULL DEFAULT session_user,
    change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq bigint NOT NULL DEFAULT 0,
    CHECK (to_unit <> from_unit)
);
CREATE INDEX unit_reassignment_activity ON pd.unit_reassignment (activity_id);
CREATE INDEX unit_reassignment_change ON pd.unit_reassignment (change_xid, change_seq);

-- ---------------------------------------------------------------------------------------------
-- Rules.

CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON pd.unit_reassignment
    FOR EACH ROW EXECUTE FUNCTION pd.append_only('a reassignment of a responsible unit');
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON pd.unit_reassignment
    FOR EACH STATEMENT EXECUTE FUNCTION pd.append_only('a reassignment of a responsible unit');
CREATE TRIGGER a_stamp BEFORE INSERT ON pd.unit_reassignment
    FOR EACH ROW EXECUTE FUNCTION pd.stamp();

-- Recorded by a supervisor or an administrator, in the name of who sent it.
CREATE FUNCTION pd.unit_reassignment_rules() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pd, pg_catalog
AS $$
BEGIN
    IF pd.role_rank(pd.my_role()) < pd.role_rank('supervisor') THEN
        PERFORM pd.refuse('PD002', format('only a supervisor or an administrator reassigns the '
                                          'unit responsible for an activity; %s is %s',
                                          session_user, coalesce(pd.my_role(), 'no one')));
    END IF;
    NEW.last_login := session_user;
    RETURN NEW;
END
$$;
CREATE TRIGGER b_rules BEFORE INSERT ON pd.unit_reassignment
    FOR EACH ROW EXECUTE FUNCTION pd.unit_reassignment_rules();

-- ---------------------------------------------------------------------------------------------
-- Row-level security, forced: the office's rows; written only by its supervisors and
-- administrators.

ALTER TABLE pd.unit_reassignment ENABLE ROW LEVEL SECURITY;
ALTER TABLE pd.unit_reassignment FORCE ROW LEVEL SECURITY;
CREATE POLICY own_office ON pd.unit_reassignment FOR SELECT
    USING (office_id = pd.my_office());
CREATE POLICY supervisors_record ON pd.unit_reassignment FOR INSERT
    WITH CHECK (office_id = pd.my_office()
                AND pd.role_rank(pd.my_role()) >= pd.role_rank('supervisor'));

-- ---------------------------------------------------------------------------------------------
-- What each role may touch: everyone reads; supervisors (and so administrators) add; nobody
-- changes or deletes.

REVOKE ALL ON pd.unit_reassignment FROM PUBLIC;
REVOKE ALL ON FUNCTION pd.unit_reassignment_rules() FROM PUBLIC;
GRANT SELECT ON pd.unit_reassignment TO {{staff}};
GRANT INSERT ON pd.unit_reassignment TO {{supervisor}};
