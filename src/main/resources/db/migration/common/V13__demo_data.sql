-- demo: one row once simulator mode has loaded its demo data, so that a restart never loads it again, even if the
-- demo people or encuentros were changed or erased meanwhile. Only simulator mode writes it.
CREATE TABLE demo_data (
    id        INTEGER PRIMARY KEY,
    loaded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT demo_data_single_row CHECK (id = 1)
);
