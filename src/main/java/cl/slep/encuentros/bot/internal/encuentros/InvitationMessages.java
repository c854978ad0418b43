package cl.slep.encuentros.bot.internal.encuentros;

import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.encuentros.RsvpButtons.Card;
import cl.slep.encuentros.encuentros.CalendarFiles;
import cl.slep.encuentros.encuentros.EncuentroView;
import cl.slep.encuentros.encuentros.ExportFile;
import cl.slep.encuentros.encuentros.Encuentros;
import cl.slep.encuentros.encuentros.InvitationView;
import cl.slep.encuentros.encuentros.InvitationsIssued;
import cl.slep.encuentros.encuentros.Rsvp;
import cl.slep.encuentros.encuentros.PlaceOffered;
import cl.slep.encuentros.messaging.Category;
import cl.slep.encuentros.messaging.Envelope;
import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.messaging.Outbox;
import cl.slep.encuentros.messaging.OutgoingMessage;
import cl.slep.encuentros.messaging.Priority;
import cl.slep.encuentros.participants.ParticipantProfile;
import cl.slep.encuentros.participants.Participants;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the encuentros module's announcements into messages: one invitation per person, correlated to the
 * encuentro so they can be reported on and edited later, and the news of a place freed from the waiting list.
 * Each is queued under its own key: an event resubmitted after a failure sends nothing twice.
 */
@Component
class InvitationMessages {

    private final Encuentros encuentros;
    private final Rsvp rsvp;
    private final CalendarFiles calendars;
    private final Participants participants;
    private final InvitationCards cards;
    private final Outbox outbox;
    private final Texts texts;

    InvitationMessages(Encuentros encuentros, Rsvp rsvp, CalendarFiles calendars, Participants participants,
            InvitationCards cards, Outbox outbox, Texts texts) {
        this.encuentros = encuentros;
        this.rsvp = rsvp;
        this.calendars = calendars;
        this.participants = participants;
        this.cards = cards;
        this.outbox = outbox;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void on(InvitationsIssued issued) {
        Optional<EncuentroView> found = encuentros.find(issued.encuentroId());
        if (found.isEmpty()) {
            return;
        }
        EncuentroView encuentro = found.get();
        String text = cards.invitation(encuentro);
        InlineKeyboard buttons = cards.withCalendarLink(cards.answerButtons(encuentro, Card.INVITATION),
                calendars.googleCalendarUrl(encuentro.id()));
        Optional<ExportFile> ics = calendars.ics(encuentro.id());
        Map<Long, Long> chats = participants.telegramUserIds(issued.participantIds());
        List<Envelope> envelopes = new ArrayList<>();
        for (long participantId : issued.participantIds()) {
            Optional<Long> chat = Optional.ofNullable(chats.get(participantId));
            if (chat.isEmpty()) {
                continue;
            }
            envelopes.add(Envelope.of(new OutgoingMessage.Text(chat.get(), text, buttons), Priority.BULK,
                    Category.ESSENTIAL, "invitation:" + encuentro.id() + ":" + participantId)
                    .withCorrelation(issued.correlation()));
            venue(encuentro, chat.get()).ifPresent(pin -> envelopes.add(Envelope.of(pin, Priority.BULK,
                    Category.ESSENTIAL, "invitation-venue:" + encuentro.id() + ":" + encuentro.sequence() + ":"
                            + participantId)));
            // The calendar file follows the invitation; its key carries the sequence, so a change sends a new one.
            ics.ifPresent(file -> envelopes.add(Envelope.of(new OutgoingMessage.Document(chat.get(), file.fileName(),
                            texts.get("encuentro.ics.caption")), Priority.BULK, Category.ESSENTIAL,
                    "invitation-ics:" + encuentro.id() + ":" + encuentro.sequence() + ":" + participantId)
                    .withAttachment(file.content())));
        }
        outbox.enqueueAll(envelopes);
    }

    /** With coordinates, the place on the map under the invitation: one tap opens directions. */
    static Optional<OutgoingMessage.Venue> venue(EncuentroView encuentro, long chatId) {
        if (!encuentro.hasCoordinates()) {
            return Optional.empty();
        }
        String title = encuentro.venueName() == null || encuentro.venueName().isBlank() ? encuentro.title()
                : encuentro.venueName();
        String address = encuentro.address() == null || encuentro.address().isBlank() ? title : encuentro.address();
        return Optional.of(new OutgoingMessage.Venue(chatId, encuentro.latitude(), encuentro.longitude(), title,
                address));
    }

    @ApplicationModuleListener
    void on(PlaceOffered offered) {
        Optional<EncuentroView> encuentro = encuentros.find(offered.encuentroId());
        Optional<ParticipantProfile> person = participants.findById(offered.participantId());
        Optional<InvitationView> invitation = rsvp.invitation(offered.encuentroId(), offered.participantId());
        if (encuentro.isEmpty() || person.isEmpty() || invitation.isEmpty()) {
            return;
        }
        // One per promotion: the key carries the moment of the "Asistiré" that queued them.
        String key = "place-offered:" + offered.encuentroId() + ":" + offered.participantId() + ":"
                + (invitation.get().answeredAt() == null ? 0 : invitation.get().answeredAt().toEpochMilli());
        outbox.enqueue(Envelope.of(new OutgoingMessage.Text(person.get().telegramUserId(),
                        texts.get("encuentro.place_offered") + "\n\n" + cards.details(encuentro.get()),
                        cards.changeButton(encuentro.get())),
                Priority.REMINDER, Category.ESSENTIAL, key));
    }
}
