package cl.slep.encuentros.bot.internal;

import cl.slep.encuentros.messaging.Envelope;
import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.messaging.Outbox;
import cl.slep.encuentros.messaging.OutgoingMessage;
import cl.slep.encuentros.messaging.Priority;
import cl.slep.encuentros.participants.Participants;
import org.springframework.stereotype.Component;

/**
 * Answers to a person's own action: they go through the outbox ahead of reminders and broadcasts. An answer to
 * someone who is not a registered participant is deleted from the outbox once sent: the bot keeps nothing of
 * people who did not consent (decided when the answer is queued, so the summary that completes a registration
 * is kept like any later one).
 */
@Component
public class Replies {

    private final Outbox outbox;
    private final Participants participants;

    Replies(Outbox outbox, Participants participants) {
        this.outbox = outbox;
        this.participants = participants;
    }

    public void text(Incoming in, String html) {
        text(in, html, null);
    }

    public void text(Incoming in, String html, InlineKeyboard keyboard) {
        send(in, new OutgoingMessage.Text(in.chatId(), html, keyboard));
    }

    public void edit(Incoming in, int messageId, String html, InlineKeyboard keyboard) {
        send(in, new OutgoingMessage.EditText(in.chatId(), messageId, html, keyboard));
    }

    /** Closes the button's spinner, with an optional short notice. */
    public void answerCallback(Incoming in, String notice) {
        send(in, new OutgoingMessage.CallbackAnswer(in.chatId(), in.callbackQuery().getId(), notice, false));
    }

    public void document(Incoming in, String fileName, String caption, byte[] content) {
        outbox.enqueue(new OutgoingMessage.Document(in.chatId(), fileName, caption), content, Priority.DIRECT,
                in.nextReplyKey());
    }

    /** A picture shown in the chat (a QR code to project), with an HTML caption. */
    public void photo(Incoming in, String fileName, String caption, byte[] content) {
        outbox.enqueue(Envelope.of(new OutgoingMessage.Photo(in.chatId(), fileName, caption), Priority.DIRECT,
                Priority.DIRECT.defaultCategory(), in.nextReplyKey()).withAttachment(content));
    }

    private void send(Incoming in, OutgoingMessage message) {
        if (in.ephemeral() || !participants.isRegistered(in.userId())) {
            outbox.enqueueEphemeral(message, Priority.DIRECT, in.nextReplyKey());
        } else {
            outbox.enqueue(message, Priority.DIRECT, in.nextReplyKey());
        }
    }
}
