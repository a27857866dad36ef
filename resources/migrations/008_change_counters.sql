-- Change counters: one row per topic, bumped by triggers on every table of that topic.
-- The store's ChangeNotifier reads them when its own connection wrote (Qt's SQLite driver
-- reports writes to this table, made by the triggers) and on a short poll for everything
-- else, so a write from any connection (this window, the outbox thread, the CLI, another
-- process, the coming sync) reaches open windows without any writer having to announce it.
-- A rowid table on purpose: SQLite reports no writes to WITHOUT ROWID tables.
CREATE TABLE change_counters (
    topic TEXT PRIMARY KEY,
    n INTEGER NOT NULL DEFAULT 0
);

INSERT INTO change_counters (topic) VALUES ('articles');
INSERT INTO change_counters (topic) VALUES ('categories');
INSERT INTO change_counters (topic) VALUES ('users');
INSERT INTO change_counters (topic) VALUES ('comments');
INSERT INTO change_counters (topic) VALUES ('audit');
INSERT INTO change_counters (topic) VALUES ('portals');
INSERT INTO change_counters (topic) VALUES ('outbox');
INSERT INTO change_counters (topic) VALUES ('plans');

CREATE TRIGGER change_articles_insert AFTER INSERT ON articles
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'articles';
END;

CREATE TRIGGER change_articles_update AFTER UPDATE ON articles
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'articles';
END;

CREATE TRIGGER change_articles_delete AFTER DELETE ON articles
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'articles';
END;

CREATE TRIGGER change_article_tags_insert AFTER INSERT ON article_tags
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'articles';
END;

CREATE TRIGGER change_article_tags_update AFTER UPDATE ON article_tags
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'articles';
END;

CREATE TRIGGER change_article_tags_delete AFTER DELETE ON article_tags
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'articles';
END;

CREATE TRIGGER change_revisions_insert AFTER INSERT ON revisions
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'articles';
END;

CREATE TRIGGER change_revisions_update AFTER UPDATE ON revisions
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'articles';
END;

CREATE TRIGGER change_revisions_delete AFTER DELETE ON revisions
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'articles';
END;

CREATE TRIGGER change_article_images_insert AFTER INSERT ON article_images
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'articles';
END;

CREATE TRIGGER change_article_images_update AFTER UPDATE ON article_images
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'articles';
END;

CREATE TRIGGER change_article_images_delete AFTER DELETE ON article_images
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'articles';
END;

CREATE TRIGGER change_images_insert AFTER INSERT ON images
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'articles';
END;

CREATE TRIGGER change_images_update AFTER UPDATE ON images
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'articles';
END;

CREATE TRIGGER change_images_delete AFTER DELETE ON images
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'articles';
END;

CREATE TRIGGER change_categories_insert AFTER INSERT ON categories
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'categories';
END;

CREATE TRIGGER change_categories_update AFTER UPDATE ON categories
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'categories';
END;

CREATE TRIGGER change_categories_delete AFTER DELETE ON categories
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'categories';
END;

CREATE TRIGGER change_users_insert AFTER INSERT ON users
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'users';
END;

CREATE TRIGGER change_users_update AFTER UPDATE ON users
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'users';
END;

CREATE TRIGGER change_users_delete AFTER DELETE ON users
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'users';
END;

CREATE TRIGGER change_profile_settings_insert AFTER INSERT ON profile_settings
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'users';
END;

CREATE TRIGGER change_profile_settings_update AFTER UPDATE ON profile_settings
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'users';
END;

CREATE TRIGGER change_profile_settings_delete AFTER DELETE ON profile_settings
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'users';
END;

CREATE TRIGGER change_comments_insert AFTER INSERT ON comments
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'comments';
END;

CREATE TRIGGER change_comments_update AFTER UPDATE ON comments
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'comments';
END;

CREATE TRIGGER change_comments_delete AFTER DELETE ON comments
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'comments';
END;

CREATE TRIGGER change_article_views_insert AFTER INSERT ON article_views
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'comments';
END;

CREATE TRIGGER change_article_views_update AFTER UPDATE ON article_views
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'comments';
END;

CREATE TRIGGER change_article_views_delete AFTER DELETE ON article_views
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'comments';
END;

CREATE TRIGGER change_audit_log_insert AFTER INSERT ON audit_log
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'audit';
END;

CREATE TRIGGER change_audit_log_update AFTER UPDATE ON audit_log
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'audit';
END;

CREATE TRIGGER change_audit_log_delete AFTER DELETE ON audit_log
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'audit';
END;

CREATE TRIGGER change_portals_insert AFTER INSERT ON portals
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'portals';
END;

CREATE TRIGGER change_portals_update AFTER UPDATE ON portals
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'portals';
END;

CREATE TRIGGER change_portals_delete AFTER DELETE ON portals
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'portals';
END;

CREATE TRIGGER change_portal_categories_insert AFTER INSERT ON portal_categories
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'portals';
END;

CREATE TRIGGER change_portal_categories_update AFTER UPDATE ON portal_categories
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'portals';
END;

CREATE TRIGGER change_portal_categories_delete AFTER DELETE ON portal_categories
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'portals';
END;

CREATE TRIGGER change_portal_media_insert AFTER INSERT ON portal_media
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'portals';
END;

CREATE TRIGGER change_portal_media_update AFTER UPDATE ON portal_media
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'portals';
END;

CREATE TRIGGER change_portal_media_delete AFTER DELETE ON portal_media
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'portals';
END;

CREATE TRIGGER change_outbox_insert AFTER INSERT ON outbox
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'outbox';
END;

CREATE TRIGGER change_outbox_update AFTER UPDATE ON outbox
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'outbox';
END;

CREATE TRIGGER change_outbox_delete AFTER DELETE ON outbox
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'outbox';
END;

CREATE TRIGGER change_article_posts_insert AFTER INSERT ON article_posts
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'outbox';
END;

CREATE TRIGGER change_article_posts_update AFTER UPDATE ON article_posts
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'outbox';
END;

CREATE TRIGGER change_article_posts_delete AFTER DELETE ON article_posts
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'outbox';
END;

CREATE TRIGGER change_plans_insert AFTER INSERT ON plans
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'plans';
END;

CREATE TRIGGER change_plans_update AFTER UPDATE ON plans
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'plans';
END;

CREATE TRIGGER change_plans_delete AFTER DELETE ON plans
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'plans';
END;

CREATE TRIGGER change_plan_activities_insert AFTER INSERT ON plan_activities
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'plans';
END;

CREATE TRIGGER change_plan_activities_update AFTER UPDATE ON plan_activities
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'plans';
END;

CREATE TRIGGER change_plan_activities_delete AFTER DELETE ON plan_activities
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'plans';
END;

CREATE TRIGGER change_activity_articles_insert AFTER INSERT ON activity_articles
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'plans';
END;

CREATE TRIGGER change_activity_articles_update AFTER UPDATE ON activity_articles
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'plans';
END;

CREATE TRIGGER change_activity_articles_delete AFTER DELETE ON activity_articles
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'plans';
END;

CREATE TRIGGER change_activity_manual_entries_insert AFTER INSERT ON activity_manual_entries
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'plans';
END;

CREATE TRIGGER change_activity_manual_entries_update AFTER UPDATE ON activity_manual_entries
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'plans';
END;

CREATE TRIGGER change_activity_manual_entries_delete AFTER DELETE ON activity_manual_entries
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'plans';
END;
