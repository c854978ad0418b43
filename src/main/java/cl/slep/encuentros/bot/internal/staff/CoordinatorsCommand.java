package cl.slep.encuentros.bot.internal.staff;

import cl.slep.encuentros.bot.internal.BotCommand;
import cl.slep.encuentros.bot.internal.CommandSpec;
import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.participants.StaffRole;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** /coordinadores: who coordinates which networks, with buttons to name, change or remove coordinators. */
@Component
@Order(80)
class CoordinatorsCommand implements BotCommand {

    private final CoordinatorList list;

    CoordinatorsCommand(CoordinatorList list) {
        this.list = list;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.forRole(StaffRole.ADMIN, "coordinadores", "command.coordinadores.description");
    }

    @Override
    public void handle(Incoming in, String argument) {
        list.send(in);
    }
}
