-- PressDesk office server, step 4: which post each article became on each portal, so that two
-- desks that both had an article queued for the same portal never make two posts of it
-- (src/core/sync/PostSync.cpp, src/core/sync/OfficePostRegistry.cpp). Applied as {{owner}},
-- like steps 2 and 3, whose functions (pd.refuse, pd.my_office, pd.append_only) it uses.
--
-- A portal is named by its site ("https://cong.hoaiduc.hanoi.gov.vn"): portal accounts are each
-- desk's own (their passwords never leave the desk), the site is what they share. Before a desk
-- creates a post it claims the article on that site (pd.claim_post): the office answers with the
-- post another desk already made, or says that another desk is making it right now, or gives
-- the claim to this desk. The post, once made, is recorded on the same row.

CREATE TABLE pd.article_post (
    office_id uuid NOT NULL REFERENCES pd.office (id),
    -- Not a foreign key: a desk may claim an article before its pass has sent it.
    article_id uuid NOT NULL,
    site text NOT NULL CHECK (site <> ''),
    remote_id bigint CHECK (remote_id > 0), -- NULL: claimed, not yet made
    link text NOT NULL DEFAULT '',
    slug text NOT NULL DEFAULT '',
    remote_status text NOT NULL DEFAULT '',
    modified_gmt text NOT NULL DEFAULT '',
    pushed_hash text NOT NULL DEFAULT '',
    claimed_by_desk text NOT NULL DEFAULT '', -- the desk making the post, until it is recorded
    claimed_by name,
    claimed_at timestamptz,
    version integer NOT NULL DEFAULT 1,
    server_at timestamptz NOT NULL DEFAULT now(),
    last_login name NOT NULL DEFAULT session_user,
    change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, site)
);
-- One article per post.
CREATE UNIQUE INDEX article_post_remote ON pd.article_post (office_id, site, remote_id)
    WHERE remote_id IS NOT NULL;
CREATE INDEX article_post_change ON pd.article_post (change_xid, change_seq);

CREATE TRIGGER no_delete BEFORE DELETE ON pd.article_post
    FOR EACH ROW EXECUTE FUNCTION pd.append_only('the record of an article''s post');

-- Stamped like every synced row; named by its article and site. A recorded post is never
-- forgotten: its id changes only when the post was lost on the portal and made again.
CREATE FUNCTION pd.stamp_post() RETURNS trigger
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
        IF (NEW.article_id, NEW.site, NEW.office_id)
           IS DISTINCT FROM (OLD.article_id, OLD.site, OLD.office_id) THEN
            PERFORM pd.refuse('PD002', 'a record''s identity cannot be changed');
        END IF;
        IF OLD.remote_id IS NOT NULL AND NEW.remote_id IS NULL THEN
            PERFORM pd.refuse('PD002', 'the post an article became cannot be forgotten');
        END IF;
        NEW.version := OLD.version + 1;
    END IF;
    NEW.last_login := session_user;
    NEW.server_at := now();
    NEW.change_xid := pg_current_xact_id();
    NEW.change_seq := nextval('pd.change_seq');
    RETURN NEW;
END
$$;
CREATE TRIGGER a_stamp BEFORE INSERT OR UPDATE ON pd.article_post
    FOR EACH ROW EXECUTE FUNCTION pd.stamp_post();

-- A desk about to make the post of an article on a site asks here first, in a transaction of
-- its own. outcome:
--   'known'  the post exists (another desk made it): update that one;
--   'busy'   another desk claimed it less than stale_after ago and has not recorded a post:
--            wait and ask again;
--   'ours'   this desk may make it (it claimed it now, or had claimed it before);
--   'taken'  another desk claimed it long ago and recorded nothing: this desk takes the claim
--            over, and must look on the portal first (that desk may have made it and died).
CREATE FUNCTION pd.claim_post(p_article uuid, p_site text, p_desk text,
                              stale_after interval DEFAULT interval '10 minutes')
    RETURNS TABLE (outcome text, remote_id bigint, link text, slug text, remote_status text,
                   modified_gmt text, pushed_hash text, holder name, held_since timestamptz)
    LANGUAGE plpgsql
    SET search_path = pd, pg_catalog
AS $$
DECLARE
    r pd.article_post;
    result text;
BEGIN
    IF p_desk IS NULL OR p_desk = '' THEN
        PERFORM pd.refuse('PD002', 'a claim names the desk that makes the post');
    END IF;
    INSERT INTO pd.article_post AS ap (office_id, article_id, site, claimed_by_desk, claimed_by,
                                       claimed_at)
        VALUES (pd.my_office(), p_article, p_site, p_desk, session_user, now())
        ON CONFLICT (article_id, site) DO NOTHING;
    SELECT * INTO r FROM pd.article_post ap
        WHERE ap.article_id = p_article AND ap.site = p_site FOR UPDATE;
    IF r.remote_id IS NOT NULL THEN
        result := 'known';
    ELSIF r.claimed_by_desk = p_desk THEN
        result := 'ours';
    ELSIF r.claimed_at > now() - stale_after THEN
        result := 'busy';
    ELSE
        result := 'taken';
    END IF;
    IF result IN ('ours', 'taken') AND (r.claimed_by_desk <> p_desk OR r.claimed_at < now()
                                        - interval '1 minute') THEN
        UPDATE pd.article_post ap SET claimed_by_desk = p_desk, claimed_by = session_user,
                                      claimed_at = now()
            WHERE ap.article_id = p_article AND ap.site = p_site;
    END IF;
    RETURN QUERY SELECT result, r.remote_id, r.link, r.slug, r.remote_status, r.modified_gmt,
                        r.pushed_hash, r.claimed_by, r.claimed_at;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Row-level security, forced, as for every table.

ALTER TABLE pd.article_post ENABLE ROW LEVEL SECURITY;
ALTER TABLE pd.article_post FORCE ROW LEVEL SECURITY;
CREATE POLICY own_office ON pd.article_post USING (office_id = pd.my_office())
    WITH CHECK (office_id = pd.my_office());

-- Everyone of the office reads and records posts (a reporter may import the portal's posts);
-- nobody deletes.
REVOKE ALL ON pd.article_post FROM PUBLIC;
REVOKE ALL ON FUNCTION pd.stamp_post(), pd.claim_post(uuid, text, text, interval) FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE ON pd.article_post TO {{staff}};
GRANT EXECUTE ON FUNCTION pd.claim_post(uuid, text, text, interval) TO {{staff}};
