package cl.slep.encuentros.encuentros;

import java.time.Instant;

/**
 * A check-in's outcome; when present, the encuentro, the time of the first check-in and whether the person was
 * not invited (a guest). {@code encuentroId} is also set for refusals of a known code (to say which encuentro).
 */
public record CheckInResult(CheckInOutcome outcome, Long encuentroId, Instant checkedInAt, boolean guest) {

    static CheckInResult refused(CheckInOutcome outcome, Long encuentroId) {
        return new CheckInResult(outcome, encuentroId, null, false);
    }
}
