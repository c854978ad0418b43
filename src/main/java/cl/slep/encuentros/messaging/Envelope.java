package cl.slep.encuentros.messaging;

import java.util.Objects;

/**
 * One message to queue, with everything the outbox needs to know about it.
 *
 * @param message what to send
 * @param priority when it leaves relative to other queued messages
 * @param category what the person's /preferencias decide about it
 * @param dedupKey unique for this message: the same key never sends twice (e.g. {@code reminder:7:24h:42})
 * @param correlation groups rows for reports and later edits (e.g. {@code broadcast:42}, {@code invitation:7});
 *        may be null
 * @param attachment the bytes of a {@link OutgoingMessage.Document} or {@link OutgoingMessage.Photo}; null otherwise
 */
public record Envelope(OutgoingMessage message, Priority priority, Category category, String dedupKey,
        String correlation, byte[] attachment) {

    /** The outbox column is this long. */
    public static final int MAX_CORRELATION_LENGTH = 100;

    public Envelope {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(dedupKey, "dedupKey");
        if (correlation != null && correlation.length() > MAX_CORRELATION_LENGTH) {
            throw new IllegalArgumentException("correlation over " + MAX_CORRELATION_LENGTH + " characters");
        }
        if (attachment != null && !(message instanceof OutgoingMessage.Document)
                && !(message instanceof OutgoingMessage.Photo)) {
            throw new IllegalArgumentException("Only a document or a photo carries an attachment");
        }
    }

    public static Envelope of(OutgoingMessage message, Priority priority, Category category, String dedupKey) {
        return new Envelope(message, priority, category, dedupKey, null, null);
    }

    public Envelope withCorrelation(String newCorrelation) {
        return new Envelope(message, priority, category, dedupKey, newCorrelation, attachment);
    }

    public Envelope withAttachment(byte[] content) {
        return new Envelope(message, priority, category, dedupKey, correlation, content);
    }

    public long chatId() {
        return message.chatId();
    }
}
