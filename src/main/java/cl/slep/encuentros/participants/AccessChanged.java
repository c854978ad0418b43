package cl.slep.encuentros.participants;

/**
 * What the person may use changed: they registered, or an admin named them coordinator or changed or removed
 * that role. (An erasure is {@link ParticipantDeleted}.) Listeners run in the same transaction and must keep the
 * id to themselves: it is a Telegram id, and this event is not stored.
 */
public record AccessChanged(long telegramUserId) {
}
