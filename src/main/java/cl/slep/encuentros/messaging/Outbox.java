package cl.slep.encuentros.messaging;

import cl.slep.encuentros.messaging.internal.OutboxStore;
import cl.slep.encuentros.messaging.internal.OutboxWakeUp;
import cl.slep.encuentros.messaging.internal.PayloadCodec;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
     * Queues a message of the priority's default category. A text over 4,096 characters is split at line breaks
     * into several messages that leave in order; the keyboard goes under the last one. Returns false if the key
     * was already used.
     */
    @Transactional
    public boolean enqueue(OutgoingMessage message, Priority priority, String dedupKey) {
        return enqueue(Envelope.of(message, priority, priority.defaultCategory(), dedupKey));
    }

    /** Queues a document with its bytes. */
    @Transactional
    public boolean enqueue(OutgoingMessage.Document document, byte[] content, Priority priority, String dedupKey) {
        return enqueue(Envelope.of(document, priority, priority.defaultCategory(), dedupKey).withAttachment(content));
    }

    /** Queues one message; false if its key was already used. */
    @Transactional
    public boolean enqueue(Envelope envelope) {
        return insert(List.of(envelope), false) > 0;
    }

    /**
     * Queues many messages (a broadcast, the reminders of an encuentro) in one batch; returns how many were new.
     * Messages the person's choices exclude, or to unreachable chats, are stored as dropped, so reports show them.
     */
    @Transactional
    public int enqueueAll(List<Envelope> envelopes) {
        return insert(envelopes, false);
    }

    /**
     * Queues a message whose row is deleted once sent, and which survives {@link #forgetChat}: the last words to
     * someone whose data is being erased.
     */
    @Transactional
    public boolean enqueueEphemeral(OutgoingMessage message, Priority priority, String dedupKey) {
        return insert(List.of(Envelope.of(message, priority, priority.defaultCategory(), dedupKey)), true) > 0;
    }

    private int insert(List<Envelope> envelopes, boolean ephemeral) {
        if (envelopes.isEmpty()) {
            return 0;
        }
        List<Long> chats = envelopes.stream().map(Envelope::chatId).distinct().toList();
        Set<Long> unreachable = store.unreachableAmong(chats);
        Map<Long, DeliveryPreferences.Choice> choices = preferences.choices(chats);
        Map<Long, Integer> urgentPerChat = new HashMap<>();
        Instant now = clock.instant();
        List<OutboxStore.NewRow> rows = new ArrayList<>();
        for (Envelope envelope : envelopes) {
            long chatId = envelope.chatId();
            boolean admitted = !unreachable.contains(chatId) && choices
                    .getOrDefault(chatId, DeliveryPreferences.Choice.EVERYTHING)
                    .admits(envelope.priority(), envelope.category());
            if (admitted && envelope.priority() != Priority.BULK) {
                urgentPerChat.merge(chatId, envelope.priority().rank(), Math::min);
            }
            List<OutgoingMessage> parts = split(envelope.message());
            for (int i = 0; i < parts.size(); i++) {
                String key = i == 0 ? envelope.dedupKey() : envelope.dedupKey() + "#" + (i + 1);
                rows.add(new OutboxStore.NewRow(key, chatId, envelope.priority().rank(), envelope.category().name(),
                        MessageKind.of(parts.get(i)).name(), codec.write(parts.get(i)), envelope.attachment(),
                        admitted ? "PENDING" : "DROPPED", ephemeral, envelope.correlation(), now));
            }
        }
        // Before inserting, so the new rows themselves keep their own priority.
        urgentPerChat.forEach(store::raiseEarlier);
        int inserted = store.insertAll(rows);
        if (inserted > 0) {
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
                    TextParts.split(edit.text(), MAX_TEXT_LENGTH - 1).get(0) + "…", edit.keyboard()));
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
