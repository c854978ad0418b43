package cl.slep.encuentros.participants;

/** Published when someone completes registration. Carries no personal data (events are stored). */
public record ParticipantRegistered(long participantId) {
}
