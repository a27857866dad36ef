-- PressDesk office server, step 9: the office's own abbreviations, a field of the office
-- profile (step 6) as on the desks (local migration 25): a JSON array of [abbreviation,
-- expansion] pairs, what differs from PressDesk's default glossary. Synced with the profile's
-- other fields by RegisterSync; who may change it is who may change the profile.

ALTER TABLE pd.office_profile
    ADD COLUMN glossary text NOT NULL DEFAULT '[]' CHECK (json_typeof(glossary::json) = 'array');
