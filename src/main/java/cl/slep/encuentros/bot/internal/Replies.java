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
        outbox.enqueue(new OutgoingMessage.Text(in.chatId(), html, keyboard), Priority.DIRECT, in.nextReplyKey());
    }

    public void edit(Incoming in, int messageId, String html, InlineKeyboard keyboard) {
        outbox.enqueue(new OutgoingMessage.EditText(in.chatId(), messageId, html, keyboard), Priority.DIRECT,
                in.nextReplyKey());
    }

    /** Closes the button's spinner, with an optional short notice. */
    public void answerCallback(Incoming in, String notice) {
        outbox.enqueue(new OutgoingMessage.CallbackAnswer(in.chatId(), in.callbackQuery().getId(), notice, false),
                Priority.DIRECT, in.nextReplyKey());
    }
}
