package cl.slep.encuentros.messaging;

import java.time.Instant;
import java.util.List;

/**
 * How the messages of one correlation (e.g. {@code broadcast:42}) went, chat by chat.
 *
 * @param chats one entry per chat, in the order they were queued
 */
public record DeliveryReport(String correlation, List<ChatDelivery> chats, Summary summary) {

    public DeliveryReport {
        chats = List.copyOf(chats);
    }

    /**
     * One chat's message. A long text split into parts counts as one: it is pending while any part is, sent when
     * every part is, and otherwise takes the status of its first unsent part.
     *
     * @param telegramMessageId the id Telegram gave the sent message (of its last part, the one that carries the
     *        keyboard, so an invitation can be edited later); null until sent
     */
    public record ChatDelivery(long chatId, DeliveryStatus status, Integer telegramMessageId, Instant sentAt) {
    }

    public record Summary(int pending, int sent, int failed, int unreachable, int dropped) {

        public int total() {
            return pending + sent + failed + unreachable + dropped;
        }
    }
}
