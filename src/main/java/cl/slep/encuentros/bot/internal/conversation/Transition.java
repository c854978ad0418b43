package cl.slep.encuentros.bot.internal.conversation;

/**
 * What a step decides for one input. The engine carries it out: saves the state, edits the tapped message to show
 * the choice, sends the next question, or ends the conversation.
 */
public sealed interface Transition<S> {

    /** The step is answered; the flow says which step comes next (or that it is done). */
    record Complete<S>(S state, String chosen) implements Transition<S> {
    }

    /** Jump to a named step of the same flow (a branch inside a step, such as "not in the list"). */
    record Go<S>(String step, S state, String chosen) implements Transition<S> {
    }

    /**
     * Stay at this step. {@code state} null keeps the state as it was. {@code problem} is said to the person (as a
     * message after text, as a toast after a tap); {@code extra} is a message to send (search results);
     * {@code reprompt} asks the question again; {@code refresh} redraws the tapped message (a toggle).
     */
    record Stay<S>(S state, String problem, Prompt extra, boolean reprompt, boolean refresh) implements Transition<S> {
    }

    /** The person walked away from the flow (declined): nothing of it is kept. */
    record Abandon<S>(String chosen, String message) implements Transition<S> {
    }

    static <S> Transition<S> complete(S state) {
        return new Complete<>(state, null);
    }

    static <S> Transition<S> complete(S state, String chosen) {
        return new Complete<>(state, chosen);
    }

    static <S> Transition<S> go(String step, S state) {
        return new Go<>(step, state, null);
    }

    static <S> Transition<S> go(String step, S state, String chosen) {
        return new Go<>(step, state, chosen);
    }

    /** Explains what was wrong and asks again. */
    static <S> Transition<S> problem(String problem) {
        return new Stay<>(null, problem, null, true, false);
    }

    /** Says something without asking again (a toast after a tap). */
    static <S> Transition<S> notice(String notice) {
        return new Stay<>(null, notice, null, false, false);
    }

    /** Sends a message of this step (e.g. search results with buttons), keeping the new state. */
    static <S> Transition<S> send(S state, Prompt extra) {
        return new Stay<>(state, null, extra, false, false);
    }

    /** Keeps the new state and redraws the tapped message with it. */
    static <S> Transition<S> refresh(S state) {
        return new Stay<>(state, null, null, false, true);
    }

    static <S> Transition<S> abandon(String chosen, String message) {
        return new Abandon<>(chosen, message);
    }

    /** Typed text where only buttons answer the question. */
    static <S> Transition<S> useButtons() {
        return new Stay<>(null, Engine.USE_BUTTONS, null, true, false);
    }

    /** A tap the current question does not offer. */
    static <S> Transition<S> stale() {
        return new Stay<>(null, Engine.STALE, null, true, false);
    }

    /** Markers the engine turns into texts, so steps with no texts of their own can use them. */
    final class Engine {
        static final String USE_BUTTONS = "\u0000use-buttons";
        static final String STALE = "\u0000stale";

        private Engine() {
        }
    }
}
