-- PressDesk schema 18: the office dictionary. Words the spell checker (text/SpellChecker,
-- hunspell-vi) does not know but the office writes: ordinary words ("livestream") and the
-- local proper names (communes, villages, units, people: "Khuổi Vài", "Pác Nặm"). A name keeps
-- its capitals: "Khuổi" is correct, "khuổi" is not; a word in lower case is correct in any
-- case. An entry may hold several syllables; each is known to the checker.
-- Stands alone: it reads and names no table of another migration but change_counters (8).

CREATE TABLE dictionary_words (
    -- NFC, trimmed, spaces collapsed; compared exactly (case matters: see above).
    word TEXT PRIMARY KEY NOT NULL CHECK (word <> ''),
    kind TEXT NOT NULL DEFAULT 'word' CHECK (kind IN ('word', 'name')),
    -- The profile user who added it ('' unknown).
    added_by TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL
);

INSERT INTO change_counters (topic) VALUES ('dictionary');

CREATE TRIGGER change_dictionary_words_insert AFTER INSERT ON dictionary_words
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'dictionary';
END;

CREATE TRIGGER change_dictionary_words_update AFTER UPDATE ON dictionary_words
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'dictionary';
END;

CREATE TRIGGER change_dictionary_words_delete AFTER DELETE ON dictionary_words
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'dictionary';
END;
