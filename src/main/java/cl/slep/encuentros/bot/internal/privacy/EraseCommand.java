package cl.slep.encuentros.bot.internal.privacy;

import cl.slep.encuentros.bot.internal.BotCommand;
import cl.slep.encuentros.bot.internal.CommandSpec;
import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.buttons.ButtonCodec;
import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.participants.Participants;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** /borrar_mis_datos: asks for confirmation first (right of erasure). */
@Component
@Order(60)
class EraseCommand implements BotCommand {

    private final Participants participants;
    private final Replies replies;
    private final Texts texts;

    EraseCommand(Participants participants, Replies replies, Texts texts) {
        this.participants = participants;
        this.replies = replies;
        this.texts = texts;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.forEveryone("borrar_mis_datos", "command.borrar_mis_datos.description");
    }

    @Override
    public void handle(Incoming in, String argument) {
        // Also a coordinator named by id who never registered: their grants are data about them.
        if (!participants.holdsDataAbout(in.userId())) {
            replies.text(in, texts.get("erase.nothing"));
            return;
        }
        replies.text(in, texts.get("erase.confirm"), InlineKeyboard.of(
                ButtonCodec.inline(texts.get("erase.yes"), new EraseAction.EraseAnswer(true)),
                ButtonCodec.inline(texts.get("erase.no"), new EraseAction.EraseAnswer(false))));
    }
}
