-- PressDesk office server, step 2: the office, its people, articles with their revisions,
-- approvals, comments, categories and the audit log, and the rules every login meets.
-- Applied as {{owner}} (the applier sets the role). The rules live in triggers and row-level
-- security, so someone with psql and their own password can do nothing the app could not.
--
-- Errors the rules raise (SQLSTATE): PD001 a conflict, PD002 not allowed, PD003 the content
-- changed since it was reviewed. Their messages are for people; the desks translate by code.
--
-- Checks name the person with session_user: inside the SECURITY DEFINER functions
-- current_user is {{owner}}.

-- Every change to a row takes the next number: desks pull what changed after their cursor.
CREATE SEQUENCE pd.change_seq;

-- The one office this database serves (a commune, ward or provincial body: data, not code).
-- office_id on every row keeps the door open to several offices per server.
CREATE TABLE pd.office (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Restores are told apart by the epoch: a desk that sees it change stops pushing.
CREATE TABLE pd.meta (
    key text PRIMARY KEY,
    value text NOT NULL
);
INSERT INTO pd.meta (key, value) VALUES ('epoch', gen_random_uuid()::text);

-- The office's people: one PostgreSQL login each; what they may do is their role membership.
CREATE TABLE pd.person (
    login name PRIMARY KEY,
    office_id uuid NOT NULL REFERENCES pd.office (id),
    display_name text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now()
);

-- The workflow's moves, written by `server init` from the program's own transition table
-- (Workflow::table()), so the server and the desks cannot disagree.
CREATE TABLE pd.transition (
    action text NOT NULL,
    from_status text NOT NULL,
    to_status text NOT NULL,
    min_role text NOT NULL CHECK (min_role IN ('staff', 'supervisor', 'admin')),
    comment_required boolean NOT NULL,
    PRIMARY KEY (from_status, to_status)
);

CREATE TABLE pd.category (
    id uuid PRIMARY KEY,
    office_id uuid NOT NULL REFERENCES pd.office (id),
    name text NOT NULL,
    position integer NOT NULL DEFAULT 0,
    deleted boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1,
    server_at timestamptz NOT NULL DEFAULT now(),
    last_login name NOT NULL DEFAULT session_user,
    change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq bigint NOT NULL DEFAULT 0
);

-- The head of each article. version counts content edits and decisions on the server.
CREATE TABLE pd.article (
    id uuid PRIMARY KEY,
    office_id uuid NOT NULL REFERENCES pd.office (id),
    status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved',
        'returned', 'scheduled', 'published', 'withdrawn', 'archived')),
    title text NOT NULL DEFAULT '',
    lead text NOT NULL DEFAULT '',
    body_html text NOT NULL DEFAULT '',
    category_id uuid,
    tags text[] NOT NULL DEFAULT '{}',
    source text NOT NULL DEFAULT '',
    author text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(), -- when the desk saved it (a claim)
    status_note text NOT NULL DEFAULT '', -- the comment given with the last decision
    status_changed_at timestamptz,
    approved_hash text NOT NULL DEFAULT '',
    approved_by text NOT NULL DEFAULT '',
    approved_at timestamptz,
    revision_id uuid, -- the desk's id for the revision this content is
    version integer NOT NULL DEFAULT 1,
    server_at timestamptz NOT NULL DEFAULT now(),
    last_login name NOT NULL DEFAULT session_user,
    last_desk text NOT NULL DEFAULT '',
    change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq bigint NOT NULL DEFAULT 0
);
CREATE INDEX article_change ON pd.article (change_xid, change_seq);
CREATE INDEX category_change ON pd.category (change_xid, change_seq);

-- Every content the article has had, in order. Written by the article's triggers only;
-- never changed or removed.
CREATE TABLE pd.article_revision (
    id uuid PRIMARY KEY,
    office_id uuid NOT NULL REFERENCES pd.office (id),
    article_id uuid NOT NULL REFERENCES pd.article (id),
    number integer NOT NULL,
    version integer NOT NULL,
    kind text NOT NULL DEFAULT 'edit' CHECK (kind IN ('edit', 'merge', 'conflict', 'import')),
    title text NOT NULL,
    lead text NOT NULL,
    body_html text NOT NULL,
    category_id uuid,
    tags text[] NOT NULL,
    source text NOT NULL,
    author text NOT NULL,
    status text NOT NULL,
    content_hash text NOT NULL,
    saved_by name NOT NULL DEFAULT session_user,
    saved_at timestamptz NOT NULL DEFAULT now(),
    change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq bigint NOT NULL DEFAULT 0,
    UNIQUE (article_id, number)
);
CREATE INDEX article_revision_change ON pd.article_revision (change_xid, change_seq);

