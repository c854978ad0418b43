package cl.slep.encuentros.bot.internal;

import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.messaging.Outbox;
import cl.slep.encuentros.messaging.OutgoingMessage;
import cl.slep.encuentros.messaging.Priority;
import org.springframework.stereotype.Component;

/** Answers to a person's own action: they go through the outbox ahead of reminders and broadcasts. */
@Component
public class Replies {

    private final Outbox outbox;

    Replies(Outbox outbox) {
        this.outbox = outbox;
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

    private void send(Incoming in, OutgoingMessage message) {
        if (in.ephemeral()) {
            outbox.enqueueEphemeral(message, Priority.DIRECT, in.nextReplyKey());
        } else {
            outbox.enqueue(message, Priority.DIRECT, in.nextReplyKey());
        }
    }
}
