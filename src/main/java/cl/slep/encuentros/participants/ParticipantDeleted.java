package cl.slep.encuentros.participants;

/**
 * Published when a person's data is erased, so every module forgets what it holds about them: modules that key
 * rows by participant (encuentros, surveys) use {@code participantId}, those that key by chat use
 * {@code telegramUserId}. The stored publication is deleted once handled (completion mode DELETE), so the ids do
 * not outlive the erasure.
 *
 * @param participantId the erased participant, or null if the person was only staff named by id, never registered
 * @param telegramUserId the person's Telegram user id, which is also their private chat's id
 */
public record ParticipantDeleted(Long participantId, long telegramUserId) {
}
