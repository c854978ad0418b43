package cl.slep.encuentros.bot.internal;

import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOrigin;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOriginHiddenUser;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOriginUser;

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
     * Who wrote the message that this one forwards, as far as Telegram tells (Bot API 7+ {@code forward_origin}):
     * a person who hides their account when forwarded comes without an id. Empty when the message is no forward.
     */
    public Optional<ForwardOrigin> forwardOrigin() {
        MessageOrigin origin = update.hasMessage() ? update.getMessage().getForwardOrigin() : null;
        if (origin == null) {
            return Optional.empty();
        }
        if (origin instanceof MessageOriginUser user && user.getSenderUser() != null) {
            return Optional.of(new ForwardOrigin(ForwardOrigin.Kind.USER, user.getSenderUser().getId(),
                    Boolean.TRUE.equals(user.getSenderUser().getIsBot())));
        }
        return Optional.of(new ForwardOrigin(origin instanceof MessageOriginHiddenUser
                ? ForwardOrigin.Kind.HIDDEN_USER : ForwardOrigin.Kind.CHAT, null, false));
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

    /**
     * @param userId the author's Telegram user id; only for {@link Kind#USER}
     * @param bot whether that author is a bot
     */
    public record ForwardOrigin(Kind kind, Long userId, boolean bot) {

        /** A person who lets forwards link to them; one who does not; a group or channel. */
        public enum Kind { USER, HIDDEN_USER, CHAT }
    }
}
