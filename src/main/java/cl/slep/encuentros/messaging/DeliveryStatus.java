package cl.slep.encuentros.messaging;

/** Where one chat's message of a correlation stands, for reports. */
public enum DeliveryStatus {
    /** Queued or being sent. */
    PENDING,
    SENT,
    /** Telegram refused it, or it failed too often. */
    FAILED,
    /** The chat blocked the bot or no longer exists (403). */
    UNREACHABLE,
    /** Not sent because of the person's /preferencias (or they were erased). */
    DROPPED
}
