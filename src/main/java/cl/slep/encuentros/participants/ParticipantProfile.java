package cl.slep.encuentros.participants;

/** What other modules may know of a registered participant. */
public record ParticipantProfile(long id, long telegramUserId, String fullName, boolean reachable) {
}
