package cl.slep.encuentros.bot.internal.encuentros;

import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.encuentros.RsvpButtons.Card;
import cl.slep.encuentros.civiltime.CivilTime;
import cl.slep.encuentros.encuentros.Answer;
import cl.slep.encuentros.encuentros.CalendarFiles;
import cl.slep.encuentros.encuentros.EncuentroCancelled;
import cl.slep.encuentros.encuentros.EncuentroRescheduled;
import cl.slep.encuentros.encuentros.EncuentroStatus;
import cl.slep.encuentros.encuentros.EncuentroView;
import cl.slep.encuentros.encuentros.Encuentros;
import cl.slep.encuentros.encuentros.ExportFile;
import cl.slep.encuentros.encuentros.InvitationView;
import cl.slep.encuentros.encuentros.Rsvp;
import cl.slep.encuentros.messaging.Category;
import cl.slep.encuentros.messaging.Envelope;
import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.messaging.Outbox;
import cl.slep.encuentros.messaging.OutgoingMessage;
import cl.slep.encuentros.messaging.Priority;
import cl.slep.encuentros.participants.Participants;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the invitees who have not declined that an encuentro changed date, time or venue (old → new, with the
 * calendar file updated: same UID, higher SEQUENCE) or was cancelled (with the calendar's cancellation), and
 * redraws the invitations in their chats. Sent at once, quiet hours or not: a change is news they need. Each
 * message has its own key, so an event resubmitted after a failure sends nothing twice.
 */
@Component
class EncuentroChangeMessages {

    private final Encuentros encuentros;
    private final Rsvp rsvp;
    private final CalendarFiles calendars;
    private final Participants participants;
    private final InvitationCards cards;
    private final InvitationUpdates invitationUpdates;
    private final CivilTime civilTime;
    private final Outbox outbox;
    private final Texts texts;

    EncuentroChangeMessages(Encuentros encuentros, Rsvp rsvp, CalendarFiles calendars, Participants participants,
            InvitationCards cards, InvitationUpdates invitationUpdates, CivilTime civilTime, Outbox outbox,
            Texts texts) {
        this.encuentros = encuentros;
        this.rsvp = rsvp;
        this.calendars = calendars;
        this.participants = participants;
        this.cards = cards;
        this.invitationUpdates = invitationUpdates;
        this.civilTime = civilTime;
        this.outbox = outbox;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void on(EncuentroRescheduled changed) {
        Optional<EncuentroView> found = encuentros.find(changed.encuentroId());
        if (found.isEmpty() || found.get().status() != EncuentroStatus.PUBLISHED) {
            return;
        }
        EncuentroView encuentro = found.get();
        invitationUpdates.redraw(encuentro);
        String news = texts.get("change.header", Texts.html(encuentro.title())) + "\n\n"
                + String.join("\n", cards.scheduleChanges(changed.before(), changed.after()));
        Map<Long, InvitationView> invitations = rsvp.invitations(encuentro.id()).stream()
                .filter(invitation -> invitation.participantId() != null)
                .collect(Collectors.toMap(InvitationView::participantId, Function.identity()));
        send(encuentro, rsvp.toNotifyOfChange(encuentro.id()), "change:" + encuentro.id() + ":" + changed.sequence(),
                participantId -> {
                    InvitationView invitation = invitations.get(participantId);
                    boolean unanswered = invitation == null || invitation.answer() == Answer.NONE;
                    String text = news + "\n\n" + cards.details(encuentro) + "\n\n" + (unanswered
                            ? texts.get("encuentro.invitation.question") : cards.answerLine(invitation)
                                    + "\n" + texts.get("change.still"));
                    InlineKeyboard buttons = unanswered ? cards.answerButtons(encuentro, Card.INVITATION)
                            : cards.changeButton(encuentro);
                    return new Notice(text, buttons);
                }, "encuentro.ics.updated_caption", changed.after().venueChanged(changed.before()));
    }

    @ApplicationModuleListener
    void on(EncuentroCancelled cancelled) {
        Optional<EncuentroView> found = encuentros.find(cancelled.encuentroId());
        if (found.isEmpty() || found.get().status() != EncuentroStatus.CANCELLED) {
            return;
        }
        EncuentroView encuentro = found.get();
        invitationUpdates.redraw(encuentro);
        String venue = cards.venue(encuentro);
        String text = texts.get("cancel.notice", Texts.html(encuentro.title()),
                civilTime.formatRange(encuentro.start(), encuentro.end()))
                + (venue.isEmpty() ? "" : "\n" + texts.get("encuentro.card.venue", venue))
                + "\n\n" + texts.get("cancel.footer");
        send(encuentro, rsvp.toNotifyOfChange(encuentro.id()), "cancelled:" + encuentro.id(),
                participantId -> new Notice(text, null), "encuentro.ics.cancel_caption", false);
    }

    private void send(EncuentroView encuentro, List<Long> recipients, String correlation,
            Function<Long, Notice> notice, String icsCaptionKey, boolean withVenue) {
        Optional<ExportFile> ics = calendars.ics(encuentro.id());
        Map<Long, Long> chats = participants.telegramUserIds(recipients);
        List<Envelope> envelopes = new ArrayList<>();
        for (long participantId : recipients) {
            Long chat = chats.get(participantId);
            if (chat == null) {
                continue;
            }
            Notice message = notice.apply(participantId);
            envelopes.add(Envelope.of(new OutgoingMessage.Text(chat, message.text(), message.buttons()),
                    Priority.REMINDER, Category.ESSENTIAL, correlation + ":" + participantId)
                    .withCorrelation(correlation));
            if (withVenue) {
                InvitationMessages.venue(encuentro, chat).ifPresent(pin -> envelopes.add(Envelope.of(pin,
                        Priority.REMINDER, Category.ESSENTIAL, correlation + ":venue:" + participantId)));
            }
            ics.ifPresent(file -> envelopes.add(Envelope.of(new OutgoingMessage.Document(chat, file.fileName(),
                            texts.get(icsCaptionKey)), Priority.REMINDER, Category.ESSENTIAL,
                    "invitation-ics:" + encuentro.id() + ":" + encuentro.sequence() + ":" + participantId)
                    .withAttachment(file.content())));
        }
        outbox.enqueueAll(envelopes);
    }

    private record Notice(String text, InlineKeyboard buttons) {
    }
}
