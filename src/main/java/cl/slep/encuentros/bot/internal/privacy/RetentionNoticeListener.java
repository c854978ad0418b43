package cl.slep.encuentros.bot.internal.privacy;

import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.civiltime.CivilTime;
import cl.slep.encuentros.messaging.Category;
import cl.slep.encuentros.messaging.Envelope;
import cl.slep.encuentros.messaging.Outbox;
import cl.slep.encuentros.messaging.OutgoingMessage;
import cl.slep.encuentros.messaging.Priority;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.RetentionNoticeDue;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes and queues the retention notice. It is a legal notice: it goes even to someone who paused every message,
 * in the order of reminders. Queued under the notice's own key: a resubmitted event sends nothing twice.
 */
@Component
class RetentionNoticeListener {

    private final Participants participants;
    private final Outbox outbox;
    private final Texts texts;
    private final CivilTime civilTime;

    RetentionNoticeListener(Participants participants, Outbox outbox, Texts texts, CivilTime civilTime) {
        this.participants = participants;
        this.outbox = outbox;
        this.texts = texts;
        this.civilTime = civilTime;
    }

    @ApplicationModuleListener
    void on(RetentionNoticeDue notice) {
        // Erased or back in between: a notice is no longer due to someone who is not there.
        participants.findByTelegramUserId(notice.telegramUserId()).ifPresent(person -> outbox.enqueue(Envelope.of(
                new OutgoingMessage.Text(notice.telegramUserId(), texts.get("retention.notice",
                        Texts.html(person.fullName()), civilTime.formatDate(notice.erasureDate()))),
                Priority.REMINDER, Category.LEGAL, notice.noticeKey())));
    }
}
