package cl.slep.encuentros.bot.internal;

import cl.slep.encuentros.messaging.Outbox;
import cl.slep.encuentros.messaging.OutgoingMessage;
import cl.slep.encuentros.messaging.Priority;
import cl.slep.encuentros.participants.Participants;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Handles one stored update in one transaction: its replies are queued and the update is marked done together,
 * so an update is either handled once or not at all. Once handled, only a registered participant's update keeps
 * its content (the bot promises to keep nothing of anyone else); its id stays for de-duplication. A failing
 * handler is logged with the update id, the person gets a short apology if they wrote or tapped something in a
 * private chat, and the next update goes on.
 */
@Component
class UpdateProcessor {

    private static final Logger log = LoggerFactory.getLogger(UpdateProcessor.class);

    private final InboxStore inbox;
    private final UpdateRouter router;
    private final UpdateJson json;
    private final Outbox outbox;
    private final Texts texts;
    private final Participants participants;
    private final TransactionTemplate transactions;
    private final Clock clock;

    UpdateProcessor(InboxStore inbox, UpdateRouter router, UpdateJson json, Outbox outbox, Texts texts,
            Participants participants, TransactionTemplate transactions, Clock clock) {
        this.inbox = inbox;
        this.router = router;
        this.json = json;
        this.outbox = outbox;
        this.texts = texts;
        this.participants = participants;
        this.transactions = transactions;
        this.clock = clock;
    }

    void process(long updateId) {
        try {
            Instant started = clock.instant();
            transactions.executeWithoutResult(status -> inbox.findPending(updateId).ifPresent(pending -> {
                Update update = json.read(pending.payload());
                router.route(update);
                if (!inbox.markDone(updateId, started, clock.instant(), isParticipant(senderOf(update)))) {
                    status.setRollbackOnly();
                }
            }));
        } catch (RuntimeException e) {
            log.error("Handling update {} failed", updateId, e);
            apologise(updateId);
        }
    }

    private void apologise(long updateId) {
        try {
            transactions.executeWithoutResult(status -> inbox.findPending(updateId).ifPresent(pending -> {
                inbox.markFailed(updateId, clock.instant());
                Update update = json.readOrNull(pending.payload());
                if (update == null) {
                    return;
                }
                boolean keep = isParticipant(senderOf(update));
                if (update.hasCallbackQuery()) {
                    // Every tap must be answered, or the person's client keeps a spinner on the button.
                    send(new OutgoingMessage.CallbackAnswer(pending.chatId() == null ? 0 : pending.chatId(),
                            update.getCallbackQuery().getId(), null, false), "apology-answer:" + updateId, keep);
                }
                Long privateChat = privateChatOfMessageOrTap(update);
                if (privateChat != null) {
                    send(new OutgoingMessage.Text(privateChat, texts.get("error.apology")), "apology:" + updateId, keep);
                }
            }));
        } catch (RuntimeException e) {
            log.error("Could not record the failure of update {}", updateId, e);
        }
    }

    private void send(OutgoingMessage message, String key, boolean keep) {
        if (keep) {
            outbox.enqueue(message, Priority.DIRECT, key);
        } else {
            outbox.enqueueEphemeral(message, Priority.DIRECT, key);
        }
    }

    private boolean isParticipant(Long telegramUserId) {
        return telegramUserId != null && participants.isRegistered(telegramUserId);
    }

    /** Who caused the update, if Telegram says. */
    static Long senderOf(Update update) {
        User from = null;
        if (update.hasMessage()) {
            from = update.getMessage().getFrom();
        } else if (update.hasEditedMessage()) {
            from = update.getEditedMessage().getFrom();
        } else if (update.hasCallbackQuery()) {
            from = update.getCallbackQuery().getFrom();
        } else if (update.hasMyChatMember()) {
            from = update.getMyChatMember().getFrom();
        }
        return from == null ? null : from.getId();
    }

    /** The private chat of a message or a tap: the only updates a person knowingly sent, so the only ones apologised for. */
    private static Long privateChatOfMessageOrTap(Update update) {
        Chat chat = null;
        if (update.hasMessage()) {
            chat = update.getMessage().getChat();
        } else if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() instanceof Message message) {
            chat = message.getChat();
        }
        return chat != null && chat.isUserChat() ? chat.getId() : null;
    }
}
