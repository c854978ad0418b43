package cl.slep.encuentros.bot.internal;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * One update being handled: who wrote, in which chat, and a counter that gives each reply a de-duplication key
 * derived from the update id, so handling the same update again can never send its replies twice.
 */
public final class Incoming {

    private final Update update;
    private final long chatId;
    private final long userId;
    private final String firstName;
    private int replies;
    private boolean ephemeral;

    Incoming(Update update, long chatId, long userId, String firstName) {
        this.update = update;
        this.chatId = chatId;
        this.userId = userId;
        this.firstName = firstName;
    }

    public long updateId() {
        return update.getUpdateId();
    }

    public long chatId() {
        return chatId;
    }

    public long userId() {
        return userId;
    }

    /** The first name Telegram gives; escape it before putting it in HTML. */
    public String firstName() {
        return firstName == null ? "" : firstName;
    }

    public String text() {
        return update.hasMessage() ? update.getMessage().getText() : null;
    }

    public CallbackQuery callbackQuery() {
        return update.getCallbackQuery();
    }

    /**
     * From now on this update's replies are deleted from the outbox once sent: used when the person's data is
     * erased, so the confirmation does not keep their chat id.
     */
    public void makeRepliesEphemeral() {
        this.ephemeral = true;
    }

    boolean ephemeral() {
        return ephemeral;
    }

    String nextReplyKey() {
        return "u" + updateId() + ":" + (++replies);
    }
}
