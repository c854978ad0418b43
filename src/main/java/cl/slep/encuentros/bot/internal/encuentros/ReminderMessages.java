package cl.slep.encuentros.bot.internal.encuentros;

import cl.slep.encuentros.bot.internal.encuentros.RsvpButtons.Card;
import cl.slep.encuentros.encuentros.Answer;
import cl.slep.encuentros.encuentros.EncuentroStatus;
import cl.slep.encuentros.encuentros.EncuentroView;
import cl.slep.encuentros.encuentros.Encuentros;
import cl.slep.encuentros.encuentros.InvitationView;
import cl.slep.encuentros.encuentros.Place;
import cl.slep.encuentros.encuentros.Rsvp;
import cl.slep.encuentros.messaging.Category;
import cl.slep.encuentros.messaging.Envelope;
import cl.slep.encuentros.messaging.Outbox;
import cl.slep.encuentros.messaging.OutgoingMessage;
import cl.slep.encuentros.messaging.Priority;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.scheduler.ReminderDispatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The reminders and nudges the scheduler finds due, written and queued in one batch per encuentro. Keys as
 * DESIGN.md says ({@code reminder:{encuentro}:{offset}:{participant}}): a job run twice, or on two instances,
 * queues nothing twice.
 */
@Component
class ReminderMessages implements ReminderDispatch {

    private final Encuentros encuentros;
    private final Rsvp rsvp;
    private final Participants participants;
    private final InvitationCards cards;
    private final Outbox outbox;

    ReminderMessages(Encuentros encuentros, Rsvp rsvp, Participants participants, InvitationCards cards,
            Outbox outbox) {
        this.encuentros = encuentros;
        this.rsvp = rsvp;
        this.participants = participants;
        this.cards = cards;
        this.outbox = outbox;
    }

    @Override
    public void remind(long encuentroId, String offset, Instant answeredBefore) {
        published(encuentroId).ifPresent(encuentro -> queue(encuentro,
                invitation -> (invitation.answer() == Answer.MAYBE
                        || invitation.answer() == Answer.YES && invitation.place() == Place.CONFIRMED)
                        && invitation.answeredAt() != null && invitation.answeredAt().isBefore(answeredBefore),
                cards.reminder(encuentro), "reminder:" + encuentroId + ":" + offset + ":", Card.REMINDER));
    }

    @Override
    public void nudge(long encuentroId, Instant invitedBefore) {
        published(encuentroId).ifPresent(encuentro -> queue(encuentro,
                invitation -> invitation.answer() == Answer.NONE && !invitation.guest()
                        && invitation.invitedAt().isBefore(invitedBefore),
                cards.nudge(encuentro), "nudge:" + encuentroId + ":", Card.INVITATION));
    }

    private Optional<EncuentroView> published(long encuentroId) {
        return encuentros.find(encuentroId).filter(encuentro -> encuentro.status() == EncuentroStatus.PUBLISHED);
    }

    private void queue(EncuentroView encuentro, Predicate<InvitationView> due, String text, String keyPrefix,
            Card card) {
        List<Long> recipients = rsvp.invitations(encuentro.id()).stream()
                .filter(invitation -> invitation.participantId() != null && due.test(invitation))
                .map(InvitationView::participantId).toList();
        Map<Long, Long> chats = participants.telegramUserIds(recipients);
        List<Envelope> envelopes = new ArrayList<>();
        for (long participantId : recipients) {
            Long chat = chats.get(participantId);
            if (chat != null) {
                envelopes.add(Envelope.of(new OutgoingMessage.Text(chat, text,
                                card == Card.REMINDER ? cards.reminderButtons(encuentro)
                                        : cards.answerButtons(encuentro, card)),
                        Priority.REMINDER, Category.ESSENTIAL, keyPrefix + participantId));
            }
        }
        outbox.enqueueAll(envelopes);
    }
}
