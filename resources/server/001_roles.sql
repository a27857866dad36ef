-- PressDesk office server, step 1: the office's roles and the pd schema.
-- Run by `pressdesk-cli server init` as a superuser. {{staff}}, {{supervisor}}, {{admin}} and
-- {{owner}} are the database's role names (ServerSchema::roleName): roles belong to the whole
-- PostgreSQL cluster, so they carry the database's name.
--
-- {{owner}} owns every object and has no login; nobody (and no PressDesk role) may bypass
-- row-level security. A person is a login that is a member of exactly one of staff,
-- supervisor or admin; supervisor includes staff and admin includes supervisor.

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['{{owner}}', '{{staff}}', '{{supervisor}}', '{{admin}}'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB '
                           'NOCREATEROLE', r);
        END IF;
    END LOOP;
END
$$;

GRANT {{staff}} TO {{supervisor}};
GRANT {{supervisor}} TO {{admin}};

-- Only the office's people connect; the public schema is nobody's playground.
DO $$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO {{staff}}', current_database());
END
$$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

CREATE SCHEMA pd AUTHORIZATION {{owner}};
GRANT USAGE ON SCHEMA pd TO {{staff}};

SET LOCAL ROLE {{owner}};

-- Which steps of these files the server has had.
CREATE TABLE pd.schema_migration (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by name NOT NULL DEFAULT session_user
);
