-- PressDesk office server, step 7: the office dictionary (src/core/sync/DictionarySync.cpp).
-- The words the spell checker does not know but the office writes ("livestream") and the local
-- proper names ("Khuổi Vài", "Pác Nặm"), shared by the office's desks: a word added on one
-- desk is known on every other after their next sync. Applied as {{owner}}, like steps 2 and 3,
-- whose functions it uses.
--
-- An entry is named by its word within the office (NFC, trimmed, case kept: "Khuổi" and
-- "khuổi" are two entries), so the same word added on two desks is one entry. Nothing is ever
-- deleted: a removal marks the entry deleted (a tombstone that syncs), and adding the word
-- again brings it back. Between an addition and a removal of the same word the later one by
-- the server's order wins (whoever's desk syncs last).
--
-- Who may do what: anyone of the office adds words and changes an entry's kind (word or
-- name); a staff login removes only the words it added (`added_by`, set by the server, never
-- by a desk); a supervisor or an administrator removes any. The rules are the triggers' and
-- row-level security's, so psql can do no more than the app.

CREATE TABLE pd.dictionary_word (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    office_id uuid NOT NULL REFERENCES pd.office (id),
    word text NOT NULL CHECK (word <> '' AND word = btrim(word) AND length(word) <= 200
                              AND word IS NFC NORMALIZED),
    kind text NOT NULL DEFAULT 'word' CHECK (kind IN ('word', 'name')),
    -- Who added it (again, after a removal): the login, as the server saw it.
    added_by name NOT NULL DEFAULT session_user,
    -- Who removed it, while it is removed.
    removed_by name,
    created_at timestamptz NOT NULL DEFAULT now(), -- when the desk added it (a claim)
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1,
    server_at timestamptz NOT NULL DEFAULT now(),
    last_login name NOT NULL DEFAULT session_user,
    change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq bigint NOT NULL DEFAULT 0,
    UNIQUE (office_id, word)
);
CREATE INDEX dictionary_word_change ON pd.dictionary_word (change_xid, change_seq);

-- ---------------------------------------------------------------------------------------------
-- Rules.

CREATE FUNCTION pd.dictionary_rules() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pd, pg_catalog
AS $$
BEGIN
    NEW.last_login := session_user;
    IF TG_OP = 'INSERT' THEN
        IF NEW.deleted THEN
            PERFORM pd.refuse('PD002', 'a word is added to the office dictionary, not added '
                                       'removed');
        END IF;
        NEW.added_by := session_user;
        NEW.removed_by := NULL;
        RETURN NEW;
    END IF;
    IF NEW.word IS DISTINCT FROM OLD.word THEN
        PERFORM pd.refuse('PD002', 'a word of the office dictionary cannot be rewritten; '
                                   'remove it and add the new one');
    END IF;
    IF NOT OLD.deleted AND NEW.deleted THEN
        -- A removal: the person who added the word, or a supervisor.
        IF OLD.added_by <> session_user AND pd.role_rank(pd.my_role()) < 2 THEN
            PERFORM pd.refuse('PD002', format('only %s, who added “%s” to the office '
                                              'dictionary, or a supervisor may remove it',
                                              OLD.added_by, OLD.word));
        END IF;
        NEW.added_by := OLD.added_by;
        NEW.created_at := OLD.created_at;
        NEW.removed_by := session_user;
    ELSIF OLD.deleted AND NOT NEW.deleted THEN
        -- Added again: now the word of whoever added it again.
        NEW.added_by := session_user;
        NEW.removed_by := NULL;
    ELSE
        NEW.added_by := OLD.added_by;
        NEW.created_at := OLD.created_at;
        NEW.removed_by := OLD.removed_by;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER no_delete BEFORE DELETE ON pd.dictionary_word
    FOR EACH ROW EXECUTE FUNCTION pd.append_only('a word of the office dictionary');
CREATE TRIGGER a_stamp BEFORE INSERT OR UPDATE ON pd.dictionary_word
    FOR EACH ROW EXECUTE FUNCTION pd.stamp();
CREATE TRIGGER b_rules BEFORE INSERT OR UPDATE ON pd.dictionary_word
    FOR EACH ROW EXECUTE FUNCTION pd.dictionary_rules();

-- Row-level security, forced, as for every table: a login sees and writes its office's words.
ALTER TABLE pd.dictionary_word ENABLE ROW LEVEL SECURITY;
ALTER TABLE pd.dictionary_word FORCE ROW LEVEL SECURITY;
CREATE POLICY own_office ON pd.dictionary_word USING (office_id = pd.my_office())
    WITH CHECK (office_id = pd.my_office());

-- ---------------------------------------------------------------------------------------------
-- What each role may touch: everyone of the office reads, adds and removes (as above); nobody
-- deletes.

REVOKE ALL ON pd.dictionary_word FROM PUBLIC;
REVOKE ALL ON FUNCTION pd.dictionary_rules() FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE ON pd.dictionary_word TO {{staff}};
