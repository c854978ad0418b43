package cl.slep.encuentros.bot.internal;

import java.util.List;

/**
 * A conversation with named steps (STYLE.md §3). The router hands it the person's text while its state is
 * stored; buttons reach it through its callback action; anything else re-prompts the current step.
 */
public interface Conversation {

    /** The flow names this conversation owns, as stored in conversation_state. */
    List<String> flows();

    /** Text typed while the conversation is at {@code state}. */
    void onText(Incoming in, ConversationState state, String text);

    /** Repeats the question of the current step, after input it cannot use. */
    void reprompt(Incoming in, ConversationState state);
}
