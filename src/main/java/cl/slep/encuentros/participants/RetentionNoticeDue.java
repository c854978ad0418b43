package cl.slep.encuentros.participants;

import java.time.LocalDate;

/**
 * Someone inactive for nearly the retention period must be told that their data will be erased. A legal notice:
 * it goes whatever the person's message preferences. The bot renders and queues it under {@code noticeKey}, which is
 * the same for every retry within one period of inactivity, so the person gets it once.
 *
 * @param erasureDate the civil date from which the data will be erased if the person stays inactive
 */
public record RetentionNoticeDue(long participantId, long telegramUserId, LocalDate erasureDate, String noticeKey) {
}
