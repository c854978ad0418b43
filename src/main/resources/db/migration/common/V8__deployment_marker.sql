-- runmode: one row, written at the first start with a real Telegram token. Simulator mode refuses to start on a
-- database that has it (unless told explicitly), so that a deploy that lost its token never opens real data.
CREATE TABLE deployment_marker (
    id               INTEGER PRIMARY KEY,
    first_real_start TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT deployment_marker_single_row CHECK (id = 1)
);
