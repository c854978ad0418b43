package cl.slep.encuentros.bot.internal.registration;

import cl.slep.encuentros.bot.internal.BotCommand;
import cl.slep.encuentros.bot.internal.CommandSpec;
import cl.slep.encuentros.bot.internal.Incoming;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** /perfil: shows the person's data and lets them change each field (right of rectification). */
@Component
@Order(30)
class ProfileCommand implements BotCommand {

    private final ProfileView view;

    ProfileCommand(ProfileView view) {
        this.view = view;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.forRegistered("perfil", "command.perfil.description");
    }

    @Override
    public void handle(Incoming in, String argument) {
        view.show(in);
    }
}
