package cl.slep.encuentros.bot.internal.commands;

import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.buttons.Button;
import cl.slep.encuentros.bot.internal.buttons.ButtonHandler;
import cl.slep.encuentros.bot.internal.buttons.ButtonType;
import org.springframework.stereotype.Component;

/** The welcome's button: replaces the welcome with how the bot works. Harmless to press twice. */
@Component
class AboutAction implements ButtonHandler<AboutAction.About> {

    @ButtonType(prefix = "about")
    record About() implements Button {
    }

    private final Replies replies;
    private final Texts texts;

    AboutAction(Replies replies, Texts texts) {
        this.replies = replies;
        this.texts = texts;
    }

    @Override
    public Class<About> type() {
        return About.class;
    }

    @Override
    public String handle(Incoming in, int messageId, About button) {
        replies.edit(in, messageId, texts.get("about.text"), null);
        return null;
    }
}
