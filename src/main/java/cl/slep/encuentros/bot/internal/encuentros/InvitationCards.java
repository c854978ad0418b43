package cl.slep.encuentros.bot.internal.encuentros;

import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.buttons.ButtonCodec;
import cl.slep.encuentros.bot.internal.encuentros.RsvpButtons.Card;
import cl.slep.encuentros.civiltime.CivilTime;
import cl.slep.encuentros.encuentros.Answer;
import cl.slep.encuentros.encuentros.EncuentroView;
import cl.slep.encuentros.encuentros.InvitationView;
import cl.slep.encuentros.encuentros.Place;
import cl.slep.encuentros.encuentros.Schedule;
import cl.slep.encuentros.messaging.InlineButton;
import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.participants.Participants;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** How an encuentro reads in chat: the invitation, its answer line, and the buttons under it. */
@Component
class InvitationCards {

    private final Texts texts;
    private final CivilTime civilTime;
    private final Participants participants;

    InvitationCards(Texts texts, CivilTime civilTime, Participants participants) {
        this.texts = texts;
        this.civilTime = civilTime;
        this.participants = participants;
    }

    /** Title, when, where, networks and agenda: the same in the preview, the invitation and /encuentros. */
    String details(EncuentroView encuentro) {
        return details(encuentro.title(), encuentro.start(), encuentro.end(), encuentro.venueName(),
                encuentro.address(), encuentro.networkIds(), encuentro.description());
    }

    String details(String title, LocalDateTime start, LocalDateTime end, String venueName, String address,
            Set<Long> networkIds, String description) {
        StringBuilder text = new StringBuilder(texts.get("encuentro.card.title", Texts.html(title)));
        text.append('\n').append(texts.get("encuentro.card.when", civilTime.formatRange(start, end)));
        if (venueName != null && !venueName.isBlank()) {
            text.append('\n').append(address == null || address.isBlank()
                    ? texts.get("encuentro.card.venue", Texts.html(venueName))
                    : texts.get("encuentro.card.venue_address", Texts.html(venueName), Texts.html(address)));
        }
        List<String> networks = participants.networkNames(networkIds);
        if (!networks.isEmpty()) {
            text.append('\n').append(texts.get("encuentro.card.networks", Texts.html(String.join(", ", networks))));
        }
        if (description != null && !description.isBlank()) {
            text.append("\n\n").append(Texts.html(description.strip()));
        }
        return text.toString();
    }

    String invitation(EncuentroView encuentro) {
        return texts.get("encuentro.invitation.intro") + "\n\n" + details(encuentro) + "\n\n"
                + texts.get("encuentro.invitation.question");
    }

    /** The invitation after a cancellation: what it was, crossed out, with no buttons. */
    String cancelledInvitation(EncuentroView encuentro) {
        return texts.get("encuentro.invitation.cancelled") + "\n\n<s>" + texts.get("encuentro.card.title",
                Texts.html(encuentro.title())) + "</s>\n" + texts.get("encuentro.card.when",
                civilTime.formatRange(encuentro.start(), encuentro.end()));
    }

    /** The answers with a link to add the encuentro to Google Calendar, when it has one. */
    InlineKeyboard withCalendarLink(InlineKeyboard answers, Optional<String> url) {
        if (url.isEmpty()) {
            return answers;
        }
        List<List<InlineButton>> rows = new ArrayList<>(answers.rows());
        rows.add(List.of(InlineButton.link(texts.get("encuentro.button.google_calendar"), url.get())));
        return new InlineKeyboard(rows);
    }

    /** The invitation once answered: the answer instead of the question. */
    String answered(EncuentroView encuentro, InvitationView invitation) {
        return texts.get("encuentro.invitation.intro") + "\n\n" + details(encuentro) + "\n\n"
                + answerLine(invitation);
    }

    String answerLine(InvitationView invitation) {
        if (invitation.answer() == Answer.YES && invitation.place() == Place.WAITLISTED) {
            return texts.get("encuentro.answer.waitlisted", invitation.waitlistPosition());
        }
        return texts.get("encuentro.answer." + invitation.answer().name().toLowerCase(Locale.ROOT));
    }

    InlineKeyboard answerButtons(EncuentroView encuentro, Card card) {
        List<List<InlineButton>> rows = new ArrayList<>();
        rows.add(List.of(
                ButtonCodec.inline(texts.get("encuentro.button.yes"), new RsvpButtons.Reply(encuentro.id(), Answer.YES, card)),
                ButtonCodec.inline(texts.get("encuentro.button.no"), new RsvpButtons.Reply(encuentro.id(), Answer.NO, card)),
                ButtonCodec.inline(texts.get("encuentro.button.maybe"),
                        new RsvpButtons.Reply(encuentro.id(), Answer.MAYBE, card))));
        return new InlineKeyboard(rows);
    }

    InlineKeyboard changeButton(EncuentroView encuentro) {
        return InlineKeyboard.of(ButtonCodec.inline(texts.get("encuentro.button.change"),
                new RsvpButtons.ChangeAnswer(encuentro.id())));
    }

    /** "Sigo asistiendo" / "Ya no podré", under a reminder. */
    InlineKeyboard reminderButtons(EncuentroView encuentro) {
        return InlineKeyboard.row(
                ButtonCodec.inline(texts.get("encuentro.button.still_coming"),
                        new RsvpButtons.Reply(encuentro.id(), Answer.YES, Card.REMINDER)),
                ButtonCodec.inline(texts.get("encuentro.button.cannot_anymore"),
                        new RsvpButtons.Reply(encuentro.id(), Answer.NO, Card.REMINDER)));
    }

    String reminder(EncuentroView encuentro) {
        StringBuilder text = new StringBuilder(texts.get("encuentro.reminder", Texts.html(encuentro.title())));
        text.append('\n').append(texts.get("encuentro.card.when",
                civilTime.formatRange(encuentro.start(), encuentro.end())));
        String venue = venue(encuentro);
        if (!venue.isEmpty()) {
            text.append('\n').append(texts.get("encuentro.card.venue", venue));
        }
        return text.toString();
    }

    String nudge(EncuentroView encuentro) {
        return texts.get("encuentro.nudge") + "\n\n" + details(encuentro) + "\n\n"
                + texts.get("encuentro.invitation.question");
    }

    String venue(EncuentroView encuentro) {
        return place(encuentro.venueName(), encuentro.address());
    }

    /** What changed in date, time and venue, a line each, old crossed out and new in bold. */
    List<String> scheduleChanges(Schedule before, Schedule after) {
        List<String> lines = new ArrayList<>();
        if (before.timeChanged(after)) {
            lines.add(texts.get("change.when", civilTime.formatRange(before.start(), before.end()),
                    civilTime.formatRange(after.start(), after.end())));
        }
        if (before.venueChanged(after)) {
            lines.add(texts.get("change.venue", place(before.venueName(), before.address()),
                    place(after.venueName(), after.address())));
        }
        return lines;
    }

    /** "Liceo Bicentenario, Av. Arturo Prat 1200" in HTML; empty when there is no venue. */
    static String place(String venueName, String address) {
        if (venueName == null || venueName.isBlank()) {
            return address == null ? "" : Texts.html(address);
        }
        return address == null || address.isBlank() ? Texts.html(venueName) : Texts.html(venueName + ", " + address);
    }
}
