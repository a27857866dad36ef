-- PressDesk schema 25: the office's own abbreviations (OfficeProfile::glossary). A radio script
-- expands the glossary's abbreviations (UBND → Ủy ban nhân dân) and the style hints ask for
-- them spelled out at first use; each office adds its own (a commune's units, its programmes)
-- and may change or take out a default one. Kept as what differs from PressDesk's default
-- glossary: a JSON array of [abbreviation, expansion] pairs, an empty expansion taking a
-- default entry out. Part of the office profile's row, so it syncs with it (server step 9).

ALTER TABLE office_profile ADD COLUMN glossary TEXT NOT NULL DEFAULT '[]';
