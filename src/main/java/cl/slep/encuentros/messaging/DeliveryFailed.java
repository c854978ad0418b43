package cl.slep.encuentros.messaging;

/**
 * A message that belongs to a correlation did not reach the chat: Telegram refused it ({@link DeliveryStatus#FAILED},
 * e.g. 400 for someone who never wrote to the bot), the chat is unreachable ({@link DeliveryStatus#UNREACHABLE},
 * 403) or was already ({@link DeliveryStatus#DROPPED}), or it failed after every retry (FAILED). Whoever queued it
 * under that correlation can tell the person who asked for it. Only messages with a correlation are reported.
 *
 * @param description Telegram's answer or the last error, for logs; never shown as is to people
 */
public record DeliveryFailed(long chatId, String correlation, DeliveryStatus status, String description) {
}