-- An article two desks edited between passes: the head stays as the first to arrive made it,
-- the other desk's content is a revision of kind 'conflict'; both wait here for a decision.
CREATE TABLE pd.conflict (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    office_id uuid NOT NULL REFERENCES pd.office (id),
    article_id uuid NOT NULL REFERENCES pd.article (id),
    revision_id uuid NOT NULL REFERENCES pd.article_revision (id),
    base_version integer NOT NULL,
    login name NOT NULL DEFAULT session_user,
    created_at timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz,
    change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq bigint NOT NULL DEFAULT 0
);

-- Every approval: who approved which version, bound to the hash of exactly that content.
CREATE TABLE pd.approval (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    office_id uuid NOT NULL REFERENCES pd.office (id),
    article_id uuid NOT NULL REFERENCES pd.article (id),
    version integer NOT NULL,
    hash text NOT NULL,
    approved_by name NOT NULL DEFAULT session_user,
    approved_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE pd.comment (
    id uuid PRIMARY KEY,
    office_id uuid NOT NULL REFERENCES pd.office (id),
    article_id uuid NOT NULL REFERENCES pd.article (id),
    author name NOT NULL DEFAULT session_user,
    created_at timestamptz NOT NULL DEFAULT now(),
    body text NOT NULL,
    quote text NOT NULL DEFAULT '',
    resolved boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1,
    server_at timestamptz NOT NULL DEFAULT now(),
    change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq bigint NOT NULL DEFAULT 0
);
CREATE INDEX comment_change ON pd.comment (change_xid, change_seq);

-- Images, kept once per office under the SHA-256 of their bytes (the articles' "pdimg:"
-- references); never changed or removed.
CREATE TABLE pd.blob (
    office_id uuid NOT NULL REFERENCES pd.office (id),
    hash text NOT NULL,
    mime text NOT NULL,
    data bytea NOT NULL,
    login name NOT NULL DEFAULT session_user,
    created_at timestamptz NOT NULL DEFAULT now(),
    change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (office_id, hash)
);
CREATE INDEX blob_change ON pd.blob (change_xid, change_seq);

-- What each desk already applied, by its own key (a workflow decision is "audit:<seq>" of the
-- desk's log): a pass that is run again after a lost answer applies nothing twice.
CREATE TABLE pd.applied_mutation (
    office_id uuid NOT NULL REFERENCES pd.office (id),
    desk text NOT NULL,
    key text NOT NULL,
    login name NOT NULL DEFAULT session_user,
    applied_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (desk, key)
);

-- The office's audit log: one hash chain per office, sealed by the server. entry_hash is the
-- SHA-256 of the entry's fields and prev_hash; audit_head holds the newest entry, so removing,
-- changing or reordering entries, or cutting the end off, is found by `server check`.
CREATE TABLE pd.audit_entry (
    office_id uuid NOT NULL REFERENCES pd.office (id),
    seq bigint NOT NULL,
    at timestamptz NOT NULL,
    login name NOT NULL,
    action text NOT NULL,
    article_id uuid,
    from_status text NOT NULL DEFAULT '',
    to_status text NOT NULL DEFAULT '',
    hash_before text NOT NULL DEFAULT '',
    hash_after text NOT NULL DEFAULT '',
    comment text NOT NULL DEFAULT '',
    prev_hash text NOT NULL,
    entry_hash text NOT NULL,
    PRIMARY KEY (office_id, seq)
);
CREATE TABLE pd.audit_head (
    office_id uuid PRIMARY KEY REFERENCES pd.office (id),
    seq bigint NOT NULL,
    entry_hash text NOT NULL
);

-- ---------------------------------------------------------------------------------------------
-- Who is asking.

CREATE FUNCTION pd.my_office() RETURNS uuid
    LANGUAGE sql STABLE
    SET search_path = pd, pg_catalog
AS $$
    SELECT office_id FROM pd.person WHERE login = session_user
$$;

-- The session's PressDesk role: admin, supervisor, staff, or NULL for someone else.
CREATE FUNCTION pd.my_role() RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pd, pg_catalog
AS $$
    SELECT CASE
        WHEN pg_has_role(session_user, '{{admin}}', 'MEMBER') THEN 'admin'
        WHEN pg_has_role(session_user, '{{supervisor}}', 'MEMBER') THEN 'supervisor'
        WHEN pg_has_role(session_user, '{{staff}}', 'MEMBER') THEN 'staff'
    END
$$;

-- Anyone's PressDesk role (desks show who is what).
CREATE FUNCTION pd.role_of(login name) RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pd, pg_catalog
AS $$
    SELECT CASE
        WHEN NOT EXISTS (SELECT FROM pg_roles WHERE rolname = login) THEN NULL
        WHEN pg_has_role(login, '{{admin}}', 'MEMBER') THEN 'admin'
        WHEN pg_has_role(login, '{{supervisor}}', 'MEMBER') THEN 'supervisor'
        WHEN pg_has_role(login, '{{staff}}', 'MEMBER') THEN 'staff'
    END
$$;

CREATE FUNCTION pd.role_rank(role text) RETURNS integer
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT CASE role WHEN 'staff' THEN 1 WHEN 'supervisor' THEN 2 WHEN 'admin' THEN 3 ELSE 0 END
$$;

-- ---------------------------------------------------------------------------------------------
-- The content hash, exactly as the desks compute it (src/core/workflow/ContentHash.cpp): each
-- field as "name:length-in-bytes:value;" after "pressdesk-content-1;", SHA-256 in hex. The
-- lead is simplified as QString::simplified() does (every Unicode space: [[:space:]] misses
-- NO-BREAK SPACE); images are the pdimg: references of the body in order.

CREATE FUNCTION pd.hash_field(field text, value text) RETURNS bytea
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT convert_to(field || ':' || octet_length(value) || ':' || value || ';', 'UTF8')
$$;

CREATE FUNCTION pd.simplified(value text) RETURNS text
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT regexp_replace(
        regexp_replace(value,
            '^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|'
            '[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$',
            '', 'g'),
        '[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+', ' ', 'g')
$$;

CREATE FUNCTION pd.content_hash(title text, lead text, body_html text, category_id uuid,
                                tags text[], source text) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path = pd, pg_catalog
AS $$
    SELECT encode(sha256(
        convert_to('pressdesk-content-1;', 'UTF8')
        || pd.hash_field('title', title)
        || pd.hash_field('lead', pd.simplified(lead))
        || pd.hash_field('body', body_html)
        || pd.hash_field('images', coalesce((
               SELECT string_agg(m[1], ',' ORDER BY n)
               FROM regexp_matches(body_html, 'src="pdimg:([0-9a-f]{64})"', 'g')
                    WITH ORDINALITY AS found (m, n)), ''))
        || pd.hash_field('category', coalesce(category_id::text, ''))
        || pd.hash_field('tags', array_to_string(tags, chr(31)))
        || pd.hash_field('source', source)), 'hex')
$$;

-- ---------------------------------------------------------------------------------------------
-- The audit chain.

CREATE FUNCTION pd.audit_entry_hash(e pd.audit_entry) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path = pd, pg_catalog
AS $$
    SELECT encode(sha256(
        convert_to('pressdesk-server-audit-1;', 'UTF8')
        || pd.hash_field('prev', e.prev_hash)
        || pd.hash_field('seq', e.seq::text)
        || pd.hash_field('at', to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
        || pd.hash_field('office', e.office_id::text)
        || pd.hash_field('login', e.login::text)
        || pd.hash_field('action', e.action)
        || pd.hash_field('article', coalesce(e.article_id::text, ''))
        || pd.hash_field('from', e.from_status)
        || pd.hash_field('to', e.to_status)
        || pd.hash_field('hash_before', e.hash_before)
        || pd.hash_field('hash_after', e.hash_after)
        || pd.hash_field('comment', e.comment)), 'hex')
$$;

-- Appends an entry for the acting login to its office's chain (the head row is locked, so
-- concurrent decisions queue up in one order).
CREATE FUNCTION pd.audit_append(p_action text, p_article uuid, p_from text, p_to text,
                                p_hash_before text, p_hash_after text, p_comment text)
    RETURNS void
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = pd, pg_catalog
AS $$
DECLARE
    office uuid := pd.my_office();
    head pd.audit_head;
    e pd.audit_entry;
BEGIN
    INSERT INTO pd.audit_head (office_id, seq, entry_hash)
        VALUES (office, 0, repeat('0', 64)) ON CONFLICT (office_id) DO NOTHING;
    SELECT * INTO head FROM pd.audit_head WHERE office_id = office FOR UPDATE;
    e.office_id := office;
    e.seq := head.seq + 1;
    e.at := clock_timestamp();
    e.login := session_user;
    e.action := p_action;
    e.article_id := p_article;
    e.from_status := coalesce(p_from, '');
    e.to_status := coalesce(p_to, '');
    e.hash_before := coalesce(p_hash_before, '');
    e.hash_after := coalesce(p_hash_after, '');
    e.comment := coalesce(p_comment, '');
    e.prev_hash := head.entry_hash;
    e.entry_hash := pd.audit_entry_hash(e);
    INSERT INTO pd.audit_entry SELECT e.*;
    UPDATE pd.audit_head SET seq = e.seq, entry_hash = e.entry_hash WHERE office_id = office;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Rules.

CREATE FUNCTION pd.refuse(code text, message text) RETURNS void
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = code, MESSAGE = message;
END
$$;

-- The records that are history: never changed, never removed.
CREATE FUNCTION pd.append_only() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM pd.refuse('PD002', format('%s is kept as it was written: it cannot be changed or '
                                      'removed', TG_ARGV[0]));
    RETURN NULL;
END
$$;
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON pd.audit_entry
    FOR EACH ROW EXECUTE FUNCTION pd.append_only('the audit log');
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON pd.audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION pd.append_only('the audit log');
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON pd.article_revision
    FOR EACH ROW EXECUTE FUNCTION pd.append_only('a revision');
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON pd.article_revision
    FOR EACH STATEMENT EXECUTE FUNCTION pd.append_only('a revision');
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON pd.blob
    FOR EACH ROW EXECUTE FUNCTION pd.append_only('an image');
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON pd.blob
    FOR EACH STATEMENT EXECUTE FUNCTION pd.append_only('an image');
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON pd.approval
    FOR EACH ROW EXECUTE FUNCTION pd.append_only('an approval');
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON pd.approval
    FOR EACH STATEMENT EXECUTE FUNCTION pd.append_only('an approval');
-- Rows that are withdrawn are marked deleted (tombstones that sync), never removed.
CREATE TRIGGER no_delete BEFORE DELETE ON pd.article
    FOR EACH ROW EXECUTE FUNCTION pd.append_only('an article');
CREATE TRIGGER no_delete BEFORE DELETE ON pd.comment
    FOR EACH ROW EXECUTE FUNCTION pd.append_only('a comment');
CREATE TRIGGER no_delete BEFORE DELETE ON pd.category
    FOR EACH ROW EXECUTE FUNCTION pd.append_only('a category');

-- What an edit does to the state (Workflow::afterContentEdit): an edit voids an approval and
-- reopens published, withdrawn or archived articles as drafts.
CREATE FUNCTION pd.after_content_edit(status text) RETURNS text
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT CASE WHEN status IN ('draft', 'submitted', 'returned') THEN status ELSE 'draft' END
$$;

CREATE FUNCTION pd.article_hash(a pd.article) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path = pd, pg_catalog
AS $$
    SELECT pd.content_hash(a.title, a.lead, a.body_html, a.category_id, a.tags, a.source)
$$;

-- Stamps what the server owns on every write: who, when, the change cursor, the office.
CREATE FUNCTION pd.stamp() RETURNS trigger
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
        IF NEW.id IS DISTINCT FROM OLD.id OR NEW.office_id IS DISTINCT FROM OLD.office_id THEN
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

CREATE TRIGGER a_stamp BEFORE INSERT OR UPDATE ON pd.category
    FOR EACH ROW EXECUTE FUNCTION pd.stamp();
CREATE TRIGGER a_stamp BEFORE INSERT OR UPDATE ON pd.comment
    FOR EACH ROW EXECUTE FUNCTION pd.stamp();
CREATE TRIGGER a_stamp BEFORE INSERT OR UPDATE ON pd.article
    FOR EACH ROW EXECUTE FUNCTION pd.stamp();

-- An image is its bytes: its name must be their SHA-256.
CREATE FUNCTION pd.blob_rules() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = pd, pg_catalog
AS $$
BEGIN
    IF pd.my_office() IS NULL THEN
        PERFORM pd.refuse('PD002', format('the login %s is not one of this office''s people',
                                          session_user));
    END IF;
    IF encode(sha256(NEW.data), 'hex') IS DISTINCT FROM NEW.hash THEN
        PERFORM pd.refuse('PD002', 'an image is named by the SHA-256 of its bytes');
    END IF;
    NEW.office_id := pd.my_office();
    NEW.login := session_user;
    NEW.created_at := now();
    NEW.change_xid := pg_current_xact_id();
    NEW.change_seq := nextval('pd.change_seq');
    RETURN NEW;
END
$$;
CREATE TRIGGER a_stamp BEFORE INSERT ON pd.blob
    FOR EACH ROW EXECUTE FUNCTION pd.blob_rules();

CREATE FUNCTION pd.category_rules() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pd, pg_catalog
AS $$
BEGIN
    NEW.last_login := session_user;
    RETURN NEW;
END
$$;
CREATE TRIGGER b_rules BEFORE INSERT OR UPDATE ON pd.category
    FOR EACH ROW EXECUTE FUNCTION pd.category_rules();

-- A comment is its author's: written in their name; afterwards only "resolved" changes.
CREATE FUNCTION pd.comment_rules() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pd, pg_catalog
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.author IS DISTINCT FROM session_user THEN
            PERFORM pd.refuse('PD002', format('a comment is written in one''s own name: '
                                              '%s cannot write as %s', session_user, NEW.author));
        END IF;
        NEW.created_at := now();
    ELSIF (NEW.article_id, NEW.author, NEW.created_at, NEW.body, NEW.quote)
          IS DISTINCT FROM (OLD.article_id, OLD.author, OLD.created_at, OLD.body, OLD.quote) THEN
        PERFORM pd.refuse('PD002', 'a comment cannot be rewritten; only marked resolved');
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER b_rules BEFORE INSERT OR UPDATE ON pd.comment
    FOR EACH ROW EXECUTE FUNCTION pd.comment_rules();

-- The workflow, for every login: a new article is a draft; a content edit follows
-- after_content_edit and voids an approval; a change of state is one of pd.transition's moves,
-- by someone whose role allows it, with a comment where one is required; an approval is the
-- acting supervisor's and only for the hash of the content as the server has it; publishing
-- needs the approval to match the content.
-- It runs as the caller (not SECURITY DEFINER): current_user is the person, except inside the
-- server's own functions (import), which run as {{owner}}.
CREATE FUNCTION pd.article_rules() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pd, pg_catalog
AS $$
DECLARE
    content_changed boolean;
    t pd.transition;
    role text := pd.my_role();
BEGIN
    NEW.last_login := session_user;
    NEW.last_desk := coalesce(current_setting('pd.desk', true), '');
    -- The server's own functions (pd.import_state) run as the owner and check for themselves.
    IF TG_OP = 'UPDATE' AND current_user = '{{owner}}' THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'draft' THEN
            PERFORM pd.refuse('PD002', 'a new article starts as a draft');
        END IF;
        IF NEW.approved_hash <> '' OR NEW.approved_by <> '' OR NEW.approved_at IS NOT NULL THEN
            PERFORM pd.refuse('PD002', 'a new article has no approval');
        END IF;
        NEW.revision_id := coalesce(NEW.revision_id, gen_random_uuid());
        RETURN NEW;
    END IF;

    IF NEW.created_at IS DISTINCT FROM OLD.created_at THEN
        PERFORM pd.refuse('PD002', 'when an article was created cannot be changed');
    END IF;
    content_changed := (NEW.title, NEW.lead, NEW.body_html, NEW.category_id, NEW.tags,
                        NEW.source, NEW.author)
        IS DISTINCT FROM (OLD.title, OLD.lead, OLD.body_html, OLD.category_id, OLD.tags,
                          OLD.source, OLD.author);

    IF content_changed THEN
        IF NEW.status IS DISTINCT FROM OLD.status
           AND NEW.status IS DISTINCT FROM pd.after_content_edit(OLD.status) THEN
            PERFORM pd.refuse('PD002', format('a decision (%s to %s) cannot be made in the same '
                                              'step as an edit', OLD.status, NEW.status));
        END IF;
        NEW.status := pd.after_content_edit(OLD.status);
        IF NEW.status <> OLD.status THEN
            NEW.status_changed_at := now();
            NEW.status_note := '';
        ELSE
            NEW.status_changed_at := OLD.status_changed_at;
            NEW.status_note := OLD.status_note;
        END IF;
        IF NEW.status IN ('draft', 'submitted', 'returned') THEN
            NEW.approved_hash := '';
            NEW.approved_by := '';
            NEW.approved_at := NULL;
        ELSE
            NEW.approved_hash := OLD.approved_hash;
            NEW.approved_by := OLD.approved_by;
            NEW.approved_at := OLD.approved_at;
        END IF;
        IF NEW.revision_id IS NOT DISTINCT FROM OLD.revision_id THEN
            NEW.revision_id := gen_random_uuid();
        END IF;
        RETURN NEW;
    END IF;

    IF NEW.status IS NOT DISTINCT FROM OLD.status THEN
        -- Neither content nor state: the approval and the decision's note stay as they are.
        IF (NEW.approved_hash, NEW.approved_by, NEW.approved_at, NEW.status_note,
            NEW.status_changed_at)
           IS DISTINCT FROM (OLD.approved_hash, OLD.approved_by, OLD.approved_at,
                             OLD.status_note, OLD.status_changed_at) THEN
            PERFORM pd.refuse('PD002', 'an approval is given only by approving the article');
        END IF;
        NEW.revision_id := OLD.revision_id;
        RETURN NEW;
    END IF;

    SELECT * INTO t FROM pd.transition WHERE from_status = OLD.status AND to_status = NEW.status;
    IF NOT FOUND THEN
        PERFORM pd.refuse('PD002', format('an article that is %s cannot become %s',
                                          OLD.status, NEW.status));
    END IF;
    IF pd.role_rank(role) < pd.role_rank(t.min_role) THEN
        PERFORM pd.refuse('PD002', format('"%s" needs a %s; %s is %s', t.action, t.min_role,
                                          session_user, coalesce(role, 'not one of the office')));
    END IF;
    IF t.comment_required AND btrim(NEW.status_note) = '' THEN
        PERFORM pd.refuse('PD002', format('"%s" needs a comment telling the author what to change',
                                          t.action));
    END IF;
    IF NOT t.comment_required AND NEW.status_note IS NOT DISTINCT FROM OLD.status_note THEN
        NEW.status_note := '';
    END IF;
    NEW.status_changed_at := now();
    NEW.revision_id := OLD.revision_id;

    IF t.action = 'approve' THEN
        IF NEW.approved_hash IS DISTINCT FROM pd.article_hash(OLD) THEN
            PERFORM pd.refuse('PD003', 'the article changed after it was reviewed: the approval '
                                       'was for other content');
        END IF;
        NEW.approved_by := session_user;
        NEW.approved_at := now();
    ELSIF (NEW.approved_hash, NEW.approved_by, NEW.approved_at)
          IS DISTINCT FROM (OLD.approved_hash, OLD.approved_by, OLD.approved_at) THEN
        PERFORM pd.refuse('PD002', 'an approval is given only by approving the article');
    END IF;
    IF t.action = 'publish' AND OLD.approved_hash IS DISTINCT FROM pd.article_hash(OLD) THEN
        PERFORM pd.refuse('PD003', 'the article changed after it was approved');
    END IF;
    IF NEW.status IN ('draft', 'submitted', 'returned') THEN
        NEW.approved_hash := '';
        NEW.approved_by := '';
        NEW.approved_at := NULL;
    END IF;
    RETURN NEW;
END
$$;
-- Triggers fire in name order: the rules (b_) after the stamp (a_).
CREATE TRIGGER b_rules BEFORE INSERT OR UPDATE ON pd.article
    FOR EACH ROW EXECUTE FUNCTION pd.article_rules();

-- After the write: the revision for new content, the approval, the audit entry.
CREATE FUNCTION pd.article_record() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = pd, pg_catalog
AS $$
DECLARE
    action text;
BEGIN
    IF TG_OP = 'INSERT' OR NEW.revision_id IS DISTINCT FROM OLD.revision_id THEN
        INSERT INTO pd.article_revision (id, office_id, article_id, number, version, kind, title,
                                         lead, body_html, category_id, tags, source, author,
                                         status, content_hash, change_seq)
        VALUES (NEW.revision_id, NEW.office_id, NEW.id,
                coalesce((SELECT max(number) FROM pd.article_revision
                          WHERE article_id = NEW.id), 0) + 1,
                NEW.version, 'edit', NEW.title,
                NEW.lead, NEW.body_html, NEW.category_id, NEW.tags, NEW.source, NEW.author,
                NEW.status, pd.article_hash(NEW), nextval('pd.change_seq'));
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
CREATE TRIGGER c_record AFTER INSERT OR UPDATE ON pd.article
    FOR EACH ROW EXECUTE FUNCTION pd.article_record();

-- A desk's content that arrived after someone else's edit of the content it was based on: kept
-- as a revision of kind 'conflict' and a conflict waiting for a decision; the head stays as it
-- is. Returns 1, or 0 when the revision is there already (a pass run again).
CREATE FUNCTION pd.keep_conflict(p_article uuid, p_revision uuid, p_base integer, p_title text,
                                 p_lead text, p_body text, p_category uuid, p_tags text[],
                                 p_source text, p_author text)
    RETURNS integer
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
        RETURN 0;
    END IF;
    SELECT * INTO a FROM pd.article WHERE id = p_article FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM pd.refuse('PD002', 'the article is not on the server');
    END IF;
    INSERT INTO pd.article_revision (id, office_id, article_id, number, version, kind, title,
                                     lead, body_html, category_id, tags, source, author, status,
                                     content_hash, change_seq)
    VALUES (p_revision, a.office_id, a.id,
            (SELECT max(number) + 1 FROM pd.article_revision WHERE article_id = a.id), p_base,
            'conflict', p_title, p_lead, p_body, p_category, p_tags, p_source, p_author,
            a.status, pd.content_hash(p_title, p_lead, p_body, p_category, p_tags, p_source),
            nextval('pd.change_seq'));
    INSERT INTO pd.conflict (office_id, article_id, revision_id, base_version, change_seq)
        VALUES (a.office_id, a.id, p_revision, p_base, nextval('pd.change_seq'));
    RETURN 1;
END
$$;

-- A profile's own work, uploaded once by a supervisor (`sync join --import`): the article,
-- sent as a draft with its revisions, takes the state it had on that desk. An approval it
-- carried becomes the importing supervisor's, for the content as the server has it; the audit
-- entry names it an import. Returns 1, or 0 when there was nothing to do (a pass run again).
CREATE FUNCTION pd.import_state(p_article uuid, p_status text, p_note text)
    RETURNS integer
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = pd, pg_catalog
AS $$
DECLARE
    a pd.article;
    hash text := '';
BEGIN
    IF pd.role_rank(pd.my_role()) < pd.role_rank('supervisor') THEN
        PERFORM pd.refuse('PD002', format('only a supervisor uploads a desk''s work; %s is %s',
                                          session_user, coalesce(pd.my_role(), 'not one of the office')));
    END IF;
    SELECT * INTO a FROM pd.article WHERE id = p_article FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM pd.refuse('PD002', 'the article is not on the server');
    END IF;
    IF a.status <> 'draft' OR p_status = 'draft' THEN
        RETURN 0;
    END IF;
    IF p_status NOT IN ('submitted', 'approved', 'returned', 'scheduled', 'published',
                        'withdrawn', 'archived') THEN
        PERFORM pd.refuse('PD002', format('unknown state %s', p_status));
    END IF;
    IF p_status IN ('approved', 'scheduled', 'published') THEN
        hash := pd.article_hash(a);
    END IF;
    UPDATE pd.article SET status = p_status, status_note = coalesce(p_note, ''),
        approved_hash = hash, approved_by = CASE WHEN hash <> '' THEN session_user ELSE '' END,
        approved_at = CASE WHEN hash <> '' THEN now() END, status_changed_at = now()
        WHERE id = p_article;
    RETURN 1;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- People, added by `pressdesk-cli server user add` on a superuser's connection (no PressDesk
-- role may create logins). The password goes through format(%L) inside the function, so no
-- statement the server may log contains it.

CREATE FUNCTION pd.set_person(p_login text, p_role text, p_display_name text, p_password text)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pd, pg_catalog
AS $$
DECLARE
    office uuid := (SELECT id FROM pd.office ORDER BY created_at LIMIT 1);
    grp text := CASE p_role WHEN 'staff' THEN '{{staff}}' WHEN 'supervisor' THEN '{{supervisor}}'
                            WHEN 'admin' THEN '{{admin}}' END;
    other text;
BEGIN
    IF grp IS NULL THEN
        PERFORM pd.refuse('PD002', format('unknown role %s', p_role));
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = p_login AND (rolsuper OR rolbypassrls)) THEN
        PERFORM pd.refuse('PD002', format('%s is a superuser or may bypass row-level security: '
                                          'such a login cannot be one of the office''s people',
                                          p_login));
    END IF;
    IF p_login IN ('{{staff}}', '{{supervisor}}', '{{admin}}', '{{owner}}') THEN
        PERFORM pd.refuse('PD002', format('%s is the name of one of the office''s roles', p_login));
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_login, p_password);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE '
                       'PASSWORD %L', p_login, p_password);
    END IF;
    FOR other IN SELECT g.rolname FROM pg_auth_members m
                 JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                 WHERE u.rolname = p_login AND g.rolname <> grp
                   AND g.rolname IN ('{{staff}}', '{{supervisor}}', '{{admin}}') LOOP
        EXECUTE format('REVOKE %I FROM %I', other, p_login);
    END LOOP;
    IF NOT EXISTS (
        SELECT FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
        JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = p_login AND g.rolname = grp) THEN
        EXECUTE format('GRANT %I TO %I', grp, p_login);
    END IF;
    INSERT INTO pd.person (login, office_id, display_name)
        VALUES (p_login, office, coalesce(p_display_name, ''))
        ON CONFLICT (login) DO UPDATE SET display_name = CASE
            WHEN EXCLUDED.display_name = '' THEN pd.person.display_name
            ELSE EXCLUDED.display_name END;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Row-level security, forced on every table (the owner meets it too): a login sees and
