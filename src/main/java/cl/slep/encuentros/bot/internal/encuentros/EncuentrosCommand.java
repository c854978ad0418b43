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
import cl.slep.encuentros.participants.ParticipantProfile;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.StaffDirectory;
import cl.slep.encuentros.participants.StaffRole;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * /encuentros: the person's upcoming encuentros, one message each with their answer and the button to change it
 * (or the three answers if they have not answered), so each can be answered where it stands; for coordinators and
 * admins, then, the encuentros they manage, each opening its menu ({@link EncuentroMenu}).
 */
@Component
@Order(25)
class EncuentrosCommand implements BotCommand {

    static final int MAX_SHOWN = 10;

    private final Encuentros encuentros;
    private final Participants participants;
    private final StaffDirectory staff;
    private final EncuentroMenu menu;
    private final InvitationCards cards;
    private final Replies replies;
    private final Texts texts;

    EncuentrosCommand(Encuentros encuentros, Participants participants, StaffDirectory staff, EncuentroMenu menu,
            InvitationCards cards, Replies replies, Texts texts) {
        this.encuentros = encuentros;
        this.participants = participants;
        this.staff = staff;
        this.menu = menu;
        this.cards = cards;
        this.replies = replies;
        this.texts = texts;
    }

    @Override
    public CommandSpec spec() {
        // Staff may manage encuentros without being participants themselves.
        return CommandSpec.forRegistered("encuentros", "command.encuentros.description").alsoForUnregisteredStaff();
    }

    @Override
    public void handle(Incoming in, String argument) {
        Optional<ParticipantProfile> person = participants.findByTelegramUserId(in.userId());
        boolean manages = staff.roleOf(in.userId()).atLeast(StaffRole.COORDINATOR);
        List<Upcoming> upcoming = person.map(p -> encuentros.upcomingFor(p.id())).orElse(List.of());
        if (!upcoming.isEmpty()) {
            showUpcoming(in, upcoming);
        } else if (!manages) {
            replies.text(in, texts.get("encuentros.none"));
        }
        if (manages) {
            menu.managedList(in.userId(), MAX_SHOWN).ifPresentOrElse(
                    list -> replies.text(in, texts.get("manage.list.header"), list),
                    () -> replies.text(in, texts.get("manage.none")));
        }
    }

    private void showUpcoming(Incoming in, List<Upcoming> upcoming) {
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
