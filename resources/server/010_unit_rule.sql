-- PressDesk office server, step 10: an activity's responsible unit, once it has one, changes
-- only with its recorded reassignment (step 8), written before it in the same transaction —
-- the rule the desks keep (PlanRepository::updateActivity refuses the change; reassignUnit
-- records it), now held for psql too. A desk sends an activity's reassignments before the
-- activity itself (PlanSync::push). A unit given to an activity that had none needs no record.
-- Applied as {{owner}}.

CREATE FUNCTION pd.activity_unit_rule() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pd, pg_catalog
AS $$
BEGIN
    IF OLD.responsible_unit <> ''
       AND NEW.responsible_unit IS DISTINCT FROM OLD.responsible_unit
       AND NOT EXISTS (SELECT 1 FROM pd.unit_reassignment r
                       WHERE r.activity_id = NEW.id
                         AND r.to_unit = NEW.responsible_unit
                         AND r.change_xid = pg_current_xact_id()) THEN
        PERFORM pd.refuse('PD002', format('the unit responsible for an activity (%s) changes '
                                          'only by a recorded reassignment; record the '
                                          'reassignment to %s first',
                                          OLD.responsible_unit, NEW.responsible_unit));
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER c_unit_rule BEFORE UPDATE OF responsible_unit ON pd.plan_activity
    FOR EACH ROW EXECUTE FUNCTION pd.activity_unit_rule();
REVOKE ALL ON FUNCTION pd.activity_unit_rule() FROM PUBLIC;
