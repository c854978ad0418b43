package cl.slep.encuentros.messaging;

import cl.slep.encuentros.messaging.internal.OutboxStore;
import cl.slep.encuentros.messaging.internal.OutboxWakeUp;
import cl.slep.encuentros.messaging.internal.PayloadCodec;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way to get something to Telegram: every message becomes a row first, keyed so that a retry or a
 * restart never sends it twice. The sender drains the rows within Telegram's limits.
 */
@Service
public class Outbox {

    /** Telegram's longest message text. */
    public static final int MAX_TEXT_LENGTH = 4096;

    private final OutboxStore store;
    private final PayloadCodec codec;
    private final OutboxWakeUp wakeUp;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DeliveryPreferences preferences;

    Outbox(OutboxStore store, PayloadCodec codec, OutboxWakeUp wakeUp, ApplicationEventPublisher events, Clock clock,
            DeliveryPreferences preferences) {
        this.preferences = preferences;
        this.store = store;
        this.codec = codec;
        this.wakeUp = wakeUp;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Queues a message. A text over 4,096 characters is split at line breaks into several messages that
     * leave in order; the keyboard goes under the last one. Returns false if the key was already used.
     */
    @Transactional
    public boolean enqueue(OutgoingMessage message, Priority priority, String dedupKey) {
        return enqueue(message, priority, dedupKey, null, false);
    }

    /** Queues a document with its bytes. */
    @Transactional
    public boolean enqueue(OutgoingMessage.Document document, byte[] content, Priority priority, String dedupKey) {
        return enqueue(document, priority, dedupKey, content, false);
    }

    /**
     * Queues a message whose row is deleted once sent, and which survives {@link #forgetChat}: the last words to
     * someone whose data is being erased.
     */
    @Transactional
    public boolean enqueueEphemeral(OutgoingMessage message, Priority priority, String dedupKey) {
        return enqueue(message, priority, dedupKey, null, true);
    }

    private boolean enqueue(OutgoingMessage message, Priority priority, String dedupKey, byte[] attachment,
            boolean ephemeral) {
        String status = store.isUnreachable(message.chatId()) || preferences.refuses(message.chatId(), priority)
                ? "DROPPED" : "PENDING";
        boolean inserted = false;
        List<OutgoingMessage> parts = split(message);
        for (int i = 0; i < parts.size(); i++) {
            String key = i == 0 ? dedupKey : dedupKey + "#" + (i + 1);
            inserted |= store.insert(key, message.chatId(), priority.rank(), MessageKind.of(parts.get(i)).name(),
                    codec.write(parts.get(i)), attachment, status, ephemeral, clock.instant());
        }
        if (inserted) {
            wakeUp.afterCommit();
        }
        return inserted;
    }

    private static List<OutgoingMessage> split(OutgoingMessage message) {
        if (message instanceof OutgoingMessage.Text text && text.text().length() > MAX_TEXT_LENGTH) {
            List<String> pieces = TextParts.split(text.text(), MAX_TEXT_LENGTH);
            return IntStream.range(0, pieces.size())
                    .mapToObj(i -> (OutgoingMessage) new OutgoingMessage.Text(text.chatId(), pieces.get(i),
                            i == pieces.size() - 1 ? text.keyboard() : null))
                    .toList();
        }
        if (message instanceof OutgoingMessage.EditText edit && edit.text().length() > MAX_TEXT_LENGTH) {
            return List.of(new OutgoingMessage.EditText(edit.chatId(), edit.messageId(),
                    edit.text().substring(0, MAX_TEXT_LENGTH - 1) + "…", edit.keyboard()));
        }
        return List.of(message);
    }

    /** The person wrote to the bot again: messages to them may flow once more. */
    @Transactional
    public void markReachable(long chatId) {
        if (store.markReachable(chatId)) {
            events.publishEvent(new ChatReachableAgain(chatId));
        }
    }

    /** Deletes everything queued or sent to this chat, except ephemeral messages still to be sent. */
    @Transactional
    public void forgetChat(long chatId) {
        store.forgetChat(chatId);
        preferences.forget(chatId);
    }

    @Transactional(readOnly = true)
    public boolean isReachable(long chatId) {
        return !store.isUnreachable(chatId);
    }
}
