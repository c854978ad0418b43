package cl.slep.encuentros.encuentros;

import java.time.Instant;

/**
 * One person in an encuentro that already took place, as its records show: their answer (NONE if they never gave
 * one) and when they gave it, and when they arrived (null if they did not).
 */
public record PastAttendee(long participantId, Answer answer, Instant answeredAt, Instant checkedInAt) {

    public PastAttendee {
        if (answer == null || (answer == Answer.NONE) != (answeredAt == null)) {
            throw new IllegalArgumentException("An answer other than NONE has a time, and NONE has none");
        }
    }
}
