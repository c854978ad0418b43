package cl.slep.encuentros.bot.internal.conversation;

import cl.slep.encuentros.bot.internal.Incoming.ForwardOrigin;
import java.util.Optional;

/**
 * What a person typed at a step, who wrote it first if it is a forwarded message, and the turn of the question it
 * answers (for buttons the step sends in reply, such as search results).
 */
public record TextInput(String text, Optional<ForwardOrigin> forwardOrigin, int turn) {

    public static TextInput of(String text, int turn) {
        return new TextInput(text, Optional.empty(), turn);
    }
}
