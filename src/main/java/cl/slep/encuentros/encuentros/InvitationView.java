package cl.slep.encuentros.encuentros;

import java.time.Instant;

/**
 * One person's invitation. {@code participantId} is null once they erased their data. {@code waitlistPosition}
 * counts from 1 and is null unless waitlisted. A guest checked in without being invited.
 */
public record InvitationView(
        long encuentroId,
        Long participantId,
        Answer answer,
        Place place,
        Integer waitlistPosition,
        Instant invitedAt,
        Instant answeredAt,
        Instant checkedInAt,
        boolean guest) {

    public boolean present() {
        return checkedInAt != null;
    }

    public boolean declined() {
        return answer == Answer.NO;
    }
}
