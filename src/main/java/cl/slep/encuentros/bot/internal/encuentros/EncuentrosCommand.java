package cl.slep.encuentros.bot.internal.encuentros;

import cl.slep.encuentros.bot.internal.BotCommand;
import cl.slep.encuentros.bot.internal.CommandSpec;
import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.encuentros.RsvpButtons.Card;
import cl.slep.encuentros.encuentros.Answer;
import cl.slep.encuentros.encuentros.Encuentros;
import cl.slep.encuentros.encuentros.Upcoming;
import cl.slep.encuentros.participants.Participants;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * /encuentros: the person's upcoming encuentros, one message each with their answer and the button to change it
 * (or the three answers if they have not answered), so each can be answered where it stands.
 */
@Component
@Order(25)
class EncuentrosCommand implements BotCommand {

    static final int MAX_SHOWN = 10;

    private final Encuentros encuentros;
    private final Participants participants;
    private final InvitationCards cards;
    private final Replies replies;
    private final Texts texts;

    EncuentrosCommand(Encuentros encuentros, Participants participants, InvitationCards cards, Replies replies,
            Texts texts) {
        this.encuentros = encuentros;
        this.participants = participants;
        this.cards = cards;
        this.replies = replies;
        this.texts = texts;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.forRegistered("encuentros", "command.encuentros.description");
    }

    @Override
    public void handle(Incoming in, String argument) {
        List<Upcoming> upcoming = participants.findByTelegramUserId(in.userId())
                .map(person -> encuentros.upcomingFor(person.id())).orElse(List.of());
        if (upcoming.isEmpty()) {
            replies.text(in, texts.get("encuentros.none"));
            return;
        }
        replies.text(in, texts.get("encuentros.list.header", upcoming.size()));
        for (Upcoming one : upcoming.subList(0, Math.min(MAX_SHOWN, upcoming.size()))) {
            if (one.invitation().answer() == Answer.NONE) {
                replies.text(in, cards.invitation(one.encuentro()), cards.answerButtons(one.encuentro(), Card.INVITATION));
            } else {
                replies.text(in, cards.answered(one.encuentro(), one.invitation()), cards.changeButton(one.encuentro()));
            }
        }
    }
}
