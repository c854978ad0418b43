package cl.slep.encuentros.messaging;

/** Telegram answered 403 for this chat (blocked the bot, deactivated): its queued messages were dropped. */
public record ChatUnreachable(long chatId, String reason) {
}
