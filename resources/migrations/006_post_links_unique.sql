-- PressDesk schema 6: one article per portal post. Importing and publishing already check
-- before they link; the index makes a duplicate link impossible, whatever the caller.

CREATE UNIQUE INDEX article_posts_remote ON article_posts (portal_id, remote_id);
