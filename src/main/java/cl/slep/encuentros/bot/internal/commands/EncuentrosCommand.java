package cl.slep.encuentros.bot.internal.commands;

import cl.slep.encuentros.bot.internal.BotCommand;
import cl.slep.encuentros.bot.internal.CommandSpec;
import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** /encuentros: the person's upcoming encuentros. No encuentro can be published yet (next issue), so it says so. */
@Component
@Order(25)
class EncuentrosCommand implements BotCommand {

    private final Replies replies;
    private final Texts texts;

    EncuentrosCommand(Replies replies, Texts texts) {
        this.replies = replies;
        this.texts = texts;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.forRegistered("encuentros", "command.encuentros.description");
    }

    @Override
    public void handle(Incoming in, String argument) {
        replies.text(in, texts.get("encuentros.none"));
    }
}
