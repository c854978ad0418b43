package cl.slep.encuentros.bot.internal.conversation;

import java.time.Instant;

/**
 * A conversation as stored: flow, step, turn (raised at every step, carried by the step's buttons), the state as
 * JSON with its version, the turn at which an old button last re-asked the question, and when it expires.
 */
record StoredConversation(long chatId, String flow, String step, int turn, int stateVersion, String state,
        int repromptedTurn, Instant expiresAt) {
}
