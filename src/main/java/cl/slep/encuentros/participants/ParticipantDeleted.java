package cl.slep.encuentros.participants;

/**
 * Published when a person's data is erased, so every module forgets what it holds about that chat. The stored
 * publication is deleted once handled (completion mode DELETE), so the id does not outlive the erasure.
 */
public record ParticipantDeleted(long telegramUserId) {
}
