package cl.slep.encuentros.encuentros;

import java.time.Instant;

/**
 * A person answered or changed their answer; reminders are planned from here (someone who confirms 3 hours before
 * gets only the later reminders). {@code place} is null unless the answer is YES.
 */
public record InvitationAnswered(long encuentroId, long participantId, Answer answer, Place place,
        Instant answeredAt) {
}
