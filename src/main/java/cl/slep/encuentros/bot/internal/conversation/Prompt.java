package cl.slep.encuentros.bot.internal.conversation;

import cl.slep.encuentros.messaging.InlineKeyboard;

/** A message a step sends: HTML text and optional buttons. */
public record Prompt(String html, InlineKeyboard keyboard) {

    public static Prompt text(String html) {
        return new Prompt(html, null);
    }
}
