package cl.slep.encuentros.bot.internal.commands;

import cl.slep.encuentros.bot.internal.CallbackAction;
import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import java.util.List;
import org.springframework.stereotype.Component;

/** The welcome's button: replaces the welcome with how the bot works. Harmless to press twice. */
@Component
class AboutAction implements CallbackAction {

    static final String ACTION = "about";

    private final Replies replies;
    private final Texts texts;

    AboutAction(Replies replies, Texts texts) {
        this.replies = replies;
        this.texts = texts;
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public String handle(Incoming in, int messageId, List<String> arguments) {
        replies.edit(in, messageId, texts.get("about.text"), null);
        return null;
    }
}
