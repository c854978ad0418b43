package cl.slep.encuentros.bot.internal.encuentros;

import cl.slep.encuentros.bot.internal.BotCommand;
import cl.slep.encuentros.bot.internal.CommandSpec;
import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.participants.StaffRole;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** /nuevo_encuentro: coordinators and admins create an encuentro in a conversation. */
@Component
@Order(60)
class NewEncuentroCommand implements BotCommand {

    private final NewEncuentroFlow flow;
    private final Replies replies;

    NewEncuentroCommand(NewEncuentroFlow flow, Replies replies) {
        this.flow = flow;
        this.replies = replies;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.forRole(StaffRole.COORDINATOR, "nuevo_encuentro", "command.nuevo_encuentro.description");
    }

    @Override
    public void handle(Incoming in, String argument) {
        flow.start(in).ifPresent(refusal -> replies.text(in, refusal));
    }
}
