-- PressDesk schema 24: a scaled-down copy of a stored image, made once. The report's annex of
-- evidence photos and the visual register's thumbnails read it instead of decoding a camera's
-- photo of several megabytes every time (about 45 ms each; the report's 2 s was lost to it).
-- Derived from images.data and kept on this desk only (the office server has the originals);
-- made the first time an image is shown or reported, or when the command line adds a photo.
-- Stands alone: it names no table of another migration but images (1).

CREATE TABLE image_previews (
    hash TEXT PRIMARY KEY NOT NULL REFERENCES images(hash) ON DELETE CASCADE,
    -- JPEG, upright as the original's EXIF says, on white, at most `pixels` on its longer side.
    jpeg BLOB NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    -- The longer side PressDesk asked for when it made it: another PressDesk asking for another
    -- size makes it again.
    pixels INTEGER NOT NULL
);
