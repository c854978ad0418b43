-- participants: a person's role comes from ENCUENTROS_ADMINS and coordinator_network; this column was never read
-- nor written (every row holds its default).
ALTER TABLE participant DROP COLUMN staff_role;
