package cl.slep.encuentros.bot.internal.commands;

import cl.slep.encuentros.bot.internal.BotCommand;
import cl.slep.encuentros.bot.internal.CommandSpec;
import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** /cancelar: leaves the conversation in progress. No conversation exists yet besides single commands. */
@Component
@Order(90)
class CancelCommand implements BotCommand {

    private final Replies replies;
    private final Texts texts;

    CancelCommand(Replies replies, Texts texts) {
        this.replies = replies;
        this.texts = texts;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.forEveryone("cancelar", "command.cancelar.description");
    }

    @Override
    public void handle(Incoming in, String argument) {
        replies.text(in, texts.get("cancel.nothing"));
    }
}
