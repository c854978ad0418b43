-- bot: a check-in code scanned by someone not registered yet, kept until their registration completes (then they
-- are checked in) or until the encuentro ends. It survives a restart in the middle of the registration; it holds
-- only the Telegram user id and the code, and is deleted when used, declined or expired.
CREATE TABLE pending_checkin (
    telegram_user_id BIGINT PRIMARY KEY,
    code             VARCHAR(16) NOT NULL,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE INDEX pending_checkin_expires ON pending_checkin (expires_at);
