-- PressDesk office server, step 5: edits two desks made from the same revision are merged, and
-- a conflict is resolved once for the whole office (src/core/sync/SyncEngine.cpp,
-- src/core/sync/ConflictService.cpp). Applied as {{owner}}, like steps 2 to 4.
--
-- Every revision any desk saved stays on the server: a desk's revisions that did not become
-- the head because another desk's edit of the same base came first are kept as revisions of
-- kind 'side' (pd.keep_side); the merge of both is a revision of kind 'merge' naming the two
-- it merged (merged_from); a merge that could not be made keeps the desk's content as a
-- revision of kind 'conflict' (pd.keep_conflict), which names the head it conflicts with.

ALTER TABLE pd.article_revision DROP CONSTRAINT article_revision_kind_check;
ALTER TABLE pd.article_revision ADD CONSTRAINT article_revision_kind_check
    CHECK (kind IN ('edit', 'merge', 'conflict', 'import', 'side'));
-- A merge: the head it was made on, then the desk's revision merged into it.
ALTER TABLE pd.article_revision ADD COLUMN merged_from uuid[] NOT NULL DEFAULT '{}';

-- The head the kept content conflicts with, and how the conflict ended: who resolved it, when,
-- with which revision.
ALTER TABLE pd.conflict ADD COLUMN head_revision uuid;
ALTER TABLE pd.conflict ADD COLUMN resolved_by name;
ALTER TABLE pd.conflict ADD COLUMN resolution uuid;

-- The revision for new content. An update made by a desk merging sets pd.merged_from (the two
-- revisions, for this transaction only) just before it: the revision is then a merge.
CREATE OR REPLACE FUNCTION pd.article_record() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = pd, pg_catalog
AS $$
DECLARE
    action text;
    merged uuid[] := '{}';
BEGIN
    IF TG_OP = 'INSERT' OR NEW.revision_id IS DISTINCT FROM OLD.revision_id THEN
        IF TG_OP = 'UPDATE' AND coalesce(current_setting('pd.merged_from', true), '') <> '' THEN
            merged := current_setting('pd.merged_from', true)::uuid[];
        END IF;
        INSERT INTO pd.article_revision (id, office_id, article_id, number, version, kind, title,
                                         lead, body_html, category_id, tags, source, author,
                                         status, content_hash, merged_from, change_seq)
        VALUES (NEW.revision_id, NEW.office_id, NEW.id,
                coalesce((SELECT max(number) FROM pd.article_revision
                          WHERE article_id = NEW.id), 0) + 1,
                NEW.version, CASE WHEN cardinality(merged) > 0 THEN 'merge' ELSE 'edit' END,
                NEW.title, NEW.lead, NEW.body_html, NEW.category_id, NEW.tags, NEW.source,
                NEW.author, NEW.status, pd.article_hash(NEW), merged, nextval('pd.change_seq'));
        IF TG_OP = 'UPDATE' AND OLD.status <> NEW.status THEN
            PERFORM pd.audit_append('edit', NEW.id, OLD.status, NEW.status, pd.article_hash(OLD),
                                    pd.article_hash(NEW), '');
        END IF;
        RETURN NULL;
    END IF;
    IF OLD.status IS DISTINCT FROM NEW.status THEN
        SELECT t.action INTO action FROM pd.transition t
            WHERE t.from_status = OLD.status AND t.to_status = NEW.status;
        -- No workflow move leads there: only pd.import_state can have made it.
        action := coalesce(action, 'import');
        IF action IN ('approve', 'import') AND NEW.approved_hash <> '' THEN
            INSERT INTO pd.approval (office_id, article_id, version, hash)
                VALUES (NEW.office_id, NEW.id, NEW.version, NEW.approved_hash);
        END IF;
        PERFORM pd.audit_append(action, NEW.id, OLD.status, NEW.status, pd.article_hash(OLD),
                                pd.article_hash(NEW), NEW.status_note);
    END IF;
    RETURN NULL;
END
$$;

-- A desk's content kept beside the head, as a revision of that kind ('side', 'conflict'),
-- based on p_base. Returns the article (locked), or NULL when the revision is there already
-- (a pass run again). Used by the two functions below only.
CREATE FUNCTION pd.keep_beside(p_kind text, p_article uuid, p_revision uuid, p_base integer,
                               p_title text, p_lead text, p_body text, p_category uuid,
                               p_tags text[], p_source text, p_author text,
                               p_saved_at timestamptz)
    RETURNS pd.article
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = pd, pg_catalog
AS $$
DECLARE
    a pd.article;
