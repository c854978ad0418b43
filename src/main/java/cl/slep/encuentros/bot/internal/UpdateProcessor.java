package cl.slep.encuentros.bot.internal;

import cl.slep.encuentros.messaging.Outbox;
import cl.slep.encuentros.messaging.OutgoingMessage;
import cl.slep.encuentros.messaging.Priority;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Handles one stored update in one transaction: its replies are queued and the update is marked done together,
 * so an update is either handled once or not at all. A failing handler is logged with the update id, the
 * person gets a short apology, and the next update goes on.
 */
@Component
class UpdateProcessor {

    private static final Logger log = LoggerFactory.getLogger(UpdateProcessor.class);

    private final InboxStore inbox;
    private final UpdateRouter router;
    private final UpdateJson json;
    private final Outbox outbox;
    private final Texts texts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    UpdateProcessor(InboxStore inbox, UpdateRouter router, UpdateJson json, Outbox outbox, Texts texts,
            TransactionTemplate transactions, Clock clock) {
        this.inbox = inbox;
        this.router = router;
        this.json = json;
        this.outbox = outbox;
        this.texts = texts;
        this.transactions = transactions;
        this.clock = clock;
    }

    void process(long updateId) {
        try {
            Instant started = clock.instant();
            transactions.executeWithoutResult(status -> inbox.findPending(updateId).ifPresent(pending -> {
                router.route(json.read(pending.payload()));
                if (!inbox.markDone(updateId, started, clock.instant())) {
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
                if (pending.chatId() != null && pending.chatId() > 0) {
                    outbox.enqueue(new OutgoingMessage.Text(pending.chatId(), texts.get("error.apology")),
                            Priority.DIRECT, "apology:" + updateId);
                }
                if (update != null && update.hasCallbackQuery()) {
                    outbox.enqueue(new OutgoingMessage.CallbackAnswer(pending.chatId() == null ? 0 : pending.chatId(),
                            update.getCallbackQuery().getId(), null, false), Priority.DIRECT, "apology-answer:" + updateId);
                }
            }));
        } catch (RuntimeException e) {
            log.error("Could not record the failure of update {}", updateId, e);
        }
    }

    /** Update JSON with the library's own Jackson 2 types, kept apart from Spring's Jackson 3. */
    @Component
    static class UpdateJson {

        private final ObjectMapper mapper = new ObjectMapper()
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

        String write(Update update) {
            try {
                return mapper.writeValueAsString(update);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("Update " + update.getUpdateId() + " cannot be stored", e);
            }
        }

        Update read(String payload) {
            try {
                return mapper.readValue(payload, Update.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored update is unreadable", e);
            }
        }

        Update readOrNull(String payload) {
            try {
                return read(payload);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
