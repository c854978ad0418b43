package cl.slep.encuentros.bot.internal.encuentros;

import cl.slep.encuentros.bot.internal.buttons.Button;
import cl.slep.encuentros.bot.internal.buttons.ButtonType;
import cl.slep.encuentros.encuentros.Answer;

/** The buttons under an invitation, a reminder, a nudge or a place offered. The handler checks the invitation. */
sealed interface RsvpButtons extends Button {

    /** An answer; {@code card} says which message it sits under, so the edit redraws that message. */
    @ButtonType(prefix = "rsvp", registeredOnly = true)
    record Reply(long encuentro, Answer answer, Card card) implements RsvpButtons {
    }

    /** Shows the three answers again under an answered invitation. */
    @ButtonType(prefix = "rsvc", registeredOnly = true)
    record ChangeAnswer(long encuentro) implements RsvpButtons {
    }

    enum Card { INVITATION, REMINDER }
}
