-- participants: optimistic locking, so a job working on a stale copy of a person (retention) cannot overwrite
-- what the person just did (a message that starts their retention period over).
ALTER TABLE participant ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- participants: one row that naming a coordinator and erasing a person both lock first, so the two never
-- interleave. A coordinator named by id may have no participant row to lock; grants and erasures are rare.
CREATE TABLE staff_lock (
    id INTEGER PRIMARY KEY
);
INSERT INTO staff_lock (id) VALUES (1);
