package cl.slep.encuentros.bot.internal.staff;

import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.messaging.DeliveryFailed;
import cl.slep.encuentros.messaging.DeliveryStatus;
import cl.slep.encuentros.messaging.Envelope;
import cl.slep.encuentros.messaging.Outbox;
import cl.slep.encuentros.messaging.OutgoingMessage;
import cl.slep.encuentros.messaging.Priority;
import cl.slep.encuentros.participants.StaffDirectory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The notice to someone just named coordinator, and what the admin hears if it never arrives: Telegram refuses a
 * bot's first message to someone who never wrote to it (400 or 403), a person may have blocked the bot, or
 * Telegram may not answer through every retry. The notice's correlation names the admin to tell.
 */
@Component
class CoordinatorNotices {

    private static final String PREFIX = "staff-notice:";

    private final Outbox outbox;
    private final StaffDirectory staff;
    private final StaffNames names;
    private final Texts texts;

    CoordinatorNotices(Outbox outbox, StaffDirectory staff, StaffNames names, Texts texts) {
        this.outbox = outbox;
        this.staff = staff;
        this.names = names;
        this.texts = texts;
    }

    /** The key holds the update id, so handling the admin's tap again cannot send it twice. */
    void send(long adminChat, long coordinator, long updateId, String text) {
        String key = PREFIX + adminChat + ":" + coordinator + ":" + updateId;
        outbox.enqueue(new Envelope(new OutgoingMessage.Text(coordinator, text),
                Priority.DIRECT, Priority.DIRECT.defaultCategory(), key, key, null));
        // A chat already known to be unreachable is dropped on the spot: the sender never sees it.
        if (!outbox.isReachable(coordinator)) {
            tellAdmin(adminChat, coordinator, DeliveryStatus.DROPPED, key);
        }
    }

    @ApplicationModuleListener
    void on(DeliveryFailed event) {
        String correlation = event.correlation();
        if (!correlation.startsWith(PREFIX)) {
            return;
        }
        String[] parts = correlation.substring(PREFIX.length()).split(":");
        tellAdmin(Long.parseLong(parts[0]), event.chatId(), event.status(), correlation);
    }

    private void tellAdmin(long adminChat, long coordinator, DeliveryStatus status, String correlation) {
        String reason = texts.get(status == DeliveryStatus.FAILED ? "staff.notice.failed.refused"
                : "staff.notice.failed.unreachable");
        String text = texts.get("staff.notice.failed", names.html(coordinator),
                names.networks(staff.coordinatedNetworks(coordinator)), reason);
        outbox.enqueue(new OutgoingMessage.Text(adminChat, text), Priority.DIRECT, "staff-notice-failed:" + correlation);
    }
}
