-- bot: conversations run on one engine. The state is a versioned JSON record with no small size limit; the turn
-- lets the engine tell a tap on the current question from a tap on an older message; rows expire.
-- Conversations in progress at the upgrade are dropped: the person starts the step over with /start or /perfil.
DROP TABLE conversation_state;

CREATE TABLE conversation_state (
    chat_id         BIGINT PRIMARY KEY,
    flow            VARCHAR(40)     NOT NULL,
    step            VARCHAR(40)     NOT NULL,
    turn            INTEGER         NOT NULL,
    state_version   INTEGER         NOT NULL,
    state           VARCHAR(1000000) NOT NULL,
    reprompted_turn INTEGER         NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE INDEX conversation_state_expires ON conversation_state (expires_at);
