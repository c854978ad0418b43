-- messaging: the sender scales out (one leader by lease, rows claimed PENDING -> SENDING), the category that
-- /preferencias filters is stored apart from the order of sending, and a correlation groups rows for reports.
ALTER TABLE outbox_message ADD COLUMN category VARCHAR(16) NOT NULL DEFAULT 'ESSENTIAL';
ALTER TABLE outbox_message ADD COLUMN correlation VARCHAR(100);
ALTER TABLE outbox_message ADD COLUMN claimed_by VARCHAR(120);
ALTER TABLE outbox_message ADD COLUMN claimed_at TIMESTAMP(6) WITH TIME ZONE;

-- Until now the lowest priority (broadcasts) was also what "optional messages muted" dropped.
UPDATE outbox_message SET category = 'OPTIONAL' WHERE priority = 2;

-- The head of a chat's queue (no earlier active row of the same chat) is found through this index.
CREATE INDEX outbox_message_chat_order ON outbox_message (chat_id, status, id);
CREATE INDEX outbox_message_due ON outbox_message (status, not_before);
-- Callback answers are looked for on every pass of the sender, among thousands of queued messages.
CREATE INDEX outbox_message_kind ON outbox_message (kind, status, not_before);
CREATE INDEX outbox_message_correlation ON outbox_message (correlation);

-- One row per lease; the sender that holds 'outbox' is the only one that dispatches.
CREATE TABLE sender_lease (
    name        VARCHAR(50) PRIMARY KEY,
    holder      VARCHAR(120) NOT NULL,
    expires_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    acquired_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
INSERT INTO sender_lease (name, holder, expires_at, acquired_at)
VALUES ('outbox', '', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
