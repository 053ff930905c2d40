-- Issue 30. A name or initials the student chooses when sharing, for that share only: up to 40
-- characters as a browser counts them (UTF-16 units, groups.web.ShareForm); NULL when none.
ALTER TABLE shared_result ADD COLUMN student_name VARCHAR(40);

-- A group its advisor closed takes no new shares until it is opened again.
ALTER TABLE advisor_group ADD COLUMN closed BOOLEAN DEFAULT FALSE NOT NULL;

-- A group's results, in the order they arrived, without the (advisor_group, token) constraint
-- that migration 4 takes away.
CREATE INDEX shared_result_by_group ON shared_result (advisor_group, id);
