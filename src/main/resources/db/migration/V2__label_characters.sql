-- A label is up to 80 characters as people count them (code points, groups.web.GroupController).
-- H2 counts a VARCHAR's length in UTF-16 units, in which an emoji is two: room for 80 of anything.
ALTER TABLE advisor_group ALTER COLUMN label SET DATA TYPE VARCHAR(320);