BEGIN
    IF pd.my_office() IS NULL THEN
        PERFORM pd.refuse('PD002', format('the login %s is not one of this office''s people',
                                          session_user));
    END IF;
    IF EXISTS (SELECT FROM pd.article_revision WHERE id = p_revision) THEN
        RETURN NULL;
    END IF;
    SELECT * INTO a FROM pd.article WHERE id = p_article FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM pd.refuse('PD002', 'the article is not on the server');
    END IF;
    INSERT INTO pd.article_revision (id, office_id, article_id, number, version, kind, title,
                                     lead, body_html, category_id, tags, source, author, status,
                                     content_hash, saved_at, change_seq)
    VALUES (p_revision, a.office_id, a.id,
            (SELECT max(number) + 1 FROM pd.article_revision WHERE article_id = a.id), p_base,
            p_kind, p_title, p_lead, p_body, p_category, p_tags, p_source, p_author,
            a.status, pd.content_hash(p_title, p_lead, p_body, p_category, p_tags, p_source),
            least(coalesce(p_saved_at, now()), now()), nextval('pd.change_seq'));
    RETURN a;
END
$$;

-- A desk's revision that did not become the head (another desk's edit of the same base came
-- first; the desk's content was merged with it or is in conflict): kept as it was saved.
-- Returns 1, or 0 when the revision is there already (a pass run again).
CREATE FUNCTION pd.keep_side(p_article uuid, p_revision uuid, p_base integer, p_title text,
                             p_lead text, p_body text, p_category uuid, p_tags text[],
                             p_source text, p_author text, p_saved_at timestamptz)
    RETURNS integer
    LANGUAGE sql
    SECURITY DEFINER
    SET search_path = pd, pg_catalog
AS $$
    SELECT CASE WHEN pd.keep_beside('side', p_article, p_revision, p_base, p_title, p_lead,
                                    p_body, p_category, p_tags, p_source, p_author,
                                    p_saved_at) IS NULL THEN 0 ELSE 1 END
$$;

-- As in step 2 (the desk's content kept as a conflict waiting for a decision), and the
-- conflict names the head it conflicts with.
CREATE OR REPLACE FUNCTION pd.keep_conflict(p_article uuid, p_revision uuid, p_base integer,
                                            p_title text, p_lead text, p_body text,
                                            p_category uuid, p_tags text[], p_source text,
                                            p_author text)
    RETURNS integer
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = pd, pg_catalog
AS $$
DECLARE
    a pd.article;
BEGIN
    a := pd.keep_beside('conflict', p_article, p_revision, p_base, p_title, p_lead, p_body,
                        p_category, p_tags, p_source, p_author, NULL);
    IF a IS NULL THEN
        RETURN 0;
    END IF;
    INSERT INTO pd.conflict (office_id, article_id, revision_id, base_version, head_revision,
                             change_seq)
        VALUES (a.office_id, a.id, p_revision, p_base, a.revision_id, nextval('pd.change_seq'));
    RETURN 1;
END
$$;

-- A conflict resolved by someone of the office with a revision of the article (the content
-- they chose, which their desk sent in the same pass). Every desk learns it at its next pull.
-- Returns 1, or 0 when it was resolved already (by this desk's pass run again, or by another
-- desk: the later resolution is an edit like any other).
CREATE FUNCTION pd.resolve_conflict(p_conflict uuid, p_revision uuid)
    RETURNS integer
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = pd, pg_catalog
AS $$
DECLARE
    c pd.conflict;
BEGIN
    IF pd.my_office() IS NULL THEN
        PERFORM pd.refuse('PD002', format('the login %s is not one of this office''s people',
                                          session_user));
    END IF;
    SELECT * INTO c FROM pd.conflict WHERE id = p_conflict AND office_id = pd.my_office()
        FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM pd.refuse('PD002', 'the conflict is not on the server');
    END IF;
    IF c.resolved_at IS NOT NULL THEN
        RETURN 0;
    END IF;
    IF NOT EXISTS (SELECT FROM pd.article_revision WHERE id = p_revision
                   AND article_id = c.article_id) THEN
        PERFORM pd.refuse('PD002', 'a conflict is resolved with a revision of its article');
    END IF;
    UPDATE pd.conflict SET resolved_at = now(), resolved_by = session_user,
                           resolution = p_revision, change_xid = pg_current_xact_id(),
                           change_seq = nextval('pd.change_seq')
        WHERE id = p_conflict;
    RETURN 1;
END
$$;

REVOKE ALL ON FUNCTION pd.keep_beside(text, uuid, uuid, integer, text, text, text, uuid, text[],
                                      text, text, timestamptz),
    pd.keep_side(uuid, uuid, integer, text, text, text, uuid, text[], text, text, timestamptz),
    pd.resolve_conflict(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pd.keep_side(uuid, uuid, integer, text, text, text, uuid, text[],
                                       text, text, timestamptz),
    pd.resolve_conflict(uuid, uuid) TO {{staff}};
