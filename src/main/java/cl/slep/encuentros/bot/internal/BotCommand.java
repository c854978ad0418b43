package cl.slep.encuentros.bot.internal;

/** A slash command, declared once with its name, menu text and who may use it (STYLE.md §4). */
public interface BotCommand {

    CommandSpec spec();

    /** Runs only after the registry checked the person's role. {@code argument} is what followed the command. */
    void handle(Incoming in, String argument);
}
