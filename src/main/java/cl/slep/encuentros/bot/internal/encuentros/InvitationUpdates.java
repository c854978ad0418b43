package cl.slep.encuentros.bot.internal.encuentros;

import cl.slep.encuentros.bot.internal.encuentros.RsvpButtons.Card;
import cl.slep.encuentros.encuentros.Answer;
import cl.slep.encuentros.encuentros.CalendarFiles;
import cl.slep.encuentros.encuentros.EncuentroStatus;
import cl.slep.encuentros.encuentros.EncuentroView;
import cl.slep.encuentros.encuentros.InvitationView;
import cl.slep.encuentros.encuentros.InvitationsIssued;
import cl.slep.encuentros.encuentros.Rsvp;
import cl.slep.encuentros.messaging.Category;
import cl.slep.encuentros.messaging.DeliveryReport.ChatDelivery;
import cl.slep.encuentros.messaging.DeliveryReports;
import cl.slep.encuentros.messaging.DeliveryStatus;
import cl.slep.encuentros.messaging.Envelope;
import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.messaging.Outbox;
import cl.slep.encuentros.messaging.OutgoingMessage;
import cl.slep.encuentros.messaging.Priority;
import cl.slep.encuentros.participants.Participants;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Redraws the invitations already in people's chats (found through their correlation) so they show the encuentro
 * as it is now, each with the person's answer: after a change, and crossed out after a cancellation.
 */
@Component
class InvitationUpdates {

    /** An edit cannot split a text: an invitation longer than one message keeps its first wording. */
    private static final int EDITABLE_LENGTH = 4000;

    private final Rsvp rsvp;
    private final CalendarFiles calendars;
    private final Participants participants;
    private final DeliveryReports deliveries;
    private final InvitationCards cards;
    private final Outbox outbox;

    InvitationUpdates(Rsvp rsvp, CalendarFiles calendars, Participants participants, DeliveryReports deliveries,
            InvitationCards cards, Outbox outbox) {
        this.rsvp = rsvp;
        this.calendars = calendars;
        this.participants = participants;
        this.deliveries = deliveries;
        this.cards = cards;
        this.outbox = outbox;
    }

    /** Returns how many invitations are being redrawn. */
    int redraw(EncuentroView encuentro) {
        Map<Long, Integer> sentMessages = deliveries.report(InvitationsIssued.correlationOf(encuentro.id())).chats()
                .stream()
                .filter(chat -> chat.status() == DeliveryStatus.SENT && chat.telegramMessageId() != null)
                .collect(Collectors.toMap(ChatDelivery::chatId, ChatDelivery::telegramMessageId, (a, b) -> b));
        if (sentMessages.isEmpty()) {
            return 0;
        }
        Map<Long, InvitationView> invitations = rsvp.invitations(encuentro.id()).stream()
                .filter(invitation -> invitation.participantId() != null)
                .collect(Collectors.toMap(InvitationView::participantId, Function.identity()));
        Map<Long, Long> chats = participants.telegramUserIds(invitations.keySet());
        List<Envelope> edits = new ArrayList<>();
        for (Map.Entry<Long, Long> person : chats.entrySet()) {
            Integer messageId = sentMessages.get(person.getValue());
            if (messageId == null) {
                continue;
            }
            InvitationView invitation = invitations.get(person.getKey());
            OutgoingMessage.EditText edit = edit(encuentro, invitation, person.getValue(), messageId);
            if (edit.text().length() > EDITABLE_LENGTH) {
                continue;
            }
            edits.add(Envelope.of(edit, Priority.BULK, Category.ESSENTIAL, "invitation-edit:" + encuentro.id() + ":"
                    + encuentro.sequence() + ":" + encuentro.status().name() + ":" + person.getKey()));
        }
        outbox.enqueueAll(edits);
        return edits.size();
    }

    private OutgoingMessage.EditText edit(EncuentroView encuentro, InvitationView invitation, long chatId,
            int messageId) {
        if (encuentro.status() == EncuentroStatus.CANCELLED) {
            return new OutgoingMessage.EditText(chatId, messageId, cards.cancelledInvitation(encuentro), null);
        }
        if (invitation.answer() == Answer.NONE) {
            InlineKeyboard buttons = cards.withCalendarLink(cards.answerButtons(encuentro, Card.INVITATION),
                    calendars.googleCalendarUrl(encuentro.id()));
            return new OutgoingMessage.EditText(chatId, messageId, cards.invitation(encuentro), buttons);
        }
        return new OutgoingMessage.EditText(chatId, messageId, cards.answered(encuentro, invitation),
                cards.changeButton(encuentro));
    }
}
