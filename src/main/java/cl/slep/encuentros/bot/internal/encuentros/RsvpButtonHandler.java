package cl.slep.encuentros.bot.internal.encuentros;

import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.buttons.ButtonHandler;
import cl.slep.encuentros.bot.internal.encuentros.RsvpButtons.Card;
import cl.slep.encuentros.encuentros.AnswerOutcome;
import cl.slep.encuentros.encuentros.EncuentroStatus;
import cl.slep.encuentros.encuentros.EncuentroView;
import cl.slep.encuentros.encuentros.Encuentros;
import cl.slep.encuentros.encuentros.InvitationView;
import cl.slep.encuentros.encuentros.Rsvp;
import cl.slep.encuentros.participants.ParticipantProfile;
import cl.slep.encuentros.participants.Participants;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Answers from the buttons under invitations and reminders. The encuentros module decides (waiting list, closed
 * after the start); the message the person tapped is redrawn with their answer and a [Cambiar respuesta] button.
 */
@Component
class RsvpButtonHandler implements ButtonHandler<RsvpButtons> {

    private final Encuentros encuentros;
    private final Rsvp rsvp;
    private final Participants participants;
    private final InvitationCards cards;
    private final Replies replies;
    private final Texts texts;
    private final Clock clock;

    RsvpButtonHandler(Encuentros encuentros, Rsvp rsvp, Participants participants, InvitationCards cards,
            Replies replies, Texts texts, Clock clock) {
        this.encuentros = encuentros;
        this.rsvp = rsvp;
        this.participants = participants;
        this.cards = cards;
        this.replies = replies;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public Class<RsvpButtons> type() {
        return RsvpButtons.class;
    }

    @Override
    public String handle(Incoming in, int messageId, RsvpButtons button) {
        long encuentroId = button instanceof RsvpButtons.Reply reply ? reply.encuentro()
                : ((RsvpButtons.ChangeAnswer) button).encuentro();
        Optional<EncuentroView> encuentro = encuentros.find(encuentroId);
        Optional<ParticipantProfile> person = participants.findByTelegramUserId(in.userId());
        if (encuentro.isEmpty() || person.isEmpty()
                || rsvp.invitation(encuentroId, person.get().id()).isEmpty()) {
            return texts.get("encuentro.not_invited");
        }
        Optional<String> closed = closedReason(encuentro.get());
        if (closed.isPresent()) {
            return closed.get();
        }
        if (button instanceof RsvpButtons.ChangeAnswer) {
            replies.edit(in, messageId, cards.invitation(encuentro.get()),
                    cards.answerButtons(encuentro.get(), Card.INVITATION));
            return null;
        }
        RsvpButtons.Reply reply = (RsvpButtons.Reply) button;
        AnswerOutcome outcome = rsvp.answer(encuentroId, person.get().id(), reply.answer());
        if (!outcome.accepted()) {
            return texts.get("encuentro.answer_refused." + outcome.result().name().toLowerCase(Locale.ROOT));
        }
        InvitationView invitation = outcome.invitation();
        String text = reply.card() == Card.REMINDER
                ? cards.reminder(encuentro.get()) + "\n\n" + cards.answerLine(invitation)
                : cards.answered(encuentro.get(), invitation);
        replies.edit(in, messageId, text, cards.changeButton(encuentro.get()));
        return texts.get("encuentro.answer_toast");
    }

    private Optional<String> closedReason(EncuentroView encuentro) {
        if (encuentro.status() == EncuentroStatus.CANCELLED) {
            return Optional.of(texts.get("encuentro.answer_refused.cancelled"));
        }
        if (encuentro.status() != EncuentroStatus.PUBLISHED || !clock.instant().isBefore(encuentro.startInstant())) {
            return Optional.of(texts.get("encuentro.answer_refused.started"));
        }
        return Optional.empty();
    }
}