-- writes only its own office's rows. Superusers bypass it; `server check` finds any PressDesk
-- login that is one, or that may bypass row-level security.

ALTER TABLE pd.schema_migration ENABLE ROW LEVEL SECURITY;
ALTER TABLE pd.schema_migration FORCE ROW LEVEL SECURITY;
CREATE POLICY readable ON pd.schema_migration USING (true);

ALTER TABLE pd.meta ENABLE ROW LEVEL SECURITY;
ALTER TABLE pd.meta FORCE ROW LEVEL SECURITY;
CREATE POLICY readable ON pd.meta USING (true);

ALTER TABLE pd.transition ENABLE ROW LEVEL SECURITY;
ALTER TABLE pd.transition FORCE ROW LEVEL SECURITY;
CREATE POLICY readable ON pd.transition USING (true);

-- Names and offices of people are seen by everyone of the server (a desk shows authors).
ALTER TABLE pd.person ENABLE ROW LEVEL SECURITY;
ALTER TABLE pd.person FORCE ROW LEVEL SECURITY;
CREATE POLICY readable ON pd.person FOR SELECT USING (true);

ALTER TABLE pd.office ENABLE ROW LEVEL SECURITY;
ALTER TABLE pd.office FORCE ROW LEVEL SECURITY;
CREATE POLICY own_office ON pd.office USING (id = pd.my_office());

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['category', 'article', 'article_revision', 'approval', 'comment',
                             'conflict', 'blob', 'applied_mutation', 'audit_entry',
                             'audit_head'] LOOP
        EXECUTE format('ALTER TABLE pd.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE pd.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY own_office ON pd.%I USING (office_id = pd.my_office()) '
                       'WITH CHECK (office_id = pd.my_office())', t);
    END LOOP;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- What each role may touch. Nobody gets DELETE or TRUNCATE; revisions, approvals and the audit
-- log are written by the triggers alone.

REVOKE ALL ON ALL TABLES IN SCHEMA pd FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA pd FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA pd FROM PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA pd TO {{staff}};
GRANT INSERT, UPDATE ON pd.article, pd.category, pd.comment TO {{staff}};
GRANT INSERT ON pd.applied_mutation, pd.blob TO {{staff}};
GRANT EXECUTE ON FUNCTION pd.my_office(), pd.my_role(), pd.role_rank(text),
    pd.hash_field(text, text), pd.simplified(text),
    pd.content_hash(text, text, text, uuid, text[], text), pd.article_hash(pd.article),
    pd.audit_entry_hash(pd.audit_entry), pd.after_content_edit(text), pd.refuse(text, text),
    pd.role_of(name),
    pd.keep_conflict(uuid, uuid, integer, text, text, text, uuid, text[], text, text),
    pd.import_state(uuid, text, text)
    TO {{staff}};
