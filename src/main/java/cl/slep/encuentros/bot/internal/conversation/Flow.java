package cl.slep.encuentros.bot.internal.conversation;

import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.participants.StaffRole;
import java.time.Duration;
import java.util.List;

/**
 * A conversation, declared (STYLE.md §3): its name, its typed state (a record stored as versioned JSON), who may
 * be in it, how long it waits for an answer, its steps, which step follows a completed one, and what happens when
 * it is done. The engine does everything else: routing, saving, stale buttons, /cancelar, the timeout.
 */
public interface Flow<S> {

    /** Returned by {@link #next} when the flow is complete. */
    String DONE = "";

    String name();

    Class<S> stateType();

    /** Raise it when the state record changes incompatibly: a stored state of another version is discarded. */
    default int stateVersion() {
        return 1;
    }

    default StaffRole role() {
        return StaffRole.PARTICIPANT;
    }

    default Duration timeout() {
        return Duration.ofHours(24);
    }

    List<Step<S>> steps();

    /** The step after {@code completed}, or {@link #DONE}. */
    String next(String completed, S state);

    /** The flow is complete: store what it gathered and tell the person. */
    void finish(Incoming in, S state);

    /** The person declined at some step; nothing is kept. */
    default void abandoned(Incoming in, S state) {
    }
}
